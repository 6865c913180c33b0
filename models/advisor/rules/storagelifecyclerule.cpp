// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to data stored for 2 months or more. The copy expires it after half the
// period with an S3 Lifecycle rule. The half is an assumption (Greenprint cannot
// know the business requirement); the suggestion states it.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <algorithm>

namespace greenprint {

/** Expire stored data with an S3 Lifecycle rule and a retention period. The comment atop this file
 * says when it applies, what it changes and its source. */
class StorageLifecycleRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::StorageLifecycleRule)

public:
    StorageLifecycleRule()
        : Rule(QStringLiteral("storage-lifecycle"), StageKind::DataProcessing)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

constexpr double kMinimumMonths = 2.0;
constexpr double kKeptShare = 0.5;

} // namespace

std::vector<Suggestion> StorageLifecycleRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEach<StorageSpec>([&](StageKind kind, int i, const Component &c, const StorageSpec &s) {
        if (s.months < kMinimumMonths || s.sizeGB <= 0.0)
            return;
        const double months = std::max(1.0, s.months * kKeptShare);
        Suggestion sg = make(kind, i);
        sg.practice = tr("Expire stored data with an S3 Lifecycle rule");
        sg.title = tr("Expire \"%1\" after %2 months with an S3 Lifecycle rule")
                       .arg(c.name, NumberFormat::inText(months));
        sg.description = tr("Define a retention period that meets the business requirement "
                            "without exceeding it and let S3 Lifecycle delete the data. "
                            "Assumption: the data is needed for %1 of the %2 months planned; "
                            "set the period you actually need.")
                             .arg(NumberFormat::inText(months), NumberFormat::inText(s.months));
        sg.source = QStringLiteral("estimator (stored GB-months)");
        sg.sideEffects = tr("Deleted data is gone: keep what audits, reproducibility or "
                            "retraining require.");
        sg.confidence = Confidence::Low;
        sg.change = [kind, i, months](ProjectEdit &edit) {
            if (auto *spec = edit.spec<StorageSpec>(kind, i))
                spec->months = months;
        };
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeStorageLifecycleRule()
{
    return std::make_unique<StorageLifecycleRule>();
}

} // namespace greenprint
