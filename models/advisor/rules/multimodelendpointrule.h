// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "multi-model-endpoint": several models behind one multi-model endpoint.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Several models behind one multi-model endpoint. See the .cpp for when it applies, what it
 * changes and its source. */
class MultiModelEndpointRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::MultiModelEndpointRule)

public:
    QString id() const override { return QStringLiteral("multi-model-endpoint"); }
    StageKind stage() const override { return StageKind::Inference; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
