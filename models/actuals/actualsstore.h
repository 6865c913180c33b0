// SPDX-License-Identifier: GPL-3.0-or-later
// The imports of actual usage, kept with their provenance in the user's SQLite database.
#pragma once

#include "actualdata.h"

#include "../refdata/sqliteconnection.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace greenprint::actuals {

/**
 * Read-write store of imports (schema data/schema/actuals.sql, embedded as
 * `:/greenprint/schema/actuals.sql`) in the same database file as the user
 * catalog (refdata/UserRepository, default `user-catalog.sqlite`): opening
 * goes through UserRepository first so that the file is a valid user catalog,
 * then adds the actuals tables when they are missing. A store written by a
 * newer Greenprint (actuals_schema.version above kSchemaVersion) is refused.
 *
 * save() writes an import and all its rows in one transaction: either all of
 * it is stored or nothing is. Every call returns false or nothing on failure
 * with a translated message in errorString(); nothing throws.
 */
class ActualsStore
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::ActualsStore)
    Q_DISABLE_COPY_MOVE(ActualsStore)

public:
    static constexpr int kSchemaVersion = 1;

    ActualsStore();
    ~ActualsStore();

    /** Opens the database at `path` (UserRepository::defaultPath() when empty). */
    [[nodiscard]] bool open(const QString &path = {});
    void close();
    bool isOpen() const { return m_connection.isOpen(); }

    /** Stores `data` and sets data.provenance.id to its new import id. */
    [[nodiscard]] bool save(ImportedData &data);
    /** Every import, oldest first. */
    std::vector<ImportProvenance> imports();
    /** One import with all its rows; nullopt when there is none (errorString() set). */
    std::optional<ImportedData> load(qint64 importId);
    /** Deletes an import and its rows; false when there is none. */
    [[nodiscard]] bool remove(qint64 importId);

    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);
    bool createSchema();

    Internal::SqliteConnection m_connection;
    QString m_errorString;
};

} // namespace greenprint::actuals
