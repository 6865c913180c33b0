// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to training work (compute or tuning) in fp32 or tf32. The copy's busy
// time falls by the energy bf16 saved per training step on the H100 (run 1: 74 %),
// applied as fewer busy hours. The estimator's own peak ratios (up to 15x on an
// H100) would overstate it, so the measured figure is used instead.
#include "mixedprecisionrule.h"

#include "advisor/rulesupport.h"

namespace greenprint {

bool MixedPrecisionRule::applies(const RuleContext &ctx) const
{
    return !suggest(ctx).empty();
}

std::vector<Suggestion> MixedPrecisionRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const std::optional<double> ratio = RuleSupport::measuredRatio(
        ctx.reference(), 1, QStringLiteral("train_bert_bf16"), QStringLiteral("train_bert_fp32"));
    if (!ratio)
        return result;
    for (StageKind kind : kAllStageKinds) {
        const std::vector<Component> &components = ctx.project().stage(kind).components;
        for (int i = 0; i < int(components.size()); ++i) {
            const Component &c = components[std::size_t(i)];
            const std::optional<WorkSpec> *work = RuleSupport::workOf(c);
            if (!work || !*work || (*work)->kind != WorkSpec::Kind::Training
                || ((*work)->precision != u"fp32" && (*work)->precision != u"tf32"))
                continue;
            Suggestion sg = make(kind, i);
            sg.title = tr("Train \"%1\" in bf16 mixed precision").arg(c.name);
            sg.description = tr("Measured on an H100, a BERT-base training step in bf16 used %1 "
                                "less energy than in fp32. The copy applies that as %1 fewer "
                                "busy hours of this %2 job.")
                                 .arg(RuleSupport::percent(1.0 - *ratio), (*work)->precision);
            sg.source = QStringLiteral("measured:h100 bf16-vs-fp32 training (run 1)");
            sg.sideEffects = tr("Mixed precision usually reaches the same accuracy; check loss "
                                "scaling and numerically sensitive layers.");
            sg.confidence = Confidence::Medium;
            sg.change = RuleSupport::scaleBusyTime(ctx, kind, i, *ratio);
            result.push_back(std::move(sg));
        }
    }
    return result;
}

} // namespace greenprint
