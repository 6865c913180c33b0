// SPDX-License-Identifier: GPL-3.0-or-later
#include "computeform.h"

#include "commands/componentfields.h"
#include "commands/workfields.h"
#include "domain/names.h"

#include <QLabel>
#include <QLocale>

namespace greenprint {

using namespace ComponentField;

ComputeForm::ComputeForm(const EditorContext &context, QWidget *parent)
    : ComponentForm(ComponentType::Compute, context, parent)
{
    addInstanceField(tr("The EC2 instance type. Its idle and maximum power, embodied carbon and "
                        "price come from the reference data or your own catalog."));
    addInt<Count>(tr("&Count:"), QStringLiteral("count"), tr(" instances"), 1, 100000,
                  tr("How many instances run in parallel."), ref());
    QDoubleSpinBox *hours = addDouble<ComputeHours>(
        tr("&Hours:"), QStringLiteral("hours"), tr(" h"), 0.0, 1e6, 1,
        tr("Wall-clock hours each instance runs (each run, for a recurring job)."), ref());
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
    addRecurrenceFields();
    addWorkFields(WorkSpec::Kind::Training, true, hours,
                  [this](double derived, double load, QUndoCommand *macro) {
                      new ChangeValue<ComputeHours>(document(), target(), derived, macro);
                      new ChangeValue<ComputeUtilization>(document(), target(), load, macro);
                  });
    hideWhileSizedByWork(utilization);
}

void ComputeForm::addRecurrenceFields()
{
    addCombo<ComputeRecurrenceEvery>(
        tr("&Runs:"), QStringLiteral("recurrence.every"),
        {{tr("Once"), std::nullopt},
         {tr("Every day"), RecurrencePeriod::Day},
         {tr("Every week"), RecurrencePeriod::Week},
         {tr("Every month"), RecurrencePeriod::Month}},
        tr("A job that runs again and again (a weekly ETL, a nightly retraining): the hours or "
           "work above are one run's, and the estimate counts every run."),
        ref());
    QDoubleSpinBox *months = addDouble<ComputeRecurrenceMonths>(
        tr("F&or:"), QStringLiteral("recurrence.months"), tr(" months"), 0.1, 1200.0, 1,
        tr("How long the job keeps recurring. A month is 730 h (8760 h / 12), so weekly for 12 "
           "months is 52.1 runs and daily for 12 months 365."),
        ref());
    auto *runs = new QLabel(this);
    runs->setObjectName(QStringLiteral("recurrence.runs"));
    addRow(tr("Run count:"), runs,
           tr("Runs the estimate counts: the months × 730 h divided by the hours between runs "
              "(24, 168 or 730)."));
    addRefresher([this, months, runs] {
        const auto *spec = std::get_if<ComputeSpec>(&document()->component(target())->spec);
        const bool recurs = spec && spec->recurrence;
        setRowShown(months, recurs);
        setRowShown(runs, recurs);
        if (recurs)
            runs->setText(tr("%1 runs").arg(QLocale().toString(spec->runs(), 'f', 1)));
    });
}

} // namespace greenprint
