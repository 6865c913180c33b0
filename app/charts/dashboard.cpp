// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "barchart.h"
#include "footprintcharts.h"

#include "document/latestjob.h"
#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "advisor/regionranking.h"
#include "domain/estimate.h"
#include "domain/referencedata.h"
#include "domain/names.h"
#include "numberformat.h"
#include "settings/perunittext.h"
#include "settings/unitformatter.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace greenprint {

/** The region ranking (one estimate of the plan per region) runs on a worker: see latestjob.h. */
struct Dashboard::RegionJob
{
    struct Ranking
    {
        std::vector<RegionResult> results;
        QStringList allowedRegions;
        qint64 elapsedMs = 0;
    };
    explicit RegionJob(Dashboard *owner)
        : job(owner, [owner](Ranking &&r, quint64) {
            FootprintCharts::updateRegionChart(owner->m_regionChart, r.results, r.allowedRegions,
                                               UnitFormatter());
            owner->m_lastRankingMs = r.elapsedMs;
        })
    { }
    /** Runs when the job starts, on the owner's thread: the worker ranks its own copy. */
    static LatestJob<Ranking>::Prepare prepare(const LiveEstimate *estimate)
    {
        return [estimate]() -> LatestJob<Ranking>::Work {
            return [project = estimate->document()->project(), reference = &estimate->reference()] {
                QElapsedTimer clock;
                clock.start();
                Ranking ranking{rankRegions(project, *reference),
                                project.constraints.allowedRegions};
                ranking.elapsedMs = clock.elapsed();
                return ranking;
            };
        };
    }
    LatestJob<Ranking> job;
};

