// SPDX-License-Identifier: GPL-3.0-or-later
#include "athenaquery.h"

#include <QRegularExpression>
#include <QStringList>

namespace greenprint::actuals {

namespace {

const QString kDay = QStringLiteral("substr(CAST(line_item_usage_start_date AS VARCHAR), 1, 10)");

/** Partitions `year` and `month` (unpadded, as the integration writes them) from `from` to `to`. */
QString partitionFilter(const QDate &from, const QDate &to)
{
    QStringList months;
    for (QDate m(from.year(), from.month(), 1); m <= to && months.size() < 120; m = m.addMonths(1))
        months << QStringLiteral("(year = '%1' AND month = '%2')").arg(m.year()).arg(m.month());
    return QStringLiteral("(") + months.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

} // namespace

QString athenaCurQuery(const AthenaQueryOptions &options)
{
    QStringList where = {QStringLiteral(
        "line_item_line_item_type IN ('Usage', 'DiscountedUsage', 'SavingsPlanCoveredUsage')")};
    if (options.from.isValid())
        where << QStringLiteral("%1 >= '%2'").arg(kDay, options.from.toString(Qt::ISODate));
    if (options.to.isValid())
        where << QStringLiteral("%1 <= '%2'").arg(kDay, options.to.toString(Qt::ISODate));
    if (options.from.isValid() && options.to.isValid())
        where << partitionFilter(options.from, options.to);
    QString table = options.table;
    table.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.]")));
    return QStringLiteral(
               "-- Greenprint: CUR usage summed per day, account, region, product, usage type,\n"
               "-- operation, instance type, greenprint:component tag and unit. Run in Athena,\n"
               "-- download the result as CSV and import it with `greenprint actual --cur`.\n"
               "SELECT\n"
               "  %1 AS line_item_usage_start_date,\n"
               "  line_item_usage_account_id,\n"
               "  'Usage' AS line_item_line_item_type,\n"
               "  line_item_product_code,\n"
               "  line_item_usage_type,\n"
               "  COALESCE(line_item_operation, '') AS line_item_operation,\n"
               "  COALESCE(product_instance_type, '') AS product_instance_type,\n"
               "  COALESCE(product_region, '') AS product_region_code,\n"
               "  COALESCE(pricing_unit, '') AS pricing_unit,\n"
               "  COALESCE(resource_tags_user_greenprint_component, '') AS "
               "resource_tags_user_greenprint_component,\n"
               "  SUM(line_item_usage_amount) AS line_item_usage_amount,\n"
               "  SUM(line_item_unblended_cost) AS line_item_unblended_cost,\n"
               "  COUNT(*) AS line_items\n"
               "FROM %2\n"
               "WHERE %3\n"
               "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10\n"
               "ORDER BY 1, 2, 8, 4, 5, 6, 7, 10, 9\n")
        .arg(kDay, table, where.join(QStringLiteral("\n  AND ")));
}

} // namespace greenprint::actuals
