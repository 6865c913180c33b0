// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "region-move": move a stage to the lowest-carbon region the project allows (within the
// latency ceiling for the endpoints), counting the one-off copy of its data.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Move a stage to the lowest-carbon region the project allows, counting the one-off copy of its
 * data. See the .cpp for when it applies, what it changes and its source. */
class RegionMoveRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::RegionMoveRule)

public:
    RegionMoveRule()
        : Rule(QStringLiteral("region-move"), StageKind::DataProcessing)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;

    /**
     * Sets the latency fields of `s`, a move of the endpoints from `current` to
     * `to`: the users' median round trip (region_latency.csv; the users are near
     * constraints.usersRegion, else near `current`) and a sentence saying it.
     */
    static void judgeLatency(const Project &project, const ReferenceData &reference,
                             const QString &current, const QString &to, Suggestion &s);
    /**
     * Every stage of `project` moved to `region`, with a one-off transfer named
     * `transferName` of the data each stage stores (where it moves).
     */
    static void moveWholePlan(Project &project, const QString &region, const QString &transferName);
    /** The name of the one-off transfer moveWholePlan() adds, translated. */
    static QString wholePlanTransferName();
};

} // namespace greenprint
