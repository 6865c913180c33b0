// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveadvisor.h"

#include "latestjob.h"
#include "liveestimate.h"
#include "projectdocument.h"

#include "advisor/advisor.h"
#include "advisor/feasibility.h"
#include "advisor/suggestiongroups.h"
#include "domain/estimate.h"
#include "scenario/scenarioevaluator.h"

namespace greenprint {

/** What the advisor says about a baseline (the plan without its scenarios); never changed
 * once made, so that a worker computing the next result may read it. */
struct LiveAdvisor::Advice
{
    std::optional<Project> baseline; ///< none before the first computation
    const ReferenceData *reference = nullptr; ///< the data it was computed with
    std::vector<Suggestion> suggestions;
    std::vector<WithheldSuggestion> withheld;
    std::vector<SuggestionGroup> groups;
    QStringList planProblems;
};

/** One computation's result: the advice and the current scenario's evaluation. */
struct LiveAdvisor::Result
{
    std::shared_ptr<const Advice> advice;
    ScenarioEvaluation evaluation;
    int current = -1; ///< the row evaluated
};

struct LiveAdvisor::Job
{
    explicit Job(LiveAdvisor *owner)
        : job(owner, [owner](Result &&r, quint64) { owner->deliver(std::move(r)); })
    { }
    LatestJob<Result> job;
};

LiveAdvisor::LiveAdvisor(LiveEstimate *estimate, QObject *parent)
    : QObject(parent)
    , m_estimate(estimate)
    , m_advice(std::make_shared<const Advice>())
    , m_evaluation(std::make_unique<ScenarioEvaluation>())
    , m_job(std::make_unique<Job>(this))
{
    Q_ASSERT(estimate);
    connect(estimate->document(), &ProjectDocument::aboutToChange, this,
            &LiveAdvisor::onAboutToChange);
    connect(estimate, &LiveEstimate::updated, this, &LiveAdvisor::onEstimateUpdated);
    connect(estimate, &LiveEstimate::estimatingChanged, this, &LiveAdvisor::onEstimating);
    // A running computation reads the reference data, which the caller frees next.
    connect(estimate, &LiveEstimate::referenceDataReleasing, this, [this] { m_job->job.finish(); });
    connect(estimate->document(), &ProjectDocument::changed, this, &LiveAdvisor::onChanged);
    if (!estimate->document()->project().scenarios.empty())
        m_current = m_announced = 0;
}

LiveAdvisor::~LiveAdvisor() = default;

ProjectDocument *LiveAdvisor::document() const
{
    return m_estimate->document();
}

const std::vector<Suggestion> &LiveAdvisor::suggestions() const
{
    return m_advice->suggestions;
}

const std::vector<SuggestionGroup> &LiveAdvisor::groups() const
{
    return m_advice->groups;
}

std::shared_ptr<const std::vector<Suggestion>> LiveAdvisor::sharedSuggestions() const
{
    return {m_advice, &m_advice->suggestions}; // shares ownership of the whole advice
}

std::shared_ptr<const std::vector<SuggestionGroup>> LiveAdvisor::sharedGroups() const
{
    return {m_advice, &m_advice->groups};
}

const std::vector<WithheldSuggestion> &LiveAdvisor::withheld() const
{
    return m_advice->withheld;
}

const QStringList &LiveAdvisor::planProblems() const
{
    return m_advice->planProblems;
}

void LiveAdvisor::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (m_enabled && m_dirty)
        recompute();
}

void LiveAdvisor::refresh()
{
    if (m_dirty) {
        m_estimate->waitForCurrent(); // may recompute already (onEstimateUpdated())
        if (m_dirty)
            recompute();
    }
    m_job->job.finish();
}

bool LiveAdvisor::isComputing() const
{
    return m_job->job.busy() || m_waitingForEstimate;
}

void LiveAdvisor::setSynchronousLimit(int components)
{
    m_synchronousLimit = components;
}

void LiveAdvisor::setCurrentScenario(int row)
{
    const int count = static_cast<int>(document()->project().scenarios.size());
    if (row < -1 || row >= count)
        row = -1;
    if (row == m_current)
        return;
    m_current = m_announced = row;
    m_dirty = true;
    emit currentScenarioChanged(m_current);
    if (m_enabled)
        recompute();
}

