// SPDX-License-Identifier: GPL-3.0-or-later
// Advisor output formats: JSON (for tools) and a text table (for people).
#pragma once

#include "advisor/advisor.h"
#include "advisor/suggestion.h"
#include "domain/estimate.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace greenprint {

/**
 * The suggestions as a JSON array, in the given (ranked) order. Each object has
 * `id`, `stage`, `title`, `co2eKgSaved`, `energyKWhSaved`, `costUsdSaved` (null
 * when the cost saving is unknown), `hoursSaved`, `source`, `confidence`,
 * `sideEffects`, `description`, then `rule`, `component` (index or null),
 * `co2eSavedFraction`, `negligible`, `informational`, `accuracyRetained` (or
 * null), `accuracyAtRisk`, `latency` and `offered` (true). The `withheld`
 * suggestions follow with `offered` false, every saving null and
 * `notOfferedBecause` (the reasons). Figures are rounded to 6 significant
 * digits. The output ends with a newline.
 */
QByteArray suggestionsToJson(const std::vector<Suggestion> &suggestions,
                             const std::vector<WithheldSuggestion> &withheld = {});

/**
 * A text table for terminals: one row per suggestion, the plan's total and
 * what keeps the plan itself from running as written (`planProblems`,
 * Feasibility::plan()) above it, and below it the suggestions not offered,
 * each with its reasons.
 */
QString suggestionsToTable(const std::vector<Suggestion> &suggestions, const Estimate &baseline,
                           const std::vector<WithheldSuggestion> &withheld = {},
                           const QStringList &planProblems = {});

} // namespace greenprint
