// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/project.h"

namespace greenprint {

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
