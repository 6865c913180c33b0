// SPDX-License-Identifier: GPL-3.0-or-later
// The list of every rule the advisor runs.
#pragma once

#include "rule.h"

#include <memory>
#include <vector>

namespace greenprint {

/** One instance of every rule, grouped by the stage of the guidance they come from. */
std::vector<std::unique_ptr<Rule>> makeAllRules();

} // namespace greenprint
