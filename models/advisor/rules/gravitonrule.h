// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "graviton": run CPU jobs on Graviton3 instances.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Run CPU jobs on Graviton3 instances. See the .cpp for when it applies, what it changes and its
 * source. */
class GravitonRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::GravitonRule)

public:
    QString id() const override { return QStringLiteral("graviton"); }
    StageKind stage() const override { return StageKind::DataProcessing; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
