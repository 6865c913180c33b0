// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisoncharts.h"

#include "barchart.h"

#include "domain/estimate.h"
#include "domain/names.h"
#include "settings/unitformatter.h"

#include <QChart>
#include <QCoreApplication>
#include <QLegend>

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
    auto *chart = new BarChart({{tr("Baseline operational"), QColor(0x78, 0x90, 0x9c)},
                                {tr("Baseline embodied"), QColor(0xb0, 0xbe, 0xc5)},
                                {tr("Scenario operational"), QColor(0x2e, 0x7d, 0x32)},
                                {tr("Scenario embodied"), QColor(0xa5, 0xd6, 0xa7)}},
                               true, parent);
    chart->setObjectName(QStringLiteral("scenarioStageChart"));
    QFont legendFont = chart->chart()->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9); // four entries fit side by side
    chart->chart()->legend()->setFont(legendFont);
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
    QStringList categories;
    QStringList toolTips;
    std::vector<std::vector<double>> values(4);
    auto add = [&](const Estimate *estimate, std::size_t stage, int firstSet,
                   const QString &label) {
        categories << label;
        for (int set = 0; set < 4; ++set)
            values[set].push_back(0.0);
        if (!estimate || stage >= estimate->stages.size()) {
            toolTips << tr("No scenario to compare");
            return;
        }
        const Footprint &f = estimate->stages[stage].footprint;
        values[firstSet].back() = f.operationalCo2e.kg * unit.factor;
        values[firstSet + 1].back() =
            estimate->includeEmbodied ? f.embodiedCo2e.kg * unit.factor : 0.0;
        toolTips << QCoreApplication::translate("greenprint::ComparisonCharts",
                                                "%1: %2 (operational %3, embodied %4)")
                        .arg(label, units.carbon(f.co2e.kg), units.carbon(f.operationalCo2e.kg),
                             units.carbon(f.embodiedCo2e.kg));
    };
    for (std::size_t i = 0; i < baseline.stages.size(); ++i) {
        const auto &stage = baseline.stages[i];
        const QString name = stageDisplayName(stage.kind, stage.name);
        add(&baseline, i, 0,
            QCoreApplication::translate("greenprint::ComparisonCharts", "%1, baseline").arg(name));
        add(scenario, i, 2,
            QCoreApplication::translate("greenprint::ComparisonCharts", "%1, scenario").arg(name));
    }
    chart->setData(QCoreApplication::translate("greenprint::ComparisonCharts",
                                               "Carbon per stage, baseline and scenario (%1)")
                       .arg(unit.symbol),
                   categories, values, unit.symbol);
    chart->setCategoryToolTips(toolTips);
}

} // namespace greenprint::ComparisonCharts
