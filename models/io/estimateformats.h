// SPDX-License-Identifier: GPL-3.0-or-later
// Estimate output formats: JSON (for tools), CSV plan (for spreadsheets), text table (for people).
#pragma once

#include "../domain/estimate.h"

#include <QByteArray>
#include <QString>

class QTextStream;

#include <vector>

namespace greenprint {

/** One estimate under a scenario name ("baseline" for the project as it is). */
struct NamedEstimate
{
    QString scenario;
    Estimate estimate;
};

/**
 * How much an estimate's JSON says of each component. Lean (the command line's
 * default) keeps the ids and figures and states a stage's region, PUE and grid
 * intensity once, in its `componentDefaults`: a component names its `region`,
 * `pue` or `gridGCo2ePerKWh` only where they differ; it leaves out the IT
 * energy, the low/high band and its drivers, the average power and the work-sizing details
 * (stages and the total keep every figure). Full adds all of those to every
 * component, as `estimate --detail` writes it.
 */
enum class EstimateDetail { Lean, Full };

class JsonStreamWriter;

/**
 * Writes the estimate as a JSON document to `json` as it goes: `project`,
 * `methodology`, `referenceData` (`version`), `includeEmbodied`, `gridDataset`,
 * `serverLifetimeYears`, `marketBasedYear`, `detail` ("lean", Lean only),
 * `total`, `stages` (each with `kind`, `name`, `region`, its footprint,
 * `componentDefaults` (Lean only) and `components`), `issues` and
 * `assumptions`. Every stage and total footprint carries `itEnergyKWh`,
 * `energyKWh`, `operationalCo2eKg`, `embodiedCo2eKg`, `co2eKg`, `marketCo2eKg`,
 * `costUsd`, `low`, `high` and `drivers`: per uncertain input (`driver`:
 * "achievedFraction", "instancePower", "gridIntensity"), the `low` and `high`
 * with that input alone at its ends, widest carbon span first
 * (engine/banddrivers.h), then `perUnit` (`functionalUnit`, `units`, `co2eKgPerUnit`,
 * `energyKWhPerUnit`: per the stage's or plan's functional unit) and, on the inference stage
 * and the total when the tokens served are counted, `perMillionTokens` (the same keys, per
 * 1 M tokens served; absent otherwise). A figure that is not one (see FigureStatus) is null. Keys
 * are in a fixed order. A non-empty `scenario` (the what-if scenario the estimate is of) is written
 * as `scenario` after `project`; the plan itself has none.
 */
void writeEstimateJson(JsonStreamWriter &json, const Estimate &estimate, const QString &scenario,
                       EstimateDetail detail);

/** writeEstimateJson() into a byte array, ending with a newline. */
QByteArray estimateToJson(const Estimate &estimate, const QString &scenario = {},
                          EstimateDetail detail = EstimateDetail::Full);

/**
 * The CSV plan, as a spreadsheet opens it: a header row first (units in the
 * column names: `_kwh`, `_kg`, `_usd`, `_w`), then per scenario one row per
 * component (`level` "component"), a total row after each stage ("stage") and
 * one for the plan ("plan"). Stage and plan rows carry the per-unit figures
 * (`functional_unit`, `units`, `co2e_kg_per_unit`, `energy_kwh_per_unit`); the
 * inference stage and plan rows also those per 1 M tokens served
 * (`million_tokens_served`, `co2e_kg_per_million_tokens`,
 * `energy_kwh_per_million_tokens`), empty where the tokens are not counted.
 * Every row has a `status`: "ok", "price unknown" (its cost is incomplete) or
 * "invalid" (it could not be estimated: its figures are empty, never a number),
 * and the `methodology` and `reference_data` version it was made with.
 * RFC 4180, CRLF, UTF-8.
 */
QString estimatesToCsv(const std::vector<NamedEstimate> &estimates);

class CsvWriter;

/** estimatesToCsv() written record by record to `csv` (which may stream to a device). */
void writeEstimatesCsv(CsvWriter &csv, const std::vector<NamedEstimate> &estimates);

/**
 * A fixed-width text table for terminals: one row per component, stage subtotals,
 * total, then the assumptions and notes. Written line by line to `out`, never held
 * whole: the column widths come from a first pass over the estimate.
 */
void writeEstimateTable(QTextStream &out, const Estimate &estimate);

} // namespace greenprint
