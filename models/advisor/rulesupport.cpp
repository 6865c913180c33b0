// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulesupport.h"

#include "feasibility.h"

#include "engine/worksizing.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace greenprint::RuleSupport {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::RuleSupport)
};
} // namespace

QString percent(double fraction, int decimals)
{
    return QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', decimals);
}

std::optional<double> claimValue(const ReferenceData &reference, const QString &id)
{
    const Claim *claim = reference.claim(id);
    if (!claim || !claim->value)
        return std::nullopt;
    if (claim->unit.startsWith(u'%'))
        return *claim->value / 100.0;
    return *claim->value;
}

std::optional<double> measuredRatio(const ReferenceData &reference, int run, const QString &phase,
                                    const QString &baselinePhase)
{
    const Measurement *a = reference.measurement(run, phase);
    const Measurement *b = reference.measurement(run, baselinePhase);
    if (!a || !b || !a->joulesPerUnit || !b->joulesPerUnit || *b->joulesPerUnit <= 0.0)
        return std::nullopt;
    return *a->joulesPerUnit / *b->joulesPerUnit;
}

std::optional<MeasuredRatio> compiledModelRatio(const ReferenceData &reference)
{
    const std::optional<double> ratio =
        measuredRatio(reference, 2, QStringLiteral("train_bert_bf16_b32_compiled"),
                      QStringLiteral("train_bert_bf16_b32"));
    if (!ratio)
        return std::nullopt;
    return MeasuredRatio{*ratio, QStringLiteral("measured:h100 torch.compile vs eager (run 2)")};
}

std::vector<Suggestion> compiledCopies(const RuleContext &ctx, const CompiledCopy &copy)
{
    std::vector<Suggestion> result;
    const std::optional<MeasuredRatio> compiled = compiledModelRatio(ctx.reference());
    if (!compiled)
        return result;
    const QString saving = percent(1.0 - compiled->ratio);
    ctx.forEachComponent([&](StageKind kind, int i, const Component &c) {
        if (busyTimeFactorApplied(c, compiled->source))
            return; // compiled already (by this rule or its sibling)
        std::optional<Suggestion> sg = copy(kind, i, c, saving);
        if (!sg)
            return;
        sg->source = compiled->source;
        sg->change = scaleBusyTime(kind, i, compiled->ratio, compiled->source);
        result.push_back(std::move(*sg));
    });
    return result;
}

std::optional<double> effectiveThroughput(const InstanceSpec &instance, WorkTask task,
                                          const MethodData &method)
{
    if (instance.acceleratorCount > 0) {
        const AcceleratorSpec *accelerator = method.accelerator(instance.accelerator);
        const std::optional<double> peak =
            accelerator ? accelerator->peak(Precision::Bf16) : std::nullopt;
        // A fitted generation at a nominal 1e9-parameter model, else the class assumption.
        std::optional<double> achieved;
        if (const AchievedUtilizationFit *fit = method.utilizationFit(instance.accelerator, task))
            achieved = fit->central(1e9);
        else if (const AchievedUtilization *mfu =
                     method.utilization(acceleratorClass(instance), task))
            achieved = mfu->central;
        if (!peak) {
            // A published achieved rate is sustained already: no fraction of peak on top.
            if (const AchievedThroughput *rate =
                    method.achievedThroughput(instance.accelerator, task))
                return instance.acceleratorCount * rate->tflopsPerDevice();
            return std::nullopt;
        }
        if (!achieved)
            return std::nullopt;
        return instance.acceleratorCount * *peak * *achieved;
    }
    const std::optional<double> perVcpu = method.cpuRelativePerVcpu(instance.cpuMicroarchitecture);
    if (!perVcpu || instance.vcpus <= 0)
        return std::nullopt;
    return instance.vcpus * *perVcpu;
}

Project stageAlone(const Project &project, StageKind kind)
{
    Project single;
    single.settings = project.settings;
    single.catalogInstances = project.catalogInstances;
    single.catalogRegions = project.catalogRegions;
    single.region = project.region;
    single.stage(kind) = project.stage(kind);
    return single;
}

int instanceCount(const Component &component)
{
    if (const auto *c = std::get_if<ComputeSpec>(&component.spec))
        return c->count;
    if (const auto *t = std::get_if<TuningSpec>(&component.spec))
        return t->count;
    if (const auto *e = std::get_if<EndpointSpec>(&component.spec))
        return e->count;
    if (const auto *n = std::get_if<NotebookSpec>(&component.spec))
        return n->count; // four identical notebooks are four instances
    return 0;
}

