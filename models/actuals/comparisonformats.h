// SPDX-License-Identifier: GPL-3.0-or-later
// Plan against actual as JSON, CSV and a plain-text table (the `greenprint actual` outputs).
#pragma once

#include "actualcomparison.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace greenprint::actuals {

/**
 * JSON: {"project", "period", "imports", "planned", "actual", "stages": [{"kind",
 * "name", "planned", "actual", "components": [{"name", "type", "planned",
 * "actual", instances, regions, utilizations, "drivers"}]}], "unplanned",
 * "unmatchedMeasurements", "aws" (only with a carbon export), "assumptions"};
 * every planned/actual object has hours, energyKWh, co2eKg, marketCo2eKg,
 * costUsd and (actual only) complete. Keys never translated.
 */
QByteArray comparisonToJson(const Comparison &comparison,
                            const std::vector<ImportProvenance> &imports);
/** CSV: one row per component, per unplanned usage and (with a carbon export) one for AWS. */
QString comparisonToCsv(const Comparison &comparison);
/**
 * The CSV plan with the comparison as a second section: after a blank line, its
 * own comment line, header and rows (comparisonToCsv()).
 */
QString appendComparisonCsv(const QString &planCsv, const Comparison &comparison);
/** The table printed on a terminal (translated labels). */
QString comparisonToTable(const Comparison &comparison);

} // namespace greenprint::actuals
