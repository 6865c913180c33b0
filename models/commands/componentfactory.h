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

} // namespace greenprint
