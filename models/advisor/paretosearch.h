// SPDX-License-Identifier: GPL-3.0-or-later
// Region x instance search per stage: the cost / carbon / time Pareto front.
#pragma once

#include "domain/project.h"
#include "domain/referencedata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace greenprint {

/**
 * One way to run a stage: a region and, where the stage has work, an instance
 * type; or, from PlanSearch (plansearch.h), one way to run the whole plan.
 */
struct ParetoPoint
{
    StageKind stage = StageKind::DataProcessing;
    QString region;
    QString instance; ///< the main job's instance type; empty when the stage has no work job
    int count = 0; ///< the main job's instance count (0 when the stage has no work job)
    int componentIndex = -1; ///< the main job: the stage's work job with the most kgCO2e, or -1
    Totals totals; ///< the stage's figures there (the whole plan's for a whole-plan point)
    /**
     * False when the stage has a component without a price (as in the plan
     * itself): totals.cost then leaves the same parts out at every point.
     */
    bool costKnown = true;
    Hours hours; ///< wall-clock hours of the main job (or of all the stage's jobs)
    bool current = false; ///< the plan as it is
    /**
     * Why the job cannot run this way (Feasibility: accelerator memory,
     * interconnect, endpoint headroom), translated; empty when it can. Such a
     * point is evaluated but never on the front: it is not offered.
     */
    QStringList notOffered;
    /**
     * What is said but does not keep the point off the front, translated: an instance
     * type whose offering in `region` the EC2 offerings snapshot cannot answer for.
     */
    QStringList caveats;
    /** The overrides that turn the baseline into this point (to create a scenario from it). */
    std::vector<ScenarioOverride> overrides;
    /**
     * A whole-plan point (PlanSearch): every stage in `region`, with the
     * hardware moves its suggestion names; stage, instance and count are unused.
     */
    bool wholePlan = false;
    /** For a whole-plan point: the suggestion that makes it (PlanSearch id "plan/..."). */
    QString suggestionId;
    /** For a whole-plan point: its translated name ("Everything in ... on ..."). */
    QString label;
};

/**
 * For one stage, estimates every allowed region (constraints.allowedRegions,
 * else every reference AWS region with a grid intensity) with, where the stage
 * has work, every priced accelerated instance type that can do that work
 * (same task: training or inference), sized to the throughput of the current
 * one. Each point is an estimate of the stage alone, by the same engine.
 * Every option is checked by Feasibility; one that cannot run carries the
 * reasons in notOffered and stays off the front.
 * Stages on the project's own hardware (catalog instances) are not moved.
 * For the inference stage under a latency ceiling, a region the users
 * (constraints.usersRegion, else near the endpoints now) do not reach within
 * it (region_latency.csv) is evaluated once, as planned, and carries the
 * reason in notOffered: it is never on the front.
 * One-off transfers a move would need are not counted here (the region-move
 * suggestion and PlanSearch count them). The reference data has only
 * us-east-1 prices, so every instance is priced the same in every region.
 * Pure; holds a reference to the reference data.
 */
class ParetoSearch
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ParetoSearch)

public:
    explicit ParetoSearch(const ReferenceData &reference)
        : m_reference(reference)
    { }

    /** Every point evaluated for `stage`, the current plan included (if allowed). */
    [[nodiscard]] std::vector<ParetoPoint> evaluate(const Project &project, StageKind stage) const;
    /** The non-dominated points of evaluate(), sorted by kgCO2e then cost. */
    [[nodiscard]] std::vector<ParetoPoint> front(const Project &project, StageKind stage) const;
    /**
     * The points no other point beats or equals on kgCO2e, cost and hours at
     * once, among those offered (notOffered empty, or the current plan).
     */
    static std::vector<ParetoPoint> nonDominated(const std::vector<ParetoPoint> &points);
    /** The order fronts are shown in: less kgCO2e first, then less cost. */
    static bool lessCarbonThenCost(const ParetoPoint &a, const ParetoPoint &b)
    {
        return a.totals.co2e != b.totals.co2e ? a.totals.co2e < b.totals.co2e
                                              : a.totals.cost < b.totals.cost;
    }

    /**
     * Why the latency ceiling removes `region` for stage `kind` now in
     * `current` (translated, naming the constraint); empty when it does not.
     */
    [[nodiscard]] QStringList latencyReasons(const Project &project, StageKind kind,
                                             const QString &current, const QString &region) const;

private:
    const ReferenceData &m_reference;
};

} // namespace greenprint
