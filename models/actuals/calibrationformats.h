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
/** One paragraph per component: calibrated with its changes, or why not (translated). */
QString calibrationToTable(const Project &project, const CalibrationResult &result);

} // namespace greenprint::actuals
