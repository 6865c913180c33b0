// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to real-time endpoints busy less than half their provisioned hours. The
// copy uses SageMaker Serverless Inference, which the estimator counts as busy
// hours at full load. Serverless Inference runs on CPU only: the copy keeps the
// instance type as a stand-in, and the suggestion says so.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"
#include "numberformat.h"

#include <QCoreApplication>

namespace greenprint {

/** SageMaker Serverless Inference for intermittent traffic. The comment atop this file says when it
 * applies, what it changes and its source. */
class ServerlessEndpointRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ServerlessEndpointRule)

public:
    ServerlessEndpointRule()
        : Rule(QStringLiteral("serverless-endpoint"), StageKind::Inference)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

constexpr double kIntermittent = 0.5;

} // namespace

std::vector<Suggestion> ServerlessEndpointRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEach<EndpointSpec>(
        [&](StageKind kind, int i, const Component &c, const EndpointSpec &s) {
            if (s.mode != EndpointMode::RealTime && s.mode != EndpointMode::Async)
                return;
            const double load = RuleSupport::endpointLoad(ctx, s);
            if (load >= kIntermittent || s.hoursProvisioned <= 0.0)
                return;
            Suggestion sg = make(kind, i);
            sg.practice = tr("Serve with SageMaker Serverless Inference");
            sg.title = tr("Serve \"%1\" with SageMaker Serverless Inference").arg(c.name);
            sg.description = tr("For intermittent or unpredictable traffic, serverless inference "
                                "launches capacity per request and scales to zero: the endpoint is "
                                "busy %1 of its %2 hours, and the copy counts only the busy hours, "
                                "at full load. Assumption: this instance type stands in for the "
                                "serverless capacity (which is CPU only).")
                                 .arg(RuleSupport::percent(load, 1))
                                 .arg(NumberFormat::inText(s.hoursProvisioned));
            sg.source = QStringLiteral("estimator (busy hours at full load)");
            sg.sideEffects = tr("Cold starts add latency after idle periods; Serverless Inference "
                                "has no GPUs and limits memory and concurrency.");
            sg.latency = LatencyEffect::Higher;
            sg.confidence = Confidence::Low;
            const bool hasWork = s.work.has_value();
            const double utilization = s.utilization;
            sg.change = [kind, i, hasWork, load, utilization](ProjectEdit &edit) {
                if (auto *spec = edit.spec<EndpointSpec>(kind, i)) {
                    spec->mode = EndpointMode::Serverless;
                    if (!hasWork)
                        spec->utilization = std::min(1.0, std::max(load, utilization));
                }
            };
            result.push_back(std::move(sg));
        });
    return result;
}

std::unique_ptr<Rule> makeServerlessEndpointRule()
{
    return std::make_unique<ServerlessEndpointRule>();
}

} // namespace greenprint
