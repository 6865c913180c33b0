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
 * The CSV plan: a comment line with app and data version, a header with units,
 * then one row per component per scenario. RFC 4180, CRLF, UTF-8.
 */
QString estimatesToCsv(const std::vector<NamedEstimate> &estimates);

/** A fixed-width text table for terminals: one row per component, stage subtotals, total. */
QString estimateToTable(const Estimate &estimate);

} // namespace greenprint
