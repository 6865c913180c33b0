// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "log-retention": keep logs for a limited retention period.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Keep logs for a limited retention period. See the .cpp for when it applies, what it changes and
 * its source. */
class LogRetentionRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::LogRetentionRule)

public:
    QString id() const override { return QStringLiteral("log-retention"); }
    StageKind stage() const override { return StageKind::Training; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
