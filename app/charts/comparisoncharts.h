// SPDX-License-Identifier: GPL-3.0-or-later
// Baseline against scenario: carbon per stage, a bar each.
#pragma once

class QWidget;

namespace greenprint {

class BarChart;
struct Estimate;
class UnitFormatter;

/** Builders of the what-if view's per-stage comparison (the same BarChart as the dashboard). */
namespace ComparisonCharts {

/** Two sets, baseline and scenario, grouped: one row per stage, its name whole. */
BarChart *createStageComparison(QWidget *parent);
/**
 * Two bars per stage, the baseline's and the scenario's carbon; the tooltip splits each into
 * operational and embodied. `scenario` may be null (no scenario, or it does not apply): then
 * only the baseline bars have values.
 */
void updateStageComparison(BarChart *chart, const Estimate &baseline, const Estimate *scenario,
                           const UnitFormatter &units);

} // namespace ComparisonCharts
} // namespace greenprint
