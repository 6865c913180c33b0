// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimateformats.h"

#include "../domain/names.h"
#include "../engine/functionalunits.h"
#include "csvwriter.h"

#include <QCoreApplication>
#include <QLocale>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace greenprint {
namespace {

using ordered_json = nlohmann::ordered_json;

std::string utf8(const QString &s)
{
    return s.toStdString();
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::EstimateFormats)
};

/** A figure, or null where the footprint's status says it is not one. */
ordered_json figure(double value, bool known)
{
    return known ? ordered_json(value) : ordered_json(nullptr);
}

void putFootprint(ordered_json &j, const Footprint &f)
{
    const bool known = f.complete;
    j["itEnergyKWh"] = figure(f.itEnergy.kWh, known);
    j["energyKWh"] = figure(f.energy.kWh, known);
    j["operationalCo2eKg"] = figure(f.operationalCo2e.kg, known);
    j["embodiedCo2eKg"] = figure(f.embodiedCo2e.kg, known);
    j["co2eKg"] = figure(f.co2e.kg, known);
    j["marketCo2eKg"] = figure(f.marketCo2e.kg, known);
    j["costUsd"] = figure(f.cost.usd, figureStatus(f) == FigureStatus::Known);
    j["low"] = ordered_json{{"energyKWh", figure(f.low.energy.kWh, known)},
                            {"co2eKg", figure(f.low.co2e.kg, known)}};
    j["high"] = ordered_json{{"energyKWh", figure(f.high.energy.kWh, known)},
                             {"co2eKg", figure(f.high.co2e.kg, known)}};
}

/** The CSV plan's status column: what the row's empty fields mean. */
QString statusKey(FigureStatus status)
{
    switch (status) {
    case FigureStatus::Known:
        return QStringLiteral("ok");
    case FigureStatus::CostUnknown:
        return QStringLiteral("cost_unknown");
    case FigureStatus::NotEstimated:
        return QStringLiteral("not_estimated");
    }
    return {};
}

