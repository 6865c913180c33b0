// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor: every practice of the guidance as a quantified, sourced, ranked suggestion.
#pragma once

/*
 * Advisor
 * =======
 * The AWS guidance for sustainable deep learning (claims.csv cites it) lists
 * practices per stage. Each practice is one Rule class (one .cpp in rules/,
 * listed in rules/rulelist.h). For a project the Advisor
 *
 *   1. estimates the baseline once (engine/estimator.h);
 *   2. asks every rule for its suggestions (none where it does not apply): each says
 *      what to change (a function applied to a ProjectEdit over a copy), why
 *      (a claim id from claims.csv, a measurement from measurements.csv, or
 *      the reference table the estimator reads), its side effects on
 *      accuracy, latency and risk, and a confidence;
 *   3. applies each change to its own copy and re-estimates what changed with
 *      the same engine, one way for every plan whatever its size: a change of
 *      components (a lazy ProjectEdit, projectedit.h) is estimated on those
 *      components alone, and its savings are their figures before minus after
 *      (VariantEstimator::difference); a change that needs the whole plan (a
 *      Region, a stage emptied) re-estimates the whole copy, and its savings
 *      are baseline minus copy. Both give kgCO2e, kWh, USD and job hours and
 *      agree to a relative 1e-9 (tst_advisorsavings). Nothing is ever added
 *      up from per-suggestion deltas; a combination is evaluated by applying
 *      all its changes to one copy;
 *   4. withholds every suggestion that breaks a constraint of the project
 *      (Constraints: allowed regions, accuracy floor, latency ceiling), that
 *      cannot run (feasibility.h: accelerator memory, interconnect, endpoint
 *      headroom), that moves to an instance type its Region does not offer
 *      (the EC2 offerings snapshot; the hardware rules pick the best match
 *      the Region offers, and this holds only where none of their candidates
 *      is offered), or that makes the copy unestimable; all
 *      but the last are returned with their reasons so that the user sees what
 *      was not offered and why;
 *   5. combines the offered hardware moves, and those held back only for the
 *      Region's offering, with one region for the whole plan
 *      (PlanSearch, plansearch.h) and offers the best few combinations as
 *      whole-plan suggestions ("stage": "plan"), checked like any other;
 *   6. ranks the rest by kgCO2e saved, then cost saved (rank(): figures within
 *      a relative 1e-12 are equal, and a tie of both is broken by rule id, stage
 *      and component index, so that the order never depends on the order rules
 *      ran in, nor on the last bits of a sum) and
 *      marks those that save less than 0.5 % of the plan's kgCO2e as negligible.
 *
 * The baseline project is never changed. Rules state in the description any
 * assumption they make (how idle an idle notebook is, a retention period);
 * factors come from the reference data only. Everything here is pure: no
 * I/O, no signals, no exceptions, so the GUI can call it from a worker or on
 * every edit. ParetoSearch (paretosearch.h) adds the region x instance search.
 */

#include "rule.h"
#include "suggestion.h"

#include "domain/estimate.h"
#include "domain/project.h"
#include "domain/referencedata.h"
#include "engine/estimator.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace greenprint {

/** Several suggestions applied together to one copy of the baseline. */
struct Combination
{
    Project project; ///< the changed copy
    Estimate estimate; ///< its estimate
    Savings savings; ///< baseline minus this copy
    /** Product of the retained-accuracy figures of the applied suggestions (1 when none). */
    double accuracyRetained = 1.0;
    /** Translated reasons the combination breaks a constraint; empty when it keeps them all. */
    QStringList violations;
};

/** A suggestion the advisor does not offer, and why (translated reasons). */
struct WithheldSuggestion
{
    /**
     * Its savings are estimated only when notOfferedHere, or when it is the
     * best match its Region offers for a closer type the Region lacks
     * (Suggestion::closerNotOffered) and saves nothing.
     */
    Suggestion suggestion;
    QStringList reasons;
    /**
     * Held back only because the Region it runs in does not offer an instance
     * type it moves to (Feasibility::notOffered): its savings are estimated,
     * and the whole-plan search may still use it in a Region that offers the
     * type (Advisor::planSearchMoves).
     */
    bool notOfferedHere = false;
};

