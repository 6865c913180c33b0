// SPDX-License-Identifier: GPL-3.0-or-later
#include "paretosearch.h"

#include "advisor.h"
#include "feasibility.h"
#include "rulecontext.h"
#include "rulesupport.h"

#include "engine/estimator.h"
#include "engine/worksizing.h"
#include "io/fieldpath.h"

#include <QSet>

#include <algorithm>

namespace greenprint {
namespace {

bool onOwnHardware(const Project &project, const Stage &stage)
{
    for (const Component &c : stage.components) {
        for (const CatalogInstance &ci : project.catalogInstances) {
            if (ci.id == c.instance())
                return true;
        }
    }
    return false;
}

} // namespace

QStringList ParetoSearch::latencyReasons(const Project &project, StageKind kind,
                                         const QString &current, const QString &region) const
{
    const Constraints &c = project.constraints;
    if (kind != StageKind::Inference || !c.latencyCeilingMs || region == current)
        return {};
    const QString users = c.usersRegion.isEmpty() ? current : c.usersRegion;
    const RegionLatency *trip = m_reference.latency(users, region);
    if (!trip) {
        return {tr("the latency ceiling of %1 ms (constraints.latencyCeilingMs) removes %2: the "
                   "latency table has no round trip from %3 to it")
                    .arg(*c.latencyCeilingMs)
                    .arg(region, users)};
    }
    if (trip->p50Ms <= *c.latencyCeilingMs)
        return {};
    return {tr("the latency ceiling of %1 ms (constraints.latencyCeilingMs) removes %2: users "
               "near %3 would wait a median %4 ms round trip (region_latency.csv)")
                .arg(*c.latencyCeilingMs)
                .arg(region, users, QString::number(trip->p50Ms, 'f', 0))};
}

std::vector<ParetoPoint> ParetoSearch::evaluate(const Project &project, StageKind kind) const
{
    std::vector<ParetoPoint> points;
    const Stage &stage = project.stage(kind);
    if (stage.components.empty())
        return points;
    const int stageIndex = int(kind);
    const QString currentRegion = project.effectiveRegion(stage);

    // The stage alone: the other stages do not change and are not estimated.
    const Project single = RuleSupport::stageAlone(project, kind);
    const Estimate baseline = estimateProject(single, m_reference);
    const RuleContext ctx(single, m_reference, baseline);

    // The main job: the work job with the most kgCO2e on AWS hardware.
    int main = -1;
    const StageEstimate &stageEstimate = baseline.stages[std::size_t(stageIndex)];
    for (int i = 0; i < int(stage.components.size()); ++i) {
        const Component &c = stage.components[std::size_t(i)];
        const BoxedOptional<WorkSpec> *work = workOf(c);
        const InstanceSpec *spec = ctx.instance(c.instance());
        if (!work || !*work || !spec || spec->origin == DataOrigin::Project)
            continue;
        if (main < 0
            || stageEstimate.components[std::size_t(i)].footprint.co2e
                > stageEstimate.components[std::size_t(main)].footprint.co2e)
            main = i;
    }

    QStringList regions;
    const bool ownHardware = onOwnHardware(project, stage);
    if (ownHardware) {
        regions << currentRegion;
    } else if (!project.constraints.allowedRegions.isEmpty()) {
        regions = project.constraints.allowedRegions;
    } else {
        for (const RegionSpec &r : m_reference.regions) {
            if (r.partition == u"aws" && r.gridGCo2ePerKWh > 0.0)
                regions << r.id;
        }
        if (!regions.contains(currentRegion))
            regions.prepend(currentRegion);
    }

    struct Option
    {
        QString instance;
        int count = 0;
        QStringList notOffered; ///< Feasibility's reasons (region-independent)
    };
    std::vector<Option> options{{}};
    if (main >= 0) {
        const Component &c = stage.components[std::size_t(main)];
        const InstanceSpec *from = ctx.instance(c.instance());
        const BoxedOptional<WorkSpec> &work = *workOf(c);
        const WorkTask task =
            work->kind == WorkSpec::Kind::Training ? WorkTask::Training : WorkTask::Inference;
        int count = 1;
        if (const auto *s = std::get_if<ComputeSpec>(&c.spec))
            count = s->count;
        else if (const auto *t = std::get_if<TuningSpec>(&c.spec))
            count = t->count;
        else if (const auto *e = std::get_if<EndpointSpec>(&c.spec))
            count = e->count;
        const QString use = RuleSupport::sageMakerUse(kind, c);
        for (const InstanceSpec &to : m_reference.instances) {
            if (to.id == from->id || to.acceleratorCount <= 0 || !to.priceUsdPerHour
                || !RuleSupport::keepsNaming(*from, to, use))
                continue;
            QString error;
            if (!sizeWork(*work, to, 1, m_reference, &error))
                continue;
            if (const auto choice = RuleSupport::matchThroughput(ctx, *from, count, task, {to.id}))
                options.push_back({choice->instance, choice->count, {}});
        }
    }

    const auto applyOption = [kind, main](Project &copy, const Option &option) {
        if (option.instance.isEmpty())
            return;
        Component &c = copy.stage(kind).components[std::size_t(main)];
        std::visit(
            [&option](auto &spec) {
                if constexpr (requires {
                                  spec.count;
                                  spec.instance;
                              }) {
                    spec.instance = option.instance;
                    spec.count = option.count;
                }
            },
            c.spec);
        if (auto *compute = std::get_if<ComputeSpec>(&c.spec))
            compute->measuredPowerW.reset();
    };
    const Feasibility feasibility(m_reference);
    for (Option &option : options) {
        Project copy = single;
        applyOption(copy, option);
        option.notOffered = feasibility.changedComponents(single, copy);
    }

    for (const QString &region : regions) {
        const QStringList regionReasons = latencyReasons(project, kind, currentRegion, region);
        for (const Option &option : options) {
            // An option that cannot run is shown once, where the plan runs, with its reasons;
            // a region past the latency ceiling once, as planned, with its reason.
            if (!option.notOffered.isEmpty() && region != currentRegion)
                continue;
            if (!regionReasons.isEmpty() && !option.instance.isEmpty())
                continue;
            Project copy = single;
            Stage &st = copy.stage(kind);
            st.region = region;
            std::vector<ScenarioOverride> overrides;
            if (region != currentRegion)
                overrides.push_back({FieldPath::stage(stageIndex, QStringLiteral("region")),
                                     JsonValue::string(region),
                                     {}});
            if (!option.instance.isEmpty()) {
                applyOption(copy, option);
                overrides.push_back(
                    {FieldPath::component(stageIndex, main, QStringLiteral("instance")),
                     JsonValue::string(option.instance),
                     {}});
                overrides.push_back(
                    {FieldPath::component(stageIndex, main, QStringLiteral("count")),
                     QByteArray::number(option.count),
                     {}});
            }
            // Never propose a type in a region AWS does not offer it in (EC2 offerings
            // snapshot); the plan as it is stays, with the reason. Unknown is said.
            QStringList offeringReasons;
            QStringList offeringCaveats;
            QSet<QString> seen;
            for (const Component &c : st.components) {
                const QString type = c.instance();
                if (type.isEmpty() || seen.contains(type))
                    continue;
                seen.insert(type);
                switch (m_reference.offering(type, region)) {
                case Offering::NotOffered:
                    offeringReasons << tr("%1 is not offered in %2 (EC2 offerings of %3)")
                                           .arg(type, region, m_reference.offerings.asOf());
                    break;
                case Offering::Unknown:
                    if (ctx.instance(type) && ctx.instance(type)->origin != DataOrigin::Project)
                        offeringCaveats << tr("whether %1 offers %2 is not known (the EC2 "
                                              "offerings snapshot does not cover the region or "
                                              "the type)")
                                               .arg(region, type);
                    break;
                case Offering::Offered:
                    break;
                }
            }
            const bool planAsItIs = region == currentRegion && option.instance.isEmpty();
            if (!offeringReasons.isEmpty() && !planAsItIs)
                continue;
            const Estimate e = estimateProject(copy, m_reference);
            // A point whose figures are partial sums is no point: one that cannot be estimated
            // never is, one with a missing price only where the plan's own cost is known.
            const FigureStatus status = figureStatus(e.total);
            if (status == FigureStatus::NotEstimated
                || (status == FigureStatus::CostUnknown && baseline.total.costKnown))
                continue;
            ParetoPoint p;
            p.stage = kind;
            p.region = region;
            p.instance = option.instance.isEmpty() && main >= 0
                ? stage.components[std::size_t(main)].instance()
                : option.instance;
            p.count = option.instance.isEmpty() ? 0 : option.count;
            if (option.instance.isEmpty() && main >= 0) {
                std::visit(
                    [&p](const auto &spec) {
                        if constexpr (requires {
                                          spec.count;
                                          spec.instance;
                                      })
                            p.count = spec.count;
                    },
                    stage.components[std::size_t(main)].spec);
            }
            p.componentIndex = main;
            p.totals = e.total.totals();
            p.costKnown = e.total.costKnown;
            p.hours = main >= 0
                ? e.stages[std::size_t(stageIndex)].components[std::size_t(main)].hoursPerRun()
                : Advisor::jobHours(e);
            p.current = region == currentRegion && option.instance.isEmpty();
            p.notOffered = option.notOffered + regionReasons + offeringReasons;
            p.caveats = offeringCaveats;
            p.overrides = std::move(overrides);
            if (ownHardware || project.constraints.allowsRegion(region))
                points.push_back(std::move(p));
        }
    }
    return points;
}

std::vector<ParetoPoint> ParetoSearch::front(const Project &project, StageKind stage) const
{
    std::vector<ParetoPoint> result = nonDominated(evaluate(project, stage));
    std::stable_sort(result.begin(), result.end(), lessCarbonThenCost);
    return result;
}

std::vector<ParetoPoint> ParetoSearch::nonDominated(const std::vector<ParetoPoint> &points)
{
    const auto dominates = [](const ParetoPoint &q, const ParetoPoint &p) {
        return q.totals.co2e.kg <= p.totals.co2e.kg && q.totals.cost.usd <= p.totals.cost.usd
            && q.hours <= p.hours
            && (q.totals.co2e.kg < p.totals.co2e.kg || q.totals.cost.usd < p.totals.cost.usd
                || q.hours < p.hours);
    };
    std::vector<ParetoPoint> offered;
    for (const ParetoPoint &p : points) {
        if (p.current || p.notOffered.isEmpty())
            offered.push_back(p);
    }
    std::vector<ParetoPoint> result;
    for (const ParetoPoint &p : offered) {
        const bool dominated = std::any_of(offered.begin(), offered.end(),
                                           [&](const ParetoPoint &q) { return dominates(q, p); });
        if (!dominated)
            result.push_back(p);
    }
    return result;
}

} // namespace greenprint
