// SPDX-License-Identifier: GPL-3.0-or-later
// Advisor output formats: JSON (for tools) and a text table (for people).
#pragma once

#include "advisor/advisor.h"
#include "advisor/suggestion.h"
#include "advisor/suggestiongroups.h"
#include "domain/estimate.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace greenprint {

/** Everything `greenprint suggest` reports about one plan. */
struct SuggestionReport
{
    std::vector<Suggestion> suggestions; ///< ranked, as Advisor::suggest() returned them
    std::vector<SuggestionGroup> groups; ///< SuggestionGrouping::group() of them
    std::vector<WithheldSuggestion> withheld; ///< not offered, with the reasons
    QStringList planProblems; ///< what the plan itself cannot do (Feasibility::plan())
    QString assumptions; ///< what the feasibility checks assume (Feasibility::assumptions())
};

/**
 * The suggestions as a JSON array, in the order of their groups (Ranked, then
 * Question, then Smaller). Each object has `id`, `stage`, `title`,
 * `co2eKgSaved`, `energyKWhSaved`, `costUsdSaved` (null when the cost saving
 * is unknown), `hoursSaved`, `source`, `confidence`, `sideEffects`,
 * `description`, then `rule`, `component` (index or null),
 * `co2eSavedFraction`, `negligible`, `informational`, `accuracyRetained` (or
 * null), `accuracyAtRisk`, `latency`, `offered` (true), `section` ("ranked",
 * "question" or "smaller"), `question` (the fact to state, or null), `group`
 * (the id of the group's first suggestion), `groupSize` and
 * `groupCo2eKgSaved` (all of the group on one copy). The withheld suggestions
 * follow with `offered` false, every saving and group field null and
 * `notOfferedBecause` (the reasons). Figures are rounded to 6 significant
 * digits. The output ends with a newline.
 */
QByteArray suggestionsToJson(const SuggestionReport &report);

/**
 * A text table for terminals: the plan's total and what keeps the plan itself
 * from running as written, one row per Ranked group (with its count), then the
 * Question groups with what to state, the Smaller savings, the suggestions not
 * offered with their reasons, and what the feasibility checks assume.
 */
QString suggestionsToTable(const SuggestionReport &report, const Estimate &baseline);

} // namespace greenprint
