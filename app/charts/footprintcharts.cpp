// SPDX-License-Identifier: GPL-3.0-or-later
#include "footprintcharts.h"

#include "barchart.h"

#include "domain/estimate.h"
#include "domain/names.h"
#include "settings/unitformatter.h"

#include <QChart>
#include <QCoreApplication>

#include <algorithm>

namespace greenprint::FootprintCharts {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("greenprint::FootprintCharts", text);
}

} // namespace

BarChart *createStageChart(QWidget *parent)
{
    auto *chart = new BarChart(
        {{tr("Operational"), QColor(0x2e, 0x7d, 0x32)}, {tr("Embodied"), QColor(0xa1, 0x88, 0x7f)}},
        true, parent);
    chart->setObjectName(QStringLiteral("stageCarbonChart"));
    chart->setAccessibleName(tr("Carbon per stage, operational and embodied"));
    return chart;
}

void updateStageChart(BarChart *chart, const Estimate &estimate, const UnitFormatter &units)
{
    double largest = 0.0;
    for (const StageEstimate &stage : estimate.stages)
        largest = std::max(largest, stage.footprint.co2e.kg);
    const DisplayUnit unit = units.carbonUnit(largest);
    QStringList categories;
    std::vector<std::vector<double>> values(2);
    for (const StageEstimate &stage : estimate.stages) {
        categories << stageDisplayName(stage.kind, stage.name);
        values[0].push_back(stage.footprint.operationalCo2e.kg * unit.factor);
        values[1].push_back(estimate.includeEmbodied ? stage.footprint.embodiedCo2e.kg * unit.factor
                                                     : 0.0);
    }
    QStringList toolTips;
    for (const StageEstimate &stage : estimate.stages) {
        const Footprint &f = stage.footprint;
        toolTips << QCoreApplication::translate("greenprint::FootprintCharts",
                                                "%1: %2, range %3\nOperational %4, embodied %5\n"
                                                "Market-based (%6): %7")
                        .arg(stageDisplayName(stage.kind, stage.name), units.carbon(f.co2e.kg),
                             units.carbonRange(f.co2e.kg, f.low.co2e.kg, f.high.co2e.kg),
                             units.carbon(f.operationalCo2e.kg), units.carbon(f.embodiedCo2e.kg),
                             QString::number(estimate.marketBasedYear),
                             units.carbon(f.marketCo2e.kg));
    }
    chart->setData(
        QCoreApplication::translate("greenprint::FootprintCharts", "Carbon per stage (%1)")
            .arg(unit.symbol),
        categories, values, unit.symbol);
    chart->setCategoryToolTips(toolTips);
}

BarChart *createComponentChart(QWidget *parent)
{
    auto *chart = new BarChart({{tr("Carbon"), QColor(0x00, 0x89, 0x7b)}}, false, parent);
    chart->setObjectName(QStringLiteral("componentCarbonChart"));
    chart->setMaxLabelChars(22); // the dashboard gives it half a row
    chart->setAccessibleName(tr("Carbon by component"));
    return chart;
}

void updateComponentChart(BarChart *chart, const Estimate &estimate, const UnitFormatter &units)
{
    struct Row
    {
        QString name;
        QString stage;
        double co2eKg = 0.0;
    };
    std::vector<Row> rows;
    for (const StageEstimate &stage : estimate.stages) {
        for (const ComponentEstimate &component : stage.components)
            rows.push_back({component.name, stageDisplayName(stage.kind, stage.name),
                            component.footprint.co2e.kg});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.co2eKg > b.co2eKg; });
    const bool truncated = rows.size() > size_t(kMaxComponents);
    if (truncated)
        rows.resize(kMaxComponents);
    const DisplayUnit unit = units.carbonUnit(rows.empty() ? 0.0 : rows.front().co2eKg);
    QStringList categories;
    QStringList toolTips;
    std::vector<std::vector<double>> values(1);
    for (const Row &row : rows) {
        categories << row.name;
        toolTips << QCoreApplication::translate("greenprint::FootprintCharts", "%1\n%2: %3")
                        .arg(row.name, row.stage, units.carbon(row.co2eKg));
        values[0].push_back(row.co2eKg * unit.factor);
    }
    const QString title = truncated
        ? QCoreApplication::translate("greenprint::FootprintCharts",
                                      "Carbon by component, top %1 (%2)")
              .arg(kMaxComponents)
              .arg(unit.symbol)
        : QCoreApplication::translate("greenprint::FootprintCharts", "Carbon by component (%1)")
              .arg(unit.symbol);
    chart->setData(title, categories, values, unit.symbol);
    chart->setCategoryToolTips(toolTips);
}

BarChart *createRegionChart(QWidget *parent)
{
    auto *chart = new BarChart({{tr("Other regions"), QColor(0x42, 0x85, 0xf4)},
                                {tr("Project region"), QColor(0xf4, 0x8f, 0x42)}},
                               true, parent);
    chart->setObjectName(QStringLiteral("regionRankingChart"));
    chart->setAccessibleName(tr("This plan in every region, ranked by carbon"));
    return chart;
}

void updateRegionChart(BarChart *chart, const std::vector<RegionResult> &results,
                       const QStringList &allowedRegions, const UnitFormatter &units)
{
    // The best ranks, with the project's own region replacing the last when it ranks lower.
    std::vector<int> shown;
    for (int i = 0; i < static_cast<int>(results.size()) && i < kMaxRegions; ++i)
        shown.push_back(i);
    const auto current = std::find_if(results.begin(), results.end(),
                                      [](const RegionResult &r) { return r.current; });
    const int currentRank = current == results.end() ? -1 : int(current - results.begin());
    if (currentRank >= kMaxRegions)
        shown.back() = currentRank;

    double largest = 0.0;
    for (int i : shown)
        largest = std::max(largest, results[i].co2eKg);
    const DisplayUnit unit = units.carbonUnit(largest);
    QStringList categories;
    std::vector<std::vector<double>> values(2);
    for (int i : shown) {
        const RegionResult &r = results[i];
        categories << QCoreApplication::translate("greenprint::FootprintCharts", "#%1 %2")
                          .arg(i + 1)
                          .arg(r.region);
        values[0].push_back(r.current ? 0.0 : r.co2eKg * unit.factor);
        values[1].push_back(r.current ? r.co2eKg * unit.factor : 0.0);
    }
    const QString title = allowedRegions.isEmpty()
        ? QCoreApplication::translate("greenprint::FootprintCharts",
                                      "This plan in every region: the lowest of %1 (%2)")
        : QCoreApplication::translate("greenprint::FootprintCharts",
                                      "This plan in the regions its constraints allow: the lowest "
                                      "of %1 (%2)");
    chart->setData(title.arg(results.size()).arg(unit.symbol), categories, values, unit.symbol);
}

} // namespace greenprint::FootprintCharts
