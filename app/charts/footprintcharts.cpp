// SPDX-License-Identifier: GPL-3.0-or-later
#include "footprintcharts.h"

#include "chartstyle.h"

#include "barchart.h"

#include "domain/estimate.h"
#include "domain/names.h"
#include "engine/banddrivers.h"
#include "settings/unitformatter.h"

#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>

#include <algorithm>

namespace greenprint::FootprintCharts {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("greenprint::FootprintCharts", text);
}

/** The region chart's title: any region or the allowed ones, ranked or being computed. */
QString regionChartTitle(const QStringList &allowedRegions, bool computing)
{
    static const char *const titles[2][2] = {
        {QT_TRANSLATE_NOOP("greenprint::FootprintCharts",
                           "This plan in every region: the lowest of %1 (%2)"),
         QT_TRANSLATE_NOOP("greenprint::FootprintCharts", "This plan in every region: computing…")},
        {QT_TRANSLATE_NOOP("greenprint::FootprintCharts",
                           "This plan in the regions its constraints allow: the lowest of %1 (%2)"),
         QT_TRANSLATE_NOOP("greenprint::FootprintCharts",
                           "This plan in the regions its constraints allow: computing…")}};
    return tr(titles[allowedRegions.isEmpty() ? 0 : 1][computing ? 1 : 0]);
}

} // namespace

BarChart *createStageChart(QWidget *parent)
{
    auto *chart = new BarChart(
        {{tr("Operational"), QColor(0x2e, 0x7d, 0x32)}, {tr("Embodied"), QColor(0xa1, 0x88, 0x7f)}},
        true, parent);
    chart->setObjectName(QStringLiteral("stageCarbonChart"));
    chart->setWholeLabels(true);
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

BarChart *createDriverChart(QWidget *parent)
{
    // Stacked from zero: an invisible offset up to the favourable end, then the part
    // up to the central figure and the part above it.
    auto *chart = new BarChart({{QString(), Qt::transparent},
                                {tr("Below central"), QColor(0x81, 0xc7, 0x84)},
                                {tr("Above central"), QColor(0xe5, 0x73, 0x73)}},
                               true, parent);
    chart->setObjectName(QStringLiteral("bandDriverChart"));
    chart->setWholeLabels(true); // three short names, each read whole
    chart->setAccessibleName(tr("What makes the carbon range, one input at a time"));
    const auto sets = chart->chart()->legend()->markers();
    if (!sets.isEmpty())
        sets.front()->setVisible(false); // the offset is not a quantity
    return chart;
}

void updateDriverChart(BarChart *chart, const Estimate &estimate, const UnitFormatter &units)
{
    const Footprint &total = estimate.total;
    if (figureStatus(total) == FigureStatus::NotEstimated) {
        chart->setData(tr("What makes the carbon range: not estimated"), {}, {}, QString());
        chart->setCategoryToolTips({});
        return;
    }
    const DisplayUnit unit = units.carbonUnit(total.high.co2e.kg);
    const double central = total.co2e.kg;
    QStringList categories;
    QStringList toolTips;
    std::vector<std::vector<double>> values(3);
    double lowest = central; // the axis is zoomed on the bars: the ranges are the message
    double highest = central;
    for (const RankedDriver &d : rankedDrivers(total)) {
        lowest = std::min(lowest, d.range.low.co2e.kg);
        highest = std::max(highest, d.range.high.co2e.kg);
        const double low = std::min(d.range.low.co2e.kg, central);
        const double high = std::max(d.range.high.co2e.kg, central);
        categories << bandDriverDisplayName(d.driver);
        values[0].push_back(low * unit.factor);
        values[1].push_back((central - low) * unit.factor);
        values[2].push_back((high - central) * unit.factor);
        toolTips << QCoreApplication::translate("greenprint::FootprintCharts",
                                                "%1 alone: %2 to %3 (central %4)\n%5")
                        .arg(bandDriverDisplayName(d.driver), units.carbon(d.range.low.co2e.kg),
                             units.carbon(d.range.high.co2e.kg), units.carbon(central),
                             bandDriverExplanation(d.driver));
    }
    chart->setData(QCoreApplication::translate("greenprint::FootprintCharts",
                                               "What makes the carbon range (%1)")
                       .arg(unit.symbol),
                   categories, values, unit.symbol);
    chart->setCategoryToolTips(toolTips);
    if (highest <= lowest)
        return; // nothing varies (an empty plan): the chart's own axis from zero stands
    const double margin = std::max((highest - lowest) * 0.08, central * 0.01);
    chart->valueAxis()->setRange(std::max(0.0, lowest - margin) * unit.factor,
                                 (highest + margin) * unit.factor);
    chart->valueAxis()->applyNiceNumbers();
    Charts::setPlainLabels(chart->valueAxis()); // the decimals of the zoomed step
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
    // Ten short labels: whole, and a row high enough for each (QtCharts hid every other).
    chart->setWholeLabels(true);
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
        largest = std::max(largest, results[i].co2e.kg);
    const DisplayUnit unit = units.carbonUnit(largest);
    QStringList categories;
    std::vector<std::vector<double>> values(2);
    for (int i : shown) {
        const RegionResult &r = results[i];
        categories << QCoreApplication::translate("greenprint::FootprintCharts", "#%1 %2")
                          .arg(i + 1)
                          .arg(r.region);
        values[0].push_back(r.current ? 0.0 : r.co2e.kg * unit.factor);
        values[1].push_back(r.current ? r.co2e.kg * unit.factor : 0.0);
    }
    chart->setData(regionChartTitle(allowedRegions, false).arg(results.size()).arg(unit.symbol),
                   categories, values, unit.symbol);
}

void showRegionChartComputing(BarChart *chart, const QStringList &allowedRegions)
{
    chart->setData(regionChartTitle(allowedRegions, true), {}, std::vector<std::vector<double>>(2),
                   QString());
}

} // namespace greenprint::FootprintCharts
