// SPDX-License-Identifier: GPL-3.0-or-later
// AWS's carbon-emissions export (Customer Carbon Footprint Tool data in Data Exports), CSV(.gz).
#include "csvstream.h"
#include "curusage.h"
#include "fieldparsing.h"
#include "importer.h"
#include "importsupport.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace greenprint::actuals {

namespace {
class CarbonText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::CarbonText)
};

enum Column { Start, End, Account, Region, Product, Model, Lbm, LbmUnit, Mbm, MbmUnit, Count };
constexpr std::array<const char *, Count> kNames = {"usage_period_start",
                                                    "usage_period_end",
                                                    "usage_account_id",
                                                    "region_code",
                                                    "product_code",
                                                    "model_version",
                                                    "total_lbm_emissions_value",
                                                    "total_lbm_emissions_unit",
                                                    "total_mbm_emissions_value",
                                                    "total_mbm_emissions_unit"};
constexpr std::array<bool, Count> kRequired = {true,  false, false, true,  true,
                                               false, true,  false, false, false};
} // namespace

ImportResult importCarbonExport(const QString &path, const ImportProgress &progress)
{
    using Internal::toQString;
    ImportResult result;
    CsvStream csv;
    if (!csv.open(path)) {
        result.errorString = csv.errorString();
        return result;
    }
    std::array<int, Count> index{};
    for (int c = 0; c < Count; ++c) {
        index[size_t(c)] = csv.columnIndex(kNames[size_t(c)]);
        if (kRequired[size_t(c)] && index[size_t(c)] < 0) {
            result.errorString =
                CarbonText::tr("%1:1: not an AWS carbon-emissions export: no column \"%2\"")
                    .arg(path, QString::fromLatin1(kNames[size_t(c)]));
            return result;
        }
    }
    const auto field = [&](Column c) {
        return index[c] >= 0 ? csv.field(index[c]) : std::string_view();
    };
    ImportedData data;
    data.provenance =
        Internal::provenanceOf(SourceKind::CarbonExport, path, QStringLiteral("carbon emissions"));
    bool failed = false;
    while (Internal::nextRecord(csv, progress, result, &failed)) {
        CarbonRow row;
        if (!Internal::readDay(csv, index[Start], &row.periodStart, result))
            return result;
        row.periodEnd = index[End] >= 0 ? Internal::parseDay(field(End)) : QDate();
        for (const Column unit : {LbmUnit, MbmUnit}) {
            if (index[unit] >= 0 && !field(unit).empty() && field(unit) != "MTCO2e") {
                result.errorString =
                    csv.errorAt(index[unit],
                                CarbonText::tr("unit \"%1\" is not MTCO2e (metric tons CO2e)")
                                    .arg(toQString(field(unit))));
                return result;
            }
        }
        const std::optional<double> lbm = Internal::parseNumber(field(Lbm));
        if (!lbm || *lbm < 0.0) {
            result.errorString = csv.errorAt(
                index[Lbm],
                CarbonText::tr("not a number of zero or more: \"%1\"").arg(toQString(field(Lbm))));
            return result;
        }
        row.locationMtco2e = *lbm;
        if (index[Mbm] >= 0 && !field(Mbm).empty()) {
            row.marketMtco2e = Internal::parseNumber(field(Mbm));
            if (!row.marketMtco2e || *row.marketMtco2e < 0.0) {
                result.errorString =
                    csv.errorAt(index[Mbm],
                                CarbonText::tr("not a number of zero or more: \"%1\"")
                                    .arg(toQString(field(Mbm))));
                return result;
            }
        }
        row.account = toQString(field(Account));
        row.region = toQString(field(Region));
        row.product = toQString(field(Product));
        row.modelVersion = toQString(field(Model));
        data.carbon.push_back(std::move(row));
    }
    if (failed)
        return result;
    data.provenance.recordsRead = csv.recordsRead();
    std::sort(data.carbon.begin(), data.carbon.end(), [](const CarbonRow &a, const CarbonRow &b) {
        return std::tie(a.periodStart, a.account, a.region, a.product)
            < std::tie(b.periodStart, b.account, b.region, b.product);
    });
    result.data = std::move(data);
    return result;
}

} // namespace greenprint::actuals
