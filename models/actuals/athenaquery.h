// SPDX-License-Identifier: GPL-3.0-or-later
// The Athena SQL that aggregates a CUR where it lives, for CURs too big for one machine.
#pragma once

#include <QDate>
#include <QString>

namespace greenprint::actuals {

struct AthenaQueryOptions
{
    QString table = QStringLiteral("cur"); ///< the CUR table Athena queries, e.g. cur_db.cur_table
    QDate from; ///< first day; invalid: no lower bound
    QDate to; ///< last day; invalid: no upper bound
};

/**
 * SQL for Amazon Athena over the CUR table that AWS's CUR-Athena integration
 * creates (legacy CUR, columns line_item_*, product_*, pricing_*, tags
 * flattened into resource_tags_user_<key>, partitions `year` and `month`). It
 * keeps the usage line items and sums them per day, account, region, product,
 * usage type, operation, instance type, greenprint:component tag and unit; its
 * result, downloaded as CSV, is what `greenprint actual --cur` imports (the
 * columns are CUR 2.0 names plus `line_items`, the count each row sums).
 *
 * The text is plain SQL that Trino (Athena engine 3) and SQLite both run:
 * tests/models/tst_athenaquery.cpp runs this very text on a SQLite copy of a
 * generated CUR. To that end it avoids
 *   - date_trunc, date_format, format_datetime, TIMESTAMP '...' literals
 *     (Trino only) and strftime, date() (SQLite only): the day is the first ten
 *     characters of the start time cast to VARCHAR, compared as text;
 *   - map subscripts (resource_tags['...'], CUR 2.0): SQLite has no maps; the
 *     legacy Athena table flattens tags into columns;
 *   - IF, TRY_CAST and approx_* (Trino only, approx_* not exact): CASE WHEN,
 *     COALESCE and exact SUM/COUNT instead;
 * and groups and orders by column position. Day bounds also restrict the
 * `year`/`month` partitions so Athena reads only the months asked for.
 */
QString athenaCurQuery(const AthenaQueryOptions &options = {});

} // namespace greenprint::actuals
