// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-plan search: one region for every stage, hardware per stage, under the constraints.
#pragma once

/*
 * Whole-plan search
 * =================
 * The rules change one thing each. PlanSearch combines them across the plan:
 * every stage in one AWS region R and, per stage, either the hardware as
 * planned or one of the hardware moves the advisor already offers for that
 * stage (rules trainium, inferentia, gpu-generation, graviton: per rule the
 * move saving most kgCO2e with a known cost, else the one saving most). Those
 * moves are sized from the same work and checked by Feasibility in the rules
 * and the advisor; the search neither sizes nor checks memory itself. Each
 * stage's stored data is copied to R once (RegionMoveRule::moveWholePlan).
 *
 * Bounded and deterministic. Each (region, stage, option) is estimated once,
 * on the stage alone (RuleSupport::stageAlone): at most regions x stages x
 * (1 + 4) stage estimates. A combination's figures are the sum of its stages'
 * (the estimator adds stages the same way), so the at most regions x 5^4
 * combinations cost additions only. Regions are searched in reference order,
 * options in the advisor's ranking; ties keep that order.
 *
 * Constraints. Only the allowed regions are searched. The latency ceiling
 * (region_latency.csv, constraints.usersRegion) and the accuracy floor are
 * judged by Advisor::violations on the moves and the region move together; an
 * instance type ReferenceData::offering() says is not offered in R is never
 * proposed there. Every combination so removed stays in the result with the
 * constraint and the reason in notOffered, off the front.
 *
 * scenarios() offers the best few as suggestions with "stage": "plan" and id
 * `plan/<region>/<move id>+<move id>` (`-` for none); compose() rebuilds one
 * from its id and the advisor's suggestions, so a scenario naming it applies
 * wherever the plan and the reference data are the same. Pure.
 */

#include "paretosearch.h"
#include "suggestion.h"

#include "domain/estimate.h"
#include "domain/project.h"
#include "domain/referencedata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace greenprint {

struct WithheldSuggestion;

/** What the whole-plan search found: every combination, with what the constraints removed. */
struct PlanSearchResult
{
    /** Every combination estimated (the plan as it is first, when it is one), in search order. */
    std::vector<ParetoPoint> points;
    QStringList regions; ///< the regions searched (the allowed ones)
    /** Why nothing was searched (own hardware, a single stage), translated; else empty. */
    QString notSearched;
};

class PlanSearch
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PlanSearch)

public:
    /** At most this many whole-plan scenarios are offered. */
    static constexpr int kScenarios = 3;

    /** Holds a reference to `reference`, which must outlive the search. */
    explicit PlanSearch(const ReferenceData &reference)
        : m_reference(reference)
    { }

    /**
     * Every combination for `project` (estimated as `baseline`), built from the
     * hardware moves among `offered` (the advisor's offered suggestions).
     */
    [[nodiscard]] PlanSearchResult search(const Project &project, const Estimate &baseline,
                                          const std::vector<Suggestion> &offered) const;

    /** The non-dominated offered points of `result` (cost, kgCO2e, hours), by kgCO2e. */
    static std::vector<ParetoPoint> front(const PlanSearchResult &result);

    /**
     * The best few as suggestions (not yet estimated by the advisor): the best
     * combination of each of the kScenarios regions where the plan emits least,
     * then the best one that keeps the planned hardware if none of those does.
     * Only combinations that emit less than the plan, keep every constraint
     * and move the plan (its own single region is left to the stage moves).
     */
    [[nodiscard]] std::vector<Suggestion> scenarios(const Project &project,
                                                    const PlanSearchResult &result,
                                                    const std::vector<Suggestion> &offered) const;

    /**
     * The combinations a constraint removed that would emit less than every
     * scenario offered: the best of each region, at most kScenarios, each with
     * the constraint and the reason (for the advisor's "not offered" list).
     */
    [[nodiscard]] std::vector<WithheldSuggestion>
    removed(const Project &project, const PlanSearchResult &result,
            const std::vector<Suggestion> &offered) const;

    /**
     * The whole-plan suggestion with id `id` (`plan/<region>/<ids>`), built
     * from the moves among `available`; nullopt when the id is malformed, the
     * region unknown or a move not among `available`.
     */
    [[nodiscard]] std::optional<Suggestion> compose(const Project &project, const QString &id,
                                                    const std::vector<Suggestion> &available) const;

    /** Whether `id` names a whole-plan combination. */
    static bool isPlanId(const QString &id);
    /** Whether `s` is a hardware move the search combines (by its rule). */
    static bool isHardwareMove(const Suggestion &s);

    /**
     * The suggestion `id` among `available`, else composed (compose()) when it
     * is a whole-plan id; nullopt when neither.
     */
    [[nodiscard]] std::optional<Suggestion> find(const Project &project, const QString &id,
                                                 const std::vector<Suggestion> &available) const;

private:
    const ReferenceData &m_reference;
};

} // namespace greenprint
