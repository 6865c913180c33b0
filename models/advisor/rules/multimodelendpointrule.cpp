// SPDX-License-Identifier: GPL-3.0-or-later
// Applies (a) to two real-time or asynchronous endpoints of one stage on the same
// instance type: the copy folds the second into the first (one endpoint, the larger
// count, the models and load of both); (b) to one endpoint hosting several models
// on at least as many lightly loaded instances: the copy hosts them behind one
// multi-model endpoint on as few instances as carry the load at up to 75 %.
// Source: C20 (up to 90 % lower inference cost and carbon).
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>
#include <cmath>

namespace greenprint {

/** Several models behind one multi-model endpoint. The comment atop this file says when it applies,
 * what it changes and its source. */
class MultiModelEndpointRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::MultiModelEndpointRule)

public:
    MultiModelEndpointRule()
        : Rule(QStringLiteral("multi-model-endpoint"), StageKind::Inference)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

constexpr double kTarget = 0.75;

bool shared(const EndpointSpec &s)
{
    return s.mode == EndpointMode::RealTime || s.mode == EndpointMode::Async;
}

bool sameWork(const EndpointSpec &a, const EndpointSpec &b)
{
    if (a.work.has_value() != b.work.has_value())
        return false;
    // The merged endpoint serves both with one work: the same model, format and speed-up.
    return !a.work
        || (a.work->parameters == b.work->parameters && a.work->precision == b.work->precision
            && a.work->tokensPerRequest == b.work->tokensPerRequest
            && a.work->busyTimeFactor == b.work->busyTimeFactor);
}

} // namespace

std::vector<Suggestion> MultiModelEndpointRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const auto describe = [this](Suggestion &sg) {
        sg.source = QStringLiteral("C20");
        sg.sideEffects = tr("Models load on their first request after a while unused (a cold "
                            "load adds latency); suited to similar models that are not all busy "
                            "at once.");
        sg.latency = LatencyEffect::Higher;
        sg.confidence = Confidence::Medium;
    };
    for (StageKind kind : kAllStageKinds) {
        const ComponentList &components = ctx.project().stage(kind).components;
        std::vector<bool> folded(components.size(), false);
        for (int a = 0; a < int(components.size()); ++a) {
            const auto *first = std::get_if<EndpointSpec>(&components[std::size_t(a)].spec);
            if (!first || !shared(*first) || folded[std::size_t(a)])
                continue;
            for (int b = a + 1; b < int(components.size()); ++b) {
                const auto *second = std::get_if<EndpointSpec>(&components[std::size_t(b)].spec);
                if (!second || !shared(*second) || folded[std::size_t(b)]
                    || second->instance != first->instance || !sameWork(*first, *second))
                    continue;
                folded[std::size_t(b)] = true;
                Suggestion sg = make(kind, b);
                sg.practice = tr("Host the endpoints behind one multi-model endpoint");
                sg.title =
                    tr("Host \"%1\" behind the same multi-model endpoint as \"%2\"")
                        .arg(components[std::size_t(b)].name, components[std::size_t(a)].name);
                sg.description = tr("Sharing endpoint resources is more sustainable than one "
                                    "endpoint per model: AWS cites up to 90 % lower inference "
                                    "cost and carbon (C20). The copy serves both from one "
                                    "endpoint with the larger instance count and the combined "
                                    "load.");
                describe(sg);
                const EndpointSpec one = *first;
                const EndpointSpec two = *second;
                sg.change = [kind, a, b, one, two](ProjectEdit &edit) {
                    auto *target = edit.spec<EndpointSpec>(kind, a);
                    if (!target || !edit.component(kind, b))
                        return;
                    target->count = std::max(one.count, two.count);
                    target->modelsHosted = one.modelsHosted + two.modelsHosted;
                    if (target->work && two.work) {
                        // Totals over each one's hours (a monthly rate times its hours).
                        const double requests =
                            one.servedWork()->requests + two.servedWork()->requests;
                        target->work = one.servedWork();
                        target->work->requests = requests;
                    } else
                        target->utilization =
                            std::min(1.0,
                                     (one.utilization * one.count + two.utilization * two.count)
                                         / target->count);
                    target->hoursProvisioned = std::max(one.hoursProvisioned, two.hoursProvisioned);
                    edit.remove(kind, b);
                };
                result.push_back(std::move(sg));
            }
            if (first->modelsHosted < 2 || first->count < first->modelsHosted)
                continue;
            const double load = RuleSupport::endpointLoad(ctx, *first);
            const int count = std::max(1, int(std::ceil(first->count * load / kTarget)));
            if (count >= first->count)
                continue;
            Suggestion sg = make(kind, a);
            sg.practice = tr("Serve several models from one multi-model endpoint");
            sg.title = tr("Serve the %1 models of \"%2\" from one multi-model endpoint on %n "
                          "instance(s)",
                          nullptr, count)
                           .arg(first->modelsHosted)
                           .arg(components[std::size_t(a)].name);
            sg.description = tr("%1 instances at %2 load host %3 models. Behind one multi-model "
                                "endpoint (up to 90 % lower inference cost and carbon, C20) they "
                                "share %n instance(s). Assumption: the load packs at up to 75 % "
                                "utilization.",
                                nullptr, count)
                                 .arg(first->count)
                                 .arg(RuleSupport::percent(load, 1))
                                 .arg(first->modelsHosted);
            describe(sg);
            sg.change = RuleSupport::resizeEndpoint(kind, a, *first, count);
            result.push_back(std::move(sg));
        }
    }
    return result;
}

std::unique_ptr<Rule> makeMultiModelEndpointRule()
{
    return std::make_unique<MultiModelEndpointRule>();
}

} // namespace greenprint
