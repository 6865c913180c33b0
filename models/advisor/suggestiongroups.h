// SPDX-License-Identifier: GPL-3.0-or-later
// How the advisor's suggestions are presented: grouped, asked about, or folded away.
#pragma once

/*
 * Suggestion groups
 * =================
 * The advisor ranks one suggestion per practice and component. Shown as is,
 * four notebooks give four identical "Stop ... when idle" rows, a practice
 * that depends on a fact the plan does not state (a public dataset exists,
 * the model may lose accuracy) ranks as if it were known, and changes worth
 * less than 0.5 % of the plan fill the list. groupSuggestions() turns the
 * ranked list into what every view shows (CLI table and JSON, window, PDF):
 *
 *  - the same practice on several components of a stage (same rule, same
 *    target) is one group with a count; its savings are those of all members
 *    applied to one copy of the plan (Advisor::combinedSavings), never a sum;
 *  - a group that depends on an unstated fact is a Question: it says what to
 *    state and what it would save if so, and is not ranked;
 *  - a group saving less than 0.5 % of the plan's kgCO2e, or nothing counted,
 *    is folded into Smaller savings;
 *  - the rest is Ranked by kgCO2e saved, then cost, then the place of the
 *    group's first member (ranking.h), as the advisor ranks suggestions.
 */

#include "advisor.h"
#include "suggestion.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace greenprint {

enum class SuggestionSection { Ranked, Question, Smaller };

/** One row of the presented list: one suggestion, or the same practice on several components. */
struct SuggestionGroup
{
    SuggestionSection section = SuggestionSection::Ranked;
    std::vector<int> members; ///< indexes into the suggestion list, in its order
    QString title; ///< translated; for several members it says how many
    QString question; ///< Question: the fact to state before it can be ranked (translated)
    Savings savings; ///< all members applied to one copy of the plan
    double co2eSavedFraction = 0.0; ///< savings.co2e.kg / the plan's kgCO2e
    bool costKnown = true;
    bool informational = false; ///< every member counts nothing on this plan
};

class SuggestionGrouping
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::SuggestionGrouping)

public:
    /** Share of the plan's kgCO2e under which a group is a smaller saving. */
    static constexpr double kSmallerFraction = 0.005;

    /**
     * The groups of `suggestions` (as Advisor::suggest() returned them for
     * `project` and its estimate `baseline`): Ranked first, then Question,
     * then Smaller, each best first.
     */
    static std::vector<SuggestionGroup> group(const Advisor &advisor, const Project &project,
                                              const Estimate &baseline,
                                              const std::vector<Suggestion> &suggestions);

    /** The fact `suggestion` depends on that `project` does not state, or an empty string. */
    static QString question(const Project &project, const Suggestion &suggestion);

    /**
     * The names of the components the members of `group` change, in their order (members whose
     * component `project` no longer holds are left out): "Applies to" of a group.
     */
    static QStringList componentNames(const Project &project,
                                      const std::vector<Suggestion> &suggestions,
                                      const SuggestionGroup &group);

    /** Translated name of a section ("Needs an answer", "Smaller savings"); empty for Ranked. */
    static QString sectionName(SuggestionSection section);
    /** "ranked", "question" or "smaller" (JSON). */
    static QString sectionKey(SuggestionSection section);
};

} // namespace greenprint
