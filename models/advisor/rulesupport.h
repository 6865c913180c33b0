// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers the rules share: claims and measurements as factors, throughput, common changes.
#pragma once

#include "projectedit.h"
#include "rulecontext.h"
#include "suggestion.h"

#include <QString>

#include <functional>
#include <optional>

namespace greenprint::RuleSupport {

using Change = std::function<void(ProjectEdit &)>;

/** "74 %" (rounded to `decimals`). */
QString percent(double fraction, int decimals = 0);

/** A claim's value as a fraction when its unit is a percentage (50 -> 0.5), else as is. */
std::optional<double> claimValue(const ReferenceData &reference, const QString &id);

/**
 * Joules per unit of `phase` divided by that of `baselinePhase`, both of the
 * same measurement run (measurements.csv); nullopt when either is missing.
 */
std::optional<double> measuredRatio(const ReferenceData &reference, int run, const QString &phase,
                                    const QString &baselinePhase);

/** A measured ratio with the source a suggestion cites for it. */
struct MeasuredRatio
{
    double ratio = 1.0; ///< energy per unit after the change / before it
    QString source;
};
/**
 * The saving of compiling a model to hardware-optimized kernels, as the two
 * compile rules (training, SageMaker Neo) apply it: torch.compile against eager
 * on the H100, energy per training sample (measurements.csv, run 2).
 */
std::optional<MeasuredRatio> compiledModelRatio(const ReferenceData &reference);

/**
 * What a compile rule offers for one component: its suggestion with title,
 * description, side effects and confidence, given the measured saving as a
 * percentage ("13 %"); nullopt where the rule does not apply.
 */
using CompiledCopy =
    std::function<std::optional<Suggestion>(StageKind, int, const Component &, const QString &)>;
/**
 * The suggestions of a compile rule (training compiler, SageMaker Neo), component by
 * component: each copy's busy time falls by compiledModelRatio() (scaleBusyTime()),
 * which is also its source. None when the measurement is missing.
 */
std::vector<Suggestion> compiledCopies(const RuleContext &ctx, const CompiledCopy &copy);

/**
 * Useful throughput of one instance for a task: accelerators x 16-bit peak x
 * central achieved utilization (accelerators.csv, achieved_utilization.csv), or
 * accelerators x a published achieved rate where no peak exists (achieved_throughput.csv),
 * or for CPU instances vCPUs x relative throughput per vCPU (cpu_throughput.csv).
 * The two scales are not comparable. Nullopt where the data has no figure.
 */
std::optional<double> effectiveThroughput(const InstanceSpec &instance, WorkTask task,
                                          const MethodData &method);

/**
 * A project holding only stage `kind` of `project` (with its settings, catalog
 * and default region), to estimate that stage alone: the estimator adds stages,
 * so a plan's figures are the sum of its stages' estimated this way.
 */
Project stageAlone(const Project &project, StageKind kind);

/** The instance count of a compute, tuning, endpoint or notebook component; 0 for the others. */
int instanceCount(const Component &component);
/** The task of a job: its work's kind, else training for compute/tuning, inference for endpoints.
 */
WorkTask taskOf(const Component &component);

/**
 * The busy fraction of an endpoint over its provisioned hours in the baseline
 * (from its work where given, else its utilization); 1 for batch and serverless.
 */
double endpointLoad(const RuleContext &ctx, const EndpointSpec &endpoint);

/**
 * A change that makes a job's busy time `factor` times as long (0.87 = 13 %
 * less). A job sized from work keeps its work, which gets the factor and its
 * `source` (WorkSpec::busyTimeFactor: the same work in less time at the load it
 * implies, whatever the kind of job); a job stated in hours gets fewer hours (or,
 * for real-time endpoints, a lower utilization).
 */
Change scaleBusyTime(StageKind stage, int index, double factor, const QString &source);
/**
 * Whether the component's work already carries the busy-time factor of `source` (a copy made
 * by scaleBusyTime() and applied to the plan): the rule then has nothing left to offer, and
 * offering it again would count the same saving twice.
 */
bool busyTimeFactorApplied(const Component &component, const QString &source);

/** An instance type and count to switch a job to. */
struct InstanceChoice
{
    QString instance;
    int count = 1;
    /** Busy time on the new instances relative to the old (throughput ratio). */
    double timeFactor = 1.0;
    /**
     * The closer match the component's Region does not offer, when this choice
     * is the next best that it does (matchFeasibleThroughput()); else empty.
     */
    QString closerNotOffered;
    int closerNotOfferedCount = 0;
};

/**
 * The instance among `candidates` (ids) and the count that best match the
 * throughput of `count` x `from` for `task`; nullopt when no throughput figure
 * exists for either side.
 */
std::optional<InstanceChoice> matchThroughput(const RuleContext &ctx, const InstanceSpec &from,
                                              int count, WorkTask task,
                                              const QStringList &candidates);

/**
 * matchThroughput() among the candidates on which component `index` of
 * `stage` can run (feasibility.h: accelerator memory, interconnect, endpoint
 * headroom). When it can run on none, the best match anyway, so that the
 * advisor withholds it and says why. Where the stage's Region does not offer
 * that match, preferOfferedInRegion() chooses; the whole-plan search may take a
 * match held back to a Region that offers it.
 */
std::optional<InstanceChoice> matchFeasibleThroughput(const RuleContext &ctx, StageKind stage,
                                                      int index, const InstanceSpec &from,
                                                      int count, WorkTask task,
                                                      const QStringList &candidates);

/** A candidate search's answer: its best choice and whether that choice may stand. */
struct CandidateMatch
{
    std::optional<InstanceChoice> choice;
    bool usable = true; ///< e.g. the job can run on it (feasibility.h)
};

/**
 * A search for the best candidate: among all (`offeredIn` empty), or among those
 * Region `offeredIn` offers or the EC2 offerings snapshot cannot answer for.
 */
using CandidateSearch = std::function<CandidateMatch(const QString &offeredIn)>;

/**
 * The Region fallback every instance search shares: the best match `search` finds when
 * the stage's Region offers it (or the snapshot cannot say), or when it is not usable;
 * else the best usable match the Region offers, with closerNotOffered naming the better
 * one (noteRegionFallback()); else the best match anyway, which the advisor holds back
 * for the Region (Feasibility::notOffered).
 */
std::optional<InstanceChoice> preferOfferedInRegion(const RuleContext &ctx, StageKind stage,
                                                    const CandidateSearch &search);

/**
 * Adds to the suggestion's description, when `choice` is the next best match
 * because the stage's Region does not offer the closest one, which one and why.
 */
void noteRegionFallback(const RuleContext &ctx, StageKind stage, const InstanceChoice &choice,
                        Suggestion &suggestion);

/**
 * matchFeasibleThroughput() among the reference sizes of `families` that `component`
 * (component `index` of `stage`, `count` x `from`) may move to: instancesOfFamilies()
 * for its sageMakerUse().
 */
std::optional<InstanceChoice> matchInFamilies(const RuleContext &ctx, StageKind stage, int index,
                                              const Component &component, const InstanceSpec &from,
                                              int count, WorkTask task,
                                              const QStringList &families);

/** A move's title: `sentence` with %1 the component's name and %2 x %3 the choice. */
QString moveTitle(const QString &sentence, const Component &component,
                  const InstanceChoice &choice);
/**
 * A move's description: `sentence` with %1 x %2 the `count` instances moved from and
 * %3 x %4 the choice; the caller fills any later placeholder.
 */
QString moveDescription(const QString &sentence, int count, const InstanceSpec &from,
                        const InstanceChoice &choice);

/**
 * `suggestion` (title, description, source and side effects set) completed as a move
 * of component `index` of `stage` to `choice`, as every hardware rule (GPU
 * generation, Trainium, Inferentia, Graviton) offers it: the Region-fallback note
 * (noteRegionFallback()), the change (switchInstance()) and Medium confidence (the
 * saving is the estimator's, the vendor's figure only quoted).
 */
Suggestion instanceMove(const RuleContext &ctx, StageKind stage, int index,
                        const InstanceChoice &choice, Suggestion suggestion);

/**
 * A change that moves a component to another instance type and count. Jobs
 * sized from work are re-sized by the estimator; jobs with stated hours get
 * hours x timeFactor; endpoints with a stated utilization get it scaled.
 */
Change switchInstance(StageKind stage, int index, const InstanceChoice &choice);

/**
 * A change that serves endpoint `from` (component `index` of `stage`) with
 * `count` instances. An endpoint stated as work keeps its work (the estimator
 * gives the new load); one stated by utilization keeps its busy instance-hours,
 * spread over the new count (at most 1).
 */
Change resizeEndpoint(StageKind stage, int index, const EndpointSpec &from, int count);

/**
 * The SageMaker use a component needs of an `ml.` name (the `uses` of
 * sagemaker_instances.csv): notebook, tuning, endpoint, batch_transform,
 * processing (compute in the data-processing stage) or training.
 */
QString sageMakerUse(StageKind stage, const Component &component);

/**
 * Whether a component on `from` may be moved to `to` without changing the
 * user's naming: an EC2 type for an EC2 type; for a SageMaker `ml.` name, an
 * `ml.` name SageMaker offers for `use` (sageMakerUse()).
 */
bool keepsNaming(const InstanceSpec &from, const InstanceSpec &to, const QString &use);

/**
 * Every reference instance id of these families (e.g. "trn1", "inf2") that a
 * component on `from` used as `use` may move to (keepsNaming()), in reference order.
 */
QStringList instancesOfFamilies(const ReferenceData &reference, const QStringList &families,
                                const InstanceSpec &from, const QString &use);

/**
 * The sentence a move into `region` adds when the EC2 offerings snapshot cannot say
 * whether AWS offers some of `types` there ("Whether ... is not known"); empty when it
 * answers for all of them. Types it says are not offered are the caller's to refuse.
 */
QString offeringUnknownNote(const ReferenceData &reference, const QStringList &types,
                            const QString &region);

} // namespace greenprint::RuleSupport
