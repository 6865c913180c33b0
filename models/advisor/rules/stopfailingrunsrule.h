// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "stop-failing-runs": stop failing training runs early with SageMaker Debugger.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Stop failing training runs early with SageMaker Debugger. See the .cpp for when it applies, what
 * it changes and its source. */
class StopFailingRunsRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::StopFailingRunsRule)

public:
    QString id() const override { return QStringLiteral("stop-failing-runs"); }
    StageKind stage() const override { return StageKind::Training; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
