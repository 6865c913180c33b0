// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimateformats.h"

#include "../domain/names.h"
#include "../engine/banddrivers.h"
#include "../engine/functionalunits.h"
#include "csvwriter.h"
#include "jsonstreamwriter.h"
#include "plainnumber.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QTextStream>

#include <QBuffer>

#include <algorithm>
#include <optional>
#include <thread>

namespace greenprint {
namespace {

using PlainNumber::fixed;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::EstimateFormats)
};

/** A figure, or null where the footprint's status says it is not one. */
void figure(JsonStreamWriter &json, std::string_view key, double value, bool known)
{
    json.key(key);
    if (known)
        json.value(value);
    else
        json.null();
}

void putBand(JsonStreamWriter &json, std::string_view key, const Band &band, bool known)
{
    json.key(key);
    json.beginObject();
    figure(json, "energyKWh", band.energy.kWh, known);
    figure(json, "co2eKg", band.co2e.kg, known);
    json.endObject();
}

/** Every figure of a footprint (`detail`), or the ones a lean component row keeps. */
void putFootprint(JsonStreamWriter &json, const Footprint &f, bool detail = true)
{
    const bool known = f.complete;
    if (detail)
        figure(json, "itEnergyKWh", f.itEnergy.kWh, known);
    figure(json, "energyKWh", f.energy.kWh, known);
    figure(json, "operationalCo2eKg", f.operationalCo2e.kg, known);
    figure(json, "embodiedCo2eKg", f.embodiedCo2e.kg, known);
    figure(json, "co2eKg", f.co2e.kg, known);
    figure(json, "marketCo2eKg", f.marketCo2e.kg, known);
    figure(json, "costUsd", f.cost.usd, figureStatus(f) == FigureStatus::Known);
    if (detail) {
        putBand(json, "low", f.low, known);
        putBand(json, "high", f.high, known);
        json.key("drivers");
        json.beginArray();
        for (const RankedDriver &d : rankedDrivers(f)) {
            json.beginObject();
            json.member("driver", bandDriverKey(d.driver));
            putBand(json, "low", d.range.low, known);
            putBand(json, "high", d.range.high, known);
            json.endObject();
        }
        json.endArray();
    }
}

/** Where a component runs: what a lean stage states once for most of its components. */
struct Placement
{
    QString region;
    double pue = 1.0;
    double gridGCo2ePerKWh = 0.0;
    bool operator==(const Placement &) const = default;
};

Placement placementOf(const ComponentEstimate &c)
{
    return {c.region, c.pue.ratio, c.gridGCo2ePerKWh};
}

/** The placement most components of `stage` share (the first such, on a tie). */
Placement commonPlacement(const StageEstimate &stage)
{
    std::vector<std::pair<Placement, std::size_t>> counts;
    for (const ComponentEstimate &c : stage.components) {
        const Placement p = placementOf(c);
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&p](const auto &entry) { return entry.first == p; });
        if (it == counts.end())
            counts.emplace_back(p, 1);
        else
            ++it->second;
    }
    const auto most =
        std::max_element(counts.begin(), counts.end(),
                         [](const auto &a, const auto &b) { return a.second < b.second; });
    return most == counts.end() ? Placement{stage.region, 1.0, 0.0} : most->first;
}

void putComponentDetail(JsonStreamWriter &json, const ComponentEstimate &c)
{
    json.member("name", c.name);
    json.member("type", componentTypeKey(c.type));
    if (!c.instance.isEmpty()) {
        json.member("instance", c.instance);
        json.member("count", c.count);
        json.member("averagePowerW", c.averagePower.w);
    }
    json.member("region", c.region);
    figure(json, "hours", c.hours.h, c.footprint.complete);
    if (c.runs != 1.0) // a recurring job: `hours` are all its runs'
        json.member("runs", c.runs);
    if (!c.instance.isEmpty()) {
        json.member("hoursDerived", c.hoursDerived);
        json.key("instanceThroughputTflops");
        if (c.instanceThroughputTflops)
            json.value(*c.instanceThroughputTflops);
        else
            json.null();
        if (c.throughputAchieved)
            json.member("throughputAchieved", true);
        if (c.achievedUtilization)
            json.member("achievedUtilization", *c.achievedUtilization);
        if (c.acceleratorLoad)
            json.member("acceleratorLoad", *c.acceleratorLoad);
    }
    json.member("pue", c.pue.ratio);
    json.member("gridGCo2ePerKWh", c.gridGCo2ePerKWh);
    putFootprint(json, c.footprint);
}

