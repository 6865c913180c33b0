// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveadvisor.h"

#include "liveestimate.h"
#include "projectdocument.h"

#include "advisor/advisor.h"
#include "advisor/suggestiongroups.h"
#include "domain/estimate.h"
#include "scenario/scenarioevaluator.h"

namespace greenprint {

/** The baseline (without its scenarios) the suggestions were computed for. */
struct LiveAdvisor::Cache
{
    std::optional<Project> baseline;
};

LiveAdvisor::LiveAdvisor(LiveEstimate *estimate, QObject *parent)
    : QObject(parent)
    , m_estimate(estimate)
    , m_cache(std::make_unique<Cache>())
    , m_suggestions(std::make_unique<std::vector<Suggestion>>())
    , m_withheld(std::make_unique<std::vector<WithheldSuggestion>>())
    , m_groups(std::make_unique<std::vector<SuggestionGroup>>())
    , m_evaluation(std::make_unique<ScenarioEvaluation>())
{
    Q_ASSERT(estimate);
    connect(estimate->document(), &ProjectDocument::aboutToChange, this,
            &LiveAdvisor::onAboutToChange);
    connect(estimate, &LiveEstimate::updated, this, &LiveAdvisor::onEstimateUpdated);
    connect(estimate->document(), &ProjectDocument::changed, this, &LiveAdvisor::onChanged);
    if (!estimate->document()->project().scenarios.empty())
        m_current = m_announced = 0;
}

LiveAdvisor::~LiveAdvisor() = default;

ProjectDocument *LiveAdvisor::document() const
{
    return m_estimate->document();
}

void LiveAdvisor::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (m_enabled && m_dirty)
        recompute();
}

void LiveAdvisor::refresh()
{
    if (m_dirty)
        recompute();
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
    for (const Suggestion &s : *m_suggestions) {
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

void LiveAdvisor::recompute()
{
    // The suggestions pair the project with its estimate: never with an older one.
    m_estimate->waitForCurrent();
    const Project &project = document()->project();
    const int count = static_cast<int>(project.scenarios.size());
    if (m_current >= count)
        m_current = count - 1;
    if (m_current < 0 && count > 0)
        m_current = 0;

    const ReferenceData &reference = m_estimate->reference();
    const Estimate &estimate = m_estimate->estimate();
    Project baseline = project;
    baseline.scenarios.clear();
    if (!m_advisor || m_advisorReference != &reference) {
        m_advisor = std::make_unique<Advisor>(reference);
        m_advisorReference = &reference;
        m_cache->baseline.reset();
    }
    if (!m_cache->baseline || !(*m_cache->baseline == baseline)) {
        m_withheld->clear();
        *m_suggestions = m_advisor->suggest(project, estimate, m_withheld.get());
        *m_groups = SuggestionGrouping::group(*m_advisor, project, estimate, *m_suggestions);
        m_cache->baseline = std::move(baseline);
    }
    if (m_current >= 0) {
        *m_evaluation = ScenarioEvaluator(reference).evaluate(
            project, estimate, project.scenarios[m_current],
            Advisor::planSearchMoves(*m_suggestions, *m_withheld));
    } else {
        *m_evaluation = ScenarioEvaluation();
        m_evaluation->baseline = ScenarioEvaluator::totals(estimate);
    }
    m_dirty = false;
    if (m_current != m_announced) {
        m_announced = m_current;
        emit currentScenarioChanged(m_current);
    }
    emit updated();
}

} // namespace greenprint
