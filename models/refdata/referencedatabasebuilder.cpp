// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedatabasebuilder.h"

#include "../io/csvreader.h"
#include "sqliteconnection.h"
#include "sqlscript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cstdio>

namespace greenprint {

namespace {

const QString kMetaTable = QStringLiteral("meta");

QString readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

bool ReferenceDatabaseBuilder::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool ReferenceDatabaseBuilder::build(const QString &csvDir, const QString &schemaFile,
                                     const QString &outputFile)
{
    m_errorString.clear();
    m_warnings.clear();
    m_rowCount = 0;

    QString readError;
    const QString schemaText = readText(schemaFile, &readError);
    if (!readError.isEmpty())
        return fail(tr("%1: cannot read the schema: %2").arg(schemaFile, readError));

    // A unique temporary name and an atomic rename: parallel builds may run the
    // converter for the same output more than once at the same time.
    const QString tempFile =
        outputFile + QStringLiteral(".tmp-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDir().mkpath(QFileInfo(outputFile).absolutePath());

    bool ok = false;
    {
        Internal::SqliteConnection connection;
        if (!connection.open(tempFile, QStringLiteral("greenprint-refdb-build-"))) {
            m_errorString =
                tr("%1: cannot create the database: %2").arg(tempFile, connection.driverError());
        } else {
            ok = buildInto(connection.name(), csvDir, schemaText);
        }
    }

    if (!ok) {
        QFile::remove(tempFile);
        return false;
    }
    if (std::rename(QFile::encodeName(tempFile).constData(),
                    QFile::encodeName(outputFile).constData())
        != 0) {
        QFile::remove(tempFile);
        return fail(tr("%1: cannot write the database").arg(outputFile));
    }
    return true;
}

bool ReferenceDatabaseBuilder::buildInto(const QString &connectionName, const QString &csvDir,
                                         const QString &schemaText)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery query(db);

    // Text stored as UTF-16, the encoding Qt's SQLite driver reads: stored as UTF-8, the
    // 1.5 MB of text cells (mostly the instances' sources) were converted by SQLite, byte
    // by byte, on every start, a third of the CPU of estimating a small project. Set before
    // the first table: SQLite fixes a database's encoding when it creates it.
    if (!query.exec(QStringLiteral("PRAGMA encoding = 'UTF-16le'")))
        return fail(tr("cannot set the text encoding: %1").arg(query.lastError().text()));

    if (!db.transaction())
        return fail(tr("cannot start a transaction: %1").arg(db.lastError().text()));

    const QStringList statements = Internal::splitSqlScript(schemaText);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            return fail(
                tr("schema statement failed: %1\n%2").arg(query.lastError().text(), statement));
        }
    }

    // Tables and their columns, as the schema defines them.
    QStringList tables;
    if (!query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        return fail(query.lastError().text());
    }
    while (query.next())
        tables.append(query.value(0).toString());

    const QDir dir(csvDir);
    const QStringList csvFiles = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString &csvFile : csvFiles) {
        const QString table = QFileInfo(csvFile).completeBaseName();
        if (table == kMetaTable) {
            return fail(tr("%1: the table \"meta\" is filled by the converter, not from a CSV")
                            .arg(dir.filePath(csvFile)));
        }
        if (!tables.contains(table)) {
            m_warnings.append(tr("%1: skipped, the schema has no table \"%2\"")
                                  .arg(dir.filePath(csvFile), table));
        }
    }

    for (const QString &table : std::as_const(tables)) {
        if (table == kMetaTable)
            continue;
        const QString csvPath = dir.filePath(table + QStringLiteral(".csv"));
        if (!QFileInfo::exists(csvPath))
            return fail(tr("%1: missing; the schema has a table \"%2\"").arg(csvPath, table));

        QStringList columns;
        if (!query.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
            return fail(query.lastError().text());
        while (query.next())
            columns.append(query.value(1).toString());

        CsvReader reader;
        if (!reader.readFile(csvPath))
            return fail(reader.errorString());

        const QStringList &header = reader.header();
        const qsizetype count = std::max(header.size(), columns.size());
        for (qsizetype i = 0; i < count; ++i) {
            const int column = int(i) + 1;
            if (i >= header.size()) {
                return fail(tr("%1:1: column \"%2\" of table \"%3\" is missing (expected as "
                               "column %4)")
                                .arg(csvPath, columns.at(i), table)
                                .arg(column));
            }
            if (i >= columns.size() || !columns.contains(header.at(i))) {
                return fail(tr("%1:1: column %2 \"%3\" is not a column of table \"%4\"")
                                .arg(csvPath)
                                .arg(column)
                                .arg(header.at(i), table));
            }
            if (header.at(i) != columns.at(i)) {
                return fail(tr("%1:1: column %2 is \"%3\", table \"%4\" expects \"%5\" there")
                                .arg(csvPath)
                                .arg(column)
                                .arg(header.at(i), table, columns.at(i)));
            }
        }

        QStringList placeholders;
        for (qsizetype i = 0; i < columns.size(); ++i)
            placeholders.append(QStringLiteral("?"));
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral("INSERT INTO \"%1\" VALUES (%2)")
                                .arg(table, placeholders.join(u',')))) {
            return fail(insert.lastError().text());
        }
        const std::vector<QStringList> &rows = reader.rows();
        for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
            const QStringList &row = rows[r];
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString &cell = row.at(c);
                insert.bindValue(int(c),
                                 cell.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(cell));
            }
            if (!insert.exec()) {
                return fail(tr("%1:%2: row rejected: %3")
                                .arg(csvPath)
                                .arg(reader.rowLine(r))
                                .arg(insert.lastError().text()));
            }
            ++m_rowCount;
        }
    }

    // meta: data and schema version.
    QString readError;
    const QString dataVersion =
        readText(dir.filePath(QStringLiteral("VERSION")), &readError).trimmed();
    if (!readError.isEmpty() || dataVersion.isEmpty()) {
        return fail(tr("%1: missing or empty (it holds the data version)")
                        .arg(dir.filePath(QStringLiteral("VERSION"))));
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(query.lastError().text());
    const QString schemaVersion = query.value(0).toString();

    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    const std::pair<QString, QString> metaRows[] = {
        {QStringLiteral("data_version"), dataVersion},
        {QStringLiteral("schema_version"), schemaVersion},
    };
    for (const auto &[key, value] : metaRows) {
        meta.bindValue(0, key);
        meta.bindValue(1, value);
        if (!meta.exec())
            return fail(meta.lastError().text());
    }

    if (!db.commit())
        return fail(tr("cannot commit: %1").arg(db.lastError().text()));
    return true;
}

} // namespace greenprint
