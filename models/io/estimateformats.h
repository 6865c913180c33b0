// SPDX-License-Identifier: GPL-3.0-or-later
// Estimate output formats: JSON (for tools), CSV plan (for spreadsheets), text table (for people).
#pragma once

#include "../domain/estimate.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace greenprint {

/** One estimate under a scenario name ("baseline" for the project as it is). */
struct NamedEstimate
{
    QString scenario;
    Estimate estimate;
};

/**
 * The estimate as a JSON document: `project`, `methodology`, `referenceData`
 * (`version`), `total`, `stages` (each with `kind`, `name`, `region`,
 * `components`) and `issues`. Every footprint object carries `itEnergyKWh`,
 * `energyKWh`, `operationalCo2eKg`, `embodiedCo2eKg`, `co2eKg` and `costUsd`.
 * Keys are in a fixed order; the output ends with a newline. A non-empty
 * `scenario` (the what-if scenario the estimate is of) is written as
 * `scenario` after `project`; the plan itself has none.
 */
QByteArray estimateToJson(const Estimate &estimate, const QString &scenario = {});

/**
 * The CSV plan, as a spreadsheet opens it: a header row first (units in the
 * column names: `_kwh`, `_kg`, `_usd`, `_w`), then per scenario one row per
 * component (`level` "component"), a total row after each stage ("stage") and
 * one for the plan ("plan"). Stage and plan rows carry the per-unit figures
 * (`functional_unit`, `units`, `co2e_kg_per_unit`, `energy_kwh_per_unit`).
 * Every row has a `status`: "ok", "price unknown" (its cost is incomplete) or
 * "invalid" (it could not be estimated: its figures are empty, never a number),
 * and the `methodology` and `reference_data` version it was made with.
 * RFC 4180, CRLF, UTF-8.
 */
QString estimatesToCsv(const std::vector<NamedEstimate> &estimates);

/** A fixed-width text table for terminals: one row per component, stage subtotals, total. */
QString estimateToTable(const Estimate &estimate);

} // namespace greenprint
