// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/referencedata.h"
#include "../units.h"

#include <vector>

namespace greenprint {

/**
 * Average power of an instance at a utilization, by piecewise-linear
 * interpolation through its load points (ascending by utilization).
 * Utilization is clamped to [0, 1]; beyond the first or last point the curve
 * is extended flat. An empty curve gives 0 W.
 */
PowerW interpolatePower(const std::vector<LoadPoint> &loadPoints, double utilization);

/**
 * An accelerator's whole-board power as a fraction of its TDP at `duty` (0..1), through
 * the measured load curve (MethodData::acceleratorLoadCurve, ascending by duty) the same
 * way: clamped, flat beyond the ends, 0 for an empty curve.
 */
double interpolateLoadCurve(const std::vector<LoadCurvePoint> &curve, double duty);

} // namespace greenprint
