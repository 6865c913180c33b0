// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to real-time endpoints busy less than half their provisioned hours. The
// copy is an asynchronous endpoint that scales to zero between bursts: it is
// provisioned only for its busy hours. Assumption (stated): no warm-up or
// cool-down time. The batching an async queue allows is not counted (H100: batch
// 32 used 95 % less energy per sample than batch 1).
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"
#include "numberformat.h"

#include <QCoreApplication>

namespace greenprint {

/** Asynchronous endpoint that scales to zero for intermittent traffic. The comment atop this file
 * says when it applies, what it changes and its source. */
class AsyncEndpointRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::AsyncEndpointRule)

public:
    AsyncEndpointRule()
        : Rule(QStringLiteral("async-endpoint"), StageKind::Inference)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

constexpr double kIntermittent = 0.5;

} // namespace

std::vector<Suggestion> AsyncEndpointRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const std::optional<double> batching = RuleSupport::measuredRatio(
        ctx.reference(), 1, QStringLiteral("infer_bert_b32"), QStringLiteral("infer_bert_b1"));
    ctx.forEach<EndpointSpec>([&](StageKind kind, int i, const Component &c,
                                  const EndpointSpec &s) {
        if (s.mode != EndpointMode::RealTime || s.hoursProvisioned <= 0.0)
            return;
        const double load = RuleSupport::endpointLoad(ctx, s);
        if (load >= kIntermittent)
            return;
        const double busyHours = s.hoursProvisioned * load;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Serve from asynchronous endpoints that scale to zero");
        sg.title = tr("Serve \"%1\" from an asynchronous endpoint that scales to zero").arg(c.name);
        sg.description =
            tr("The endpoint is busy %1 of its %2 hours. An asynchronous endpoint "
               "queues requests and can scale its instances to zero between bursts; "
               "the copy provisions it for the %3 busy hours only. Assumption: no "
               "warm-up or cool-down time. Not counted: the batching a queue allows "
               "(measured on an H100, batch 32 used %4 less energy per sample than "
               "batch 1).")
                .arg(RuleSupport::percent(load, 1))
                .arg(NumberFormat::inText(s.hoursProvisioned))
                .arg(NumberFormat::inText(busyHours))
                .arg(batching ? RuleSupport::percent(1.0 - *batching) : QStringLiteral("?"));
        sg.source = QStringLiteral("estimator (busy hours of the endpoint)");
        sg.sideEffects = tr("Callers get results later (seconds to minutes when scaled to "
                            "zero); only for users who can tolerate some latency.");
        sg.latency = LatencyEffect::NotRealTime;
        sg.confidence = Confidence::Low;
        const bool hasWork = s.work.has_value();
        const double utilization = s.utilization;
        sg.change = [kind, i, busyHours, hasWork, load, utilization](ProjectEdit &edit) {
            if (auto *spec = edit.spec<EndpointSpec>(kind, i)) {
                spec->mode = EndpointMode::Async;
                spec->hoursProvisioned = busyHours;
                if (!hasWork)
                    spec->utilization = load > 0.0 ? std::min(1.0, utilization / load) : 1.0;
            }
        };
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeAsyncEndpointRule()
{
    return std::make_unique<AsyncEndpointRule>();
}

} // namespace greenprint
