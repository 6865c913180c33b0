// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "archive-storage": archive rarely read data in an archival storage class.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Archive rarely read data in an archival storage class. See the .cpp for when it applies, what it
 * changes and its source. */
class ArchiveStorageRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ArchiveStorageRule)

public:
    QString id() const override { return QStringLiteral("archive-storage"); }
    StageKind stage() const override { return StageKind::DataProcessing; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
