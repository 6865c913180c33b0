// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "quantize": quantize (or prune) the served model.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Quantize (or prune) the served model. See the .cpp for when it applies, what it changes and its
 * source. */
class QuantizeRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::QuantizeRule)

public:
    QString id() const override { return QStringLiteral("quantize"); }
    StageKind stage() const override { return StageKind::Inference; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
