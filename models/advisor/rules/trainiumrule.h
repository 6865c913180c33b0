// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "trainium": train on AWS Trainium instead of GPUs.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Train on AWS Trainium instead of GPUs. See the .cpp for when it applies, what it changes and its
 * source. */
class TrainiumRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::TrainiumRule)

public:
    QString id() const override { return QStringLiteral("trainium"); }
    StageKind stage() const override { return StageKind::Training; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
