// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "gpu-generation": run GPU jobs on a newer NVIDIA generation.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Run GPU jobs on a newer NVIDIA generation. See the .cpp for when it applies, what it changes and
 * its source. */
class GpuGenerationRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::GpuGenerationRule)

public:
    QString id() const override { return QStringLiteral("gpu-generation"); }
    StageKind stage() const override { return StageKind::Training; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
