// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "public-dataset": use a public dataset (Open Data on AWS, AWS Data Exchange) instead of
// ingesting and processing one.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Use a public dataset (Open Data on AWS, AWS Data Exchange) instead of ingesting and processing
 * one. See the .cpp for when it applies, what it changes and its source. */
class PublicDatasetRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PublicDatasetRule)

public:
    QString id() const override { return QStringLiteral("public-dataset"); }
    StageKind stage() const override { return StageKind::DataProcessing; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
