// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to real-time and asynchronous endpoints whose work (requests) is known.
// The copy runs it as a batch transform job, which the estimator counts as the busy
// hours of the work at full load; the cluster is decommissioned when the job ends.
// The H100 measurement (batch 32: 95 % less energy per sample than batch 1) is
// quoted; the estimator's figure is the one applied.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"
#include "numberformat.h"

#include <QCoreApplication>

namespace greenprint {

/** Batch transform instead of a standing endpoint. The comment atop this file says when it applies,
 * what it changes and its source. */
class BatchTransformRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::BatchTransformRule)

public:
    BatchTransformRule()
        : Rule(QStringLiteral("batch-transform"), StageKind::Inference)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> BatchTransformRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const std::optional<double> batching = RuleSupport::measuredRatio(
        ctx.reference(), 1, QStringLiteral("infer_bert_b32"), QStringLiteral("infer_bert_b1"));
    ctx.forEach<EndpointSpec>(
        [&](StageKind kind, int i, const Component &c, const EndpointSpec &s) {
            if ((s.mode != EndpointMode::RealTime && s.mode != EndpointMode::Async) || !s.work)
                return;
            Suggestion sg = make(kind, i);
            sg.practice = tr("Run inference as batch transform jobs");
            sg.title = tr("Run \"%1\" as a batch transform job").arg(c.name);
            sg.description =
                tr("When results are not needed in real time, batch transform runs "
                   "the %1 requests in large batches and decommissions the cluster "
                   "when the job ends; the copy counts the busy hours of the work at "
                   "full load instead of %2 provisioned hours. Measured on an H100, "
                   "batch 32 used %3 less energy per sample than batch 1, so the saving "
                   "per request can be larger than counted.")
                    .arg(NumberFormat::inText(s.servedWork()->requests))
                    .arg(NumberFormat::inText(s.hoursProvisioned))
                    .arg(batching ? RuleSupport::percent(1.0 - *batching) : QStringLiteral("?"));
            sg.source = QStringLiteral("estimator; measured:h100 batch-32 vs batch-1 inference");
            sg.sideEffects = tr("Not real time: results arrive when the batch job runs.");
            sg.latency = LatencyEffect::NotRealTime;
            sg.confidence = Confidence::Medium;
            sg.change = [kind, i](ProjectEdit &edit) {
                if (auto *spec = edit.spec<EndpointSpec>(kind, i))
                    spec->mode = EndpointMode::Batch;
            };
            result.push_back(std::move(sg));
        });
    return result;
}

std::unique_ptr<Rule> makeBatchTransformRule()
{
    return std::make_unique<BatchTransformRule>();
}

} // namespace greenprint
