// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/regionranking.h"

#include <QString>
#include <QStringList>

#include <vector>

class QWidget;

namespace greenprint {

class BarChart;
struct Estimate;
class UnitFormatter;

/** Builders that turn an estimate (or a region ranking) into the dashboard's bar charts. */
namespace FootprintCharts {

/** Operational and embodied carbon, one set each. */
BarChart *createStageChart(QWidget *parent);
void updateStageChart(BarChart *chart, const Estimate &estimate, const UnitFormatter &units);

/** One set; the eight largest components. */
BarChart *createComponentChart(QWidget *parent);
void updateComponentChart(BarChart *chart, const Estimate &estimate, const UnitFormatter &units);

/** Two sets (other regions, the project's region); the ten lowest plus the project's. */
BarChart *createRegionChart(QWidget *parent);
/** `allowedRegions`: the project's constraint (empty: any), stated in the title. */
void updateRegionChart(BarChart *chart, const std::vector<RegionResult> &results,
                       const QStringList &allowedRegions, const UnitFormatter &units);
/** No bars and "computing…" in the title: the ranking of the current plan is on its way. */
void showRegionChartComputing(BarChart *chart, const QStringList &allowedRegions);

/**
 * What makes the plan's carbon band: one floating bar per uncertain input, from its
 * favourable to its unfavourable end with the others central, widest first (a
 * tornado chart; engine/banddrivers.h). Empty, with a note in the title, when the
 * plan is not estimated.
 */
BarChart *createDriverChart(QWidget *parent);
void updateDriverChart(BarChart *chart, const Estimate &estimate, const UnitFormatter &units);

inline constexpr int kMaxComponents = 8;
inline constexpr int kMaxRegions = 10;

} // namespace FootprintCharts
} // namespace greenprint
