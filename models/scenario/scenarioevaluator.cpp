// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioevaluator.h"

#include "scenarioapplier.h"

#include "advisor/advisor.h"
#include "advisor/plansearch.h"
#include "advisor/projectedit.h"
#include "engine/estimator.h"

#include <algorithm>

namespace greenprint {
namespace {

WaterfallStep step(WaterfallStep::Kind kind, const QString &label, const Estimate &estimate,
                   const QString &id = {})
{
    return WaterfallStep{estimate.total.totals(), kind, label, id, figureStatus(estimate.total)};
}

} // namespace

PlanTotals ScenarioEvaluator::totals(const Estimate &estimate)
{
    return PlanTotals{estimate.total.totals(), Advisor::jobHours(estimate),
                      figureStatus(estimate.total)};
}

QStringList ScenarioEvaluator::invalidReasons(const Project &baseline,
                                              const Estimate &baselineEstimate,
                                              const Project &changed, const Estimate &estimate)
{
    QStringList reasons;
    if (!estimate.total.complete) {
        for (const Issue &issue : estimate.issues) {
            if (issue.severity == Issue::Severity::Error)
                reasons << tr("not estimated: %1").arg(issue.toString());
        }
        if (reasons.isEmpty())
            reasons << tr("not estimated: some component could not be estimated");
        return reasons;
    }
    if (Advisor::costChangeKnown(baseline, baselineEstimate, changed, estimate))
        return reasons;
    for (const StageEstimate &stage : estimate.stages) {
        for (const ComponentEstimate &c : stage.components) {
            if (c.footprint.costKnown)
                continue;
            reasons
                << (c.instance.isEmpty()
                        ? tr("cost unknown: no price for \"%1\" in the reference data").arg(c.name)
                        : tr("cost unknown: no price for \"%1\" (%2) in the reference data")
                              .arg(c.name, c.instance));
        }
    }
    if (reasons.isEmpty())
        reasons << tr("cost unknown: some price is missing from the reference data");
    return reasons;
}

ScenarioEvaluation ScenarioEvaluator::evaluate(const Project &baseline,
                                               const Estimate &baselineEstimate,
                                               const Scenario &scenario,
                                               const std::vector<Suggestion> &available) const
{
    ScenarioEvaluation result;
    result.name = scenario.name;
    result.baseline = totals(baselineEstimate);
    result.waterfall.push_back(
        step(WaterfallStep::Kind::Baseline, tr("Baseline"), baselineEstimate));

    // Cumulative combinations: the plan with the first n suggestions, re-estimated each time.
    std::vector<Suggestion> found; // the scenario's suggestions, whole-plan ones rebuilt
    found.reserve(std::size_t(scenario.suggestions.size()));
    std::vector<const Suggestion *> applied;
    Project cumulative = baseline;
    const PlanSearch plans(m_reference);
    for (const QString &id : scenario.suggestions) {
        std::optional<Suggestion> suggestion = plans.find(baseline, id, available);
        if (!suggestion)
            continue; // ScenarioApplier reports it below
        found.push_back(std::move(*suggestion));
        const Suggestion *it = &found.back();
        applied.push_back(it);
        cumulative = baseline;
        ProjectEdit edit(cumulative);
        for (const Suggestion *s : applied) {
            if (s->change)
                s->change(edit);
        }
        edit.finish();
        result.waterfall.push_back(step(WaterfallStep::Kind::Suggestion, it->title,
                                        estimateProject(cumulative, m_reference), id));
        if (it->accuracyAtRisk) {
            if (it->accuracyRetained)
                result.accuracyRetained *= *it->accuracyRetained;
            else
                result.accuracyUnknown = true;
        }
    }

    ScenarioApplier applier(m_reference);
    const std::optional<Project> changed = applier.apply(baseline, scenario, available);
    result.issues = applier.issues();
    if (!changed)
        return result;
    result.ok = true;
    result.estimate = estimateProject(*changed, m_reference);
    result.scenario = totals(result.estimate);
    result.costChangeKnown =
        Advisor::costChangeKnown(baseline, baselineEstimate, *changed, result.estimate);
    result.invalidReasons = invalidReasons(baseline, baselineEstimate, *changed, result.estimate);
    if (!scenario.overrides.empty()) {
        result.waterfall.push_back(
            step(WaterfallStep::Kind::Overrides,
                 tr("%n override(s)", nullptr, static_cast<int>(scenario.overrides.size())),
                 result.estimate));
    }
    result.waterfall.push_back(
        step(WaterfallStep::Kind::Scenario, tr("Scenario"), result.estimate));
    result.violations = Advisor::violations(baseline, *changed, applied);
    return result;
}

} // namespace greenprint
