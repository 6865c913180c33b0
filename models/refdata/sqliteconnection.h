// SPDX-License-Identifier: GPL-3.0-or-later
// One SQLite connection of Qt's connection registry, owned by one object.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace greenprint::Internal {

/**
 * A named QSQLITE connection that lives exactly as long as this object (RAII).
 *
 * Qt keeps connections in a process-wide registry by name, and removeDatabase()
 * must only run once no QSqlDatabase handle of the connection is left; close()
 * does it in that order, and the destructor calls close(). Every SQLite file of
 * Greenprint goes through this class: the reference database (read-only), the
 * database builder, the user catalog and the imports of actual usage.
 *
 * Callers take short-lived handles with database() and never keep one past
 * close().
 */
class SqliteConnection
{
public:
    enum class Access { ReadWrite, ReadOnly };

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /**
     * Opens `file` under a new unique connection name that starts with `namePrefix`
     * (closing any connection this object held). On failure nothing stays
     * registered and driverError() holds the driver's message.
     */
    [[nodiscard]] bool open(const QString &file, const QString &namePrefix,
                            Access access = Access::ReadWrite);
    /** Closes the database and removes the connection from Qt's registry. */
    void close();

    bool isOpen() const { return !m_name.isEmpty(); }
    /** The registered connection name; empty when closed. */
    const QString &name() const { return m_name; }
    /** A handle on the open connection (an invalid one when closed). */
    QSqlDatabase database() const;
    /** The SQLite driver's message of the last failed open(). */
    const QString &driverError() const { return m_driverError; }

private:
    QString m_name;
    QString m_driverError;
};

} // namespace greenprint::Internal
