// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "serverless-endpoint": sageMaker Serverless Inference for intermittent traffic.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** SageMaker Serverless Inference for intermittent traffic. See the .cpp for when it applies, what
 * it changes and its source. */
class ServerlessEndpointRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ServerlessEndpointRule)

public:
    QString id() const override { return QStringLiteral("serverless-endpoint"); }
    StageKind stage() const override { return StageKind::Inference; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
