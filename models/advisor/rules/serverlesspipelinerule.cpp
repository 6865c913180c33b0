// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to data-processing compute jobs with stated hours busy less than half
// the time: the signature of an always-on cluster. The copy keeps only the busy
// hours (hours x utilization) at full load, which is how the estimator counts a
// serverless endpoint without work.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"
#include "numberformat.h"

#include <QCoreApplication>

namespace greenprint {

/** Run a mostly idle processing cluster as a serverless, on-demand pipeline (AWS Glue, Step
 * Functions). The comment atop this file says when it applies, what it changes and its source. */
class ServerlessPipelineRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ServerlessPipelineRule)

public:
    ServerlessPipelineRule()
        : Rule(QStringLiteral("serverless-pipeline"), StageKind::DataProcessing)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

constexpr double kMostlyIdle = 0.5;

} // namespace

std::vector<Suggestion> ServerlessPipelineRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const StageKind kind = StageKind::DataProcessing;
    const ComponentList &components = ctx.project().stage(kind).components;
    for (int i = 0; i < int(components.size()); ++i) {
        const auto *c = std::get_if<ComputeSpec>(&components[std::size_t(i)].spec);
        if (!c || c->work || c->utilization >= kMostlyIdle || c->hours <= 0.0)
            continue;
        const InstanceSpec *spec = ctx.instance(c->instance);
        if (!spec || spec->origin == DataOrigin::Project)
            continue;
        Suggestion s = make(kind, i);
        s.practice = tr("Run as serverless pipelines (AWS Glue, Step Functions)");
        s.title = tr("Run \"%1\" as a serverless pipeline (AWS Glue, Step Functions)")
                      .arg(components[std::size_t(i)].name);
        s.description = tr("The cluster is busy %1 of its %2 hours. An event-driven serverless "
                           "pipeline provisions capacity only while work runs: the copy keeps "
                           "the busy %3 hours at full load, as the estimator counts serverless "
                           "endpoints. Assumption: the same instance type stands in for the "
                           "serverless capacity.")
                            .arg(RuleSupport::percent(c->utilization))
                            .arg(NumberFormat::inText(c->hours))
                            .arg(NumberFormat::inText(c->hours * c->utilization));
        s.source = QStringLiteral("estimator (busy hours at full load)");
        s.sideEffects = tr("Jobs start on demand (start-up time per run); long-running Spark "
                           "jobs may need rework for Glue.");
        s.confidence = Confidence::Medium;
        const double hours = c->hours * c->utilization;
        s.change = [kind, i, hours](ProjectEdit &edit) {
            if (auto *job = edit.spec<ComputeSpec>(kind, i)) {
                job->hours = hours;
                job->utilization = 1.0;
            }
        };
        result.push_back(std::move(s));
    }
    return result;
}

std::unique_ptr<Rule> makeServerlessPipelineRule()
{
    return std::make_unique<ServerlessPipelineRule>();
}

} // namespace greenprint
