// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "accuracy-target": train to an accuracy target instead of a fixed number of epochs.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Train to an accuracy target instead of a fixed number of epochs. See the .cpp for when it
 * applies, what it changes and its source. */
class AccuracyTargetRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::AccuracyTargetRule)

public:
    QString id() const override { return QStringLiteral("accuracy-target"); }
    StageKind stage() const override { return StageKind::ModelBuilding; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