/** The ids and figures; region, PUE and grid intensity only where they differ from `common`. */
void putComponentLean(JsonStreamWriter &json, const ComponentEstimate &c, const Placement &common)
{
    json.member("name", c.name);
    json.member("type", componentTypeKey(c.type));
    if (!c.instance.isEmpty()) {
        json.member("instance", c.instance);
        json.member("count", c.count);
    }
    if (c.region != common.region)
        json.member("region", c.region);
    if (c.pue.ratio != common.pue)
        json.member("pue", c.pue.ratio);
    if (c.gridGCo2ePerKWh != common.gridGCo2ePerKWh)
        json.member("gridGCo2ePerKWh", c.gridGCo2ePerKWh);
    figure(json, "hours", c.hours.h, c.footprint.complete);
    if (c.runs != 1.0)
        json.member("runs", c.runs);
    putFootprint(json, c.footprint, /*detail=*/false);
}

/**
 * Elements [0, count) of the array open in `json`, element i written by `put(writer, i)`.
 * A long array goes in chunks of kChunkElements: while this thread writes a chunk, a second
 * thread formats the next one into memory, whose text then follows (formatting numbers is
 * most of writing a large estimate). The text is the same, byte for byte, as written in one go.
 */
template<typename Put>
void writeElements(JsonStreamWriter &json, std::size_t count, const Put &put)
{
    constexpr std::size_t kChunkElements = 4096;
    for (std::size_t first = 0; first < count;) {
        const std::size_t split = std::min(count, first + kChunkElements);
        const std::size_t last = std::min(count, split + kChunkElements);
        QByteArray nextText;
        std::optional<QBuffer> nextBuffer; // only when there is a next chunk
        // Made here, before this thread writes on: it continues `json` as it is now.
        std::optional<JsonStreamWriter> next;
        std::thread formatter;
        if (last > split) {
            nextBuffer.emplace(&nextText);
            nextBuffer->open(QIODevice::WriteOnly);
            next.emplace(&*nextBuffer, json);
            formatter = std::thread([&next, &put, split, last] {
                for (std::size_t i = split; i < last; ++i)
                    put(*next, i);
                next->flush();
            });
        }
        for (std::size_t i = first; i < split; ++i)
            put(json, i);
        if (formatter.joinable()) {
            formatter.join();
            json.appendElements(
                std::string_view(nextText.constData(), std::size_t(nextText.size())));
        }
        first = last;
    }
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

/** SCI form: (E x I + M) per R under `key`; the per-unit numbers are null when R is 0. */
void putPerUnit(JsonStreamWriter &json, const PerUnit &perUnit,
                std::string_view objectKey = "perUnit")
{
    const auto optional = [&json](std::string_view key, const std::optional<double> &value) {
        json.key(key);
        if (value)
            json.value(*value);
        else
            json.null();
    };
    json.key(objectKey);
    json.beginObject();
    json.member("functionalUnit", functionalUnitText(perUnit.functionalUnit));
    json.member("units", perUnit.units);
    optional("co2eKgPerUnit", perUnit.co2eKgPerUnit);
    optional("energyKWhPerUnit", perUnit.energyKWhPerUnit);
    json.endObject();
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

void writeEstimateJson(JsonStreamWriter &json, const Estimate &estimate, const QString &scenario,
                       EstimateDetail detail)
{
    json.beginObject();
    json.member("project", estimate.projectName);
    if (!scenario.isEmpty())
        json.member("scenario", scenario);
    json.member("methodology", methodologyKey(estimate.methodology));
    json.key("referenceData");
    json.beginObject();
    json.member("version", estimate.dataVersion);
    json.endObject();
    json.member("includeEmbodied", estimate.includeEmbodied);
    json.member("gridDataset", gridDatasetKey(estimate.gridDataset));
    json.member("serverLifetimeYears", estimate.serverLifetimeYears);
    json.member("marketBasedYear", estimate.marketBasedYear);
    if (detail == EstimateDetail::Lean)
        json.member("detail", "lean");
    json.key("total");
    json.beginObject();
    putFootprint(json, estimate.total);
    putPerUnit(json, estimate.perUnit);
    if (estimate.perMillionTokens)
        putPerUnit(json, *estimate.perMillionTokens, "perMillionTokens");
    json.endObject();

    json.key("stages");
    json.beginArray();
    for (const StageEstimate &s : estimate.stages) {
        json.beginObject();
        json.member("kind", stageKey(s.kind));
        json.member("name", s.name);
        json.member("region", s.region);
        putFootprint(json, s.footprint);
        putPerUnit(json, s.perUnit);
        if (s.perMillionTokens)
            putPerUnit(json, *s.perMillionTokens, "perMillionTokens");
        Placement common;
        if (detail == EstimateDetail::Lean && !s.components.empty()) {
            common = commonPlacement(s);
            json.key("componentDefaults");
            json.beginObject();
            json.member("region", common.region);
            json.member("pue", common.pue);
            json.member("gridGCo2ePerKWh", common.gridGCo2ePerKWh);
            json.endObject();
        }
        json.key("components");
        json.beginArray();
        writeElements(json, s.components.size(), [&](JsonStreamWriter &out, std::size_t i) {
            out.beginObject();
            if (detail == EstimateDetail::Lean)
                putComponentLean(out, s.components[i], common);
            else
                putComponentDetail(out, s.components[i]);
            out.endObject();
        });
        json.endArray();
        json.endObject();
    }
    json.endArray();

    json.key("issues");
    json.beginArray();
    for (const Issue &i : estimate.issues) {
        json.beginObject();
        json.member("severity", severityKey(i.severity));
        json.member("path", i.path);
        json.member("message", i.message);
        json.endObject();
    }
    json.endArray();
    json.key("assumptions");
    json.beginArray();
    for (const QString &a : estimate.assumptions)
        json.value(a);
    json.endArray();
    json.endObject();
}

QByteArray estimateToJson(const Estimate &estimate, const QString &scenario, EstimateDetail detail)
{
    QByteArray text;
    QBuffer buffer(&text);
    buffer.open(QIODevice::WriteOnly);
    {
        JsonStreamWriter json(&buffer);
        writeEstimateJson(json, estimate, scenario, detail);
        json.raw("\n");
    }
    return text;
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
        QStringLiteral("runs"),
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
        QStringLiteral("million_tokens_served"),
        QStringLiteral("co2e_kg_per_million_tokens"),
        QStringLiteral("energy_kwh_per_million_tokens"),
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

/** R and the two figures per unit (empty when there is none); three fields, all empty without
 *  `perUnit`. */
void addPerUnitFigures(CsvWriter &csv, const PerUnit *perUnit)
{
    if (!perUnit) {
        for (int i = 0; i < 3; ++i)
            csv.addTextField({});
        return;
    }
    csv.addNumber(perUnit->units, 6);
    for (const std::optional<double> &value : {perUnit->co2eKgPerUnit, perUnit->energyKWhPerUnit}) {
        if (value)
            csv.addNumber(*value, 6);
        else
            csv.addTextField({});
    }
}

/** The functional unit, R and the figures per unit; all empty without `perUnit`. */
void addPerUnitFields(CsvWriter &csv, const PerUnit *perUnit)
{
    csv.addTextField(perUnit ? functionalUnitText(perUnit->functionalUnit) : QString());
    addPerUnitFigures(csv, perUnit);
}

/** R per 1 M tokens and the figures per unit; all empty where tokens are not counted. */
void addPerMillionTokensFields(CsvWriter &csv, const std::optional<PerUnit> &perMillionTokens)
{
    addPerUnitFigures(csv, perMillionTokens ? &*perMillionTokens : nullptr);
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
    writeEstimatesCsv(csv, estimates);
    return csv.text();
}

void writeEstimatesCsv(CsvWriter &csv, const std::vector<NamedEstimate> &estimates)
{
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
                if (c.footprint.complete)
                    csv.addNumber(c.hours.h, 3);
                else
                    csv.addTextField({});
                // A compute job's runs (52.143 for weekly over 12 months): `hours` are all of
                // them. An input, not a figure, so stated even where the row is invalid.
                if (c.type == ComponentType::Compute)
                    csv.addNumber(c.runs, 3);
                else
                    csv.addTextField({});
                if (c.footprint.complete)
                    csv.addNumber(c.averagePower.w, 3);
                else
                    csv.addTextField({});
                addFootprintFields(csv, c.footprint);
                addPerUnitFields(csv, nullptr);
                addPerMillionTokensFields(csv, std::nullopt);
                addTrailerFields(csv, estimate, c.footprint);
            }
            csv.addTextField(named.scenario);
            csv.addTextField(QStringLiteral("stage"));
            csv.addTextField(stageKey(s.kind));
            for (int i = 0; i < 3; ++i) // component, type, instance
                csv.addTextField({});
            csv.addTextField(s.region);
            for (int i = 0; i < 4; ++i) // count, hours, runs, average power
                csv.addTextField({});
            addFootprintFields(csv, s.footprint);
            addPerUnitFields(csv, &s.perUnit);
            addPerMillionTokensFields(csv, s.perMillionTokens);
            addTrailerFields(csv, estimate, s.footprint);
        }
        csv.addTextField(named.scenario);
        csv.addTextField(QStringLiteral("plan"));
        for (int i = 0; i < 9; ++i) // stage .. average power
            csv.addTextField({});
        addFootprintFields(csv, estimate.total);
        addPerUnitFields(csv, &estimate.perUnit);
        addPerMillionTokensFields(csv, estimate.perMillionTokens);
        addTrailerFields(csv, estimate, estimate.total);
    }
}

