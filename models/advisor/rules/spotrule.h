// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "spot": managed Spot Training (a cost saving).
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Managed Spot Training (a cost saving). See the .cpp for when it applies, what it changes and its
 * source. */
class SpotRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::SpotRule)

public:
    QString id() const override { return QStringLiteral("spot"); }
    StageKind stage() const override { return StageKind::Training; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
