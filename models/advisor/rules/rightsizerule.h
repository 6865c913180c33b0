// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "right-size": right-size jobs with low utilization: fewer or smaller instances.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Right-size jobs with low utilization: fewer or smaller instances. See the .cpp for when it
 * applies, what it changes and its source. */
class RightSizeRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::RightSizeRule)

public:
    QString id() const override { return QStringLiteral("right-size"); }
    StageKind stage() const override { return StageKind::Training; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
