// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to endpoints whose inference work is in fp32/tf32 (the copy serves bf16:
// the busy time falls by the energy bf16 saved per sample on the H100, run 2) or
// in 16 bits on an accelerator with an int8 peak (the copy serves int8 and the
// estimator re-sizes the work with the int8 peak). Pruning has no source figure
// and is mentioned only. No source gives the accuracy kept by int8.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>

namespace greenprint {

/** Quantize (or prune) the served model. The comment atop this file says when it applies, what it
 * changes and its source. */
class QuantizeRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::QuantizeRule)

public:
    QuantizeRule()
        : Rule(QStringLiteral("quantize"), StageKind::Inference)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> QuantizeRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const std::optional<double> bf16 =
        RuleSupport::measuredRatio(ctx.reference(), 2, QStringLiteral("infer_bert_bf16_b64"),
                                   QStringLiteral("infer_bert_fp32_b64"));
    const QString bf16Source = QStringLiteral("measured:h100 bf16-vs-fp32 inference (run 2)");
    ctx.forEach<EndpointSpec>(
        [&](StageKind kind, int i, const Component &c, const EndpointSpec &s) {
            const InstanceSpec *spec = ctx.instance(s.instance);
            if (!s.work || !spec)
                return;
            const Precision precision = s.work->precision;
            Suggestion sg = make(kind, i);
            sg.latency = LatencyEffect::Lower;
            if (isThirtyTwoBit(precision) && bf16) {
                if (RuleSupport::busyTimeFactorApplied(c, bf16Source))
                    return; // served in bf16 already
                sg.practice = tr("Serve in bf16");
                sg.title = tr("Serve \"%1\" in bf16").arg(c.name);
                sg.description = tr("Measured on an H100, a BERT-base forward pass in bf16 used %1 "
                                    "less energy per sample than in fp32; the copy applies that to "
                                    "the busy time.")
                                     .arg(RuleSupport::percent(1.0 - *bf16));
                sg.source = bf16Source;
                sg.sideEffects = tr("Reduced precision rarely changes accuracy; re-validate.");
                sg.confidence = Confidence::Medium;
                sg.change = RuleSupport::scaleBusyTime(kind, i, *bf16, sg.source);
            } else if (isSixteenBit(precision)) {
                const AcceleratorSpec *accelerator =
                    ctx.reference().method.accelerator(spec->accelerator);
                if (!accelerator || !accelerator->peakTflops[int(Precision::Int8)])
                    return;
                sg.practice = tr("Quantize to int8 (or prune)");
                sg.title = tr("Quantize \"%1\" to int8 (or prune it)").arg(c.name);
                sg.description = tr("Quantization halves the bits per weight and doubles the "
                                    "accelerator's peak (%1 has %2 int8 TOPS); the copy sizes the "
                                    "work in int8. Pruning can shrink the model further; no source "
                                    "gives a figure, so it is not counted.")
                                     .arg(spec->accelerator)
                                     .arg(*accelerator->peakTflops[int(Precision::Int8)]);
                sg.source = QStringLiteral("accelerators.csv (int8 peak)");
                sg.sideEffects = tr("Accuracy can drop; no source states by how much, so "
                                    "re-validate on your data.");
                sg.accuracyAtRisk = true;
                sg.confidence = Confidence::Low;
                sg.change = [kind, i](ProjectEdit &edit) {
                    if (auto *e = edit.spec<EndpointSpec>(kind, i); e && e->work)
                        e->work->precision = Precision::Int8;
                };
            } else {
                return;
            }
            result.push_back(std::move(sg));
        });
    return result;
}

std::unique_ptr<Rule> makeQuantizeRule()
{
    return std::make_unique<QuantizeRule>();
}

} // namespace greenprint
