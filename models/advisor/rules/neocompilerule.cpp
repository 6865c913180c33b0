// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to endpoints on AWS instances. No source gives a figure for SageMaker
// Neo; the copy applies the compilation saving measured on an H100 training step
// (torch.compile: 13 % less energy per sample, run 2) to the busy time, with that
// assumption stated and low confidence.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>

namespace greenprint {

/** Compile the model for the serving hardware (SageMaker Neo). The comment atop this file says when
 * it applies, what it changes and its source. */
class NeoCompileRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::NeoCompileRule)

public:
    NeoCompileRule()
        : Rule(QStringLiteral("neo-compile"), StageKind::Inference)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> NeoCompileRule::suggest(const RuleContext &ctx) const
{
    return RuleSupport::compiledCopies(
        ctx,
        [&](StageKind kind, int i, const Component &c,
            const QString &saving) -> std::optional<Suggestion> {
            const InstanceSpec *spec = ctx.instance(c.instance());
            // Neuron instances already run a compiled model (the Neuron SDK compiles it).
            if (c.type() != ComponentType::Endpoint || !spec || spec->origin == DataOrigin::Project
                || spec->category == InstanceCategory::Inferentia
                || spec->category == InstanceCategory::Trainium)
                return std::nullopt;
            Suggestion sg = make(kind, i);
            sg.practice = tr("Compile models for their serving hardware with SageMaker Neo");
            sg.title = tr("Compile \"%1\" for its serving hardware with SageMaker Neo").arg(c.name);
            sg.description = tr("Neo compiles the model into an optimized form for the target "
                                "instance. No source publishes a Neo saving; the copy applies the "
                                "compilation saving measured on an H100 (torch.compile, %1 less "
                                "energy per training sample) to the endpoint's busy time. "
                                "Assumption: inference gains about as much.")
                                 .arg(saving);
            sg.sideEffects = tr("Re-validate accuracy after compilation; not every operator "
                                "compiles.");
            sg.latency = LatencyEffect::Lower;
            sg.confidence = Confidence::Low;
            return sg;
        });
}

std::unique_ptr<Rule> makeNeoCompileRule()
{
    return std::make_unique<NeoCompileRule>();
}

} // namespace greenprint
