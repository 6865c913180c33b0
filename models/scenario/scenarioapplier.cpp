// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioapplier.h"

#include "advisor/advisor.h"
#include "advisor/projectedit.h"
#include "engine/estimator.h"
#include "io/overrideapplier.h"

#include <QStringList>

namespace greenprint {

std::optional<Project> ScenarioApplier::apply(const Project &baseline, const Scenario &scenario)
{
    if (scenario.suggestions.isEmpty())
        return apply(baseline, scenario, {});
    const Advisor advisor(m_reference);
    return apply(baseline, scenario, advisor.suggest(baseline));
}

std::optional<Project> ScenarioApplier::apply(const Project &baseline, const Scenario &scenario,
                                              const std::vector<Suggestion> &available)
{
    m_issues.clear();
    Project copy = baseline;
    ProjectEdit edit(copy);
    for (const QString &id : scenario.suggestions) {
        const auto it = std::find_if(available.begin(), available.end(),
                                     [&id](const Suggestion &s) { return s.id == id; });
        if (it == available.end()) {
            error({},
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
    std::optional<Project> result = overrides.apply(copy, scenario.overrides);
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
