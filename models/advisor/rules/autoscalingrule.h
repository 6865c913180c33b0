// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "autoscaling": autoscaling endpoints that scale in at low traffic.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Autoscaling endpoints that scale in at low traffic. See the .cpp for when it applies, what it
 * changes and its source. */
class AutoscalingRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::AutoscalingRule)

public:
    QString id() const override { return QStringLiteral("autoscaling"); }
    StageKind stage() const override { return StageKind::Inference; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