namespace {

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

/** A component's hours per instance; a recurring job's as "2085.7 (52.1 runs × 40.0)". */
QString hoursCell(const ComponentEstimate &c)
{
    if (c.runs == 1.0)
        return fixed(c.hours.h, 1);
    return Tr::tr("%1 (%2 runs × %3)")
        .arg(fixed(c.hours.h, 1), fixed(c.runs, 1), fixed(c.hoursPerRun().h, 1));
}

/**
 * Calls `row(cells)` for every row of the table in order, and `row({})` for a rule:
 * the rows are made one at a time, so that a table of any size is never held whole.
 */
template<typename RowFunction>
void forEachTableRow(const Estimate &estimate, const QStringList &header, RowFunction row)
{
    row(header);
    row({});
    for (const StageEstimate &s : estimate.stages) {
        QStringList stageCells = {s.name, QString(), QString(), s.region, QString()};
        stageCells += footprintCells(s.footprint);
        row(stageCells);
        for (const ComponentEstimate &c : s.components) {
            QStringList cells = {QStringLiteral("  ") + c.name, componentTypeKey(c.type),
                                 c.instance, c.region,
                                 c.footprint.complete ? hoursCell(c) : Tr::tr("not estimated")};
            cells += footprintCells(c.footprint);
            row(cells);
        }
    }
    row({});
    QStringList totalCells = {Tr::tr("Total"), QString(), QString(), QString(), QString()};
    totalCells += footprintCells(estimate.total);
    row(totalCells);
}

} // namespace

