// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to real-time and asynchronous endpoints of one model on two or more
// instances busy less than half the time. The copy keeps, on average, as many
// instances as carry the load at up to 75 % utilization (a load point of the H100
// measurement), which is what target-tracking autoscaling does over time.
// Assumptions (stated): the load is spread evenly; scale-out lag is not counted.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>
#include <cmath>

namespace greenprint {

/** Autoscaling endpoints that scale in at low traffic. The comment atop this file says when it
 * applies, what it changes and its source. */
class AutoscalingRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::AutoscalingRule)

public:
    AutoscalingRule()
        : Rule(QStringLiteral("autoscaling"), StageKind::Inference)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

constexpr double kIntermittent = 0.5;
constexpr double kTarget = 0.75;

} // namespace

std::vector<Suggestion> AutoscalingRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEach<EndpointSpec>([&](StageKind kind, int i, const Component &c,
                                  const EndpointSpec &s) {
        if ((s.mode != EndpointMode::RealTime && s.mode != EndpointMode::Async) || s.count < 2
            || s.modelsHosted >= 2)
            return;
        const double load = RuleSupport::endpointLoad(ctx, s);
        if (load >= kIntermittent)
            return;
        const int count = std::max(1, int(std::ceil(s.count * load / kTarget)));
        if (count >= s.count)
            return;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Autoscale the endpoints");
        sg.title = tr("Autoscale \"%1\": about %n instance(s) instead of %2", nullptr, count)
                       .arg(c.name)
                       .arg(s.count);
        sg.description = tr("The endpoint is busy %1 of the time. Target-tracking autoscaling "
                            "(with the instance type from Inference Recommender) keeps only the "
                            "instances the traffic needs; the copy runs %n instance(s) on "
                            "average. Assumption: the load is spread evenly and packs at up to "
                            "75 % utilization.",
                            nullptr, count)
                             .arg(RuleSupport::percent(load, 1));
        sg.source = QStringLiteral("measured:h100 gemm duty sweep (run 1)");
        sg.sideEffects = tr("Traffic spikes wait for scale-out (minutes); keep a minimum "
                            "capacity for availability.");
        sg.latency = LatencyEffect::Higher;
        sg.confidence = Confidence::Medium;
        sg.change = RuleSupport::resizeEndpoint(kind, i, s, count);
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeAutoscalingRule()
{
    return std::make_unique<AutoscalingRule>();
}

} // namespace greenprint
