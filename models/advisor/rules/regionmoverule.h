// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "region-move": move a stage, or the whole plan, to the lowest-carbon region the project
// allows, counting the one-off copy of its data.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

#include <optional>

namespace greenprint {

/** Move a stage to the lowest-carbon region the project allows, counting the one-off copy of its
 * data. See the .cpp for when it applies, what it changes and its source. */
class RegionMoveRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::RegionMoveRule)

public:
    QString id() const override { return QStringLiteral("region-move"); }
    StageKind stage() const override { return StageKind::DataProcessing; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;

private:
    std::optional<Suggestion> wholePlan(const RuleContext &ctx) const;
};

} // namespace greenprint
