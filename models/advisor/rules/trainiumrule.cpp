// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to training jobs and tuning on NVIDIA GPUs. The copy runs them on the
// Trainium (trn1) size and count with the same throughput (peak x achieved
// utilization); jobs sized from work are re-sized by the estimator, which also
// gives the Neuron power. Source: C05 (about 25 % less energy, BERT-Large); cost C04.
#include "trainiumrule.h"

#include "advisor/rulesupport.h"

namespace greenprint {

bool TrainiumRule::applies(const RuleContext &ctx) const
{
    return !suggest(ctx).empty();
}

std::vector<Suggestion> TrainiumRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    for (StageKind kind : {StageKind::ModelBuilding, StageKind::Training}) {
        const std::vector<Component> &components = ctx.project().stage(kind).components;
        for (int i = 0; i < int(components.size()); ++i) {
            const Component &c = components[std::size_t(i)];
            if (c.type() != ComponentType::Compute && c.type() != ComponentType::Tuning)
                continue;
            const InstanceSpec *from = ctx.instance(c.instance());
            if (!from || from->category != InstanceCategory::NvidiaGpu
                || RuleSupport::taskOf(c) != WorkTask::Training)
                continue;
            int count = 1;
            if (const auto *s = std::get_if<ComputeSpec>(&c.spec))
                count = s->count;
            else if (const auto *t = std::get_if<TuningSpec>(&c.spec))
                count = t->count;
            const QStringList candidates =
                RuleSupport::instancesOfFamilies(ctx.reference(), {QStringLiteral("trn1")}, *from,
                                                 RuleSupport::sageMakerUse(kind, c));
            const auto choice =
                RuleSupport::matchThroughput(ctx, *from, count, WorkTask::Training, candidates);
            if (!choice)
                continue;
            Suggestion sg = make(kind, i);
            sg.title = tr("Train \"%1\" on AWS Trainium (%2 x %3)")
                           .arg(c.name)
                           .arg(choice->count)
                           .arg(choice->instance);
            sg.description = tr("Trainium is expected to be AWS's most energy-efficient "
                                "training processor: AWS reports about 25 % less energy for "
                                "BERT-Large (C05) and up to 50 % lower cost (C04). The copy "
                                "moves %1 x %2 to %3 x %4 of the same throughput; the estimator "
                                "gives the hours and the Neuron power.")
                                 .arg(count)
                                 .arg(from->id)
                                 .arg(choice->count)
                                 .arg(choice->instance);
            sg.source = QStringLiteral("C05");
            sg.sideEffects = tr("The model must compile with the AWS Neuron SDK; check operator "
                                "support. Neuron power is derived from AWS claims, not "
                                "published.");
            sg.confidence = Confidence::Medium;
            sg.change = RuleSupport::switchInstance(kind, i, *choice);
            result.push_back(std::move(sg));
        }
    }
    return result;
}

} // namespace greenprint
