// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "pretrained-model": start from a pre-trained model (transfer learning) instead of training
// from scratch.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Start from a pre-trained model (transfer learning) instead of training from scratch. See the
 * .cpp for when it applies, what it changes and its source. */
class PretrainedModelRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PretrainedModelRule)

public:
    QString id() const override { return QStringLiteral("pretrained-model"); }
    StageKind stage() const override { return StageKind::ModelBuilding; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
