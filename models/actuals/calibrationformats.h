// SPDX-License-Identifier: GPL-3.0-or-later
// What a calibration replaced, as a table and as JSON (`greenprint actual --calibrate`).
#pragma once

#include "calibration.h"

#include <QByteArray>
#include <QString>

namespace greenprint::actuals {

/**
 * JSON: {"calibrated": n, "components": [{"stage", "component", "calibrated",
 * "measured": {"hours"|"utilization"|"powerW": {"value", "planned", "source",
 * "files", "from", "to", "records"}}, "changes", "notes", "refusal"}]}. Keys never
 * translated; "measured" holds what the component's calibration now records.
 */
QByteArray calibrationToJson(const Project &project, const CalibrationResult &result);
/**
 * The CSV plan with, when any component holds measured values, a section of
 * them after a blank line: its own comment line, a header and one row per
 * measured field (stage, component, field with its unit, value, the plan's
 * value, source, files, period, records, and whether the field still holds
 * it). `planCsv` unchanged when nothing was calibrated.
 */
QString appendMeasuredCsv(const QString &planCsv, const Project &project);
/** One paragraph per component: calibrated with its changes, or why not (translated). */
QString calibrationToTable(const Project &project, const CalibrationResult &result);

} // namespace greenprint::actuals
