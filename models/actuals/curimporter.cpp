// SPDX-License-Identifier: GPL-3.0-or-later
// AWS Cost and Usage Report (legacy CUR and CUR 2.0 / Data Exports), CSV or CSV.gz.
#include "csvstream.h"
#include "curusage.h"
#include "fieldparsing.h"
#include "importer.h"
#include "importsupport.h"

#include <QHash>

#include <array>
#include <cmath>
#include <string>
#include <unordered_map>

namespace greenprint::actuals {

namespace {

using Internal::parseDay;
using Internal::parseNumber;
using Internal::toQString;

/** The CUR columns Greenprint reads, with their legacy and CUR 2.0 names. */
enum Column {
    UsageStart,
    Account,
    LineItemType,
    Product,
    UsageType,
    Operation,
    UsageAmount,
    Cost,
    InstanceType,
    Region,
    Unit,
    TagLegacy,
    TagsMap,
    LineItems,
    ColumnCount
};

struct ColumnNames
{
    const char *legacy;
    const char *cur2;
    bool required;
};

constexpr std::array<ColumnNames, ColumnCount> kColumns = {{
    {"lineItem/UsageStartDate", "line_item_usage_start_date", true},
    {"lineItem/UsageAccountId", "line_item_usage_account_id", true},
    {"lineItem/LineItemType", "line_item_line_item_type", true},
    {"lineItem/ProductCode", "line_item_product_code", true},
    {"lineItem/UsageType", "line_item_usage_type", true},
    {"lineItem/Operation", "line_item_operation", false},
    {"lineItem/UsageAmount", "line_item_usage_amount", true},
    {"lineItem/UnblendedCost", "line_item_unblended_cost", true},
    {"product/instanceType", "product_instance_type", false},
    {"product/region", "product_region_code", false},
    {"pricing/unit", "pricing_unit", false},
    // CUR 2.0 files carry tags in the resource_tags map; Athena's CUR tables (and the
    // result of athenaCurQuery()) flatten them into resource_tags_user_<key> columns.
    {"resourceTags/user:greenprint:component", "resource_tags_user_greenprint_component", false},
    {"", "resource_tags", false},
    // Only in the result of athenaCurQuery(): how many line items each row sums.
    {"", "line_items", false},
}};

/** Line item types that are usage; fees, taxes, credits and discounts are not. */
bool isUsageLineItem(std::string_view type)
{
    return type == "Usage" || type == "DiscountedUsage" || type == "SavingsPlanCoveredUsage";
}

struct Aggregate
{
    double usageAmount = 0.0;
    double costUsd = 0.0;
    qint64 lineItems = 0;
};

/** Appends `field` and a separator that cannot occur in CSV text fields. */
void appendKeyPart(std::string &key, std::string_view field)
{
    key.append(field);
    key.push_back('\x1f');
}

} // namespace

ImportResult importCur(const QString &path, const ImportProgress &progress)
{
    ImportResult result;
    CsvStream csv;
    if (!csv.open(path)) {
        result.errorString = csv.errorString();
        return result;
    }
    std::array<int, ColumnCount> index{};
    const bool cur2 = csv.columnIndex("line_item_usage_start_date") >= 0;
    for (int c = 0; c < ColumnCount; ++c) {
        const ColumnNames &names = kColumns[size_t(c)];
        const char *name = cur2 ? names.cur2 : names.legacy;
        index[size_t(c)] = *name ? csv.columnIndex(name) : -1;
        if (names.required && index[size_t(c)] < 0) {
            result.errorString =
                CurText::tr("%1:1: not a Cost and Usage Report: no column \"%2\" (legacy CUR) or "
                            "\"%3\" (CUR 2.0)")
                    .arg(path, QString::fromLatin1(names.legacy), QString::fromLatin1(names.cur2));
            return result;
        }
    }
    // Older legacy CURs have product/region only as a name; newer ones add regionCode.
    if (!cur2) {
        if (const int code = csv.columnIndex("product/regionCode"); code >= 0)
            index[Region] = code;
    }

    std::unordered_map<std::string, Aggregate> sums;
    std::string key;
    const auto field = [&](Column c) -> std::string_view {
        return index[c] >= 0 ? csv.field(index[c]) : std::string_view();
    };
    bool failed = false;
    while (Internal::nextRecord(csv, progress, result, &failed)) {
        if (!isUsageLineItem(field(LineItemType)))
            continue;
        const std::string_view start = field(UsageStart);
        QDate day;
        if (!Internal::readDay(csv, index[UsageStart], &day, result))
            return result;
        const std::optional<double> amount = parseNumber(field(UsageAmount));
        if (!amount) {
            result.errorString =
                csv.errorAt(index[UsageAmount],
                            CurText::tr("not a number: \"%1\"").arg(toQString(field(UsageAmount))));
            return result;
        }
        const std::string_view costText = field(Cost);
        const std::optional<double> cost = costText.empty() ? 0.0 : parseNumber(costText);
        if (!cost) {
            result.errorString = csv.errorAt(
                index[Cost], CurText::tr("not a number: \"%1\"").arg(toQString(costText)));
            return result;
        }
        std::string_view tag = field(TagLegacy);
        if (tag.empty() && index[TagsMap] >= 0)
            tag = componentTagFromMap(field(TagsMap));

        key.clear();
        appendKeyPart(key, start.substr(0, 10));
        appendKeyPart(key, field(Account));
        appendKeyPart(key, field(Region));
        appendKeyPart(key, field(Product));
        appendKeyPart(key, field(UsageType));
        appendKeyPart(key, field(Operation));
        appendKeyPart(key, field(InstanceType));
        appendKeyPart(key, tag);
        appendKeyPart(key, field(Unit));
        qint64 lineItems = 1;
        if (index[LineItems] >= 0) {
            const std::optional<double> count = parseNumber(field(LineItems));
            if (!count || *count < 1 || *count != std::floor(*count)) {
                result.errorString = csv.errorAt(index[LineItems],
                                                 CurText::tr("not a count of line items: \"%1\"")
                                                     .arg(toQString(field(LineItems))));
                return result;
            }
            lineItems = static_cast<qint64>(*count);
        }
        Aggregate &sum = sums[key];
        sum.usageAmount += *amount;
        sum.costUsd += *cost;
        sum.lineItems += lineItems;
    }
    if (failed)
        return result;

    ImportedData data;
    data.provenance = Internal::provenanceOf(
        SourceKind::Cur, path, cur2 ? QStringLiteral("CUR 2.0") : QStringLiteral("CUR legacy"));
    data.provenance.recordsRead = csv.recordsRead();
    data.usage.reserve(sums.size());
    for (const auto &[k, sum] : sums) {
        std::array<std::string_view, 9> parts;
        size_t from = 0;
        for (std::string_view &part : parts) {
            const size_t to = k.find('\x1f', from);
            part = std::string_view(k).substr(from, to - from);
            from = to + 1;
        }
        UsageRow row;
        row.day = parseDay(parts[0]);
        row.account = toQString(parts[1]);
        row.region = toQString(parts[2]);
        row.product = toQString(parts[3]);
        row.usageType = toQString(parts[4]);
        row.operation = toQString(parts[5]);
        row.instanceType = toQString(parts[6]);
        row.componentTag = toQString(parts[7]);
        row.unit = toQString(parts[8]);
        if (row.instanceType.isEmpty())
            row.instanceType = instanceTypeFromUsageType(row.usageType);
        row.category = classifyUsage(row.product, row.usageType, row.instanceType);
        row.usageAmount = sum.usageAmount;
        row.costUsd = sum.costUsd;
        row.lineItems = sum.lineItems;
        data.usage.push_back(std::move(row));
    }
    sortUsage(data.usage);
    result.data = std::move(data);
    return result;
}

} // namespace greenprint::actuals
