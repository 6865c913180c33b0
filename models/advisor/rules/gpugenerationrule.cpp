// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to compute, tuning and endpoint components on an NVIDIA GPU family that
// has a newer generation on AWS: p3/p3dn -> p4d, p5; p4d/p4de -> p5, p5e;
// g4dn -> g5, g6; g5 -> g6. One copy per newer family runs the job on the size and
// count of that family with the same throughput (datasheet peak x achieved
// utilization), chosen among the sizes the job can run on (feasibility.h) and, where
// its Region lacks the closest, among those the Region offers; the
// estimator re-sizes work and gives the power. Whether it saves is the estimate's
// answer, not a claim: source accelerators.csv (peaks, power) via the estimator.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>

namespace greenprint {

/** Run GPU jobs on a newer NVIDIA generation. The comment atop this file says when it applies, what
 * it changes and its source. */
class GpuGenerationRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::GpuGenerationRule)

public:
    GpuGenerationRule()
        : Rule(QStringLiteral("gpu-generation"), StageKind::Training)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

/** The newer AWS families of the same kind of GPU instance (training or graphics/inference). */
QStringList newerFamilies(const QString &family)
{
    if (family == u"p3" || family == u"p3dn")
        return {QStringLiteral("p4d"), QStringLiteral("p5")};
    if (family == u"p4d" || family == u"p4de")
        return {QStringLiteral("p5"), QStringLiteral("p5e")};
    if (family == u"g4dn")
        return {QStringLiteral("g5"), QStringLiteral("g6")};
    if (family == u"g5")
        return {QStringLiteral("g6")};
    return {};
}

} // namespace

std::vector<Suggestion> GpuGenerationRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEachComponent([&](StageKind kind, int i, const Component &c) {
        const int count = RuleSupport::instanceCount(c);
        const InstanceSpec *from = ctx.instance(c.instance());
        // A notebook's hours are people's working hours: a faster GPU does not shorten them.
        if (count <= 0 || c.type() == ComponentType::Notebook || !from
            || from->category != InstanceCategory::NvidiaGpu)
            return;
        const WorkTask task = RuleSupport::taskOf(c);
        for (const QString &family : newerFamilies(from->family)) {
            const auto choice =
                RuleSupport::matchInFamilies(ctx, kind, i, c, *from, count, task, {family});
            if (!choice)
                continue;
            const InstanceSpec *to = ctx.instance(choice->instance);
            Suggestion sg = make(kind, i);
            sg.id += u'/' + family;
            sg.practice = tr("Run on a newer GPU generation (%1)").arg(family);
            sg.title = RuleSupport::moveTitle(tr("Run \"%1\" on a newer GPU generation (%2 x %3)"),
                                              c, *choice);
            sg.description =
                tr("Moves %1 x %2 (%3) to %4 x %5 (%6) with the same throughput "
                   "(datasheet peak x achieved utilization: the job takes %7 of its "
                   "hours). A newer generation does more work per watt; the saving is the "
                   "estimator's, from each instance's peak and power.")
                    .arg(count)
                    .arg(from->id, from->accelerator)
                    .arg(choice->count)
                    .arg(choice->instance, to ? to->accelerator : QString())
                    .arg(RuleSupport::percent(choice->timeFactor));
            sg.source = QStringLiteral("accelerators.csv");
            sg.sideEffects = tr("Re-test the model and its dependencies on the new GPU "
                                "(CUDA version, drivers); capacity of the newest types "
                                "may be limited in some Regions.");
            result.push_back(RuleSupport::instanceMove(ctx, kind, i, *choice, std::move(sg)));
        }
    });
    return result;
}

std::unique_ptr<Rule> makeGpuGenerationRule()
{
    return std::make_unique<GpuGenerationRule>();
}

} // namespace greenprint
