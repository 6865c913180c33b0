// SPDX-License-Identifier: GPL-3.0-or-later
#include "paretopanel.h"

#include "charts/paretochart.h"
#include "settings/unitformatter.h"

#include "advisor/advisor.h"
#include "advisor/paretosearch.h"
#include "advisor/plansearch.h"
#include "commands/addremovescenario.h"
#include "commands/undocommands.h"
#include "document/latestjob.h"
#include "document/liveadvisor.h"
#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "domain/names.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace greenprint {

/** What one search found, and what it searched. */
struct ParetoPanel::Searched
{
    std::vector<ParetoPoint> all; ///< every point evaluated
    QString notSearched; ///< whole plan: why nothing was searched
    bool wholePlan = false;
    Constraints constraints; ///< of the plan searched
    int componentCount = 0; ///< of the plan searched
};

struct ParetoPanel::Job
{
    explicit Job(ParetoPanel *owner)
        : job(owner, [owner](Searched &&s, quint64) { owner->showFront(std::move(s)); })
    { }
    LatestJob<Searched> job;
};

namespace {

QString labelOf(const ParetoPoint &p)
{
    if (p.wholePlan)
        return p.label;
    return p.instance.isEmpty()
        ? p.region
        : ParetoPanel::tr("%1, %2 × %3").arg(p.region).arg(p.count).arg(p.instance);
}

} // namespace

ParetoPanel::ParetoPanel(LiveAdvisor *advisor, QWidget *parent)
    : QWidget(parent)
    , m_advisor(advisor)
    , m_stage(new QComboBox(this))
    , m_chart(new ParetoChart(this))
    , m_note(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_points(std::make_unique<std::vector<ParetoPoint>>())
    , m_job(std::make_unique<Job>(this))
{
    setObjectName(QStringLiteral("paretoPanel"));
    m_stage->addItem(tr("Whole plan"), kWholePlan);
    m_stage->setItemData(0,
                         tr("Every stage in one region, each on its planned hardware or on a "
                            "hardware move the advisor offers, with the one-off copy of stored "
                            "data counted"),
                         Qt::ToolTipRole);
    for (int s = 0; s < kStageCount; ++s)
        m_stage->addItem(stageDisplayName(static_cast<StageKind>(s)), s);
    m_stage->setCurrentIndex(m_stage->findData(static_cast<int>(StageKind::Training)));
    m_stage->setObjectName(QStringLiteral("paretoStage"));
    m_stage->setAccessibleName(tr("Stage of the Pareto front"));
    auto *label = new QLabel(tr("Pareto front of &stage or plan:"), this);
    label->setBuddy(m_stage);
    m_note->setObjectName(QStringLiteral("paretoNote"));
    m_note->setAccessibleName(tr("About the Pareto front"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);

    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_stage, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_note);

    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ParetoPanel::search);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ParetoPanel::schedule);
    connect(advisor->liveEstimate(), &LiveEstimate::updated, this, &ParetoPanel::schedule);
    // The whole plan's search combines the moves the advisor offers: it follows the advisor.
    connect(advisor, &LiveAdvisor::updated, this, [this] {
        if (stage() == kWholePlan)
            schedule();
    });
    connect(advisor->liveEstimate(), &LiveEstimate::estimatingChanged, this,
            [this](bool estimating) {
                if (estimating)
                    showSearching();
            });
    // A running search reads the reference data, which the caller frees next.
    connect(advisor->liveEstimate(), &LiveEstimate::referenceDataReleasing, this,
            [this] { m_job->job.finish(); });
    connect(m_chart, &ParetoChart::pointClicked, this, &ParetoPanel::createScenarioFromPoint);
}

ParetoPanel::~ParetoPanel() = default;

int ParetoPanel::stage() const
{
    return m_stage->currentData().toInt();
}

void ParetoPanel::setStage(int stage)
{
    m_stage->setCurrentIndex(m_stage->findData(stage));
}

int ParetoPanel::pointCount() const
{
    return static_cast<int>(m_points->size());
}

void ParetoPanel::flush()
{
    if (m_dirty) {
        m_timer->stop();
        m_advisor->liveEstimate()->waitForCurrent();
        if (stage() == kWholePlan)
            m_advisor->refresh();
        search();
    }
    m_job->job.finish();
}

void ParetoPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_timer->start();
}

void ParetoPanel::schedule()
{
    m_dirty = true;
    if (isVisible())
        m_timer->start();
}

void ParetoPanel::search()
{
    const bool wholePlan = stage() == kWholePlan;
    // The search starts from the plan's estimate (and, for the whole plan, from the advisor's
    // moves): while either is being computed, the search waits for its updated().
    if (m_advisor->liveEstimate()->isEstimating() || (wholePlan && m_advisor->isComputing())) {
        showSearching();
        return;
    }
    m_dirty = false;
    if (wholePlan)
        m_advisor->refresh(); // at once: it is not computing
    const ReferenceData *reference = &m_advisor->liveEstimate()->reference();
    const int kind = stage();
    // Runs when the job starts, on this thread: the worker gets the estimated plan, its
    // estimate and the advisor's moves, none of which is ever changed.
    const auto prepare = [this, reference, kind]() -> std::function<Searched()> {
        std::vector<Suggestion> moves;
        if (kind == kWholePlan)
            moves = Advisor::planSearchMoves(m_advisor->suggestions(), m_advisor->withheld());
        return [project = m_advisor->liveEstimate()->estimatedProject(),
                estimate = m_advisor->liveEstimate()->sharedEstimate(), reference, kind,
                moves = std::move(moves)] {
            Searched searched;
            searched.wholePlan = kind == kWholePlan;
            searched.constraints = project->constraints;
            searched.componentCount = project->componentCount();
            if (searched.wholePlan) {
                // Combines the hardware moves the advisor offers for the plan as it is now.
                PlanSearchResult result = PlanSearch(*reference).search(*project, *estimate, moves);
                searched.notSearched = result.notSearched;
                searched.all = std::move(result.points);
            } else {
                searched.all =
                    ParetoSearch(*reference).evaluate(*project, static_cast<StageKind>(kind));
            }
            return searched;
        };
    };
    if (m_advisor->document()->project().componentCount()
        < LiveAdvisor::kSynchronousComponentLimit) {
        m_job->job.runNow(prepare);
        return;
    }
    m_job->job.request(prepare);
    showSearching();
}

void ParetoPanel::showSearching()
{
    m_chart->setEnabled(false);
    m_note->setToolTip(QString());
    m_note->setText(tr("Searching the front of the plan as changed…"));
}