Dashboard::Dashboard(LiveEstimate *estimate, QWidget *parent)
    : QWidget(parent)
    , m_estimate(estimate)
    , m_stageChart(FootprintCharts::createStageChart(this))
    , m_componentChart(FootprintCharts::createComponentChart(this))
    , m_regionChart(FootprintCharts::createRegionChart(this))
    , m_driverChart(FootprintCharts::createDriverChart(this))
    , m_regionTimer(new QTimer(this))
    , m_regionJob(std::make_unique<RegionJob>(this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto *totals = new QGridLayout;
    QList<QLabel *> notes;
    m_energy = addTotal(totals, 0, tr("Energy"), QStringLiteral("energyTotal"),
                        {QStringLiteral("energyBand"), QStringLiteral("energyNote")}, &notes);
    m_energyBand = notes.at(0);
    m_energyNote = notes.at(1);
    m_carbon = addTotal(totals, 1, tr("Carbon"), QStringLiteral("carbonTotal"),
                        {QStringLiteral("carbonBand"), QStringLiteral("marketCarbon")}, &notes);
    m_carbonBand = notes.at(0);
    m_carbonBand->setToolTip(tr("The inputs' ranges, each read as its P10 to P90 interval, "
                                "combined in quadrature. The chart \"What makes the carbon "
                                "range\" shows each input alone."));
    m_market = notes.at(1);
    m_cost = addTotal(totals, 2, tr("Cost"), QStringLiteral("costTotal"),
                      {QStringLiteral("costNote"), QStringLiteral("costNote2")}, &notes);
    m_costNote = notes.at(0);
    m_costNote2 = notes.at(1);
    m_stageChart->setToolTip(tr("Hover a bar for the stage's low–high range and market-based "
                                "carbon."));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("totalsDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_perUnit = new QLabel(this);
    m_perUnit->setObjectName(QStringLiteral("perUnitFigures"));
    m_perUnit->setWordWrap(true);
    m_perUnit->setTextFormat(Qt::PlainText);
    m_perUnit->setToolTip(PerUnitText::method());

    auto *charts = new QGridLayout;
    charts->addWidget(m_stageChart, 0, 0);
    charts->addWidget(m_componentChart, 0, 1);
    // Halves: the region ranking's long title wraps, the band drivers' names stay whole.
    auto *lowerRow = new QHBoxLayout;
    lowerRow->addWidget(m_regionChart, 1);
    lowerRow->addWidget(m_driverChart, 1);
    charts->addLayout(lowerRow, 1, 0, 1, 2);
    charts->setRowStretch(0, 4); // four stages, eight components
    charts->setRowStretch(1, 5); // ten regions; three band drivers

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(totals);
    layout->addWidget(m_detail);
    layout->addWidget(m_perUnit);
    layout->addLayout(charts, 1);

    m_regionTimer->setSingleShot(true);
    m_regionTimer->setInterval(150);
    connect(m_regionTimer, &QTimer::timeout, this, &Dashboard::updateRegions);
    connect(estimate, &LiveEstimate::updated, this, &Dashboard::updateNow);
    connect(estimate, &LiveEstimate::estimatingChanged, this, &Dashboard::showEstimating);
    updateNow(); // ranks the (empty) plan at once
}

Dashboard::~Dashboard() = default;

QLabel *Dashboard::addTotal(QGridLayout *grid, int column, const QString &title,
                            const QString &objectName, const QStringList &noteNames,
                            QList<QLabel *> *noteLabels)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *titleLabel = new QLabel(title, frame);
    auto *value = new QLabel(frame);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(tr("Total %1").arg(title.toLower()));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    auto *layout = new QVBoxLayout(frame);
    layout->setSpacing(2);
    layout->addWidget(titleLabel);
    layout->addWidget(value);
    noteLabels->clear();
    for (const QString &name : noteNames) {
        auto *note = new QLabel(frame);
        note->setObjectName(name);
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(note);
        noteLabels->append(note);
    }
    layout->addStretch(1);
    grid->addWidget(frame, 0, column);
    return value;
}

QWidget *Dashboard::stageChart() const
{
    return m_stageChart;
}

QWidget *Dashboard::componentChart() const
{
    return m_componentChart;
}

QWidget *Dashboard::regionChart() const
{
    return m_regionChart;
}

QWidget *Dashboard::driverChart() const
{
    return m_driverChart;
}

void Dashboard::reloadPreferences()
{
    updateNow(); // the region ranking too
}

void Dashboard::flushRegionRanking()
{
    if (m_regionTimer->isActive()) {
        m_regionTimer->stop();
        updateRegions();
    }
    m_regionJob->job.finish();
}

bool Dashboard::isRegionRankingPending() const
{
    return m_regionTimer->isActive() || m_regionJob->job.busy();
}

void Dashboard::stopRegionRanking()
{
    m_regionTimer->stop();
    m_regionJob->job.shutDown();
}

void Dashboard::showEstimating(bool estimating)
{
    // The totals and charts of the last estimate are out of date: say so instead of
    // showing them (updateNow() draws the new ones when they arrive).
    for (QWidget *chart : std::initializer_list<QWidget *>{m_stageChart, m_componentChart,
                                                           m_regionChart, m_driverChart})
        chart->setEnabled(!estimating);
    if (!estimating)
        return;
    for (QLabel *label : {m_energy, m_carbon, m_cost})
        label->setText(tr("estimating…"));
    const QString why = tr("A change is being estimated; the figures follow when it is done");
    for (QLabel *label : {m_energyBand, m_carbonBand, m_costNote})
        label->setText(why);
    for (QLabel *label : {m_energyNote, m_market, m_costNote2, m_detail, m_perUnit})
        label->clear();
}

void Dashboard::updateNow()
{
    const Estimate &estimate = m_estimate->estimate();
    const Footprint &total = estimate.total;
    const UnitFormatter units;
    m_energy->setText(units.energy(total.energy.kWh));
    m_energyBand->setText(
        tr("Range %1 (low–high)")
            .arg(units.energyRange(total.energy.kWh, total.low.energy.kWh, total.high.energy.kWh)));
    m_energyNote->setText(tr("IT %1 before PUE").arg(units.energy(total.itEnergy.kWh)));
    m_carbon->setText(units.carbon(total.co2e.kg));
    m_carbonBand->setText(
        tr("Range %1 (low–high)")
            .arg(units.carbonRange(total.co2e.kg, total.low.co2e.kg, total.high.co2e.kg)));
    m_market->setText(
        tr("Market-based (%1): %2")
            .arg(QString::number(estimate.marketBasedYear), units.carbon(total.marketCo2e.kg)));
    m_market->setToolTip(tr("Operational carbon only (Scope 2): 0 g/kWh where AWS matched the "
                            "region's electricity with renewables in %1; elsewhere the residual "
                            "mix of the region's country where a published one is stored, else "
                            "the location-based factor (each such region is listed under "
                            "Assumptions). Embodied emissions are not electricity and are not "
                            "included. Reported beside the location-based total, never instead "
                            "of it.")
                             .arg(estimate.marketBasedYear));
    m_cost->setText(UnitFormatter::cost(total.cost.usd));
    m_costNote->setText(tr("List prices, no range"));
    m_costNote2->setText(tr("On-demand and spot as planned"));
    const QString method = methodologyDisplayName(estimate.methodology);
    const QString dataset = gridDatasetDisplayName(estimate.gridDataset);
    m_detail->setText(
        tr("Operational %1, embodied %2%3 (over %4 years). %5 method, grid "
           "intensity: %6 dataset.")
            .arg(units.carbon(total.operationalCo2e.kg), units.carbon(total.embodiedCo2e.kg),
                 estimate.includeEmbodied ? QString() : tr(" (not included)"),
                 NumberFormat::significant(estimate.serverLifetimeYears, 3), method, dataset));
    // A partial sum is never shown as the plan's figure: say what is missing.
    const FigureStatus status = figureStatus(total);
    if (status == FigureStatus::NotEstimated) {
        const QString why = tr("Some component could not be estimated: see Issues");
        for (QLabel *label : {m_energy, m_carbon, m_cost})
            label->setText(tr("not estimated"));
        m_energyBand->setText(why);
        m_carbonBand->setText(why);
        m_energyNote->setText(why);
        m_market->setText(
            tr("Market-based (%1): not estimated").arg(QString::number(estimate.marketBasedYear)));
        m_costNote->setText(why);
        m_detail->setText(why);
    } else if (status == FigureStatus::CostUnknown) {
        m_cost->setText(tr("unknown"));
        m_costNote->setText(tr("Some price is missing from the reference data: see Issues"));
    }

    m_perUnit->setText(tr("Per unit of work (SCI): %1")
                           .arg(PerUnitText::summaryLines(estimate, units).join(u" · ")));
    FootprintCharts::updateStageChart(m_stageChart, estimate, units);
    FootprintCharts::updateComponentChart(m_componentChart, estimate, units);
    FootprintCharts::updateDriverChart(m_driverChart, estimate, units);
    rankRegionsOfThisPlan();
    if (m_estimate->isEstimating())
        showEstimating(true); // redrawn for new units while a newer estimate is pending
}

void Dashboard::rankRegionsOfThisPlan()
{
    // A ranking is one estimate per region: as costly as one estimate of a plan that many
    // times larger. A small plan whose last ranking took under kSynchronousRankingMs is
    // ranked at once; a larger one shows "computing…" (never the last plan's figures)
    // until the timer, coalescing a burst of edits, has the worker rank it.
    const Project &project = m_estimate->document()->project();
    const auto regions = static_cast<qint64>(m_estimate->reference().regions.size()) + 1;
    if (m_lastRankingMs <= m_synchronousRankingMs
        && project.componentCount() * regions < LiveEstimate::kSynchronousComponentLimit) {
        m_regionTimer->stop();
        m_regionJob->job.runNow(RegionJob::prepare(m_estimate));
        return;
    }
    FootprintCharts::showRegionChartComputing(m_regionChart, project.constraints.allowedRegions);
    m_regionTimer->start();
}

void Dashboard::updateRegions()
{
    m_regionJob->job.request(RegionJob::prepare(m_estimate));
}

} // namespace greenprint
