// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to endpoints on NVIDIA GPUs or first-generation Inferentia. The copy
// serves on the Inferentia2 (inf2) size and count with the same throughput (peak x
// achieved utilization), the best its Region offers where it lacks the closest; the
// estimator re-sizes work and gives the Neuron power.
// Source: Inferentia2's own claim C03 (up to 50 % better performance per watt than
// comparable instances; the derived Inf2 power reproduces it on inf2 vs g5), C09 from Inf1.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>

namespace greenprint {

/** Serve on AWS Inferentia2 (Inf2) instead of GPUs or Inf1. The comment atop this file says when it
 * applies, what it changes and its source. */
class InferentiaRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::InferentiaRule)

public:
    InferentiaRule()
        : Rule(QStringLiteral("inferentia"), StageKind::Inference)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> InferentiaRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEach<EndpointSpec>(
        [&](StageKind kind, int i, const Component &c, const EndpointSpec &s) {
            const InstanceSpec *from = ctx.instance(s.instance);
            if (!from || (from->category != InstanceCategory::NvidiaGpu && from->family != u"inf1"))
                return;
            const auto choice = RuleSupport::matchInFamilies(
                ctx, kind, i, c, *from, s.count, WorkTask::Inference, {QStringLiteral("inf2")});
            if (!choice)
                return;
            const QString claim =
                from->family == u"inf1" ? QStringLiteral("C09") : QStringLiteral("C03");
            Suggestion sg = make(kind, i);
            sg.practice = tr("Serve on AWS Inferentia2");
            sg.title =
                RuleSupport::moveTitle(tr("Serve \"%1\" on AWS Inferentia2 (%2 x %3)"), c, *choice);
            sg.description = RuleSupport::moveDescription(
                tr("Inferentia chips are built for inference: AWS states Inf1 gives "
                   "50 % more performance per watt than g4dn (C08) and Inf2 up to 50 % "
                   "better performance per watt than comparable instances (C03). The "
                   "copy moves %1 x %2 to %3 x %4 of the same throughput; the estimator "
                   "gives the hours and the Neuron power."),
                s.count, *from, *choice);
            sg.source = claim;
            sg.sideEffects = tr("The model must compile with the AWS Neuron SDK; check operator "
                                "support and re-validate accuracy after compilation.");
            result.push_back(RuleSupport::instanceMove(ctx, kind, i, *choice, std::move(sg)));
        });
    return result;
}

std::unique_ptr<Rule> makeInferentiaRule()
{
    return std::make_unique<InferentiaRule>();
}

} // namespace greenprint
