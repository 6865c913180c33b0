// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "serverless-pipeline": run a mostly idle processing cluster as a serverless, on-demand
// pipeline (AWS Glue, Step Functions).
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Run a mostly idle processing cluster as a serverless, on-demand pipeline (AWS Glue, Step
 * Functions). See the .cpp for when it applies, what it changes and its source. */
class ServerlessPipelineRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ServerlessPipelineRule)

public:
    QString id() const override { return QStringLiteral("serverless-pipeline"); }
    StageKind stage() const override { return StageKind::DataProcessing; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
