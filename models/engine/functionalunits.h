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
 *   training         per training run           R = runs of the main training job
 *   inference        per 1,000 requests         R = requests served / 1,000
 *
 * where runs is 1, or the run count of the stage's most frequent recurring
 * compute job (ComputeSpec::recurrence: a weekly ETL is 52.1 pipeline runs a
 * year), so that "per run" stays one run's figure.
 *
 * Training is counted per run of its main job, not of its most frequent one: a
 * nightly evaluation beside one fine-tune is not 365 training runs. The main
 * training job (mainTrainingJob()) is the stage's compute job that draws the
 * most facility energy in one run (its hours, stated or sized from its work,
 * times its instances' power), then the one with the most instance-hours in
 * one run, then the first listed; R is its runs (52.1 for a weekly retraining).
 * The other jobs' runs count towards each of its runs, and when their run
 * count differs the estimate says so under its assumptions. A training stage
 * with no compute job (a tuning job alone) is one run.
 *
 * The whole plan is counted per 1,000 requests when it serves requests (the
 * training and data preparation amortised over them, as SCI intends), else per
 * training run when it trains, else as a whole. Where R is 0 (an inference
 * stage that states no requests) the per-unit figures are empty: never a number.
 *
 * Tokens served
 * -------------
 * Beside its figure per 1,000 requests, the inference stage, and the whole plan
 * with it (training and data preparation amortised the same way), is counted
 * per 1 M tokens served (StageEstimate::perMillionTokens, Estimate::perMillionTokens):
 *
 *   R = sum over the components that serve requests of
 *       requests x tokensPerRequest / 1,000,000
 *
 * where requests are those requestsServed() counts (a recurring job's every run,
 * an endpoint's monthly traffic over its hours provisioned) and a request's
 * tokens are its prompt and output tokens together (WorkSpec::tokensPerRequest),
 * the count its serving cost follows. The figure exists only when every
 * component that serves requests states its tokens per request: the stage's
 * footprint includes every component, so dividing it by the tokens of some of
 * them would read as a cost per token that no token has. Then the figure is
 * empty (never 0, never a number over part of the tokens), and the estimate
 * names the components without tokens under its assumptions; otherwise it
 * states there how R was counted. No request served: no figure either.
 */

#include "../domain/estimate.h"
#include "../domain/project.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>

namespace greenprint {

/**
 * Fills Estimate::perUnit and every StageEstimate::perUnit of `estimate` (made from `project`),
 * and the per-1-M-tokens figures of the plan and its inference stage; appends to its assumptions
 * which job the training stage is counted per run of and how the tokens were counted.
 */
void assignPerUnitFigures(const Project &project, Estimate &estimate);

/** The footprint per unit: co2e and facility energy divided by `units` (empty when 0). */
PerUnit perUnitOf(const Footprint &footprint, FunctionalUnit unit, double units);

/**
 * The index in `training.components` of the main training job: the compute job
 * that draws the most energy in one run, then the most instance-hours (see above);
 * empty when the stage has no compute job.
 */
std::optional<std::size_t> mainTrainingJob(const StageEstimate &training);

/** Requests the stage's jobs and endpoints serve, from their inference work. */
double requestsServed(const Stage &stage);

/** The tokens a stage serves (see "Tokens served" above). */
struct TokensServed
{
    /// requests x tokensPerRequest, prompt and output tokens, of the components that state them
    double tokens = 0.0;
    /// names of the components that serve requests but state no tokens per request
    QStringList withoutTokens;

    /**
     * R per 1 M tokens served: tokens / 1,000,000 when some are served and every component
     * serving requests states its tokens; empty otherwise.
     */
    std::optional<double> millionTokens() const;
};

/** The tokens the requests of requestsServed() carry, component by component. */
TokensServed tokensServed(const Stage &stage);

/** The unit's stable English text, as in the estimate JSON and the CSV ("1,000 requests"). */
QString functionalUnitText(FunctionalUnit unit);
/** The unit for people, translated ("per 1,000 requests"). */
QString functionalUnitDisplayName(FunctionalUnit unit);

} // namespace greenprint
