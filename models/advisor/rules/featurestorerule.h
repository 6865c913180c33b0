// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "feature-store": reuse features from SageMaker Feature Store instead of recomputing them.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Reuse features from SageMaker Feature Store instead of recomputing them. See the .cpp for when
 * it applies, what it changes and its source. */
class FeatureStoreRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::FeatureStoreRule)

public:
    QString id() const override { return QStringLiteral("feature-store"); }
    StageKind stage() const override { return StageKind::DataProcessing; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
