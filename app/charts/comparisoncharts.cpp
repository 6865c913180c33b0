// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisoncharts.h"

#include "barchart.h"

#include "domain/estimate.h"
#include "domain/names.h"
#include "settings/unitformatter.h"

#include <QCoreApplication>

#include <algorithm>

namespace greenprint::ComparisonCharts {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("greenprint::ComparisonCharts", text);
}

} // namespace

BarChart *createStageComparison(QWidget *parent)
{
    // One row per stage, the baseline's bar above the scenario's: the stage names read whole
    // at any size (two rows per stage left them no room on a small screen).
    auto *chart = new BarChart(
        {{tr("Baseline"), QColor(0x78, 0x90, 0x9c)}, {tr("Scenario"), QColor(0x2e, 0x7d, 0x32)}},
        true, parent, BarChart::Bars::Grouped);
    chart->setObjectName(QStringLiteral("scenarioStageChart"));
    chart->setWholeLabels(true);
    chart->setAccessibleName(tr("Carbon per stage, baseline against scenario"));
    return chart;
}

void updateStageComparison(BarChart *chart, const Estimate &baseline, const Estimate *scenario,
                           const UnitFormatter &units)
{
    double largest = 0.0;
    for (const StageEstimate &stage : baseline.stages)
        largest = std::max(largest, stage.footprint.co2e.kg);
    if (scenario) {
        for (const StageEstimate &stage : scenario->stages)
            largest = std::max(largest, stage.footprint.co2e.kg);
    }
    const DisplayUnit unit = units.carbonUnit(largest);
    const auto figures = [&units](const Footprint &f) {
        return QCoreApplication::translate("greenprint::ComparisonCharts",
                                           "%1 (operational %2, embodied %3)")
            .arg(units.carbon(f.co2e.kg), units.carbon(f.operationalCo2e.kg),
                 units.carbon(f.embodiedCo2e.kg));
    };
    QStringList categories;
    QStringList toolTips;
    std::vector<std::vector<double>> values(2);
    for (std::size_t i = 0; i < baseline.stages.size(); ++i) {
        const StageEstimate &stage = baseline.stages[i];
        const StageEstimate *other =
            scenario && i < scenario->stages.size() ? &scenario->stages[i] : nullptr;
        categories << stageDisplayName(stage.kind, stage.name);
        values[0].push_back(stage.footprint.co2e.kg * unit.factor);
        values[1].push_back(other ? other->footprint.co2e.kg * unit.factor : 0.0);
        toolTips << QCoreApplication::translate("greenprint::ComparisonCharts",
                                                "%1\nBaseline: %2\nScenario: %3")
                        .arg(categories.last(), figures(stage.footprint),
                             other ? figures(other->footprint)
                                   : QCoreApplication::translate("greenprint::ComparisonCharts",
                                                                 "No scenario to compare"));
    }
    chart->setData(QCoreApplication::translate("greenprint::ComparisonCharts",
                                               "Carbon per stage, baseline and scenario (%1)")
                       .arg(unit.symbol),
                   categories, values, unit.symbol);
    chart->setCategoryToolTips(toolTips);
}

} // namespace greenprint::ComparisonCharts