ordered_json optionalNumber(const std::optional<double> &value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

/** SCI form: (E x I + M) per R; the per-unit numbers are null when R is 0. */
ordered_json perUnitJson(const PerUnit &perUnit)
{
    return ordered_json{{"functionalUnit", utf8(functionalUnitText(perUnit.functionalUnit))},
                        {"units", perUnit.units},
                        {"co2eKgPerUnit", optionalNumber(perUnit.co2eKgPerUnit)},
                        {"energyKWhPerUnit", optionalNumber(perUnit.energyKWhPerUnit)}};
}

QString severityKey(Issue::Severity s)
{
    switch (s) {
    case Issue::Severity::Info:
        return QStringLiteral("info");
    case Issue::Severity::Warning:
        return QStringLiteral("warning");
    case Issue::Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace

QByteArray estimateToJson(const Estimate &estimate, const QString &scenario)
{
    ordered_json root;
    root["project"] = utf8(estimate.projectName);
    if (!scenario.isEmpty())
        root["scenario"] = utf8(scenario);
    root["methodology"] = utf8(methodologyKey(estimate.methodology));
    root["referenceData"] = ordered_json{{"version", utf8(estimate.dataVersion)}};
    root["includeEmbodied"] = estimate.includeEmbodied;
    root["gridDataset"] = utf8(estimate.gridDataset);
    root["serverLifetimeYears"] = estimate.serverLifetimeYears;
    root["marketBasedYear"] = estimate.marketBasedYear;
    ordered_json total = ordered_json::object();
    putFootprint(total, estimate.total);
    total["perUnit"] = perUnitJson(estimate.perUnit);
    root["total"] = total;

    ordered_json stages = ordered_json::array();
    for (const StageEstimate &s : estimate.stages) {
        ordered_json js;
        js["kind"] = utf8(stageKey(s.kind));
        js["name"] = utf8(s.name);
        js["region"] = utf8(s.region);
        putFootprint(js, s.footprint);
        js["perUnit"] = perUnitJson(s.perUnit);
        ordered_json components = ordered_json::array();
        for (const ComponentEstimate &c : s.components) {
            ordered_json jc;
            jc["name"] = utf8(c.name);
            jc["type"] = utf8(componentTypeKey(c.type));
            if (!c.instance.isEmpty()) {
                jc["instance"] = utf8(c.instance);
                jc["count"] = c.count;
                jc["averagePowerW"] = c.averagePower.w;
            }
            jc["region"] = utf8(c.region);
            jc["hours"] = figure(c.hours.h, c.footprint.complete);
            if (!c.instance.isEmpty()) {
                jc["hoursDerived"] = c.hoursDerived;
                jc["instanceThroughputTflops"] = c.instanceThroughputTflops
                    ? ordered_json(*c.instanceThroughputTflops)
                    : ordered_json(nullptr);
                if (c.achievedUtilization)
                    jc["achievedUtilization"] = *c.achievedUtilization;
                if (c.acceleratorLoad)
                    jc["acceleratorLoad"] = *c.acceleratorLoad;
            }
            jc["pue"] = c.pue;
            jc["gridGCo2ePerKWh"] = c.gridGCo2ePerKWh;
            putFootprint(jc, c.footprint);
            components.push_back(std::move(jc));
        }
        js["components"] = std::move(components);
        stages.push_back(std::move(js));
    }
    root["stages"] = std::move(stages);

    ordered_json issues = ordered_json::array();
    for (const Issue &i : estimate.issues) {
        issues.push_back(ordered_json{{"severity", utf8(severityKey(i.severity))},
                                      {"path", utf8(i.path)},
                                      {"message", utf8(i.message)}});
    }
    root["issues"] = std::move(issues);
    ordered_json assumptions = ordered_json::array();
    for (const QString &a : estimate.assumptions)
        assumptions.push_back(utf8(a));
    root["assumptions"] = std::move(assumptions);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

namespace {

/** The CSV plan's columns, units in their names; see estimatesToCsv(). */
const QStringList &csvHeader()
{
    static const QStringList header = {
        QStringLiteral("scenario"),
        QStringLiteral("level"),
        QStringLiteral("stage"),
        QStringLiteral("component"),
        QStringLiteral("type"),
        QStringLiteral("instance"),
        QStringLiteral("region"),
        QStringLiteral("count"),
        QStringLiteral("hours"),
        QStringLiteral("average_power_w"),
        QStringLiteral("it_energy_kwh"),
        QStringLiteral("energy_kwh"),
        QStringLiteral("operational_co2e_kg"),
        QStringLiteral("embodied_co2e_kg"),
        QStringLiteral("co2e_kg"),
        QStringLiteral("market_co2e_kg"),
        QStringLiteral("co2e_low_kg"),
        QStringLiteral("co2e_high_kg"),
        QStringLiteral("energy_low_kwh"),
        QStringLiteral("energy_high_kwh"),
        QStringLiteral("cost_usd"),
        QStringLiteral("functional_unit"),
        QStringLiteral("units"),
        QStringLiteral("co2e_kg_per_unit"),
        QStringLiteral("energy_kwh_per_unit"),
        QStringLiteral("status"),
        QStringLiteral("methodology"),
        QStringLiteral("reference_data"),
    };
    return header;
}

/** Writes the figures of one row; a field its status marks as not a figure stays empty, never 0. */
void addFootprintFields(CsvWriter &csv, const Footprint &f)
{
    const double values[] = {
        f.itEnergy.kWh,  f.energy.kWh,  f.operationalCo2e.kg, f.embodiedCo2e.kg, f.co2e.kg,
        f.marketCo2e.kg, f.low.co2e.kg, f.high.co2e.kg,       f.low.energy.kWh,  f.high.energy.kWh};
    for (double v : values) {
        if (f.complete)
            csv.addNumber(v, 6);
        else
            csv.addTextField({});
    }
    if (figureStatus(f) == FigureStatus::Known)
        csv.addNumber(f.cost.usd, 2);
    else
        csv.addTextField({});
}

void addPerUnitFields(CsvWriter &csv, const PerUnit *perUnit)
{
    if (!perUnit) {
        for (int i = 0; i < 4; ++i)
            csv.addTextField({});
        return;
    }
    csv.addTextField(functionalUnitText(perUnit->functionalUnit));
    csv.addNumber(perUnit->units, 6);
    if (perUnit->co2eKgPerUnit)
        csv.addNumber(*perUnit->co2eKgPerUnit, 6);
    else
        csv.addTextField({});
    if (perUnit->energyKWhPerUnit)
        csv.addNumber(*perUnit->energyKWhPerUnit, 6);
    else
        csv.addTextField({});
}

void addTrailerFields(CsvWriter &csv, const Estimate &estimate, const Footprint &footprint)
{
    csv.addTextField(statusKey(figureStatus(footprint)));
    csv.addTextField(methodologyKey(estimate.methodology));
    csv.addTextField(estimate.dataVersion);
    csv.endRecord();
}

} // namespace

QString estimatesToCsv(const std::vector<NamedEstimate> &estimates)
{
    CsvWriter csv;
    csv.addRecord(csvHeader());
    for (const NamedEstimate &named : estimates) {
        const Estimate &estimate = named.estimate;
        for (int si = 0; si < int(estimate.stages.size()); ++si) {
            const StageEstimate &s = estimate.stages[std::size_t(si)];
            for (int ci = 0; ci < int(s.components.size()); ++ci) {
                const ComponentEstimate &c = s.components[std::size_t(ci)];
                csv.addTextField(named.scenario);
                csv.addTextField(QStringLiteral("component"));
                csv.addTextField(stageKey(s.kind));
                csv.addTextField(c.name);
                csv.addTextField(componentTypeKey(c.type));
                csv.addTextField(c.instance);
                csv.addTextField(c.region);
                csv.addInteger(c.count);
                for (const auto &[value, decimals] :
                     {std::pair{c.hours.h, 3}, {c.averagePower.w, 3}}) {
                    if (c.footprint.complete)
                        csv.addNumber(value, decimals);
                    else
                        csv.addTextField({});
                }
                addFootprintFields(csv, c.footprint);
                addPerUnitFields(csv, nullptr);
                addTrailerFields(csv, estimate, c.footprint);
            }
            csv.addTextField(named.scenario);
            csv.addTextField(QStringLiteral("stage"));
            csv.addTextField(stageKey(s.kind));
            for (int i = 0; i < 3; ++i) // component, type, instance
                csv.addTextField({});
            csv.addTextField(s.region);
            for (int i = 0; i < 3; ++i) // count, hours, average power
                csv.addTextField({});
            addFootprintFields(csv, s.footprint);
            addPerUnitFields(csv, &s.perUnit);
            addTrailerFields(csv, estimate, s.footprint);
        }
        csv.addTextField(named.scenario);
        csv.addTextField(QStringLiteral("plan"));
        for (int i = 0; i < 8; ++i) // stage .. average power
            csv.addTextField({});
        addFootprintFields(csv, estimate.total);
        addPerUnitFields(csv, &estimate.perUnit);
        addTrailerFields(csv, estimate, estimate.total);
    }
    return csv.text();
}

namespace {

struct TableRow
{
    QStringList cells;
    bool rule = false;
};

QString fixed(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}

QStringList footprintCells(const Footprint &f)
{
    const QString notEstimated = Tr::tr("not estimated");
    const QString cost =
        f.complete ? (f.costKnown ? fixed(f.cost.usd, 2) : Tr::tr("unknown")) : notEstimated;
    if (!f.complete)
        return {notEstimated, notEstimated, notEstimated, notEstimated, notEstimated, cost};
    return {fixed(f.itEnergy.kWh, 1),    fixed(f.energy.kWh, 1), fixed(f.operationalCo2e.kg, 1),
            fixed(f.embodiedCo2e.kg, 1), fixed(f.co2e.kg, 1),    cost};
}

} // namespace

QString estimateToTable(const Estimate &estimate)
{
    const QStringList header = {Tr::tr("Stage / component"),
                                Tr::tr("Type"),
                                Tr::tr("Instance"),
                                Tr::tr("Region"),
                                Tr::tr("Hours"),
                                Tr::tr("IT kWh"),
                                Tr::tr("kWh (PUE)"),
                                Tr::tr("Op. kgCO2e"),
                                Tr::tr("Emb. kgCO2e"),
                                Tr::tr("kgCO2e"),
                                Tr::tr("USD")};
    std::vector<TableRow> rows;
    rows.push_back({header, false});
    rows.push_back({{}, true});
    for (const StageEstimate &s : estimate.stages) {
        QStringList stageCells = {s.name, QString(), QString(), s.region, QString()};
        stageCells += footprintCells(s.footprint);
        rows.push_back({stageCells, false});
        for (const ComponentEstimate &c : s.components) {
            QStringList cells = {
                QStringLiteral("  ") + c.name, componentTypeKey(c.type), c.instance, c.region,
                c.footprint.complete ? fixed(c.hours.h, 1) : Tr::tr("not estimated")};
            cells += footprintCells(c.footprint);
            rows.push_back({cells, false});
        }
    }
    rows.push_back({{}, true});
    QStringList totalCells = {Tr::tr("Total"), QString(), QString(), QString(), QString()};
    totalCells += footprintCells(estimate.total);
    rows.push_back({totalCells, false});

    std::vector<qsizetype> widths(header.size(), 0);
    for (const TableRow &r : rows) {
        for (qsizetype i = 0; i < r.cells.size(); ++i)
            widths[i] = std::max(widths[i], r.cells[i].size());
    }
    qsizetype totalWidth = 0;
    for (qsizetype w : widths)
        totalWidth += w + 2;

    QString out =
        Tr::tr("Project: %1\nMethodology: %2; grid intensity: %3; reference data %4%5\n\n")
            .arg(estimate.projectName, methodologyKey(estimate.methodology), estimate.gridDataset,
                 estimate.dataVersion,
                 estimate.includeEmbodied ? QString() : Tr::tr("; embodied excluded"));
    for (const TableRow &r : rows) {
        if (r.rule) {
            out += QString(totalWidth - 2, u'-') + u'\n';
            continue;
        }
        QString line;
        for (qsizetype i = 0; i < r.cells.size(); ++i) {
            const bool numeric = i >= 4;
            const QString cell = numeric ? r.cells[i].rightJustified(widths[i])
                                         : r.cells[i].leftJustified(widths[i]);
            line += cell;
            if (i + 1 < r.cells.size())
                line += QStringLiteral("  ");
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    const Footprint &t = estimate.total;
    if (t.complete) {
        out += u'\n'
            + Tr::tr("Carbon %1 kgCO2e (range %2 to %3); market-based %4 kgCO2e (%5 renewable "
                     "matching); energy %6 kWh (range %7 to %8).")
                  .arg(fixed(t.co2e.kg, 1), fixed(t.low.co2e.kg, 1), fixed(t.high.co2e.kg, 1),
                       fixed(t.marketCo2e.kg, 1), QString::number(estimate.marketBasedYear),
                       fixed(t.energy.kWh, 1), fixed(t.low.energy.kWh, 1),
                       fixed(t.high.energy.kWh, 1))
            + u'\n';
    } else {
        out += u'\n'
            + Tr::tr("Carbon and energy not estimated: some component could not be estimated "
                     "(see the notes).")
            + u'\n';
    }
    if (!estimate.assumptions.empty()) {
        out += u'\n' + Tr::tr("Assumptions:") + u'\n';
        for (const QString &a : estimate.assumptions)
            out += QStringLiteral("  - ") + a + u'\n';
    }
    if (!estimate.issues.empty()) {
        out += u'\n' + Tr::tr("Notes:") + u'\n';
        for (const Issue &i : estimate.issues)
            out += QStringLiteral("  - ") + i.toString() + u'\n';
    }
    return out;
}

} // namespace greenprint
