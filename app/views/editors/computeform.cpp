// SPDX-License-Identifier: GPL-3.0-or-later
#include "computeform.h"

#include "commands/componentfields.h"
#include "commands/workfields.h"
#include "domain/names.h"

namespace greenprint {

using namespace ComponentField;

ComputeForm::ComputeForm(const EditorContext &context, QWidget *parent)
    : ComponentForm(ComponentType::Compute, context, parent)
{
    addInstanceField(tr("The EC2 instance type. Its idle and maximum power, embodied carbon and "
                        "price come from the reference data or your own catalog."));
    addInt<Count>(tr("&Count:"), QStringLiteral("count"), tr(" instances"), 1, 100000,
                  tr("How many instances run in parallel."), ref());
    QDoubleSpinBox *hours =
        addDouble<ComputeHours>(tr("&Hours:"), QStringLiteral("hours"), tr(" h"), 0.0, 1e6, 1,
                                tr("Wall-clock hours each instance runs."), ref());
    QDoubleSpinBox *utilization =
        addUtilization<ComputeUtilization>(tr("&Utilization:"), QStringLiteral("utilization"),
                                           tr("Average load of each instance over those hours; "
                                              "power is interpolated between idle (0 %) and "
                                              "maximum (100 %)."));
    addOptionalDouble<ComputeMeasuredPower>(
        tr("&Measured power:"), QStringLiteral("measuredPowerW"), tr(" W"), 0.0, 100000.0, 0,
        tr("Not measured"),
        tr("Average power you measured per instance (watts, before PUE). Replaces the "
           "utilization-based estimate when set."),
        ref());
    addCombo<ComputePricing>(tr("&Pricing:"), QStringLiteral("pricing"),
                             {{tr("On-Demand"), Pricing::OnDemand}, {tr("Spot"), Pricing::Spot}},
                             tr("Spot capacity is billed at the spot discount; energy and "
                                "carbon are the same."),
                             ref());
    addWorkFields(WorkSpec::Kind::Training, true, hours,
                  [this](double derived, double load, QUndoCommand *macro) {
                      new ChangeValue<ComputeHours>(document(), target(), derived, macro);
                      new ChangeValue<ComputeUtilization>(document(), target(), load, macro);
                  });
    hideWhileSizedByWork(utilization);
}

} // namespace greenprint