const Suggestion *LiveAdvisor::suggestion(const QString &id) const
{
    for (const Suggestion &s : m_advice->suggestions) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void LiveAdvisor::onAboutToChange(const ChangeEvent &event)
{
    const int count = static_cast<int>(document()->project().scenarios.size());
    const int before = m_current;
    if (event.has(ChangeFlag::Reset)) {
        m_current = -1; // the first scenario of the new project, see recompute()
    } else if (event.has(ChangeFlag::ScenarioInserted)) {
        if (m_current >= event.component)
            ++m_current;
    } else if (event.has(ChangeFlag::ScenarioRemoved)) {
        if (m_current > event.component)
            --m_current;
        else if (m_current == event.component)
            m_current = event.component < count - 1 ? event.component : event.component - 1;
    }
    if (m_current != before)
        m_dirty = true;
}

void LiveAdvisor::onChanged(const ChangeEvent &event)
{
    const bool touched =
        event.has(ChangeFlag::ScenarioInserted) || event.has(ChangeFlag::ScenarioData);
    if (!touched || event.component == m_current)
        return;
    m_current = event.component;
    m_dirty = true;
    if (m_enabled)
        recompute();
}

void LiveAdvisor::onEstimateUpdated()
{
    m_dirty = true;
    if (m_enabled)
        recompute();
}

void LiveAdvisor::onEstimating(bool estimating)
{
    // The figures here belong to the plan before the change: say so until its result is in.
    if (!estimating || !m_enabled)
        return;
    m_dirty = true;
    m_waitingForEstimate = true;
    announceComputing();
}

void LiveAdvisor::recompute()
{
    const bool synchronous = document()->project().componentCount() < m_synchronousLimit;
    if (!synchronous && m_estimate->isEstimating()) {
        // The suggestions pair the plan with its estimate: onEstimateUpdated() asks again
        // when the estimate of the change is in.
        m_dirty = true;
        m_waitingForEstimate = true;
        announceComputing();
        return;
    }
    if (synchronous)
        m_estimate->waitForCurrent(); // never with an older estimate
    m_dirty = false;
    m_waitingForEstimate = false;
    // Runs when the job starts, on this thread: the worker gets the estimated plan, its
    // estimate and the last advice, none of which is ever changed.
    const auto prepare = [this]() -> std::function<Result()> {
        std::shared_ptr<const Project> project = m_estimate->estimatedProject();
        const int count = static_cast<int>(project->scenarios.size());
        int current = std::min(m_current, count - 1);
        if (current < 0 && count > 0)
            current = 0;
        return [project, estimate = m_estimate->sharedEstimate(),
                reference = &m_estimate->reference(), previous = m_advice, current] {
            Result result;
            result.advice = adviseOn(*project, *estimate, *reference, previous);
            result.current = current;
            if (current >= 0) {
                result.evaluation =
                    ScenarioEvaluator(*reference)
                        .evaluate(*project, *estimate, project->scenarios[std::size_t(current)],
                                  Advisor::planSearchMoves(result.advice->suggestions,
                                                           result.advice->withheld));
            } else {
                result.evaluation.baseline = ScenarioEvaluator::totals(*estimate);
            }
            return result;
        };
    };
    if (synchronous) {
        m_job->job.runNow(prepare);
        return;
    }
    m_job->job.request(prepare);
    announceComputing();
}

void LiveAdvisor::deliver(Result &&result)
{
    if (m_dirty) {
        // The plan or the scenario changed since this computation started: its figures are
        // not the current ones, and the next computation's follow.
        announceComputing();
        return;
    }
    m_advice = std::move(result.advice);
    *m_evaluation = std::move(result.evaluation);
    m_current = result.current;
    announceComputing();
    if (m_current != m_announced) {
        m_announced = m_current;
        emit currentScenarioChanged(m_current);
    }
    emit updated();
}

void LiveAdvisor::announceComputing()
{
    const bool computing = isComputing();
    if (computing == m_announcedComputing)
        return;
    m_announcedComputing = computing;
    emit computingChanged(computing);
}

std::shared_ptr<const LiveAdvisor::Advice>
LiveAdvisor::adviseOn(const Project &project, const Estimate &estimate,
                      const ReferenceData &reference, std::shared_ptr<const Advice> previous)
{
    Project baseline = project;
    baseline.scenarios.clear();
    // A stage's components are shared with the previous baseline's until an edit changes
    // them, so this comparison costs a few pointer comparisons when only a scenario changed.
    if (previous && previous->reference == &reference && previous->baseline
        && *previous->baseline == baseline)
        return previous;
    auto advice = std::make_shared<Advice>();
    const Advisor advisor(reference);
    advice->suggestions = advisor.suggest(project, estimate, &advice->withheld);
    advice->groups = SuggestionGrouping::group(advisor, project, estimate, advice->suggestions);
    advice->planProblems = Feasibility(reference).plan(baseline);
    advice->reference = &reference;
    advice->baseline = std::move(baseline);
    return advice;
}

} // namespace greenprint
