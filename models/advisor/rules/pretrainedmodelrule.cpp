// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to training jobs whose name says they train from scratch (pre-training).
// The copy drops the job, as if a pre-trained model (Hugging Face, SageMaker
// JumpStart, AWS Marketplace) were fine-tuned instead; the fine-tuning run, which
// the plan should then hold as its own job, is not counted. Low confidence.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace greenprint {

/** Start from a pre-trained model (transfer learning) instead of training from scratch. See the
 * .cpp for when it applies, what it changes and its source. */
class PretrainedModelRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PretrainedModelRule)

public:
    PretrainedModelRule()
        : Rule(QStringLiteral("pretrained-model"), StageKind::ModelBuilding)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

bool trainsFromScratch(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("pre-?train|from scratch"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

} // namespace

std::vector<Suggestion> PretrainedModelRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEach<ComputeSpec>([&](StageKind kind, int i, const Component &c, const ComputeSpec &) {
        if (!trainsFromScratch(c.name))
            return;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Fine-tune pre-trained models instead of training from scratch");
        sg.title = tr("Fine-tune a pre-trained model instead of \"%1\"").arg(c.name);
        sg.description = tr("Starting from an existing model (Hugging Face, SageMaker "
                            "JumpStart, AWS Marketplace) by transfer learning or incremental "
                            "training avoids training from scratch. The copy drops this job. "
                            "Assumption: a suitable pre-trained model exists; the fine-tuning "
                            "run that replaces the job is not counted, so add it as its own "
                            "component to see the net saving.");
        sg.source = QStringLiteral("estimator (this job's footprint)");
        sg.sideEffects = tr("The result depends on the pre-trained model: its licence, data "
                            "and quality; accuracy on your task can differ.");
        sg.accuracyAtRisk = true;
        sg.confidence = Confidence::Low;
        sg.change = [kind, i](ProjectEdit &edit) { edit.remove(kind, i); };
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makePretrainedModelRule()
{
    return std::make_unique<PretrainedModelRule>();
}

} // namespace greenprint
