// SPDX-License-Identifier: GPL-3.0-or-later
// Per-unit figures: the footprint per unit of work, in the SCI form (E x I + M) per R.
#pragma once

/*
 * Functional units
 * ================
 * A total says what a plan costs; a figure per unit of work says whether it
 * is efficient, and compares plans of different sizes. Following the Software
 * Carbon Intensity specification (Green Software Foundation, ISO/IEC 21031:2024),
 * SCI = (E x I + M) per R: operational carbon (energy x grid intensity) plus
 * embodied carbon, divided by the functional units R delivered. R is chosen
 * per stage from what the plan states:
 *
 *   data processing  per pipeline run           R = runs
 *   model building   per notebook week          R = sum of notebook weeks
 *                    (per model-building round,  R = runs, when no notebook is planned)
 *   training         per training run           R = runs
 *   inference        per 1,000 requests         R = requests served / 1,000
 *
 * where runs is 1, or the run count of the stage's most frequent recurring
 * compute job (ComputeSpec::recurrence: a weekly retraining is 52.1 training
 * runs a year), so that "per run" stays one run's figure.
 *
 * The whole plan is counted per 1,000 requests when it serves requests (the
 * training and data preparation amortised over them, as SCI intends), else per
 * training run when it trains, else as a whole. Where R is 0 (an inference
 * stage that states no requests) the per-unit figures are empty: never a number.
 */

#include "../domain/estimate.h"
#include "../domain/project.h"

#include <QString>

namespace greenprint {

/** Fills Estimate::perUnit and every StageEstimate::perUnit of `estimate` (made from `project`). */
void assignPerUnitFigures(const Project &project, Estimate &estimate);

/** The footprint per unit: co2e and facility energy divided by `units` (empty when 0). */
PerUnit perUnitOf(const Footprint &footprint, FunctionalUnit unit, double units);

/** Requests the stage's jobs and endpoints serve, from their inference work. */
double requestsServed(const Stage &stage);

/** The unit's stable English text, as in the estimate JSON and the CSV ("1,000 requests"). */
QString functionalUnitText(FunctionalUnit unit);
/** The unit for people, translated ("per 1,000 requests"). */
QString functionalUnitDisplayName(FunctionalUnit unit);

} // namespace greenprint
