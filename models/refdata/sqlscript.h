// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting the schema files in data/schema/ into single SQL statements.
#pragma once

#include <QString>
#include <QStringList>

namespace greenprint::Internal {

/**
 * Splits an SQL script into statements: `--` comments are dropped and a
 * semicolon at the end of a line ends a statement (the convention of the
 * schema files in data/schema/). Empty statements are skipped.
 */
inline QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (QString line : lines) {
        if (const qsizetype comment = line.indexOf(QStringLiteral("--")); comment >= 0)
            line.truncate(comment);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (!current.isEmpty())
            current += u'\n';
        current += line;
        if (line.endsWith(u';')) {
            current.chop(1);
            if (!current.trimmed().isEmpty())
                statements.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current);
    return statements;
}

} // namespace greenprint::Internal
