// SPDX-License-Identifier: GPL-3.0-or-later
// Column access by name for SELECT * queries over the reference database, indexed once per query.
#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
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

/**
 * The column indexes of a result, by name, taken once per query. QSqlQuery::value(name)
 * copies the result's QSqlRecord and compares the name with every column's, ignoring
 * case, for every cell: a tenth of a whole `greenprint estimate` went there.
 */
class SqlColumns
{
public:
    SqlColumns() = default;
    explicit SqlColumns(const QSqlRecord &record)
    {
        for (int i = 0; i < record.count(); ++i)
            m_index.insert(record.fieldName(i), i);
    }
    /** -1 when no column has exactly this name. */
    int indexOf(const QString &column) const { return m_index.value(column, -1); }

private:
    QHash<QString, int> m_index;
};

/** One row of the current result; NULL cells read as empty text or nullopt. */
class SqlRow
{
public:
    /** The current row of `query`, whose columns `columns` indexes (SqlColumns(query.record())). */
    SqlRow(const QSqlQuery &query, const SqlColumns &columns)
        : m_query(query)
        , m_columns(columns)
    { }
    QVariant value(const QString &column) const
    {
        // A name in another case is still found, as QSqlQuery finds it, only slower.
        const int index = m_columns.indexOf(column);
        return index >= 0 ? m_query.value(index) : m_query.value(column);
    }
    QString text(const QString &column) const { return value(column).toString(); }
    double number(const QString &column) const { return value(column).toDouble(); }
    std::optional<double> optionalNumber(const QString &column) const
    {
        return optionalDouble(value(column));
    }
    bool yes(const QString &column) const { return text(column) == u"yes"; }

private:
    const QSqlQuery &m_query;
    const SqlColumns &m_columns;
};

} // namespace greenprint::Internal
