// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "training-compiler": compile GPU training (SageMaker Training Compiler, torch.compile).
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Compile GPU training (SageMaker Training Compiler, torch.compile). See the .cpp for when it
 * applies, what it changes and its source. */
class TrainingCompilerRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::TrainingCompilerRule)

public:
    QString id() const override { return QStringLiteral("training-compiler"); }
    StageKind stage() const override { return StageKind::ModelBuilding; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
