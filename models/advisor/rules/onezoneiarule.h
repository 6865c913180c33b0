// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "one-zone-ia": keep re-creatable data in S3 One Zone-IA.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Keep re-creatable data in S3 One Zone-IA. See the .cpp for when it applies, what it changes and
 * its source. */
class OneZoneIaRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::OneZoneIaRule)

public:
    QString id() const override { return QStringLiteral("one-zone-ia"); }
    StageKind stage() const override { return StageKind::DataProcessing; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
