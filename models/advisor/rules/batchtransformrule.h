// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "batch-transform": batch transform instead of a standing endpoint.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Batch transform instead of a standing endpoint. See the .cpp for when it applies, what it
 * changes and its source. */
class BatchTransformRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::BatchTransformRule)

public:
    QString id() const override { return QStringLiteral("batch-transform"); }
    StageKind stage() const override { return StageKind::Inference; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
