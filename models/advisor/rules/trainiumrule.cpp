// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to training jobs and tuning on NVIDIA GPUs. One copy runs them on the
// Trainium (trn1/trn1n) size and count with the same throughput (peak x achieved
// utilization), another on Trainium2 (trn2); jobs sized from work are re-sized by
// the estimator, which also gives the Neuron power. Only sizes the job can run on
// are chosen (feasibility.h), the best its Region offers where it lacks the closest. Sources: C05
// (about 25 % less energy, BERT-Large), cost C04; Trainium2 C10 (up to 2x performance per watt).
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>

namespace greenprint {

/** Train on AWS Trainium instead of GPUs. The comment atop this file says when it applies, what it
 * changes and its source. */
class TrainiumRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::TrainiumRule)

public:
    TrainiumRule()
        : Rule(QStringLiteral("trainium"), StageKind::Training)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> TrainiumRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEachComponent([&](StageKind kind, int i, const Component &c) {
        if ((kind != StageKind::ModelBuilding && kind != StageKind::Training)
            || (c.type() != ComponentType::Compute && c.type() != ComponentType::Tuning))
            return;
        const InstanceSpec *from = ctx.instance(c.instance());
        if (!from || from->category != InstanceCategory::NvidiaGpu
            || RuleSupport::taskOf(c) != WorkTask::Training)
            return;
        const int count = RuleSupport::instanceCount(c);
        // Trainium (trn1, trn1n: C05 energy, C04 cost) and Trainium2 (trn2: C10), each
        // sized to the same throughput and offered where the job can run on it.
        for (const bool second : {false, true}) {
            const auto choice = RuleSupport::matchInFamilies(
                ctx, kind, i, c, *from, count, WorkTask::Training,
                second ? QStringList{QStringLiteral("trn2")}
                       : QStringList{QStringLiteral("trn1"), QStringLiteral("trn1n")});
            if (!choice)
                continue;
            Suggestion sg = make(kind, i);
            if (second)
                sg.id += QStringLiteral("/trn2");
            sg.practice = second ? tr("Train on AWS Trainium2") : tr("Train on AWS Trainium");
            const QString title = second ? tr("Train \"%1\" on AWS Trainium2 (%2 x %3)")
                                         : tr("Train \"%1\" on AWS Trainium (%2 x %3)");
            sg.title = RuleSupport::moveTitle(title, c, *choice);
            const QString description = second
                ? tr("AWS announced Trainium2 with up to twice the performance per watt "
                     "of Trainium (C10). The copy moves %1 x %2 to %3 x %4 of the same "
                     "throughput; the estimator gives the hours and the Neuron power. "
                     "The catalog has no Trainium2 price yet, so the cost change may be "
                     "unknown.")
                : tr("Trainium is expected to be AWS's most energy-efficient "
                     "training processor: AWS reports about 25 % less energy for "
                     "BERT-Large (C05) and up to 50 % lower cost (C04). The copy "
                     "moves %1 x %2 to %3 x %4 of the same throughput; the estimator "
                     "gives the hours and the Neuron power.");
            sg.description = RuleSupport::moveDescription(description, count, *from, *choice);
            sg.source = second ? QStringLiteral("C10") : QStringLiteral("C05");
            sg.sideEffects = tr("The model must compile with the AWS Neuron SDK; check "
                                "operator support. Neuron power is derived from AWS claims, "
                                "not published.");
            result.push_back(RuleSupport::instanceMove(ctx, kind, i, *choice, std::move(sg)));
        }
    });
    return result;
}

std::unique_ptr<Rule> makeTrainiumRule()
{
    return std::make_unique<TrainiumRule>();
}

} // namespace greenprint
