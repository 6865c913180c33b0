// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to training work (compute or tuning) in fp32 or tf32. The copy's busy
// time falls by the energy bf16 saved per training step on the H100 (run 1: 74 %),
// applied as fewer busy hours. The estimator's own peak ratios (up to 15x on an
// H100) would overstate it, so the measured figure is used instead.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/rulesupport.h"
#include "domain/names.h"

#include <QCoreApplication>

namespace greenprint {

/** Train in bf16 mixed precision instead of fp32. The comment atop this file says when it applies,
 * what it changes and its source. */
class MixedPrecisionRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::MixedPrecisionRule)

public:
    MixedPrecisionRule()
        : Rule(QStringLiteral("mixed-precision"), StageKind::Training)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> MixedPrecisionRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const std::optional<double> ratio = RuleSupport::measuredRatio(
        ctx.reference(), 1, QStringLiteral("train_bert_bf16"), QStringLiteral("train_bert_fp32"));
    if (!ratio)
        return result;
    ctx.forEachComponent([&](StageKind kind, int i, const Component &c) {
        const BoxedOptional<WorkSpec> *work = workOf(c);
        const QString source = QStringLiteral("measured:h100 bf16-vs-fp32 training (run 1)");
        if (!work || !*work || (*work)->kind != WorkSpec::Kind::Training
            || !isThirtyTwoBit((*work)->precision) || RuleSupport::busyTimeFactorApplied(c, source))
            return; // not fp32 training work, or trained in bf16 already
        Suggestion sg = make(kind, i);
        sg.practice = tr("Train in bf16 mixed precision");
        sg.title = tr("Train \"%1\" in bf16 mixed precision").arg(c.name);
        sg.description =
            tr("Measured on an H100, a BERT-base training step in bf16 used %1 "
               "less energy than in fp32. The copy applies that as %1 fewer "
               "busy hours of this %2 job.")
                .arg(RuleSupport::percent(1.0 - *ratio), precisionKey((*work)->precision));
        sg.source = source;
        sg.sideEffects = tr("Mixed precision usually reaches the same accuracy; check loss "
                            "scaling and numerically sensitive layers.");
        sg.confidence = Confidence::Medium;
        sg.change = RuleSupport::scaleBusyTime(kind, i, *ratio, sg.source);
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeMixedPrecisionRule()
{
    return std::make_unique<MixedPrecisionRule>();
}

} // namespace greenprint
