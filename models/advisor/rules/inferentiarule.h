// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "inferentia": serve on AWS Inferentia2 (Inf2) instead of GPUs or Inf1.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Serve on AWS Inferentia2 (Inf2) instead of GPUs or Inf1. See the .cpp for when it applies, what
 * it changes and its source. */
class InferentiaRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::InferentiaRule)

public:
    QString id() const override { return QStringLiteral("inferentia"); }
    StageKind stage() const override { return StageKind::Inference; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
