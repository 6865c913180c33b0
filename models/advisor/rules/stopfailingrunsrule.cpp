// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to training jobs on accelerators. Informational: the plan counts no
// failed runs, so nothing is saved on it as written. The description gives what
// each failed run stopped early would save at most (the job's own kgCO2e): no
// source publishes a failure rate or a detection time.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/rulesupport.h"
#include "numberformat.h"

#include <QCoreApplication>

namespace greenprint {

/** Stop failing training runs early with SageMaker Debugger. The comment atop this file says when
 * it applies, what it changes and its source. */
class StopFailingRunsRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::StopFailingRunsRule)

public:
    StopFailingRunsRule()
        : Rule(QStringLiteral("stop-failing-runs"), StageKind::Training)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> StopFailingRunsRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEach<ComputeSpec>([&](StageKind kind, int i, const Component &c, const ComputeSpec &) {
        if (kind != StageKind::Training)
            return;
        const InstanceSpec *spec = ctx.instance(c.instance());
        const ComponentEstimate *estimate = ctx.estimate(kind, i);
        if (!spec || spec->acceleratorCount <= 0 || !estimate)
            return;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Let SageMaker Debugger stop runs that go wrong");
        sg.title = tr("Let SageMaker Debugger stop \"%1\" when it goes wrong").arg(c.name);
        sg.description =
            tr("Debugger's built-in rules (system bottlenecks, overfitting, "
               "saturated activations) stop a training job as soon as they detect "
               "a problem. This plan counts no failed runs, so it saves nothing on "
               "the plan as written; each run of this job that fails and is stopped "
               "early saves up to its %1 kgCO2e and %2 hours.")
                .arg(NumberFormat::inText(estimate->footprint.co2e.kg / estimate->runs),
                     NumberFormat::inText(estimate->hoursPerRun().h));
        sg.source = QStringLiteral("guidance (no published figure)");
        sg.sideEffects = tr("A rule that fires wrongly stops a healthy run; tune the rules' "
                            "thresholds.");
        sg.confidence = Confidence::Low;
        sg.informational = true;
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeStopFailingRunsRule()
{
    return std::make_unique<StopFailingRunsRule>();
}

} // namespace greenprint