WorkTask taskOf(const Component &component)
{
    if (const BoxedOptional<WorkSpec> *work = workOf(component); work && *work)
        return (*work)->kind == WorkSpec::Kind::Training ? WorkTask::Training : WorkTask::Inference;
    return component.type() == ComponentType::Endpoint ? WorkTask::Inference : WorkTask::Training;
}

double endpointLoad(const RuleContext &ctx, const EndpointSpec &e)
{
    if (e.mode == EndpointMode::Batch || e.mode == EndpointMode::Serverless)
        return 1.0;
    if (const std::optional<WorkSpec> served = e.servedWork()) {
        if (const InstanceSpec *spec = ctx.instance(e.instance)) {
            QString error;
            if (const auto sizing = sizeWork(*served, *spec, e.count, ctx.reference(), &error)) {
                return e.hoursProvisioned > 0.0
                    ? std::min(1.0, sizing->hoursCentral.h / e.hoursProvisioned)
                    : 0.0;
            }
        }
    }
    return e.utilization;
}

bool busyTimeFactorApplied(const Component &component, const QString &source)
{
    const BoxedOptional<WorkSpec> *work = workOf(component);
    return work && *work && (*work)->busyTimeFactor
        && (*work)->busyTimeFactorSource.split(QStringLiteral("; ")).contains(source);
}

Change scaleBusyTime(StageKind stage, int index, double factor, const QString &source)
{
    return [stage, index, factor, source](ProjectEdit &edit) {
        Component *c = edit.component(stage, index);
        if (!c)
            return;
        // A job sized from work keeps its work: the same work, its busy time x the factor, at
        // the load its work implies (WorkSpec::busyTimeFactor), whatever the kind of job.
        if (BoxedOptional<WorkSpec> *work = workOf(*c); work && *work) {
            WorkSpec scaled = **work;
            scaled.busyTimeFactor = scaled.busyTimeFactor.value_or(1.0) * factor;
            scaled.busyTimeFactorSource = scaled.busyTimeFactorSource.isEmpty()
                ? source
                : scaled.busyTimeFactorSource + QStringLiteral("; ") + source;
            *work = scaled;
            return;
        }
        if (auto *s = std::get_if<ComputeSpec>(&c->spec)) {
            s->hours *= factor;
        } else if (auto *t = std::get_if<TuningSpec>(&c->spec)) {
            t->hoursPerTrial *= factor;
        } else if (auto *e = std::get_if<EndpointSpec>(&c->spec)) {
            // A batch job's hours are its busy time; the others' utilization is their busy
            // share (serverless: of the hours, at full load).
            if (e->mode == EndpointMode::Batch)
                e->hoursProvisioned *= factor;
            else
                e->utilization = std::clamp(e->utilization * factor, 0.0, 1.0);
        } else if (auto *n = std::get_if<NotebookSpec>(&c->spec)) {
            n->activeHoursPerWeek *= factor;
        }
    };
}

std::optional<InstanceChoice> matchThroughput(const RuleContext &ctx, const InstanceSpec &from,
                                              int count, WorkTask task,
                                              const QStringList &candidates)
{
    const MethodData &method = ctx.reference().method;
    const std::optional<double> fromThroughput = effectiveThroughput(from, task, method);
    if (!fromThroughput || *fromThroughput <= 0.0)
        return std::nullopt;
    const double target = *fromThroughput * std::max(1, count);
    // Fewest instances within 25 % of the throughput; else the closest match; on a tie (sizes
    // with the same accelerators) the smaller host, so the order of the candidates never decides.
    const double closeEnough = std::log(1.25);
    std::optional<InstanceChoice> best;
    double bestMismatch = 0.0;
    int bestVcpus = 0;
    const auto better = [&](int n, double mismatch, int vcpus) {
        if (!best)
            return true;
        const bool close = mismatch <= closeEnough;
        const bool bestClose = bestMismatch <= closeEnough;
        if (close != bestClose)
            return close;
        if (close && n != best->count)
            return n < best->count;
        if (std::abs(mismatch - bestMismatch) <= 1e-9)
            return vcpus < bestVcpus;
        return mismatch < bestMismatch;
    };
    for (const QString &id : candidates) {
        const InstanceSpec *to = ctx.instance(id);
        if (!to || to->id == from.id)
            continue;
        const std::optional<double> throughput = effectiveThroughput(*to, task, method);
        if (!throughput || *throughput <= 0.0)
            continue;
        const int n = std::max(1, int(std::lround(target / *throughput)));
        const double mismatch = std::abs(std::log(n * *throughput / target));
        if (better(n, mismatch, to->vcpus)) {
            best = InstanceChoice{to->id, n, target / (n * *throughput), {}, 0};
            bestMismatch = mismatch;
            bestVcpus = to->vcpus;
        }
    }
    return best;
}

