// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to training jobs and tuning on NVIDIA GPUs. The copy's busy time falls by
// the energy the H100 measurement saved per sample with torch.compile (13 %, run 2:
// the open counterpart of SageMaker Training Compiler). C15 (up to 50 % faster) is
// quoted; the measured figure is the one applied.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>

namespace greenprint {

/** Compile GPU training (SageMaker Training Compiler, torch.compile). The comment atop this file
 * says when it applies, what it changes and its source. */
class TrainingCompilerRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::TrainingCompilerRule)

public:
    TrainingCompilerRule()
        : Rule(QStringLiteral("training-compiler"), StageKind::ModelBuilding)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> TrainingCompilerRule::suggest(const RuleContext &ctx) const
{
    return RuleSupport::compiledCopies(
        ctx,
        [&](StageKind kind, int i, const Component &c,
            const QString &saving) -> std::optional<Suggestion> {
            if (c.type() != ComponentType::Compute && c.type() != ComponentType::Tuning)
                return std::nullopt;
            const InstanceSpec *spec = ctx.instance(c.instance());
            if (!spec || spec->category != InstanceCategory::NvidiaGpu
                || RuleSupport::taskOf(c) != WorkTask::Training)
                return std::nullopt;
            Suggestion sg = make(kind, i);
            sg.practice = tr("Compile the training for the GPU");
            sg.title = tr("Compile the training of \"%1\" for the GPU").arg(c.name);
            sg.description = tr("Compiling the model to hardware-optimized kernels (SageMaker "
                                "Training Compiler, up to 50 % faster per C15; torch.compile) "
                                "shortens training. The copy applies the measured saving: %1 "
                                "less energy per sample on an H100 (and 26 % less time), as %1 "
                                "fewer busy hours.")
                                 .arg(saving);
            sg.sideEffects = tr("A one-off compile (55 s measured) per run; AWS announces no new "
                                "releases of SageMaker Training Compiler, so use torch.compile "
                                "or XLA.");
            sg.confidence = Confidence::Medium;
            return sg;
        });
}

std::unique_ptr<Rule> makeTrainingCompilerRule()
{
    return std::make_unique<TrainingCompilerRule>();
}

} // namespace greenprint
