// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointform.h"

#include "commands/componentfields.h"
#include "commands/workfields.h"
#include "domain/names.h"

namespace greenprint {

using namespace ComponentField;

EndpointForm::EndpointForm(const EditorContext &context, QWidget *parent)
    : ComponentForm(ComponentType::Endpoint, context, parent)
{
    addCombo<EndpointModeField>(tr("&Mode:"), QStringLiteral("mode"),
                                {{tr("Real-time"), EndpointMode::RealTime},
                                 {tr("Asynchronous"), EndpointMode::Async},
                                 {tr("Serverless"), EndpointMode::Serverless},
                                 {tr("Batch transform"), EndpointMode::Batch}},
                                tr("How the model is served."), ref());
    addInstanceField(tr("The instance type behind the endpoint."));
    addInt<Count>(tr("&Count:"), QStringLiteral("count"), tr(" instances"), 1, 100000,
                  tr("Instances behind the endpoint."), ref());
    addDouble<EndpointHours>(tr("&Hours provisioned:"), QStringLiteral("hoursProvisioned"),
                             tr(" h"), 0.0, 1e6, 1,
                             tr("Hours the endpoint is up over the plan: always on for a year "
                                "is 8760 h (a new endpoint's hours), for a month 730 h. Its "
                                "requests per month are served over these hours."),
                             ref());
    QWidget *utilization =
        addUtilization<EndpointUtilization>(tr("&Utilization:"), QStringLiteral("utilization"),
                                            tr("Average load while provisioned. Real-time "
                                               "endpoints often idle at 10–30 %."));
    addInt<EndpointModels>(tr("M&odels hosted:"), QStringLiteral("modelsHosted"), tr(" models"), 1,
                           10000, tr("Models sharing the endpoint (multi-model endpoints)."),
                           ref());
    // Inference work is served over the hours provisioned, which stay.
    addWorkFields(WorkSpec::Kind::Inference, false, nullptr, {});
    // Sized by work, the busy hours and their load come from the work: the field counts for
    // nothing then, so it is not shown (the derived line shows the load applied).
    hideWhileSizedByWork(utilization);
}

} // namespace greenprint