void ParetoPanel::showFront(Searched &&searched)
{
    if (m_dirty) // the plan or the stage changed since: the next search's front follows
        return;
    m_chart->setEnabled(true);
    const bool wholePlan = searched.wholePlan;
    std::vector<ParetoPoint> &all = searched.all;
    const QString &notSearched = searched.notSearched;
    *m_points = ParetoSearch::nonDominated(all);
    std::stable_sort(m_points->begin(), m_points->end(), ParetoSearch::lessCarbonThenCost);
    const bool currentOnFront = std::any_of(m_points->begin(), m_points->end(),
                                            [](const ParetoPoint &p) { return p.current; });
    const auto current =
        std::find_if(all.begin(), all.end(), [](const ParetoPoint &p) { return p.current; });
    if (!currentOnFront && current != all.end())
        m_points->push_back(*current);
    const UnitFormatter units;
    double largest = 0.0;
    for (const ParetoPoint &p : *m_points)
        largest = std::max(largest, p.totals.co2e.kg);
    const DisplayUnit unit = units.carbonUnit(largest);
    std::vector<ParetoChart::Point> points;
    for (const ParetoPoint &p : *m_points) {
        const QString label = labelOf(p);
        points.push_back({p.totals.cost.usd, p.totals.co2e.kg * unit.factor, p.hours.h,
                          p.current ? tr("%1 (current plan)").arg(label) : label, p.current});
    }
    m_chart->setPoints(tr("%1: carbon against cost, time as colour").arg(m_stage->currentText()),
                       points, unit.symbol);
    const Constraints &c = searched.constraints;
    const int front = static_cast<int>(m_points->size()) - (currentOnFront ? 0 : 1);
    QString note;
    if (wholePlan) {
        note = !notSearched.isEmpty() ? notSearched
            : m_points->empty()       ? tr("Nothing to search: the plan has no components.")
                                : QString(); // below, once the options not offered are counted
    } else {
        note = m_points->empty()
            ? tr("Nothing to search in this stage (no components, or it runs on your own "
                 "hardware).")
            : tr("%n non-dominated way(s) to run this stage among %1 evaluated. Click a point to "
                 "create a scenario from it.",
                 nullptr, front)
                  .arg(all.size());
    }
    // The whole plan is not searched when PlanSearch says why or the plan has no components;
    // an empty front of a plan it did search is no state to show, and stays unexplained.
    const bool nothingToSearch =
        m_points->empty() && (!wholePlan || !notSearched.isEmpty() || searched.componentCount == 0);
    m_nothingToSearch = nothingToSearch ? note : QString();
    if (!wholePlan && !currentOnFront && current != all.end())
        note += u' ' + tr("The current plan (square) is beaten on carbon, cost and time.");
    // Options that cannot run: counted in the note, one line each (with the reasons) in its
    // tooltip, so that the chart keeps its room.
    QStringList notOffered;
    for (const ParetoPoint &p : all) {
        if (p.notOffered.isEmpty() || p.current)
            continue;
        notOffered << tr("%1: %2").arg(labelOf(p), p.notOffered.join(u"; "));
    }
    if (!notOffered.isEmpty() && !wholePlan) {
        note += u' '
            + tr("%n option(s) not offered: a constraint removes them or the job cannot run "
                 "there (hover here for why).",
                 nullptr, int(notOffered.size()));
    }
    // Ways on the front in a region whose offerings the snapshot cannot confirm: said.
    QStringList caveats;
    int uncertain = 0;
    for (const ParetoPoint &p : *m_points) {
        uncertain += p.caveats.isEmpty() ? 0 : 1;
        for (const QString &caveat : p.caveats) {
            if (!caveats.contains(caveat))
                caveats << caveat;
        }
    }
    if (uncertain > 0) {
        note += u' '
            + tr("%n way(s) on the front run where AWS's offering of the type is not known: "
                 "check before you plan on it (hover here).",
                 nullptr, uncertain);
    }
    m_note->setToolTip((notOffered + caveats).join(u'\n'));
    if (wholePlan && note.isEmpty()) {
        // Short, so that the chart keeps its room: the reasons are in the tooltip.
        note = tr("%n way(s) on the whole plan's front among %1 evaluated, %2 of them not "
                  "offered (hover here for why). Click a point to add it as a scenario.",
                  nullptr, front)
                   .arg(all.size())
                   .arg(notOffered.size());
    }
    if (!c.allowedRegions.isEmpty())
        note += u' '
            + tr("Only the allowed regions (%1) are searched.").arg(c.allowedRegions.join(u", "));
    if (std::any_of(m_points->begin(), m_points->end(),
                    [](const ParetoPoint &p) { return !p.costKnown; })) {
        note += u' '
            + tr("The stage has components without a price: every point's cost leaves them out, "
                 "as the plan's does.");
    }
    m_note->setText(note);
}

int ParetoPanel::createScenarioFromPoint(int index)
{
    if (index < 0 || index >= pointCount())
        return -1;
    const ParetoPoint &p = (*m_points)[index];
    if (p.current || (p.overrides.empty() && p.suggestionId.isEmpty()))
        return -1;
    ProjectDocument *document = m_advisor->document();
    Scenario scenario;
    if (p.wholePlan) {
        // The whole-plan suggestion by its id: the scenario applies wherever the plan does.
        scenario.name = p.label;
        scenario.suggestions = {p.suggestionId};
    } else {
        scenario.name = p.instance.isEmpty()
            ? tr("%1 in %2").arg(stageDisplayName(p.stage), p.region)
            : tr("%1 in %2 on %3 × %4")
                  .arg(stageDisplayName(p.stage), p.region, QString::number(p.count), p.instance);
        scenario.overrides = p.overrides;
    }
    auto *command = new AddScenario(document, scenario);
    command->setText(
        undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add scenario from the Pareto front")));
    const int row = command->row();
    document->undoStack()->push(command);
    m_advisor->setCurrentScenario(row);
    emit scenarioCreated(row);
    return row;
}

} // namespace greenprint
