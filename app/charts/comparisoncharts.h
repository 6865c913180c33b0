// SPDX-License-Identifier: GPL-3.0-or-later
// Baseline against scenario: carbon per stage as stacked bars (operational / embodied).
#pragma once

class QWidget;

namespace greenprint {

class BarChart;
struct Estimate;
class UnitFormatter;

/** Builders of the what-if view's stacked-bar comparison (the same BarChart as the dashboard). */
namespace ComparisonCharts {

/** Four sets: baseline operational and embodied, scenario operational and embodied. */
BarChart *createStageComparison(QWidget *parent);
/**
 * Two bars per stage, baseline above scenario. `scenario` may be null (no
 * scenario, or it does not apply): then only the baseline bars have values.
 */
void updateStageComparison(BarChart *chart, const Estimate &baseline, const Estimate *scenario,
                           const UnitFormatter &units);

} // namespace ComparisonCharts
} // namespace greenprint
