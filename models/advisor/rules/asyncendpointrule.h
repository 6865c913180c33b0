// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "async-endpoint": asynchronous endpoint that scales to zero for intermittent traffic.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Asynchronous endpoint that scales to zero for intermittent traffic. See the .cpp for when it
 * applies, what it changes and its source. */
class AsyncEndpointRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::AsyncEndpointRule)

public:
    QString id() const override { return QStringLiteral("async-endpoint"); }
    StageKind stage() const override { return StageKind::Inference; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
