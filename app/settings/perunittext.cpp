// SPDX-License-Identifier: GPL-3.0-or-later
#include "perunittext.h"

#include "domain/names.h"
#include "engine/functionalunits.h"

namespace greenprint {

QString PerUnitText::figures(const PerUnit &perUnit, const UnitFormatter &units)
{
    if (!perUnit.co2eKgPerUnit || !perUnit.energyKWhPerUnit) {
        if (perUnit.units > 0.0)
            return tr("%1: not estimated").arg(functionalUnitDisplayName(perUnit.functionalUnit));
        if (perUnit.functionalUnit == FunctionalUnit::ThousandRequests)
            return tr("no figure per 1,000 requests: state the requests the endpoints serve");
        return tr("no figure %1: nothing countable is planned")
            .arg(functionalUnitDisplayName(perUnit.functionalUnit));
    }
    return tr("%1 and %2 %3")
        .arg(units.carbon(*perUnit.co2eKgPerUnit), units.energy(*perUnit.energyKWhPerUnit),
             functionalUnitDisplayName(perUnit.functionalUnit));
}

QString PerUnitText::allFigures(const PerUnit &perUnit,
                                const std::optional<PerUnit> &perMillionTokens,
                                const UnitFormatter &units)
{
    if (!perMillionTokens)
        return figures(perUnit, units);
    return tr("%1; %2").arg(figures(perUnit, units), figures(*perMillionTokens, units));
}

QStringList PerUnitText::summaryLines(const Estimate &estimate, const UnitFormatter &units)
{
    QStringList lines{
        tr("Whole plan: %1").arg(allFigures(estimate.perUnit, estimate.perMillionTokens, units))};
    for (const StageEstimate &stage : estimate.stages) {
        if (stage.components.empty())
            continue;
        lines << tr("%1: %2").arg(stageDisplayName(stage.kind, stage.name),
                                  allFigures(stage.perUnit, stage.perMillionTokens, units));
    }
    return lines;
}

QString PerUnitText::method()
{
    return tr("Per unit of work in the form of the Software Carbon Intensity specification "
              "(ISO/IEC 21031): (E × I + M) per R, operational carbon (energy × grid "
              "intensity) plus embodied carbon, divided by the units delivered: pipeline runs, "
              "notebook weeks, training runs, or 1,000 requests served. A training run is one "
              "run of the training job that draws the most energy in a run; the stage's other "
              "jobs, a nightly evaluation say, count towards it. The whole plan is counted per "
              "1,000 requests when it serves any, so training is amortised over them. Where "
              "every endpoint and job serving requests states its tokens per request, inference "
              "and the whole plan are also counted per 1 M tokens served, prompt and output "
              "tokens together.");
}

} // namespace greenprint
