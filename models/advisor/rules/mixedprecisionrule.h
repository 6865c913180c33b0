// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "mixed-precision": train in bf16 mixed precision instead of fp32.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Train in bf16 mixed precision instead of fp32. See the .cpp for when it applies, what it changes
 * and its source. */
class MixedPrecisionRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::MixedPrecisionRule)

public:
    QString id() const override { return QStringLiteral("mixed-precision"); }
    StageKind stage() const override { return StageKind::Training; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
