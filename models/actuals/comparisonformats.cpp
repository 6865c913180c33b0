// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonformats.h"

#include "../domain/names.h"
#include "../io/plainnumber.h"
#include "../io/csvwriter.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace greenprint::actuals {

namespace {

using PlainNumber::fixed;

class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::FormatText)
};

using ordered_json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

/**
 * `unknownAsNull`: for a single kind of usage that could not be estimated at all,
 * energy and carbon are null (never a number); sums keep the part that could.
 */
ordered_json quantities(const Quantities &q, bool actual, bool unknownAsNull = false)
{
    const bool unknown = unknownAsNull && !q.complete;
    const auto estimated = [unknown](double value) {
        return unknown ? ordered_json(nullptr) : ordered_json(value);
    };
    ordered_json j{{"hours", q.hours},
                   {"energyKWh", estimated(q.energyKWh)},
                   {"co2eKg", estimated(q.co2eKg)},
                   {"marketCo2eKg", estimated(q.marketCo2eKg)},
                   {"costUsd", q.costUsd}};
    if (actual)
        j["complete"] = q.complete;
    return j;
}

ordered_json optionalNumber(const std::optional<double> &value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json optionalText(const QString &text)
{
    return text.isEmpty() ? ordered_json(nullptr) : ordered_json(utf8(text));
}

QString driverLabel(Driver driver)
{
    switch (driver) {
    case Driver::Hours:
        return FormatText::tr("hours");
    case Driver::Instance:
        return FormatText::tr("instance");
    case Driver::Region:
        return FormatText::tr("region");
    case Driver::Utilization:
        return FormatText::tr("utilization");
    case Driver::Usage:
        return FormatText::tr("usage");
    case Driver::Other:
        return FormatText::tr("other");
    }
    return {};
}

QString month(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

QByteArray comparisonToJson(const Comparison &c, const std::vector<ImportProvenance> &imports)
{
    ordered_json root;
    root["project"] = utf8(c.projectName);
    root["period"] =
        ordered_json{{"from",
                      c.firstDay.isValid() ? ordered_json(utf8(c.firstDay.toString(Qt::ISODate)))
                                           : ordered_json(nullptr)},
                     {"to",
                      c.lastDay.isValid() ? ordered_json(utf8(c.lastDay.toString(Qt::ISODate)))
                                          : ordered_json(nullptr)},
                     {"rowsOutsidePeriod", c.rowsOutsidePeriod}};
    ordered_json jimports = ordered_json::array();
    for (const ImportProvenance &p : imports) {
        jimports.push_back(ordered_json{{"kind", utf8(sourceKindKey(p.kind))},
                                        {"format", utf8(p.format)},
                                        {"file", utf8(p.file)},
                                        {"records", p.recordsRead}});
    }
    root["imports"] = std::move(jimports);
    root["planned"] = quantities(c.plannedTotal, false);
    root["actual"] = quantities(c.actualTotal, true);
    ordered_json stages = ordered_json::array();
    for (const StageComparison &s : c.stages) {
        ordered_json js{{"kind", utf8(stageKey(s.kind))},
                        {"name", utf8(s.name)},
                        {"planned", quantities(s.planned, false)},
                        {"actual", quantities(s.actual, true)}};
        ordered_json components = ordered_json::array();
        for (const ComponentComparison &cc : s.components) {
            ordered_json drivers = ordered_json::array();
            for (const DriverShare &d : cc.drivers) {
                drivers.push_back(ordered_json{{"driver", utf8(driverKey(d.driver))},
                                               {"co2eKg", d.co2eKg},
                                               {"detail", utf8(d.detail)}});
            }
            components.push_back(
                ordered_json{{"name", utf8(cc.name)},
                             {"type", utf8(componentTypeKey(cc.type))},
                             {"planned", quantities(cc.planned, false)},
                             {"actual", quantities(cc.actual, true)},
                             {"plannedInstance", optionalText(cc.plannedInstance)},
                             {"actualInstance", optionalText(cc.actualInstance)},
                             {"plannedRegion", utf8(cc.plannedRegion)},
                             {"actualRegion", utf8(cc.actualRegion)},
                             {"plannedUtilization", optionalNumber(cc.plannedUtilization)},
                             {"measuredUtilization", optionalNumber(cc.measuredUtilization)},
                             {"measuredPowerW", optionalNumber(cc.measuredPowerW)},
                             {"usageRows", cc.usageRows},
                             {"measurements", cc.measurements},
                             {"drivers", std::move(drivers)}});
        }
        js["components"] = std::move(components);
        stages.push_back(std::move(js));
    }
    root["stages"] = std::move(stages);
    ordered_json unplanned = ordered_json::array();
    for (const UnplannedComparison &u : c.unplanned) {
        unplanned.push_back(ordered_json{{"from", utf8(u.row.day.toString(Qt::ISODate))},
                                         {"to", utf8(u.lastDay.toString(Qt::ISODate))},
                                         {"account", utf8(u.row.account)},
                                         {"region", utf8(u.row.region)},
                                         {"product", utf8(u.row.product)},
                                         {"usageType", utf8(u.row.usageType)},
                                         {"instanceType", optionalText(u.row.instanceType)},
                                         {"componentTag", optionalText(u.row.componentTag)},
                                         {"category", utf8(usageCategoryKey(u.row.category))},
                                         {"usageAmount", u.row.usageAmount},
                                         {"unit", utf8(u.row.unit)},
                                         {"reason", utf8(u.reason)},
                                         {"actual", quantities(u.actual, true, true)}});
    }
    root["unplanned"] = std::move(unplanned);
    ordered_json unmatched = ordered_json::array();
    for (const Measurement &m : c.unmatchedMeasurements) {
        unmatched.push_back(
            ordered_json{{"source", utf8(sourceKindKey(m.source))},
                         {"resource", utf8(m.resource)},
                         {"hours", m.hours},
                         {"averageUtilization", optionalNumber(m.averageUtilization)},
                         {"averagePowerW", optionalNumber(m.averagePowerW)}});
    }
    root["unmatchedMeasurements"] = std::move(unmatched);
    if (c.aws) {
        const AwsComparison &a = *c.aws;
        ordered_json regions = ordered_json::array();
        for (const QString &r : a.regions)
            regions.push_back(utf8(r));
        ordered_json versions = ordered_json::array();
        for (const QString &v : a.modelVersions)
            versions.push_back(utf8(v));
        ordered_json reasons = ordered_json::array();
        for (const QString &r : a.gapReasons)
            reasons.push_back(utf8(r));
        root["aws"] = ordered_json{{"firstMonth", utf8(month(a.firstMonth))},
                                   {"lastMonth", utf8(month(a.lastMonth))},
                                   {"regions", std::move(regions)},
                                   {"modelVersions", std::move(versions)},
                                   {"locationCo2eKg", a.awsLocationCo2eKg},
                                   {"marketCo2eKg", optionalNumber(a.awsMarketCo2eKg)},
                                   {"greenprint", quantities(a.greenprint, true)},
                                   {"greenprintOperationalCo2eKg", a.greenprint.operationalCo2eKg},
                                   {"gapReasons", std::move(reasons)}};
    }
    ordered_json assumptions = ordered_json::array();
    for (const QString &a : c.assumptions)
        assumptions.push_back(utf8(a));
    root["assumptions"] = std::move(assumptions);
    ordered_json issues = ordered_json::array();
    for (const Issue &i : c.issues)
        issues.push_back(utf8(i.message));
    root["issues"] = std::move(issues);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QString comparisonToCsv(const Comparison &c)
{
    CsvWriter csv;
    csv.addComment(QStringLiteral("Greenprint %1 plan against actual; project %2")
                       .arg(QStringLiteral(GREENPRINT_VERSION), c.projectName));
    csv.addRecord({QStringLiteral("section"), QStringLiteral("stage"), QStringLiteral("component"),
                   QStringLiteral("type"), QStringLiteral("planned_hours"),
                   QStringLiteral("actual_hours"), QStringLiteral("planned_energy_kwh"),
                   QStringLiteral("actual_energy_kwh"), QStringLiteral("planned_co2e_kg"),
                   QStringLiteral("actual_co2e_kg"), QStringLiteral("planned_cost_usd"),
                   QStringLiteral("actual_cost_usd"), QStringLiteral("actual_complete"),
                   QStringLiteral("note")});
    const auto row = [&csv](const QString &section, const QString &stage, const QString &name,
                            const QString &type, const Quantities *planned,
                            const Quantities &actual, const QString &note) {
        csv.addTextField(section);
        csv.addTextField(stage);
        csv.addTextField(name);
        csv.addTextField(type);
        const Quantities none;
        const Quantities &p = planned ? *planned : none;
        csv.addNumber(p.hours, 3);
        csv.addNumber(actual.hours, 3);
        csv.addNumber(p.energyKWh, 6);
        csv.addNumber(actual.energyKWh, 6);
        csv.addNumber(p.co2eKg, 6);
        csv.addNumber(actual.co2eKg, 6);
        csv.addNumber(p.costUsd, 2);
        csv.addNumber(actual.costUsd, 2);
        csv.addTextField(actual.complete ? QStringLiteral("yes") : QStringLiteral("no"));
        csv.addTextField(note);
        csv.endRecord();
    };
    for (const StageComparison &s : c.stages) {
        for (const ComponentComparison &cc : s.components) {
            QStringList drivers;
            for (const DriverShare &d : cc.drivers)
                drivers << QStringLiteral("%1 %2 kg").arg(driverKey(d.driver), fixed(d.co2eKg, 3));
            row(QStringLiteral("component"), stageKey(s.kind), cc.name, componentTypeKey(cc.type),
                &cc.planned, cc.actual, drivers.join(QStringLiteral("; ")));
        }
    }
    for (const UnplannedComparison &u : c.unplanned) {
        row(QStringLiteral("unplanned"), QString(), u.row.usageType,
            usageCategoryKey(u.row.category), nullptr, u.actual, u.reason);
    }
    if (c.aws) {
        Quantities aws;
        aws.co2eKg = c.aws->awsLocationCo2eKg;
        row(QStringLiteral("aws"), QString(),
            QStringLiteral("%1..%2 %3")
                .arg(month(c.aws->firstMonth), month(c.aws->lastMonth), c.aws->regions.join(u' ')),
            QStringLiteral("carbon-export"), &c.aws->greenprint, aws,
            QStringLiteral("planned columns: Greenprint's estimate of the billed usage; actual "
                           "columns: AWS's location-based figure"));
    }
    return csv.text();
}

QString appendComparisonCsv(const QString &planCsv, const Comparison &comparison)
{
    return planCsv + QStringLiteral("\r\n") + comparisonToCsv(comparison);
}

QString comparisonToTable(const Comparison &c)
{
    QString text;
    const auto line = [&text](const QString &label, const QString &planned, const QString &actual,
                              const QString &variance) {
        text += label.leftJustified(64, u' ', true) + u' ' + planned.rightJustified(12) + u' '
            + actual.rightJustified(12) + u' ' + variance.rightJustified(12) + u'\n';
    };
    const auto variance = [](double planned, double actual) {
        // A signed difference; one that rounds to zero has no sign.
        const double delta = actual - planned;
        const QString written = fixed(delta, 1);
        return (delta > 0 && written != fixed(0.0, 1) ? QStringLiteral("+") : QString()) + written;
    };
    text += FormatText::tr("Plan against actual: %1").arg(c.projectName) + u'\n';
    if (c.firstDay.isValid())
        text += FormatText::tr("Billed usage from %1 to %2")
                    .arg(c.firstDay.toString(Qt::ISODate), c.lastDay.toString(Qt::ISODate))
            + u'\n';
    text += u'\n';
    line(FormatText::tr("kgCO2e"), FormatText::tr("planned"), FormatText::tr("actual"),
         FormatText::tr("variance"));
    for (const StageComparison &s : c.stages) {
        line(stageDisplayName(s.kind, s.name), fixed(s.planned.co2eKg, 1),
             fixed(s.actual.co2eKg, 1), variance(s.planned.co2eKg, s.actual.co2eKg));
        for (const ComponentComparison &cc : s.components) {
            line(QStringLiteral("  ") + cc.name, fixed(cc.planned.co2eKg, 1),
                 fixed(cc.actual.co2eKg, 1)
                     + (cc.actual.complete ? QString() : QStringLiteral("*")),
                 variance(cc.planned.co2eKg, cc.actual.co2eKg));
            for (const DriverShare &d : cc.drivers) {
                if (std::abs(d.co2eKg) < 0.05
                    && (d.driver == Driver::Other || d.driver == Driver::Usage))
                    continue;
                line(QStringLiteral("    ") + driverLabel(d.driver)
                         + (d.detail.isEmpty() ? QString() : QStringLiteral(": ") + d.detail),
                     QString(), QString(), variance(0.0, d.co2eKg));
            }
        }
    }
    Quantities unplanned;
    for (const UnplannedComparison &u : c.unplanned)
        unplanned += u.actual;
    line(FormatText::tr("Unplanned usage"), QString(),
         fixed(unplanned.co2eKg, 1) + (unplanned.complete ? QString() : QStringLiteral("*")),
         QString());
    line(FormatText::tr("Total"), fixed(c.plannedTotal.co2eKg, 1), fixed(c.actualTotal.co2eKg, 1),
         variance(c.plannedTotal.co2eKg, c.actualTotal.co2eKg));
    line(FormatText::tr("Cost (USD)"), fixed(c.plannedTotal.costUsd, 2),
         fixed(c.actualTotal.costUsd, 2), variance(c.plannedTotal.costUsd, c.actualTotal.costUsd));
    line(FormatText::tr("Instance-hours"), fixed(c.plannedTotal.hours, 1),
         fixed(c.actualTotal.hours, 1), variance(c.plannedTotal.hours, c.actualTotal.hours));
    if (!c.actualTotal.complete)
        text += FormatText::tr("* part of the usage could not be estimated (see the JSON output)")
            + u'\n';
    if (c.aws) {
        text += u'\n'
            + FormatText::tr("AWS carbon export, %1 to %2, %3: %4 kgCO2e location-based (AWS) "
                             "against %5 kgCO2e (Greenprint, same months and regions)")
                  .arg(month(c.aws->firstMonth), month(c.aws->lastMonth),
                       c.aws->regions.join(QStringLiteral(", ")),
                       fixed(c.aws->awsLocationCo2eKg, 1), fixed(c.aws->greenprint.co2eKg, 1))
            + u'\n';
        for (const QString &reason : c.aws->gapReasons)
            text += QStringLiteral("  - ") + reason + u'\n';
    }
    return text;
}

} // namespace greenprint::actuals
