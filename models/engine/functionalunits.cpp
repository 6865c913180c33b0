// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionalunits.h"

#include <QCoreApplication>

#include <algorithm>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::FunctionalUnits)
};

constexpr double kRequestsPerUnit = 1000.0;
constexpr double kTokensPerUnit = 1e6;

/** The work a compute job does in one run, or an endpoint serves (requests as a total). */
std::optional<WorkSpec> inferenceWorkOf(const Component &component)
{
    if (const auto *compute = std::get_if<ComputeSpec>(&component.spec))
        return compute->work.toOptional();
    if (const auto *endpoint = std::get_if<EndpointSpec>(&component.spec))
        return endpoint->servedWork();
    return std::nullopt;
}

double notebookWeeks(const Stage &stage)
{
    double weeks = 0.0;
    for (const Component &c : stage.components) {
        if (const auto *notebook = std::get_if<NotebookSpec>(&c.spec))
            weeks += notebook->weeks * notebook->count; // notebook-weeks: each notebook counts
    }
    return weeks;
}

/**
 * The runs a stage delivers: those of its most frequent recurring job (a weekly ETL
 * makes 52.1 pipeline runs a year, its one-off backfill is shared among them), 1
 * without one, 0 when nothing is planned (no figure per unit then).
 */
double stageRuns(const Stage &stage)
{
    if (stage.components.empty())
        return 0.0;
    double runs = 1.0;
    for (const Component &c : stage.components) {
        if (const auto *compute = std::get_if<ComputeSpec>(&c.spec); compute && compute->recurrence)
            runs = std::max(runs, compute->runs());
    }
    return runs;
}

/** Facility energy of one run of `c`, then its instance-hours in one run: the order of size. */
std::pair<double, double> oneRunSize(const ComponentEstimate &c)
{
    const double runs = c.runs > 0.0 ? c.runs : 1.0;
    return {c.footprint.energy.kWh / runs, c.count * c.hoursPerRun().h};
}

} // namespace

std::optional<std::size_t> mainTrainingJob(const StageEstimate &training)
{
    std::optional<std::size_t> main;
    for (std::size_t i = 0; i < training.components.size(); ++i) {
        const ComponentEstimate &c = training.components[i];
        if (c.type != ComponentType::Compute)
            continue;
        if (!main || oneRunSize(c) > oneRunSize(training.components[*main]))
            main = i;
    }
    return main;
}

namespace {

/** R of the training stage: the runs of its main job (mainTrainingJob()), 1 without one. */
double trainingRuns(const StageEstimate &training)
{
    if (training.components.empty())
        return 0.0;
    const std::optional<std::size_t> main = mainTrainingJob(training);
    return main ? training.components[*main].runs : 1.0;
}

PerUnit stagePerUnit(const Stage &stage, const StageEstimate &estimate)
{
    const Footprint &footprint = estimate.footprint;
    switch (stage.kind) {
    case StageKind::DataProcessing:
        return perUnitOf(footprint, FunctionalUnit::PipelineRun, stageRuns(stage));
    case StageKind::ModelBuilding: {
        const bool hasNotebooks =
            std::any_of(stage.components.begin(), stage.components.end(),
                        [](const Component &c) { return c.type() == ComponentType::Notebook; });
        if (hasNotebooks)
            return perUnitOf(footprint, FunctionalUnit::NotebookWeek, notebookWeeks(stage));
        return perUnitOf(footprint, FunctionalUnit::ModelBuildingRun, stageRuns(stage));
    }
    case StageKind::Training:
        return perUnitOf(footprint, FunctionalUnit::TrainingRun, trainingRuns(estimate));
    case StageKind::Inference:
        return perUnitOf(footprint, FunctionalUnit::ThousandRequests,
                         requestsServed(stage) / kRequestsPerUnit);
    }
    return {};
}

/**
 * States which job the training stage is counted per run of, when another of its compute
 * jobs runs a different number of times (a nightly evaluation beside one fine-tune).
 */
void noteMainTrainingJob(const StageEstimate &training, QStringList &assumptions)
{
    const std::optional<std::size_t> main = mainTrainingJob(training);
    if (!main)
        return;
    const ComponentEstimate &job = training.components[*main];
    QStringList others;
    for (const ComponentEstimate &c : training.components) {
        if (c.type == ComponentType::Compute && &c != &job && c.runs != job.runs)
            others << Tr::tr("\"%1\" (%2)").arg(c.name, QString::number(c.runs, 'f', 1));
    }
    if (others.isEmpty())
        return;
    assumptions << Tr::tr("Per training run: R = %1, the runs of \"%2\", the training job "
                          "that draws the most energy in one run; the runs of %3 are shared "
                          "among them")
                       .arg(QString::number(job.runs, 'f', 1), job.name,
                            others.join(QStringLiteral(", ")));
}

} // namespace

PerUnit perUnitOf(const Footprint &footprint, FunctionalUnit unit, double units)
{
    PerUnit perUnit;
    perUnit.functionalUnit = unit;
    perUnit.units = units;
    // A partial footprint divided by R is no figure either (FigureStatus::NotEstimated).
    if (units > 0.0 && footprint.complete) {
        perUnit.co2eKgPerUnit = footprint.co2e.kg / units;
        perUnit.energyKWhPerUnit = footprint.energy.kWh / units;
    }
    return perUnit;
}