namespace {

/** The best match among `candidates`, usable when the job can run on it (feasibility.h). */
CandidateMatch bestFeasibleMatch(const RuleContext &ctx, StageKind stage, int index,
                                 const InstanceSpec &from, int count, WorkTask task,
                                 QStringList candidates)
{
    const Feasibility &feasibility = ctx.feasibility();
    CandidateMatch first{{}, false};
    while (!candidates.isEmpty()) {
        const std::optional<InstanceChoice> choice =
            matchThroughput(ctx, from, count, task, candidates);
        if (!choice)
            break;
        if (!first.choice)
            first.choice = choice;
        // The matched count, then one or two more instances (headroom for a busy endpoint,
        // memory for a sharded job) before the next type.
        for (int extra = 0; extra <= 2; ++extra) {
            InstanceChoice more = *choice;
            more.count = choice->count + extra;
            more.timeFactor = choice->timeFactor * choice->count / more.count;
            // Only the moved component is copied: the plan may hold 100,000 of them.
            ProjectEdit edit(ctx.project());
            switchInstance(stage, index, more)(edit);
            const Component *moved = edit.component(stage, index);
            if (!moved
                || feasibility.check(ctx.project(), stage, *moved, index, &ctx.project(), -1)
                       .isEmpty())
                return {more, true};
        }
        candidates.removeAll(choice->instance);
    }
    return first;
}

} // namespace

std::optional<InstanceChoice> preferOfferedInRegion(const RuleContext &ctx, StageKind stage,
                                                    const CandidateSearch &search)
{
    const CandidateMatch best = search({});
    const QString region = ctx.project().effectiveRegion(ctx.project().stage(stage));
    if (!best.choice || !best.usable
        || ctx.reference().offering(best.choice->instance, region) != Offering::NotOffered)
        return best.choice;
    // The Region does not offer the best match: the next best it offers, or cannot answer
    // for (the advisor then says so). Where there is none, the best match, held back.
    const CandidateMatch next = search(region);
    if (!next.choice || !next.usable)
        return best.choice;
    InstanceChoice fallback = *next.choice;
    fallback.closerNotOffered = best.choice->instance;
    fallback.closerNotOfferedCount = best.choice->count;
    return fallback;
}

std::optional<InstanceChoice> matchFeasibleThroughput(const RuleContext &ctx, StageKind stage,
                                                      int index, const InstanceSpec &from,
                                                      int count, WorkTask task,
                                                      const QStringList &candidates)
{
    return preferOfferedInRegion(ctx, stage, [&](const QString &offeredIn) {
        QStringList offered = candidates;
        if (!offeredIn.isEmpty()) {
            offered.removeIf([&](const QString &id) {
                return ctx.reference().offering(id, offeredIn) == Offering::NotOffered;
            });
        }
        return bestFeasibleMatch(ctx, stage, index, from, count, task, offered);
    });
}

void noteRegionFallback(const RuleContext &ctx, StageKind stage, const InstanceChoice &choice,
                        Suggestion &suggestion)
{
    if (choice.closerNotOffered.isEmpty())
        return;
    const QString region = ctx.project().effectiveRegion(ctx.project().stage(stage));
    suggestion.closerNotOffered =
        QStringLiteral("%1 x %2").arg(choice.closerNotOfferedCount).arg(choice.closerNotOffered);
    suggestion.description += u' '
        + Tr::tr("The closest match, %1 x %2, is not offered in %3 (EC2 offerings of %4): "
                 "%5 x %6 is the best match the Region offers.")
              .arg(choice.closerNotOfferedCount)
              .arg(choice.closerNotOffered, region, ctx.reference().offerings.asOf())
              .arg(choice.count)
              .arg(choice.instance);
}

std::optional<InstanceChoice> matchInFamilies(const RuleContext &ctx, StageKind stage, int index,
                                              const Component &component, const InstanceSpec &from,
                                              int count, WorkTask task, const QStringList &families)
{
    return matchFeasibleThroughput(
        ctx, stage, index, from, count, task,
        instancesOfFamilies(ctx.reference(), families, from, sageMakerUse(stage, component)));
}

