// SPDX-License-Identifier: GPL-3.0-or-later
// The interface of one practice of the guidance, turned into suggestions for a plan.
#pragma once

#include "rulecontext.h"
#include "suggestion.h"

#include <QString>

#include <vector>

namespace greenprint {

/**
 * One practice of the AWS guidance for sustainable deep learning. A rule is
 * stateless: applies() tells whether the plan has anything the practice can
 * change, suggest() returns one suggestion per thing it would change (each
 * with its change, texts, source, side effects and confidence; the Advisor
 * quantifies them). Neither may change the context or throw.
 */
class Rule
{
public:
    virtual ~Rule() = default;

    /** Stable keyword, e.g. "bayesian-tuning"; the first part of every suggestion id. */
    virtual QString id() const = 0;
    /** The stage of the guidance the practice belongs to. */
    virtual StageKind stage() const = 0;
    virtual bool applies(const RuleContext &ctx) const = 0;
    virtual std::vector<Suggestion> suggest(const RuleContext &ctx) const = 0;

protected:
    /** A suggestion with id, ruleId, stage and component index set. */
    Suggestion make(StageKind stage, int componentIndex) const;
};

} // namespace greenprint
