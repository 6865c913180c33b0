// SPDX-License-Identifier: GPL-3.0-or-later
// The list of every rule the advisor runs.
#pragma once

#include "rule.h"

#include <memory>
#include <vector>

namespace greenprint {

/** One instance of every rule in rules/rulelist.h, in its order. */
std::vector<std::unique_ptr<Rule>> makeAllRules();

// The factory each rule's .cpp defines: std::unique_ptr<Rule> make<Name>().
#define GREENPRINT_RULE(Name) std::unique_ptr<Rule> make##Name();
#include "rules/rulelist.h"
#undef GREENPRINT_RULE

} // namespace greenprint
