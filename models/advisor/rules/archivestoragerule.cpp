// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to data kept at least 3 months (Glacier's minimum storage duration) in
// S3 Standard, Standard-IA or Intelligent-Tiering. The copy stores it in S3 Glacier
// Flexible Retrieval. AWS publishes no energy figure per storage class (C25), and
// the reference data maps every S3 class to the same medium and replication, so
// the estimator shows a cost saving and no carbon saving; the suggestion says so.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"

#include "domain/names.h"

#include <QCoreApplication>

namespace greenprint {

/** Archive rarely read data in an archival storage class. The comment atop this file says when it
 * applies, what it changes and its source. */
class ArchiveStorageRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ArchiveStorageRule)

public:
    ArchiveStorageRule()
        : Rule(QStringLiteral("archive-storage"), StageKind::DataProcessing)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

constexpr double kMinimumMonths = 3.0;
constexpr StorageClass kArchive = StorageClass::S3GlacierFlexibleRetrieval;

bool archivable(StorageClass c)
{
    return c == StorageClass::S3Standard || c == StorageClass::S3StandardIA
        || c == StorageClass::S3IntelligentTiering;
}

} // namespace

std::vector<Suggestion> ArchiveStorageRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const StorageClassSpec *archive = ctx.reference().storageClass(kArchive);
    ctx.forEach<StorageSpec>([&](StageKind kind, int i, const Component &c, const StorageSpec &s) {
        if (!archivable(s.storageClass) || s.months < kMinimumMonths || s.sizeGB <= 0.0)
            return;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Archive rarely read data in an archival storage class");
        sg.title = tr("Archive \"%1\" in %2 if it is rarely read")
                       .arg(c.name, storageClassDisplayName(kArchive));
        sg.description = tr("Archival storage classes are the energy-efficient tier for "
                            "infrequently accessed data; S3 Intelligent-Tiering moves data "
                            "between tiers by itself when access patterns change. AWS publishes "
                            "no energy figure per storage class and the reference data gives "
                            "every S3 class the same medium and replication, so only the cost "
                            "changes here. Assumption: the data is read rarely.");
        sg.source = QStringLiteral("C25");
        sg.sideEffects = tr("Retrieval takes minutes to hours and is billed per GB (not "
                            "counted); objects are billed for at least 90 days.");
        sg.confidence = Confidence::Low;
        sg.costKnown = archive && archive->priceUsdPerGBMonth.has_value();
        sg.change = [kind, i](ProjectEdit &edit) {
            if (auto *spec = edit.spec<StorageSpec>(kind, i))
                spec->storageClass = kArchive;
        };
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeArchiveStorageRule()
{
    return std::make_unique<ArchiveStorageRule>();
}

} // namespace greenprint
