// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to data in multi-zone S3 classes (Standard, Standard-IA,
// Intelligent-Tiering). The copy stores it in S3 One Zone-IA, which the reference
// data (CCF's method) replicates 2 times instead of 6. Only for data that can be
// re-created: the suggestion says so.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"

#include "domain/names.h"

#include <QCoreApplication>

namespace greenprint {

/** Keep re-creatable data in S3 One Zone-IA. The comment atop this file says when it applies, what
 * it changes and its source. */
class OneZoneIaRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::OneZoneIaRule)

public:
    OneZoneIaRule()
        : Rule(QStringLiteral("one-zone-ia"), StageKind::DataProcessing)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

constexpr StorageClass kOneZone = StorageClass::S3OneZoneIA;

bool multiZone(StorageClass c)
{
    return c == StorageClass::S3Standard || c == StorageClass::S3StandardIA
        || c == StorageClass::S3IntelligentTiering;
}

} // namespace

std::vector<Suggestion> OneZoneIaRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const StorageClassSpec *target = ctx.reference().storageClass(kOneZone);
    if (!target)
        return result;
    ctx.forEach<StorageSpec>([&](StageKind kind, int i, const Component &c, const StorageSpec &s) {
        if (!multiZone(s.storageClass) || s.sizeGB <= 0.0 || s.months <= 0.0)
            return;
        const StorageClassSpec *now = ctx.reference().storageClass(s.storageClass);
        Suggestion sg = make(kind, i);
        sg.practice = tr("Keep re-creatable data in S3 One Zone-IA");
        sg.title = tr("Keep \"%1\" in S3 One Zone-IA if it can be re-created").arg(c.name);
        sg.description = tr("Data you can easily re-create (derived, tokenized or scored "
                            "data) does not need copies in several Availability Zones. The "
                            "reference data counts %1 stored copies for %2 and %3 for One "
                            "Zone-IA.")
                             .arg(now ? now->replicationFactor : 0.0)
                             .arg(storageClassDisplayName(s.storageClass))
                             .arg(target->replicationFactor);
        sg.source = QStringLiteral("storage_classes.csv (CCF replication factors)");
        sg.sideEffects = tr("The data is lost if its Availability Zone is; re-creating it costs "
                            "the processing again. Retrieval is billed per GB.");
        sg.confidence = Confidence::Medium;
        sg.costKnown = target->priceUsdPerGBMonth.has_value();
        if (!sg.costKnown) {
            sg.description += u' '
                + tr("The reference data has no price for One Zone-IA: the cost saving is not "
                     "counted.");
        }
        sg.change = [kind, i](ProjectEdit &edit) {
            if (auto *spec = edit.spec<StorageSpec>(kind, i))
                spec->storageClass = kOneZone;
        };
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeOneZoneIaRule()
{
    return std::make_unique<OneZoneIaRule>();
}

} // namespace greenprint
