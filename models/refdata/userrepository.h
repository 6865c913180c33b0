// SPDX-License-Identifier: GPL-3.0-or-later
// The user's own instances and regions, kept in a small SQLite database.
#pragma once

#include "../domain/referencedata.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace greenprint {

/**
 * Read-write store of user-defined instances and regions (origin
 * DataOrigin::User), merged over the reference data by the application.
 *
 * The database (schema data/schema/user.sql, embedded as
 * `:/greenprint/schema/user.sql`) lives by default at
 * `QStandardPaths::AppDataLocation/user-catalog.sqlite`; tests pass their own
 * path. It is created on first open; a database with a newer schema version
 * is refused. Each repository uses its own uniquely named connection, removed
 * in close() and the destructor.
 *
 * Every call returns false or an empty list on failure and leaves a
 * translated message in errorString(); nothing throws.
 */
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::UserRepository)
    Q_DISABLE_COPY_MOVE(UserRepository)

public:
    /** Schema version (`PRAGMA user_version`) this build writes and reads. */
    static constexpr int kSchemaVersion = 1;

    UserRepository();
    ~UserRepository();

    /** `QStandardPaths::AppDataLocation` + "/user-catalog.sqlite". */
    static QString defaultPath();

    /**
     * Opens (creating file, folders and tables when needed) the database at
     * `path`, or defaultPath() when empty. Closes a previously open database
     * first. False when it cannot be opened, is not a Greenprint user catalog
     * or was written by a newer version.
     */
    [[nodiscard]] bool open(const QString &path = {});
    void close();
    bool isOpen() const { return m_connection.isOpen(); }
    /** Path of the open database; empty when closed. */
    QString path() const { return m_path; }

    /**
     * All user instances, ordered by id, with origin User. An instance stored
     * without load points reads back with (0, idle) and (1, max). Empty (and
     * errorString() set) on failure.
     */
    std::vector<InstanceSpec> instances();
    /** All user regions, ordered by id, with origin User; empty on failure. */
    std::vector<RegionSpec> regions();

    /**
     * Inserts or replaces (by id) an instance. Rejected when the id is empty,
     * a wattage, count, price or embodied figure is negative or not finite,
     * max < idle, or a load point is outside 0..1 or repeats a utilization.
     */
    [[nodiscard]] bool upsertInstance(const InstanceSpec &spec);
    /** Removes the instance `id`; false when there is none. */
    [[nodiscard]] bool removeInstance(const QString &id);
    /**
     * Inserts or replaces (by id) a region. Rejected when the id is empty, the
     * grid intensity is negative or not finite, the PUE is not positive or the
     * coordinates are out of range.
     */
    [[nodiscard]] bool upsertRegion(const RegionSpec &spec);
    /** Removes the region `id`; false when there is none. */
    [[nodiscard]] bool removeRegion(const QString &id);

    /** Message of the last failure; empty after a successful call. */
    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);
    bool createSchema();
    bool validate(const InstanceSpec &spec);
    bool validate(const RegionSpec &spec);
    bool removeRow(const QString &table, const QString &keyColumn, const QString &id,
                   const QString &notFoundMessage);

    Internal::SqliteConnection m_connection;
    QString m_path;
    QString m_errorString;
};

/**
 * The reference data the application estimates with: `shipped` with the user's own
 * instances and regions (an open `user`) merged over it. The command line and the
 * window both build theirs here, so a user catalog entry means the same in both.
 */
ReferenceData withUserCatalog(ReferenceData shipped, UserRepository &user);

} // namespace greenprint
