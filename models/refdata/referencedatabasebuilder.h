// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time conversion of data/reference/*.csv into the reference SQLite database.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace greenprint {

/**
 * Creates the reference database from the CSV files (used by the
 * `greenprint-refdb-build` build tool, which runs it on every change of a CSV
 * or of the schema).
 *
 * The schema file creates one table per CSV: table `t` is filled from
 * `<csvDir>/t.csv`, whose header must name exactly the table's columns in the
 * same order; empty cells become NULL; the schema's constraints (non-empty
 * source, positive intensity, ...) are enforced while inserting. The `meta`
 * table receives `data_version` (from `<csvDir>/VERSION`) and `schema_version`
 * (the schema's `PRAGMA user_version`). Every table except `meta` must have a
 * CSV; a CSV without a table is skipped and reported in warnings() (other
 * subsystems keep their own tables in the same folder).
 *
 * The database is written to a temporary file next to `outputFile` and renamed
 * over it only when everything succeeded, so a failed build never leaves a
 * half-written database behind. Requires a QCoreApplication (for the QSQLITE
 * plugin). Never throws.
 */
class ReferenceDatabaseBuilder
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ReferenceDatabaseBuilder)

public:
    /** Returns false on the first problem; errorString() then names file, line and column. */
    [[nodiscard]] bool build(const QString &csvDir, const QString &schemaFile,
                             const QString &outputFile);
    QString errorString() const { return m_errorString; }
    /** Non-fatal notes of the last build(), e.g. CSV files that have no table. */
    QStringList warnings() const { return m_warnings; }
    /** Rows inserted by the last successful build(), all tables together. */
    int rowCount() const { return m_rowCount; }

private:
    bool buildInto(const QString &connectionName, const QString &csvDir, const QString &schemaText);
    bool fail(const QString &message);

    QString m_errorString;
    QStringList m_warnings;
    int m_rowCount = 0;
};

} // namespace greenprint
