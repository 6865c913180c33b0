// SPDX-License-Identifier: GPL-3.0-or-later
#include "feasibility.h"

#include "numberformat.h"

#include "rulesupport.h"

#include "domain/cataloglookup.h"
#include "engine/serving.h"
#include "engine/worksizing.h"

#include <QSet>

#include <algorithm>

namespace greenprint {
namespace {

constexpr double kBytesPerGB = 1e9;

QString gb(double value)
{
    return QString::number(value, 'f', value < 10.0 ? 1 : 0);
}

} // namespace

Feasibility::Feasibility(const ReferenceData &reference)
    : m_reference(reference)
{ }

Feasibility::Feasibility(const CatalogLookup &catalog, const Project &plan)
    : m_reference(catalog.reference())
    , m_catalog(&catalog)
    , m_plan(&plan)
{ }

std::optional<MemoryNeed> Feasibility::memoryNeed(const Component &component,
                                                  const InstanceSpec &instance) const
{
    const BoxedOptional<WorkSpec> *work = workOf(component);
    if (!work || !*work || (*work)->parameters <= 0.0 || instance.acceleratorCount <= 0)
        return std::nullopt;
    const AcceleratorSpec *accelerator = m_reference.method.accelerator(instance.accelerator);
    if (!accelerator || !accelerator->memoryGB || *accelerator->memoryGB <= 0.0)
        return std::nullopt;
    const WorkSpec &w = **work;
    MemoryNeed need;
    need.perInstanceGB = instance.acceleratorCount * *accelerator->memoryGB;
    need.instances = std::max(1, RuleSupport::instanceCount(component));
    need.training = w.kind == WorkSpec::Kind::Training;
    if (need.training) {
        const double bytes =
            m_reference.coefficientValue(CoefficientKey::TrainingBytesPerParameter, 16.0);
        // Adapter fine-tuning keeps gradients and optimizer state for the trainable weights
        // only; the frozen ones are held at the work's precision.
        const double trainable =
            std::min(w.trainableParameters.value_or(w.parameters), w.parameters);
        need.neededGB =
            (trainable * bytes + (w.parameters - trainable) * bytesPerValue(w.precision))
            / kBytesPerGB;
        need.sharded = need.instances > 1 && need.neededGB > need.perInstanceGB;
    } else {
        // The same replica the serving model sizes (engine/serving.h).
        const std::optional<ServingMemory> memory = servingMemory(w, m_reference);
        need.neededGB = memory ? memory->totalBytes() / kBytesPerGB : 0.0;
    }
    return need;
}

QStringList Feasibility::check(const Project &project, StageKind stage, int index,
                               const Project *baseline, int baselineIndex) const
{
    const ComponentList &components = project.stage(stage).components;
    if (index < 0 || index >= int(components.size()))
        return {};
    return check(project, stage, components[std::size_t(index)], index, baseline, baselineIndex);
}

QStringList Feasibility::check(const Project &project, StageKind stage, const Component &component,
                               int index, const Project *baseline, int baselineIndex) const
{
    QStringList reasons;
    const std::optional<InstanceSpec> instance = instanceOf(project, component.instance());
    if (!instance)
        return reasons;

    if (const std::optional<MemoryNeed> need = memoryNeed(component, *instance)) {
        const double fastGbps =
            m_reference.coefficientValue(CoefficientKey::FastInterconnectMinGbps, 100.0);
        const bool fast = instance->networkGbps && *instance->networkGbps >= fastGbps;
        if (need->training && need->neededGB > need->perInstanceGB) {
            if (need->instances == 1) {
                reasons << tr("training needs %1 GB for weights, gradients and Adam state "
                              "(16 bytes per parameter, ZeRO), more than the %2 GB of "
                              "accelerator memory of one %3")
                               .arg(gb(need->neededGB), gb(need->perInstanceGB), instance->id);
            } else if (!fast) {
                reasons << tr("training needs %1 GB for weights, gradients and Adam state, more "
                              "than one %2 holds (%3 GB): sharding it across %4 instances needs "
                              "a fast interconnect (EFA, at least %5 Gbit/s), and %2 has %6")
                               .arg(gb(need->neededGB), instance->id, gb(need->perInstanceGB))
                               .arg(need->instances)
                               .arg(fastGbps)
                               .arg(instance->networkGbps
                                        ? tr("%1 Gbit/s").arg(*instance->networkGbps)
                                        : tr("no sustained bandwidth listed"));
            } else if (need->neededGB > need->instances * need->perInstanceGB) {
                reasons << tr("training needs %1 GB for weights, gradients and Adam state, more "
                              "than the %2 GB of accelerator memory of %3 x %4 even when sharded")
                               .arg(gb(need->neededGB), gb(need->instances * need->perInstanceGB))
                               .arg(need->instances)
                               .arg(instance->id);
            }
        } else if (!need->training && need->neededGB > need->perInstanceGB) {
            reasons << tr("serving needs %1 GB for the weights and the KV cache of its batch, "
                          "more than the %2 GB of accelerator memory of one %3 (each endpoint "
                          "instance holds the whole model)")
                           .arg(gb(need->neededGB), gb(need->perInstanceGB), instance->id);
        }
    }

    if (const auto *e = std::get_if<EndpointSpec>(&component.spec);
        e && e->mode == EndpointMode::RealTime) {
        const double busy = endpointBusyFraction(*e, *instance);
        const double target =
            m_reference.coefficientValue(CoefficientKey::EndpointBusyFractionTarget, 0.7);
        double limit = target;
        const int original = baselineIndex >= 0 ? baselineIndex : index;
        if (baseline) {
            const ComponentList &before = baseline->stage(stage).components;
            if (original < int(before.size())) {
                const Component &old = before[std::size_t(original)];
                const auto *oldEndpoint = std::get_if<EndpointSpec>(&old.spec);
                if (const std::optional<InstanceSpec> oldInstance =
                        instanceOf(*baseline, old.instance());
                    oldEndpoint && oldInstance && old.name == component.name)
                    limit = std::max(target, endpointBusyFraction(*oldEndpoint, *oldInstance));
            }
        }
        // A thousandth of slack: the same load computed twice must compare equal.
        if (busy > limit + 1e-3) {
            reasons << (limit > target
                            ? tr("the real-time endpoint would be busy %1 % of its provisioned "
                                 "hours, busier than the plan's %2 % (already above the %3 % that "
                                 "leaves headroom for peaks)")
                                  .arg(QString::number(busy * 100.0, 'f', 0),
                                       QString::number(limit * 100.0, 'f', 0),
                                       QString::number(target * 100.0, 'f', 0))
                            : tr("the real-time endpoint would be busy %1 % of its provisioned "
                                 "hours, above the %2 % that leaves headroom for peaks")
                                  .arg(QString::number(busy * 100.0, 'f', 0),
                                       QString::number(target * 100.0, 'f', 0)));
        }
    }
    return reasons;
}

double Feasibility::endpointBusyFraction(const EndpointSpec &endpoint,
                                         const InstanceSpec &instance) const
{
    const std::optional<WorkSpec> served = endpoint.servedWork();
    if (!served)
        return endpoint.utilization;
    QString error;
    const auto sizing = sizeWork(*served, instance, endpoint.count, m_reference, &error);
    return sizing && endpoint.hoursProvisioned > 0.0
        ? sizing->hoursCentral.h / endpoint.hoursProvisioned
        : 0.0;
}

std::optional<InstanceSpec> Feasibility::instanceOf(const Project &project, const QString &id) const
{
    // The run's lookup serves the plan and its changed copies: suggestions never change the
    // catalog, but a project with another one resolves through its own.
    if (m_catalog
        && (&project == m_plan
            || (project.catalogInstances == m_plan->catalogInstances
                && project.catalogRegions == m_plan->catalogRegions))) {
        if (const InstanceSpec *spec = m_catalog->instance(id))
            return *spec;
        return std::nullopt;
    }
    const CatalogLookup lookup(project, m_reference);
    if (const InstanceSpec *spec = lookup.instance(id))
        return *spec;
    return std::nullopt;
}

QStringList Feasibility::changedComponents(const Project &baseline, const Project &changed) const
{
    QStringList reasons;
    for (StageKind kind : kAllStageKinds) {
        const ComponentList &before = baseline.stage(kind).components;
        const ComponentList &after = changed.stage(kind).components;
        // A change removes components, edits some in place and appends new ones: the unchanged
        // ones keep their order, so one pass pairs them (O(n) plus a scan per changed one).
        std::size_t next = 0;
        for (std::size_t i = 0; i < after.size(); ++i) {
            std::size_t k = next;
            while (k < before.size() && !(before[k] == after[i]))
                ++k;
            if (k < before.size()) {
                next = k + 1;
                continue;
            }
            // Changed: its original is the plan's next component of the same name, if any.
            std::size_t o = next;
            while (o < before.size() && before[o].name != after[i].name)
                ++o;
            const bool edited = o < before.size();
            const int original = edited ? int(o) : -1;
            if (edited)
                next = o + 1;
            // What the plan's own component already could not do is the plan's problem.
            const QStringList already = edited ? check(baseline, kind, original) : QStringList();
            for (const QString &reason : check(changed, kind, int(i), &baseline, original)) {
                if (!already.contains(reason))
                    reasons << tr("%1: %2").arg(after[i].name, reason);
            }
        }
    }
    return reasons;
}

QStringList Feasibility::changedComponents(const Project &baseline,
                                           const std::vector<ComponentChange> &changes) const
{
    QStringList reasons;
    // In place and removed only: component i of the plan stays at i less the removed before it.
    int stage = -1;
    int removedBefore = 0;
    for (const ComponentChange &change : changes) {
        if (int(change.stage) != stage) {
            stage = int(change.stage);
            removedBefore = 0;
        }
        if (!change.after) {
            ++removedBefore;
            continue;
        }
        const ComponentList &before = baseline.stage(change.stage).components;
        const Component &after = *change.after;
        if (after == before[std::size_t(change.index)])
            continue;
        // Its original is the plan's next component of the same name, as changedComponents()
        // pairs them: itself unless the change renamed it.
        std::size_t o = std::size_t(change.index);
        while (o < before.size() && before[o].name != after.name)
            ++o;
        const bool edited = o < before.size();
        const int original = edited ? int(o) : -1;
        const QStringList already =
            edited ? check(baseline, change.stage, original) : QStringList();
        for (const QString &reason : check(baseline, change.stage, after,
                                           change.index - removedBefore, &baseline, original)) {
            if (!already.contains(reason))
                reasons << tr("%1: %2").arg(after.name, reason);
        }
    }
    return reasons;
}

QSet<QString> Feasibility::typesInRegions(const Project &project)
{
    QSet<QString> pairs;
    for (const Stage &stage : project.stages) {
        const QString region = project.effectiveRegion(stage);
        for (const Component &c : stage.components) {
            if (const QString type = c.instance(); !type.isEmpty())
                pairs.insert(type + u'@' + region);
        }
    }
    return pairs;
}

QMap<QString, QStringList>
Feasibility::newTypesByRegion(const QSet<QString> &before, const Project &baseline,
                              const std::vector<ComponentChange> &changes)
{
    QMap<QString, QStringList> added;
    for (const ComponentChange &change : changes) {
        if (!change.after)
            continue;
        const QString region = baseline.effectiveRegion(baseline.stage(change.stage));
        const QString type = change.after->instance();
        if (type.isEmpty() || before.contains(type + u'@' + region)
            || added.value(region).contains(type))
            continue;
        added[region] << type;
    }
    return added;
}

QStringList Feasibility::notOffered(const QSet<QString> &before, const Project &baseline,
                                    const std::vector<ComponentChange> &changes) const
{
    const QMap<QString, QStringList> added = newTypesByRegion(before, baseline, changes);
    QStringList reasons;
    for (const ComponentChange &change : changes) {
        if (!change.after)
            continue;
        const QString region = baseline.effectiveRegion(baseline.stage(change.stage));
        addNotOffered(*change.after, region, added, reasons);
    }
    return reasons;
}

void Feasibility::addNotOffered(const Component &c, const QString &region,
                                const QMap<QString, QStringList> &added, QStringList &reasons) const
{
    const QString type = c.instance();
    if (type.isEmpty() || !added.value(region).contains(type)
        || m_reference.offering(type, region) != Offering::NotOffered)
        return;
    const QString reason = tr("%1: %2 is not offered in %3 (EC2 offerings of %4)")
                               .arg(c.name, type, region, m_reference.offerings.asOf());
    if (!reasons.contains(reason))
        reasons << reason;
}

QMap<QString, QStringList> Feasibility::newTypesByRegion(const Project &baseline,
                                                         const Project &changed) const
{
    const QSet<QString> before = typesInRegions(baseline); // pairs the plan already uses
    QMap<QString, QStringList> added;
    for (const Stage &stage : changed.stages) {
        const QString region = changed.effectiveRegion(stage);
        for (const Component &c : stage.components) {
            const QString type = c.instance();
            if (type.isEmpty() || before.contains(type + u'@' + region)
                || added.value(region).contains(type))
                continue;
            added[region] << type;
        }
    }
    return added;
}

QStringList Feasibility::notOffered(const Project &baseline, const Project &changed) const
{
    const QMap<QString, QStringList> added = newTypesByRegion(baseline, changed);
    QStringList reasons;
    for (const Stage &stage : changed.stages) {
        const QString region = changed.effectiveRegion(stage);
        for (const Component &c : stage.components)
            addNotOffered(c, region, added, reasons);
    }
    return reasons;
}

QStringList Feasibility::plan(const Project &project) const
{
    // One lookup of the project's names for all its components.
    std::optional<CatalogLookup> own;
    if (!m_catalog || m_plan != &project)
        own.emplace(project, m_reference);
    const Feasibility checker = own ? Feasibility(*own, project) : *this;
    QStringList reasons;
    for (StageKind kind : kAllStageKinds) {
        const ComponentList &components = project.stage(kind).components;
        for (int i = 0; i < int(components.size()); ++i) {
            for (const QString &reason : checker.check(project, kind, i))
                reasons << tr("%1: %2").arg(components[std::size_t(i)].name, reason);
        }
    }
    return reasons;
}

QString Feasibility::assumptions() const
{
    // Sentences never read in exponent form: 9.05e-06 is written 0.00000905.
    const auto value = [this](QStringView key) {
        return NumberFormat::inText(m_reference.coefficientValue(key, 0.0));
    };
    return tr("Offered only where the job can run: training holds %1 bytes per parameter "
              "(weights, gradients, Adam state: ZeRO; the frozen weights of adapter fine-tuning at "
              "the work's precision), serving the weights plus the KV cache of "
              "its batch (assumed %2 values per token per active parameter, Mistral 7B); sharding "
              "across instances needs at least %3 Gbit/s per instance (assumed: the catalog's "
              "sources list bandwidth, not EFA support); a real-time endpoint may be busy at most "
              "%4 % of its hours (assumed: in a queue a response takes 1 / (1 - busy fraction) "
              "times its service time). "
              "Activations are not counted. A type is offered only in the Regions the EC2 "
              "offerings snapshot of %5 lists for it.")
        .arg(value(CoefficientKey::TrainingBytesPerParameter),
             value(CoefficientKey::KvCacheValuesPerTokenPerParameter),
             value(CoefficientKey::FastInterconnectMinGbps),
             NumberFormat::inText(
                 m_reference.coefficientValue(CoefficientKey::EndpointBusyFractionTarget, 0.0)
                 * 100.0),
             m_reference.offerings.asOf().isEmpty() ? tr("unknown date")
                                                    : m_reference.offerings.asOf());
}

} // namespace greenprint