void writeEstimateTable(QTextStream &stream, const Estimate &estimate)
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
    // Two passes over the estimate: the column widths first, then the lines. The
    // names, type, instance and region are text; hours and the figures numbers.
    std::vector<TextTable::Align> alignment(std::size_t(header.size()), TextTable::Align::Right);
    std::fill_n(alignment.begin(), 4, TextTable::Align::Left);
    TextTable table(std::move(alignment));
    forEachTableRow(estimate, header, [&table](const QStringList &cells) { table.measure(cells); });

    stream << Tr::tr("Project: %1\nMethodology: %2; grid intensity: %3; reference data %4%5\n\n")
                  .arg(estimate.projectName, methodologyKey(estimate.methodology),
                       gridDatasetKey(estimate.gridDataset), estimate.dataVersion,
                       estimate.includeEmbodied ? QString() : Tr::tr("; embodied excluded"));
    forEachTableRow(estimate, header, [&](const QStringList &cells) {
        stream << (cells.isEmpty() ? table.rule() : table.line(cells)) << u'\n';
    });
    QString out;
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
        QStringList drivers;
        for (const RankedDriver &d : rankedDrivers(t)) {
            if (d.co2eSpanKg > 0.0)
                drivers.append(
                    Tr::tr("%1 %2 to %3 kgCO2e")
                        .arg(bandDriverDisplayName(d.driver),
                             fixed(std::min(d.range.low.co2e.kg, d.range.high.co2e.kg), 1),
                             fixed(std::max(d.range.low.co2e.kg, d.range.high.co2e.kg), 1)));
        }
        if (!drivers.isEmpty())
            out += Tr::tr("What makes the range, each alone: %1.").arg(drivers.join(u"; ")) + u'\n';
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
    stream << out;
}

} // namespace greenprint
