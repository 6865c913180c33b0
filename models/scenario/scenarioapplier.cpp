// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioapplier.h"

#include "advisor/advisor.h"
#include "advisor/plansearch.h"
#include "advisor/projectedit.h"
#include "engine/estimator.h"
#include "io/overrideapplier.h"

#include <QStringList>

#include <algorithm>

namespace greenprint {

std::optional<Project> ScenarioApplier::apply(const Project &baseline, const Scenario &scenario)
{
    if (scenario.suggestions.isEmpty())
        return apply(baseline, scenario, {});
    const Advisor advisor(m_reference);
    std::vector<WithheldSuggestion> withheld;
    const std::vector<Suggestion> offered =
        advisor.suggest(baseline, estimateProject(baseline, m_reference), &withheld);
    return apply(baseline, scenario, Advisor::planSearchMoves(offered, withheld));
}

std::optional<Project> ScenarioApplier::apply(const Project &baseline, const Scenario &scenario,
                                              const std::vector<Suggestion> &available,
                                              const QString &scenarioPath)
{
    m_issues.clear();
    Project copy = baseline;
    ProjectEdit edit(copy);
    for (qsizetype k = 0; k < scenario.suggestions.size(); ++k) {
        const QString &id = scenario.suggestions.at(k);
        // A whole-plan combination is rebuilt from its id when it is not among the few offered.
        const std::optional<Suggestion> it = PlanSearch(m_reference).find(baseline, id, available);
        if (!it) {
            error(scenarioPath.isEmpty()
                      ? QString()
                      : QStringLiteral("%1.suggestions[%2]").arg(scenarioPath).arg(k),
                  tr("scenario \"%1\": suggestion \"%2\" does not apply to this plan (it may "
                     "have changed, or the suggestion would break a constraint)")
                      .arg(scenario.name, id));
            continue;
        }
        if (it->change)
            it->change(edit);
    }
    edit.finish();
    if (hasErrors(m_issues))
        return std::nullopt;

    OverrideApplier overrides;
    std::optional<Project> result = overrides.apply(
        copy, scenario.overrides,
        scenarioPath.isEmpty() ? QString() : scenarioPath + QStringLiteral(".overrides"));
    for (const Issue &issue : overrides.issues()) {
        m_issues.push_back({issue.severity,
                            issue.path,
                            tr("scenario \"%1\": %2").arg(scenario.name, issue.message),
                            {}});
    }
    return result;
}

std::optional<Estimate> ScenarioApplier::estimate(const Project &baseline, const QString &name)
{
    m_issues.clear();
    const Scenario *scenario = baseline.scenario(name);
    if (!scenario) {
        QStringList names;
        for (const Scenario &s : baseline.scenarios)
            names << s.name;
        error({},
              names.isEmpty()
                  ? tr("unknown scenario \"%1\": the project has no scenarios").arg(name)
                  : tr("unknown scenario \"%1\"; the project's scenarios are: %2")
                        .arg(name, names.join(u", ")));
        return std::nullopt;
    }
    const std::optional<Project> changed = apply(baseline, *scenario);
    if (!changed)
        return std::nullopt;
    return estimateProject(*changed, m_reference);
}

Project ScenarioApplier::planWithoutScenarios(const Project &project)
{
    // Called once per batch of scenarios: each scenario then copies only the plan.
    Project plan = project;
    plan.scenarios.clear();
    return plan;
}

Issues ScenarioApplier::validateScenarios(const Project &project, const Estimate &baselineEstimate)
{
    Issues problems;
    if (project.scenarios.empty())
        return problems;
    const bool anySuggestions =
        std::any_of(project.scenarios.begin(), project.scenarios.end(),
                    [](const Scenario &s) { return !s.suggestions.isEmpty(); });
    std::vector<Suggestion> available;
    if (anySuggestions) {
        std::vector<WithheldSuggestion> withheld;
        const std::vector<Suggestion> offered =
            Advisor(m_reference).suggest(project, baselineEstimate, &withheld);
        available = Advisor::planSearchMoves(offered, withheld);
    }
    const Project plan = planWithoutScenarios(project);
    for (std::size_t i = 0; i < project.scenarios.size(); ++i) {
        const Scenario &scenario = project.scenarios[i];
        const QString path = QStringLiteral("scenarios[%1]").arg(i);
        const std::optional<Project> changed = apply(plan, scenario, available, path);
        problems.insert(problems.end(), m_issues.begin(), m_issues.end());
        if (!changed)
            continue;
        // Values the reader accepts may still be unknown to the estimate (a region).
        for (const Issue &issue : estimateProject(*changed, m_reference).issues) {
            if (issue.severity != Issue::Severity::Error)
                continue;
            const int j = OverrideApplier::overrideIndexFor(scenario.overrides, issue.path);
            problems.push_back(
                {Issue::Severity::Error,
                 j >= 0 ? QStringLiteral("%1.overrides[%2].value").arg(path).arg(j) : path,
                 tr("scenario \"%1\": %2: %3").arg(scenario.name, issue.path, issue.message),
                 {}});
        }
    }
    m_issues = problems;
    return problems;
}

QString ScenarioApplier::errorString() const
{
    QStringList lines;
    for (const Issue &issue : m_issues)
        lines << issue.toString();
    return lines.join(u'\n');
}

void ScenarioApplier::error(const QString &path, const QString &message)
{
    m_issues.push_back({Issue::Severity::Error, path, message, {}});
}

} // namespace greenprint
