// SPDX-License-Identifier: GPL-3.0-or-later
// Golden tables written by peer tools' code (tests/golden/): simple CSV, '#' comment lines,
// the first other line names the columns, fields hold no commas (quotes are dropped).
#pragma once

#include "testpaths.h"

#include <QFile>
#include <QHash>
#include <QStringList>

#include <vector>

namespace greenprint::test {

struct GoldenLine
{
    int line = 0; ///< 1-based line in the file, for messages
    QHash<QString, QString> fields;

    QString text(const char *column) const { return fields.value(QLatin1String(column)); }
    double number(const char *column) const { return text(column).toDouble(); }
};

/** The rows of `relativePath` (from the source tree); aborts the test run if unreadable. */
inline std::vector<GoldenLine> readGoldenCsv(const QString &relativePath)
{
    QFile file(sourcePath(relativePath));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot open the golden table %s", qPrintable(relativePath));
    std::vector<GoldenLine> rows;
    QStringList header;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        QStringList fields = text.split(u',');
        for (QString &field : fields)
            field.remove(u'"');
        if (header.isEmpty()) {
            header = fields;
            continue;
        }
        GoldenLine row;
        row.line = line;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.fields.insert(header[i], fields.value(i));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace greenprint::test
