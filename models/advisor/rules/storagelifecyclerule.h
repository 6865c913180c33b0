// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "storage-lifecycle": expire stored data with an S3 Lifecycle rule and a retention period.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Expire stored data with an S3 Lifecycle rule and a retention period. See the .cpp for when it
 * applies, what it changes and its source. */
class StorageLifecycleRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::StorageLifecycleRule)

public:
    QString id() const override { return QStringLiteral("storage-lifecycle"); }
    StageKind stage() const override { return StageKind::DataProcessing; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
