// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a job can run on the hardware a plan gives it: memory, interconnect, headroom.
#pragma once

/*
 * Feasibility
 * ===========
 * The advisor and the Pareto search move jobs to other instance types and
 * counts. A move is offered only if the job can run there. Three checks, each
 * from the reference data (coefficients.csv cites the sources):
 *
 *  - accelerator memory. Training holds weights, gradients and Adam state,
 *    16 bytes per parameter (ZeRO, Section 3.1); it fits when one instance's
 *    accelerators hold all of it, or when it is sharded (ZeRO stage 3 / FSDP)
 *    across instances joined by a fast interconnect and all of them hold it.
 *    A serving replica holds the weights at the work's precision plus the KV
 *    cache of its batch (engine/serving.h servingMemory(): the same figure the
 *    serving model sizes replicas by); endpoint instances are replicas, so one
 *    instance must hold it. Activations are not counted: the check is a
 *    lower bound, and what fails it surely does not fit.
 *  - interconnect. Sharding across instances needs a sustained network of at
 *    least network.fast_interconnect_min_gbps per instance (instances.csv
 *    network_gbps; the pinned sources do not list EFA support itself).
 *  - headroom. A real-time endpoint may be busy at most
 *    endpoint.busy_fraction_target of its provisioned hours on average.
 *
 * Jobs without a parameter count (hours stated by the user), CPU instances
 * and accelerators without a published memory size are not checked for
 * memory. Per-Region availability of instance types (ReferenceData::offering,
 * the EC2 offerings snapshot) is a fourth check, notOffered(): the hardware
 * rules take the best match the stage's Region offers
 * (RuleSupport::matchFeasibleThroughput), and the advisor holds back a move
 * to a type its Region does not offer where there is none, while the whole-plan
 * and Pareto searches judge each (type, Region) pair themselves, since a type
 * missing here may be offered in the Region they move the stage to. Pure;
 * translated reasons.
 */

#include "projectedit.h"

#include "domain/cataloglookup.h"
#include "domain/project.h"
#include "domain/referencedata.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace greenprint {

/** The memory one job needs and the memory it gets, in GB (1e9 bytes). */
struct MemoryNeed
{
    double neededGB = 0.0; ///< weights + training state, or weights + KV cache of the batch
    double perInstanceGB = 0.0; ///< accelerator memory of one instance
    int instances = 1;
    bool training = true;
    bool sharded = false; ///< training spread over several instances
};

class Feasibility
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::Feasibility)

public:
    /**
     * Holds a reference to `reference`, which must outlive the checker. Each name is
     * resolved through a CatalogLookup of the project it is read in, built per call.
     */
    explicit Feasibility(const ReferenceData &reference);
    /**
     * Resolves the names of `plan`, and of every changed copy of it with the same
     * catalog, through `catalog` (the lookup of `plan`, built once for a run of the
     * advisor: RuleContext); a project with another catalog still gets its own.
     * Both must outlive the checker, and it is used on one thread at a time
     * (CatalogLookup memoises).
     */
    Feasibility(const CatalogLookup &catalog, const Project &plan);

    /**
     * The memory job `component` needs on its instances, or nullopt where it
     * is not checked (no work with parameters, no accelerator memory known).
     */
    std::optional<MemoryNeed> memoryNeed(const Component &component,
                                         const InstanceSpec &instance) const;

    /**
     * Why component `index` of `stage` in `project` cannot run as planned;
     * empty when it can. With `baseline` (the plan a change was made from),
     * a real-time endpoint the plan already keeps busier than the target is
     * held to the plan's own busy fraction instead: a change may not make it
     * busier, but is not blamed for the plan. The plan's component is the one
     * at `baselineIndex` (default: `index`).
     */
    [[nodiscard]] QStringList check(const Project &project, StageKind stage, int index,
                                    const Project *baseline = nullptr,
                                    int baselineIndex = -1) const;

    /**
     * The reasons for every component of `changed` that is not one of the
     * components of the same stage in `baseline`, prefixed with its name.
     * What the baseline already did is never held against a change: a reason
     * the plan's component at the same place already has is left out.
     */
    [[nodiscard]] QStringList changedComponents(const Project &baseline,
                                                const Project &changed) const;

    /**
     * Why `changed` uses an instance type where AWS does not offer it: every
     * (type, Region) pair of `changed` that `baseline` does not already use and
     * that the EC2 offerings snapshot says is not offered, prefixed with the
     * component's name. A pair the snapshot cannot answer for is not a reason
     * (see RuleSupport::offeringUnknownNote).
     */
    [[nodiscard]] QStringList notOffered(const Project &baseline, const Project &changed) const;
    /** The (type, Region) pairs `changed` uses and `baseline` does not, per Region. */
    [[nodiscard]] QMap<QString, QStringList> newTypesByRegion(const Project &baseline,
                                                              const Project &changed) const;

    /**
     * check() of `component` as component `index` of `stage` in a plan with the
     * catalog of `project` (the plan's component the limit compares with is the one
     * at `baselineIndex` of `baseline`, else at `index`), without a copy of the plan.
     */
    [[nodiscard]] QStringList check(const Project &project, StageKind stage,
                                    const Component &component, int index, const Project *baseline,
                                    int baselineIndex) const;

    using ComponentChange = ProjectEdit::ComponentChange;
    /**
     * changedComponents() for a change of `baseline` given as its changed components
     * (ProjectEdit::changes(): edited in place or removed), in time proportional to them.
     */
    [[nodiscard]] QStringList changedComponents(const Project &baseline,
                                                const std::vector<ComponentChange> &changes) const;
    /** The "type@region" pairs `project` uses, for the overloads below. */
    static QSet<QString> typesInRegions(const Project &project);
    /** newTypesByRegion() for such a change; `before` is typesInRegions(baseline). */
    static QMap<QString, QStringList> newTypesByRegion(const QSet<QString> &before,
                                                       const Project &baseline,
                                                       const std::vector<ComponentChange> &changes);
    /** notOffered() for such a change; `before` is typesInRegions(baseline). */
    [[nodiscard]] QStringList notOffered(const QSet<QString> &before, const Project &baseline,
                                         const std::vector<ComponentChange> &changes) const;

    /** The reasons for every component of `project` (the plan as written). */
    [[nodiscard]] QStringList plan(const Project &project) const;

    /** The busy fraction of a real-time endpoint over its provisioned hours (work or utilization).
     */
    double endpointBusyFraction(const EndpointSpec &endpoint, const InstanceSpec &instance) const;

    /**
     * One translated sentence stating what the checks assume, with the values
     * read from the reference data, for the suggestion lists (CLI, window, PDF).
     */
    [[nodiscard]] QString assumptions() const;

private:
    /** Adds why `c` cannot run in `region` when its type there is among `added` and not
     * offered. */
    void addNotOffered(const Component &c, const QString &region,
                       const QMap<QString, QStringList> &added, QStringList &reasons) const;
    /** The project's own instance type `id`, else the reference one; or nullopt. */
    std::optional<InstanceSpec> instanceOf(const Project &project, const QString &id) const;

    const ReferenceData &m_reference;
    const CatalogLookup *m_catalog = nullptr; ///< the lookup of m_plan, when given
    const Project *m_plan = nullptr;
};

} // namespace greenprint
