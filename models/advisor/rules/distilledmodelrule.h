// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "distilled-model": use a distilled model (DistilBERT) instead of BERT.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Use a distilled model (DistilBERT) instead of BERT. See the .cpp for when it applies, what it
 * changes and its source. */
class DistilledModelRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::DistilledModelRule)

public:
    QString id() const override { return QStringLiteral("distilled-model"); }
    StageKind stage() const override { return StageKind::ModelBuilding; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
