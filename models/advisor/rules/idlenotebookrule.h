// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "idle-notebook": stop idle notebook instances automatically.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Stop idle notebook instances automatically. See the .cpp for when it applies, what it changes
 * and its source. */
class IdleNotebookRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::IdleNotebookRule)

public:
    QString id() const override { return QStringLiteral("idle-notebook"); }
    StageKind stage() const override { return StageKind::ModelBuilding; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
