// SPDX-License-Identifier: GPL-3.0-or-later
// What-if scenarios: a named list of suggestions and overrides applied to a copy of the baseline.
#pragma once

/*
 * Scenarios
 * =========
 * A Scenario (domain/scenario.h) is stored in the project file. Applying it
 * never touches the baseline:
 *
 *   1. copy the baseline;
 *   2. apply its suggestions, by id, in order: the ids are matched against the
 *      advisor's suggestions for the baseline, so a suggestion that no longer
 *      applies (the plan or its constraints changed) is an error naming it;
 *   3. apply its overrides through OverrideApplier (write, set each JSON path,
 *      read back), so every overridden value is validated exactly like a value
 *      in a file; paths address the project after step 2;
 *   4. estimate the copy with the same engine as the baseline.
 *
 * Every error names the scenario and the suggestion id or override path.
 */

#include "advisor/suggestion.h"
#include "domain/estimate.h"
#include "domain/issue.h"
#include "domain/project.h"
#include "domain/referencedata.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace greenprint {

class ScenarioApplier
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ScenarioApplier)

public:
    /** Holds a reference to `reference`, which must outlive the applier. */
    explicit ScenarioApplier(const ReferenceData &reference)
        : m_reference(reference)
    { }

    /**
     * The baseline with `scenario` applied, or nullopt with issues() set. Runs
     * the advisor on the baseline to find the scenario's suggestions.
     */
    [[nodiscard]] std::optional<Project> apply(const Project &baseline, const Scenario &scenario);
    /**
     * The same with the advisor's suggestions for the baseline already at hand.
     * With `scenarioPath` (`scenarios[1]`) every issue carries the path of the
     * suggestion id or override at fault (`scenarios[1].overrides[0].value`).
     * Copying the baseline is O(its size): callers that apply many scenarios
     * pass a baseline without scenarios (planWithoutScenarios()).
     */
    [[nodiscard]] std::optional<Project> apply(const Project &baseline, const Scenario &scenario,
                                               const std::vector<Suggestion> &available,
                                               const QString &scenarioPath = {});
    /**
     * Applies and estimates every scenario of `project` (estimated as
     * `baselineEstimate`) and returns every problem with the scenario's own
     * path: a suggestion id that does not apply, an override whose path or
     * value is wrong, or a scenario whose estimate has errors (an undefined
     * region). Linear in the number of scenarios.
     */
    [[nodiscard]] Issues validateScenarios(const Project &project,
                                           const Estimate &baselineEstimate);

    /** `project` without its scenarios: what a scenario is applied to. */
    static Project planWithoutScenarios(const Project &project);
    /** Applies the scenario called `name` of the baseline and estimates it; nullopt on error. */
    [[nodiscard]] std::optional<Estimate> estimate(const Project &baseline, const QString &name);

    /** Problems of the last call, each naming the scenario. */
    const Issues &issues() const { return m_issues; }
    QString errorString() const;

private:
    void error(const QString &path, const QString &message);

    const ReferenceData &m_reference;
    Issues m_issues;
};

} // namespace greenprint
