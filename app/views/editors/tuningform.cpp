// SPDX-License-Identifier: GPL-3.0-or-later
#include "tuningform.h"

#include "commands/componentfields.h"
#include "commands/workfields.h"
#include "domain/names.h"

#include <algorithm>

namespace greenprint {

using namespace ComponentField;

TuningForm::TuningForm(const EditorContext &context, QWidget *parent)
    : ComponentForm(ComponentType::Tuning, context, parent)
{
    addInstanceField(tr("The instance type each trial runs on."));
    addInt<Count>(tr("&Count:"), QStringLiteral("count"), tr(" per trial"), 1, 10000,
                  tr("Instances per trial."), ref());
    addCombo<TuningStrategyField>(
        tr("&Strategy:"), QStringLiteral("strategy"),
        {{tr("Grid"), TuningStrategy::Grid},
         {tr("Random"), TuningStrategy::Random},
         {tr("Bayesian"), TuningStrategy::Bayesian},
         {tr("Hyperband"), TuningStrategy::Hyperband}},
        tr("The search strategy (recorded for reports; the trial count drives the estimate)."),
        ref());
    addInt<TuningTrials>(tr("&Trials:"), QStringLiteral("trials"), tr(" trials"), 1, 1000000,
                         tr("Number of training jobs the tuner launches."), ref());
    QDoubleSpinBox *hours = addDouble<TuningHoursPerTrial>(
        tr("&Hours per trial:"), QStringLiteral("hoursPerTrial"), tr(" h"), 0.0, 1e5, 2,
        tr("Wall-clock hours of one trial."), ref());
    QDoubleSpinBox *utilization =
        addUtilization<TuningUtilization>(tr("&Utilization:"), QStringLiteral("utilization"),
                                          tr("Average load of each instance during a trial."));
    addWorkFields(WorkSpec::Kind::Training, true, hours,
                  [this](double derived, double load, QUndoCommand *macro) {
                      const int trials = std::max(1, TuningTrials::get(*document(), target()));
                      new ChangeValue<TuningHoursPerTrial>(document(), target(), derived / trials,
                                                           macro);
                      new ChangeValue<TuningUtilization>(document(), target(), load, macro);
                  });
    hideWhileSizedByWork(utilization);
}

} // namespace greenprint