class Advisor
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::Advisor)

public:
    /** Holds a reference to `reference`, which must outlive the advisor. */
    explicit Advisor(const ReferenceData &reference);
    ~Advisor();
    Advisor(const Advisor &) = delete;
    Advisor &operator=(const Advisor &) = delete;

    /** Every rule, in registry order. */
    const std::vector<std::unique_ptr<Rule>> &rules() const { return m_rules; }

    /** All applicable suggestions that keep the constraints, ranked by kgCO2e saved. */
    [[nodiscard]] std::vector<Suggestion> suggest(const Project &project) const;
    /**
     * The same with the baseline estimate already at hand (it must be of
     * `project`). When `withheld` is given, it receives every suggestion a rule
     * made that is not offered because it breaks a constraint or cannot run
     * (Feasibility), with the reasons.
     */
    [[nodiscard]] std::vector<Suggestion>
    suggest(const Project &project, const Estimate &baseline,
            std::vector<WithheldSuggestion> *withheld = nullptr) const;

    /**
     * Applies `chosen`, in order, to one copy of `project` and estimates it.
     * Where two suggestions change the same field the later one wins.
     * The combination's violations say whether it still keeps the constraints.
     */
    [[nodiscard]] Combination combine(const Project &project,
                                      const std::vector<Suggestion> &chosen) const;

    /** What a combination saves, and whether its cost change is a figure. */
    struct CombinedSavings
    {
        Savings savings;
        bool costKnown = true; ///< Advisor::costChangeKnown() of the combination
    };
    /**
     * The savings of combine(project, chosen) against `baseline` (the estimate of
     * `project`), weighed as suggest() weighs each suggestion: where the suggestions
     * change components only, just those are estimated again
     * (VariantEstimator::difference()), so that this takes time in proportion to the
     * changes, not to the plan; else the copy is estimated whole.
     */
    [[nodiscard]] CombinedSavings combinedSavings(const Project &project, const Estimate &baseline,
                                                  const std::vector<Suggestion> &chosen) const;

    /**
     * Why `changed` (made from `baseline` by `applied`) breaks the baseline's
     * constraints, translated; empty when it keeps them. Regions the baseline
     * already used are not held against the change.
     */
    static QStringList violations(const Project &baseline, const Project &changed,
                                  const std::vector<const Suggestion *> &applied);
    /**
     * The same, given the regions the change adds that the plan did not use
     * (`addedRegions`, any order) and the baseline's constraints.
     */
    static QStringList violations(const Constraints &constraints, QStringList addedRegions,
                                  const std::vector<const Suggestion *> &applied);

    /**
     * The moves the whole-plan search (PlanSearch) may combine: the offered
     * suggestions, plus the withheld ones held back only because their Region
     * does not offer the type (the search checks each Region it moves to).
     */
    static std::vector<Suggestion> planSearchMoves(const std::vector<Suggestion> &offered,
                                                   const std::vector<WithheldSuggestion> &withheld);

    /**
     * Orders suggestions as suggest() returns them (ranking.h): by kgCO2e saved, largest
     * first; equal kgCO2e (to the last bit or within a relative 1e-12) by USD saved,
     * largest first; equal kgCO2e and USD by placedBefore() (rule id, stage, component
     * index). The order depends on the suggestions only, never on the order they are
     * given in.
     */
    static void rank(std::vector<Suggestion> &suggestions);

    /** Baseline minus changed. */
    static Savings savingsBetween(const Estimate &baseline, const Estimate &changed);
    /**
     * Whether the cost change from `baseline` to `changed` is a figure: every
     * component without a price (on either side) is the same unchanged
     * component on the other side, so the unpriced parts cancel. A change
     * that touches, adds, drops or reorders an unpriced component has an unknown
     * cost; adding or dropping a priced one before it does not.
     */
    static bool costChangeKnown(const Project &baseline, const Estimate &baselineEstimate,
                                const Project &changed, const Estimate &changedEstimate);
    /** Wall-clock hours of the jobs of an estimate (compute, tuning, notebooks, endpoints). */
    static Hours jobHours(const Estimate &estimate);

private:
    const ReferenceData &m_reference;
    std::vector<std::unique_ptr<Rule>> m_rules;
};

} // namespace greenprint
