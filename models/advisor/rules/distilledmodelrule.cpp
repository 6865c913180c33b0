// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to jobs and endpoints with work whose name says they run BERT (not
// already a distilled model). The copy's model has 40 % fewer parameters (C12), so
// the estimator sizes 40 % fewer FLOPs; the model keeps 97 % of BERT's score
// (C14). The H100 measurement (DistilBERT vs BERT-base: 45 % less energy per
// training step, 50 % less per inference sample) is quoted beside it.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>

namespace greenprint {

/** Use a distilled model (DistilBERT) instead of BERT. The comment atop this file says when it
 * applies, what it changes and its source. */
class DistilledModelRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::DistilledModelRule)

public:
    DistilledModelRule()
        : Rule(QStringLiteral("distilled-model"), StageKind::ModelBuilding)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

bool isBert(const QString &name)
{
    return name.contains(QStringLiteral("bert"), Qt::CaseInsensitive)
        && !name.contains(QStringLiteral("distil"), Qt::CaseInsensitive);
}

} // namespace

std::vector<Suggestion> DistilledModelRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const ReferenceData &ref = ctx.reference();
    const std::optional<double> fewer = RuleSupport::claimValue(ref, QStringLiteral("C12"));
    const std::optional<double> kept = RuleSupport::claimValue(ref, QStringLiteral("C14"));
    if (!fewer || !kept)
        return result;
    const std::optional<double> trainRatio = RuleSupport::measuredRatio(
        ref, 1, QStringLiteral("train_distil_bf16"), QStringLiteral("train_bert_bf16"));
    const std::optional<double> inferRatio = RuleSupport::measuredRatio(
        ref, 1, QStringLiteral("infer_distil_b32"), QStringLiteral("infer_bert_b32"));
    ctx.forEachComponent([&](StageKind kind, int i, const Component &c) {
        const BoxedOptional<WorkSpec> *work = workOf(c);
        if (!work || !*work || !isBert(c.name))
            return;
        const bool training = (*work)->kind == WorkSpec::Kind::Training;
        const std::optional<double> measured = training ? trainRatio : inferRatio;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Use a distilled model (DistilBERT)");
        sg.title = tr("Use a distilled model (DistilBERT) for \"%1\"").arg(c.name);
        sg.description = tr("A distilled BERT has %1 fewer parameters and keeps %2 of "
                            "BERT's score (C12, C14); the copy sizes the work with %1 fewer "
                            "parameters.")
                             .arg(RuleSupport::percent(*fewer), RuleSupport::percent(*kept));
        if (measured) {
            sg.description += u' '
                + (training ? tr("Measured on an H100: %1 less energy per training step.")
                            : tr("Measured on an H100: %1 less energy per inference "
                                 "sample."))
                      .arg(RuleSupport::percent(1.0 - *measured));
        }
        sg.source = QStringLiteral("C12");
        sg.sideEffects = tr("Keeps about %1 of the score (GLUE, C14); the distilled model "
                            "must be trained or fine-tuned for your task.")
                             .arg(RuleSupport::percent(*kept));
        sg.accuracyAtRisk = true;
        sg.accuracyRetained = *kept;
        sg.latency = training ? LatencyEffect::None : LatencyEffect::Lower;
        sg.confidence = Confidence::Medium;
        const double factor = 1.0 - *fewer;
        sg.change = [kind, i, factor](ProjectEdit &edit) {
            Component *target = edit.component(kind, i);
            if (!target)
                return;
            std::visit(
                [factor](auto &spec) {
                    if constexpr (requires { spec.work; }) {
                        if (spec.work)
                            spec.work->parameters *= factor;
                    }
                },
                target->spec);
        };
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeDistilledModelRule()
{
    return std::make_unique<DistilledModelRule>();
}

} // namespace greenprint