namespace {

/**
 * Calls `serve(component, work, requests)` for every component of `stage` whose inference
 * work serves requests: `work` as served (an endpoint's monthly rate made its total over
 * the hours provisioned), `requests` over the plan (each run's for a recurring job).
 */
template<typename Serve>
void forEachRequestServer(const Stage &stage, Serve serve)
{
    for (const Component &c : stage.components) {
        const std::optional<WorkSpec> work = inferenceWorkOf(c);
        if (!work || work->kind != WorkSpec::Kind::Inference)
            continue;
        const auto *compute = std::get_if<ComputeSpec>(&c.spec);
        serve(c, *work, work->requests * (compute ? compute->runs() : 1.0)); // each run's
    }
}

/** States under the assumptions how R per 1 M tokens was counted, or why there is none. */
void noteTokensServed(const TokensServed &served, QStringList &assumptions)
{
    if (!served.withoutTokens.isEmpty()) {
        QStringList names;
        for (const QString &name : served.withoutTokens)
            names << u'"' + name + u'"';
        assumptions << Tr::tr("No figure per 1 M tokens served: these components serve requests "
                              "but state no tokens per request: %1. The stage's footprint is "
                              "not divided by the tokens of the other components alone")
                           .arg(names.join(QStringLiteral(", ")));
    } else if (const std::optional<double> units = served.millionTokens()) {
        assumptions << Tr::tr("Per 1 M tokens served: R = %1 million tokens, the requests "
                              "served times the tokens per request (prompt and output tokens "
                              "together) of every endpoint and job that serves requests")
                           .arg(QString::number(*units, 'f', 1));
    }
}

} // namespace

double requestsServed(const Stage &stage)
{
    double requests = 0.0;
    forEachRequestServer(stage, [&requests](const Component &, const WorkSpec &, double served) {
        requests += served;
    });
    return requests;
}

std::optional<double> TokensServed::millionTokens() const
{
    if (tokens <= 0.0 || !withoutTokens.isEmpty())
        return std::nullopt;
    return tokens / kTokensPerUnit;
}

TokensServed tokensServed(const Stage &stage)
{
    TokensServed served;
    forEachRequestServer(stage,
                         [&served](const Component &c, const WorkSpec &work, double requests) {
                             if (requests <= 0.0)
                                 return; // serves no request: no token to count
                             if (work.tokensPerRequest > 0.0)
                                 served.tokens += requests * work.tokensPerRequest;
                             else
                                 served.withoutTokens << c.name;
                         });
    return served;
}

void assignPerUnitFigures(const Project &project, Estimate &estimate)
{
    for (StageEstimate &stageEstimate : estimate.stages) {
        stageEstimate.perUnit = stagePerUnit(project.stage(stageEstimate.kind), stageEstimate);
        if (stageEstimate.kind == StageKind::Training)
            noteMainTrainingJob(stageEstimate, estimate.assumptions);
    }

    const Stage &inference = project.stage(StageKind::Inference);
    const TokensServed tokens = tokensServed(inference);
    if (const std::optional<double> units = tokens.millionTokens()) {
        for (StageEstimate &stageEstimate : estimate.stages) {
            if (stageEstimate.kind == StageKind::Inference)
                stageEstimate.perMillionTokens =
                    perUnitOf(stageEstimate.footprint, FunctionalUnit::MillionTokens, *units);
        }
        estimate.perMillionTokens =
            perUnitOf(estimate.total, FunctionalUnit::MillionTokens, *units);
    }
    noteTokensServed(tokens, estimate.assumptions);

    const double requests = requestsServed(inference);
    const auto training =
        std::find_if(estimate.stages.begin(), estimate.stages.end(),
                     [](const StageEstimate &s) { return s.kind == StageKind::Training; });
    if (requests > 0.0) {
        estimate.perUnit = perUnitOf(estimate.total, FunctionalUnit::ThousandRequests,
                                     requests / kRequestsPerUnit);
    } else if (training != estimate.stages.end() && !training->components.empty()) {
        estimate.perUnit =
            perUnitOf(estimate.total, FunctionalUnit::TrainingRun, trainingRuns(*training));
    } else {
        estimate.perUnit = perUnitOf(estimate.total, FunctionalUnit::Plan, 1.0);
    }
}

QString functionalUnitText(FunctionalUnit unit)
{
    switch (unit) {
    case FunctionalUnit::PipelineRun:
        return QStringLiteral("pipeline run");
    case FunctionalUnit::NotebookWeek:
        return QStringLiteral("notebook week");
    case FunctionalUnit::ModelBuildingRun:
        return QStringLiteral("model-building round");
    case FunctionalUnit::TrainingRun:
        return QStringLiteral("training run");
    case FunctionalUnit::ThousandRequests:
        return QStringLiteral("1,000 requests");
    case FunctionalUnit::MillionTokens:
        return QStringLiteral("1 M tokens served");
    case FunctionalUnit::Plan:
        return QStringLiteral("plan");
    }
    return {};
}

QString functionalUnitDisplayName(FunctionalUnit unit)
{
    switch (unit) {
    case FunctionalUnit::PipelineRun:
        return Tr::tr("per pipeline run");
    case FunctionalUnit::NotebookWeek:
        return Tr::tr("per notebook week");
    case FunctionalUnit::ModelBuildingRun:
        return Tr::tr("per model-building round");
    case FunctionalUnit::TrainingRun:
        return Tr::tr("per training run");
    case FunctionalUnit::ThousandRequests:
        return Tr::tr("per 1,000 requests");
    case FunctionalUnit::MillionTokens:
        return Tr::tr("per 1 M tokens served");
    case FunctionalUnit::Plan:
        return Tr::tr("for the whole plan");
    }
    return {};
}

} // namespace greenprint
