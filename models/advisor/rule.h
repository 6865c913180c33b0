// SPDX-License-Identifier: GPL-3.0-or-later
// The interface of one practice of the guidance, turned into suggestions for a plan.
#pragma once

#include "rulecontext.h"
#include "suggestion.h"

#include <QString>

#include <utility>
#include <vector>

namespace greenprint {

/**
 * One practice of the AWS guidance for sustainable deep learning. A rule is
 * stateless: suggest() returns one suggestion per thing it would change (each
 * with its change, texts, source, side effects and confidence; the Advisor
 * quantifies them), none where the practice does not apply. It may not change
 * the context or throw.
 *
 * Adding a rule is one .cpp in rules/ (the class, with its id and stage passed
 * to this constructor, and its make<Name>() factory) plus one line in
 * rules/rulelist.h.
 */
class Rule
{
public:
    virtual ~Rule() = default;

    /** Stable keyword, e.g. "bayesian-tuning"; the first part of every suggestion id. */
    QString id() const { return m_id; }
    /** The stage of the guidance the practice belongs to. */
    StageKind stage() const { return m_stage; }
    virtual std::vector<Suggestion> suggest(const RuleContext &ctx) const = 0;

protected:
    Rule(QString id, StageKind stage)
        : m_id(std::move(id))
        , m_stage(stage)
    { }

    /** A suggestion with id, ruleId, stage and component index set. */
    Suggestion make(StageKind stage, int componentIndex) const;

private:
    QString m_id;
    StageKind m_stage;
};

} // namespace greenprint
