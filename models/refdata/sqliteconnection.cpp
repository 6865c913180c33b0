// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteconnection.h"

#include <QSqlError>
#include <QUuid>

namespace greenprint::Internal {

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString &file, const QString &namePrefix, Access access)
{
    close();
    m_driverError.clear();
    const QString name = namePrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (access == Access::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            m_name = name;
            return true;
        }
        m_driverError = db.lastError().text();
    }
    // The handle above is gone: the registry entry can go too.
    QSqlDatabase::removeDatabase(name);
    return false;
}

void SqliteConnection::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

QSqlDatabase SqliteConnection::database() const
{
    return m_name.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(m_name, false);
}

} // namespace greenprint::Internal
