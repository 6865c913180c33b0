// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleregistry.h"

namespace greenprint {

std::vector<std::unique_ptr<Rule>> makeAllRules()
{
    std::vector<std::unique_ptr<Rule>> rules;
#define GREENPRINT_RULE(Name) rules.push_back(make##Name());
#include "rules/rulelist.h"
#undef GREENPRINT_RULE
    return rules;
}

} // namespace greenprint
