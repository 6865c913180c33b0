// SPDX-License-Identifier: GPL-3.0-or-later
// One scenario evaluated for the what-if view: estimate, waterfall, accuracy, constraints.
#pragma once

#include "advisor/suggestion.h"
#include "domain/estimate.h"
#include "domain/issue.h"
#include "domain/project.h"
#include "domain/referencedata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace greenprint {

/** One bar of the savings waterfall: the plan's totals after this step. */
struct WaterfallStep : Totals
{
    enum class Kind { Baseline, Suggestion, Overrides, Scenario };
    Kind kind = Kind::Baseline;
    QString label; ///< translated: "Baseline", the suggestion's title, "Overrides", ...
    QString suggestionId; ///< for Kind::Suggestion
    /** NotEstimated: the totals are partial and must not be drawn as a total. */
    FigureStatus status = FigureStatus::Known;
};

/** The totals the delta table compares (baseline or scenario). */
struct PlanTotals : Totals
{
    Hours hours; ///< wall-clock hours of the jobs (Advisor::jobHours)
    /** NotEstimated: no total stands; CostUnknown: the cost is partial. */
    FigureStatus status = FigureStatus::Known;
};

struct ScenarioEvaluation
{
    QString name;
    bool ok = false; ///< the scenario applied; `estimate` is its estimate
    Estimate estimate; ///< the scenario's estimate (when ok)
    PlanTotals baseline;
    PlanTotals scenario; ///< when ok
    Issues issues; ///< ScenarioApplier's problems, each naming the scenario
    /**
     * Baseline, then one step per applied suggestion (in the scenario's order,
     * each the re-estimate of the first n suggestions together), then the
     * overrides (when any), then the scenario. Each step's contribution is the
     * previous step's total minus its own; nothing is added from deltas.
     */
    std::vector<WaterfallStep> waterfall;
    /** Product of the published retained-accuracy figures of the applied suggestions. */
    double accuracyRetained = 1.0;
    /** Some applied suggestion may lower accuracy by an unstated amount. */
    bool accuracyUnknown = false;
    /** Translated reasons the scenario breaks the project's constraints. */
    QStringList violations;
    /**
     * Translated reasons the scenario's figures cannot be compared with the
     * baseline's: each error of its estimate, or each missing price the
     * change does not cancel out. Empty when every change stands.
     */
    QStringList invalidReasons;
    /** The cost change is a figure (Advisor::costChangeKnown). */
    bool costChangeKnown = false;

    /** The scenario's figure status; NotEstimated when it did not apply. */
    FigureStatus status() const { return ok ? scenario.status : FigureStatus::NotEstimated; }
    /** The carbon change stands as a figure (the scenario and the baseline are estimated). */
    bool carbonComparable() const
    {
        return ok && scenario.status != FigureStatus::NotEstimated
            && baseline.status != FigureStatus::NotEstimated;
    }
    /** The cost change stands as a figure (unpriced parts, if any, cancel out). */
    bool costComparable() const { return carbonComparable() && costChangeKnown; }
};

/**
 * Evaluates a scenario against the baseline with the same engine (pure, no
 * I/O; holds a reference to the reference data, which must outlive it).
 */
class ScenarioEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ScenarioEvaluator)

public:
    explicit ScenarioEvaluator(const ReferenceData &reference)
        : m_reference(reference)
    { }

    /**
     * `baselineEstimate` must be the estimate of `baseline`, `available` the
     * advisor's suggestions for it. Never fails: problems are in issues().
     */
    [[nodiscard]] ScenarioEvaluation evaluate(const Project &baseline,
                                              const Estimate &baselineEstimate,
                                              const Scenario &scenario,
                                              const std::vector<Suggestion> &available) const;

    static PlanTotals totals(const Estimate &estimate);
    /**
     * Why `estimate` (of `changed`) cannot be compared with `baselineEstimate`
     * (of `baseline`), translated, one line per problem: its errors, else the
     * missing prices the change does not cancel out; empty when it can.
     */
    static QStringList invalidReasons(const Project &baseline, const Estimate &baselineEstimate,
                                      const Project &changed, const Estimate &estimate);

private:
    const ReferenceData &m_reference;
};

} // namespace greenprint