QString moveTitle(const QString &sentence, const Component &component, const InstanceChoice &choice)
{
    return sentence.arg(component.name).arg(choice.count).arg(choice.instance);
}

QString moveDescription(const QString &sentence, int count, const InstanceSpec &from,
                        const InstanceChoice &choice)
{
    return sentence.arg(count).arg(from.id).arg(choice.count).arg(choice.instance);
}

Suggestion instanceMove(const RuleContext &ctx, StageKind stage, int index,
                        const InstanceChoice &choice, Suggestion suggestion)
{
    noteRegionFallback(ctx, stage, choice, suggestion);
    suggestion.confidence = Confidence::Medium;
    suggestion.change = switchInstance(stage, index, choice);
    return suggestion;
}

Change resizeEndpoint(StageKind stage, int index, const EndpointSpec &from, int count)
{
    const bool hasWork = from.work.has_value();
    const double utilization = from.utilization * from.count / count;
    return [stage, index, count, hasWork, utilization](ProjectEdit &edit) {
        if (auto *spec = edit.spec<EndpointSpec>(stage, index)) {
            spec->count = count;
            if (!hasWork)
                spec->utilization = std::min(1.0, utilization);
        }
    };
}

Change switchInstance(StageKind stage, int index, const InstanceChoice &choice)
{
    return [stage, index, choice](ProjectEdit &edit) {
        Component *c = edit.component(stage, index);
        if (!c)
            return;
        if (auto *s = std::get_if<ComputeSpec>(&c->spec)) {
            s->instance = choice.instance;
            s->count = choice.count;
            s->measuredPowerW.reset(); // measured on the old hardware
            if (!s->work)
                s->hours *= choice.timeFactor;
        } else if (auto *t = std::get_if<TuningSpec>(&c->spec)) {
            t->instance = choice.instance;
            t->count = choice.count;
            if (!t->work)
                t->hoursPerTrial *= choice.timeFactor;
        } else if (auto *e = std::get_if<EndpointSpec>(&c->spec)) {
            e->instance = choice.instance;
            e->count = choice.count;
            if (!e->work) {
                if (e->mode == EndpointMode::Batch)
                    e->hoursProvisioned *= choice.timeFactor;
                else
                    e->utilization = std::clamp(e->utilization * choice.timeFactor, 0.0, 1.0);
            }
        } else if (auto *n = std::get_if<NotebookSpec>(&c->spec)) {
            n->instance = choice.instance;
        }
    };
}

QString sageMakerUse(StageKind stage, const Component &component)
{
    switch (component.type()) {
    case ComponentType::Notebook:
        return QStringLiteral("notebook");
    case ComponentType::Tuning:
        return QStringLiteral("tuning");
    case ComponentType::Endpoint: {
        const auto &e = std::get<EndpointSpec>(component.spec);
        return e.mode == EndpointMode::Batch ? QStringLiteral("batch_transform")
                                             : QStringLiteral("endpoint");
    }
    default:
        return stage == StageKind::DataProcessing ? QStringLiteral("processing")
                                                  : QStringLiteral("training");
    }
}

bool keepsNaming(const InstanceSpec &from, const InstanceSpec &to, const QString &use)
{
    if (to.sagemaker != from.sagemaker)
        return false;
    return !to.sagemaker || to.sagemakerUses.contains(use);
}

QStringList instancesOfFamilies(const ReferenceData &reference, const QStringList &families,
                                const InstanceSpec &from, const QString &use)
{
    QStringList ids;
    for (const InstanceSpec &spec : reference.instances) {
        if (families.contains(spec.family) && keepsNaming(from, spec, use))
            ids << spec.id;
    }
    return ids;
}

QString offeringUnknownNote(const ReferenceData &reference, const QStringList &types,
                            const QString &region)
{
    QStringList unknown;
    for (const QString &type : types) {
        if (!type.isEmpty() && !unknown.contains(type)
            && reference.offering(type, region) == Offering::Unknown)
            unknown << type;
    }
    if (unknown.isEmpty())
        return {};
    return Tr::tr("Whether %1 offers %2 is not known (the EC2 offerings snapshot does not cover "
                  "the region or the type): check before you plan on it.")
        .arg(region, unknown.join(QStringLiteral(", ")));
}

} // namespace greenprint::RuleSupport
