// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "edge-deployment": run inference on the edge devices the project serves.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Run inference on the edge devices the project serves. See the .cpp for when it applies, what it
 * changes and its source. */
class EdgeDeploymentRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::EdgeDeploymentRule)

public:
    QString id() const override { return QStringLiteral("edge-deployment"); }
    StageKind stage() const override { return StageKind::Inference; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
