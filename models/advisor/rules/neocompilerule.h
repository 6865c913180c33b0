// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "neo-compile": compile the model for the serving hardware (SageMaker Neo).
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Compile the model for the serving hardware (SageMaker Neo). See the .cpp for when it applies,
 * what it changes and its source. */
class NeoCompileRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::NeoCompileRule)

public:
    QString id() const override { return QStringLiteral("neo-compile"); }
    StageKind stage() const override { return StageKind::Inference; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
