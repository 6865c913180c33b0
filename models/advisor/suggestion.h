// SPDX-License-Identifier: GPL-3.0-or-later
// One quantified, sourced change the advisor proposes for a plan.
#pragma once

#include "domain/project.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace greenprint {

class ProjectEdit;

enum class Confidence { Low, Medium, High };

/** What a change does to the response time of the inference endpoints. */
enum class LatencyEffect {
    None, ///< no effect on serving
    Lower, ///< faster responses
    Higher, ///< slower or less predictable responses (cold starts, queueing, scale-out)
    NotRealTime, ///< responses come later (batch, queued)
};

/** What a change saves on the plan: baseline minus the changed copy (positive = saved). */
struct Savings : Totals
{
    Hours hours; ///< wall-clock hours of the jobs (compute, tuning, notebooks, endpoints)
    bool operator==(const Savings &) const = default;
};

/**
 * A suggestion: what to change, on which stage and component, why (source),
 * at what price in accuracy, latency or risk, and what it saves on this plan.
 *
 * `change` edits a copy of the project through a ProjectEdit; it never sees
 * the baseline. The Advisor fills `savings` by applying `change` to a copy and
 * re-estimating it, never by adding deltas, and `negligible` when the carbon
 * saving is below 0.5 % of the plan's.
 */
struct Suggestion
{
    QString id; ///< "rule-id/stage-key/component-index" ("-" for a whole stage)
    QString ruleId;
    StageKind stage = StageKind::DataProcessing; ///< the stage the change is made in
    /** The change is made to every stage at once (a whole-plan scenario, "stage": "plan"). */
    bool wholePlan = false;
    int componentIndex = -1; ///< the component changed, or -1 for the whole stage
    QString title; ///< translated, one line
    /**
     * Translated: the practice without the component ("Stop idle notebooks automatically"),
     * the title of a group of it on several components; empty for a whole-stage change.
     */
    QString practice;
    QString description; ///< translated: the change, how it is counted, assumptions
    QString source; ///< claim id ("C18"), "measured:h100 ...", or the reference table
    QString sideEffects; ///< translated: accuracy, latency, risk
    Confidence confidence = Confidence::Medium;
    /** Fraction of the baseline model's score kept, where a source gives one (C14: 0.97). */
    std::optional<double> accuracyRetained;
    /** The change may lower accuracy (with or without a published figure). */
    bool accuracyAtRisk = false;
    LatencyEffect latency = LatencyEffect::None;
    /**
     * A move of the endpoints to another region: the median network round trip
     * from the users' region (constraints.usersRegion, else the endpoints'
     * current region) to the new one, from region_latency.csv; unset where the
     * table lacks the pair. A latency ceiling drops the move only when this
     * exceeds it.
     */
    std::optional<double> usersRoundTripMs;
    QString usersRegion; ///< where usersRoundTripMs starts
    /** The plan as written holds no amount this practice changes: nothing is counted. */
    bool informational = false;
    /**
     * False when the reference data has no price for what the change moves to:
     * the cost saving is then unknown and savings.cost.usd is left at 0.
     */
    bool costKnown = true;
    /**
     * The closer match ("1 x inf2.xlarge") the component's Region does not
     * offer, when this move is the next best that it does; else empty.
     */
    QString closerNotOffered;
    std::function<void(ProjectEdit &)> change;

    Savings savings; ///< filled by the Advisor
    double co2eSavedFraction = 0.0; ///< savings.co2e.kg / the plan's kgCO2e (filled by the Advisor)
    bool negligible = false; ///< saves < 0.5 % of the plan's kgCO2e (filled by the Advisor)
};

QString confidenceKey(Confidence confidence);
QString latencyEffectKey(LatencyEffect effect);
/** The suggestion's stage key ("training", ...), or "plan" for a whole-plan change. */
QString suggestionStageKey(const Suggestion &suggestion);
/** The translated stage name, or "Whole plan". */
QString suggestionStageName(const Suggestion &suggestion);
/**
 * Where `a` stands before `b` among suggestions that save the same: by rule id, then
 * stage (a whole-plan scenario after the stages), then component index (a whole stage
 * first), then id. A strict total order that never looks at the figures.
 */
bool placedBefore(const Suggestion &a, const Suggestion &b);

} // namespace greenprint
