// SPDX-License-Identifier: GPL-3.0-or-later
// Column access by name for SELECT * queries over the reference database.
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace greenprint::Internal {

inline std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

inline std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const int i = value.toInt(&ok);
    return ok ? std::optional<int>(i) : std::nullopt;
}

/** One row of the current result; NULL cells read as empty text or nullopt. */
class SqlRow
{
public:
    explicit SqlRow(const QSqlQuery &query)
        : m_query(query)
    { }
    QVariant value(const QString &column) const { return m_query.value(column); }
    QString text(const QString &column) const { return m_query.value(column).toString(); }
    double number(const QString &column) const { return m_query.value(column).toDouble(); }
    std::optional<double> optionalNumber(const QString &column) const
    {
        return optionalDouble(m_query.value(column));
    }
    bool yes(const QString &column) const { return text(column) == u"yes"; }

private:
    const QSqlQuery &m_query;
};

} // namespace greenprint::Internal
