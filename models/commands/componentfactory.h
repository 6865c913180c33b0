// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/project.h"
#include "units.h"

namespace greenprint {

/**
 * The period a new component runs for unless the architect says otherwise: a year, the
 * period of the bundled plans and the one a budget is set for. A plan states no period of
 * its own: every component states its duration, and the estimate adds what each states.
 * So a new endpoint is provisioned (always on) for these months and a job made to recur
 * recurs for them; an endpoint's "requests per month" are then served over the same year
 * as the weekly jobs beside it, not over one month.
 */
inline constexpr double kDefaultPlanMonths = 12.0;

/**
 * A new component of `type` with sensible starting values (instance
 * `defaultInstance` where the type runs on instances) and a translated name
 * that is unique within `stage` ("Compute", "Compute 2", ...).
 */
Component makeComponent(ComponentType type, const Stage &stage, const QString &defaultInstance);

/**
 * The name of a copy of the component called `name` in `stage`: the name with
 * the first free number in parentheses, "Train (2)", "Train (3)", ...; a copy of
 * "Train (2)" is "Train (3)", never "Train (2) (2)". Names are not translated:
 * the numbers read the same in every language.
 */
QString duplicateName(const QString &name, const Stage &stage);

} // namespace greenprint
