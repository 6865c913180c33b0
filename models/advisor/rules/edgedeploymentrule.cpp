// SPDX-License-Identifier: GPL-3.0-or-later
// Applies when the project says it serves edge devices (constraints.
// servesEdgeDevices) and has endpoints. The copy drops the cloud endpoints: the
// compressed model runs on the devices (SageMaker Edge Manager, Neo, IoT
// Greengrass). The devices' own energy is outside this plan and not counted; the
// suggestion says so and its confidence is low.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"

#include <QCoreApplication>

namespace greenprint {

/** Run inference on the edge devices the project serves. The comment atop this file says when it
 * applies, what it changes and its source. */
class EdgeDeploymentRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::EdgeDeploymentRule)

public:
    EdgeDeploymentRule()
        : Rule(QStringLiteral("edge-deployment"), StageKind::Inference)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> EdgeDeploymentRule::suggest(const RuleContext &ctx) const
{
    if (!ctx.constraints().servesEdgeDevices)
        return {};
    const StageKind kind = StageKind::Inference;
    std::vector<int> endpoints;
    const ComponentList &components = ctx.project().stage(kind).components;
    for (int i = 0; i < int(components.size()); ++i) {
        if (components[std::size_t(i)].type() == ComponentType::Endpoint)
            endpoints.push_back(i);
    }
    if (endpoints.empty())
        return {};
    Suggestion sg = make(kind, -1);
    sg.title = tr("Run inference on the edge devices");
    sg.description = tr("The project serves devices: a model compiled with Neo and compressed "
                        "by pruning and quantization can run on them (SageMaker Edge Manager, "
                        "AWS IoT Greengrass). The copy drops the %n cloud endpoint(s). Not "
                        "counted: the energy the devices use to run the model, which is outside "
                        "this plan.",
                        nullptr, int(endpoints.size()));
    sg.source = QStringLiteral("estimator (the dropped endpoints)");
    sg.sideEffects = tr("The compressed model can be less accurate; devices need the memory and "
                        "compute, and model updates must reach them.");
    sg.accuracyAtRisk = true;
    sg.latency = LatencyEffect::Lower;
    sg.confidence = Confidence::Low;
    sg.change = [kind, endpoints](ProjectEdit &edit) {
        for (int i : endpoints)
            edit.remove(kind, i);
    };
    return {sg};
}

std::unique_ptr<Rule> makeEdgeDeploymentRule()
{
    return std::make_unique<EdgeDeploymentRule>();
}

} // namespace greenprint
