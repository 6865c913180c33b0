// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to every stage with components that runs on AWS hardware in a region
// other than the lowest-carbon one the project allows (constraints.allowedRegions,
// else every reference AWS region). The copy runs the stage there and gains a
// one-off transfer of the data the stage stores. The endpoints move only to a region
// the users reach within the latency ceiling (region_latency.csv); a better region
// beyond it is named with the reason. The whole plan in one region, with hardware
// per stage, is PlanSearch's (advisor/plansearch.h). Source: regions.csv grid intensity.
#include "regionmoverule.h"

#include "advisor/ruleregistry.h"

#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"

#include "domain/names.h"
#include "engine/estimator.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace greenprint {
namespace {

struct Target
{
    const RegionSpec *region = nullptr;
    double co2eKg = 0.0;
};

bool usesProjectHardware(const Project &project, const Stage &stage)
{
    for (const Component &c : stage.components) {
        const QString id = c.instance();
        for (const CatalogInstance &ci : project.catalogInstances) {
            if (!id.isEmpty() && ci.id == id)
                return true;
        }
    }
    return false;
}

bool isCatalogRegion(const Project &project, const QString &region)
{
    for (const CatalogRegion &r : project.catalogRegions) {
        if (r.id == region)
            return true;
    }
    return false;
}

/** The users' median round trip to `region`, or nullopt when the table lacks the pair. */
std::optional<double> usersRoundTripMs(const RuleContext &ctx, const QString &current,
                                       const QString &region)
{
    const QString users =
        ctx.constraints().usersRegion.isEmpty() ? current : ctx.constraints().usersRegion;
    if (const RegionLatency *l = ctx.reference().latency(users, region))
        return l->p50Ms;
    return std::nullopt;
}

/**
 * The allowed region where this stage alone emits least (estimated), if lower
 * than now. For the endpoints under a latency ceiling, only regions the users
 * reach within it count; `beyondCeiling` then receives the best one left out.
 */
/** The stage's instance types (each once), in order. */
QStringList typesOf(const Stage &stage)
{
    QStringList types;
    for (const Component &c : stage.components) {
        const QString type = c.instance();
        if (!type.isEmpty() && !types.contains(type))
            types << type;
    }
    return types;
}

Target bestRegion(const RuleContext &ctx, StageKind kind, Target *beyondCeiling)
{
    const Project &project = ctx.project();
    const QStringList types = typesOf(project.stage(kind));
    Project single = RuleSupport::stageAlone(project, kind);
    const QString current = project.effectiveRegion(project.stage(kind));
    single.stage(kind).region = current;
    const double now = estimateProject(single, ctx.reference()).total.co2e.kg;
    const bool underCeiling =
        kind == StageKind::Inference && ctx.constraints().latencyCeilingMs.has_value();
    const double ceilingMs = ctx.constraints().latencyCeilingMs.value_or(0.0);

    Target best;
    for (const RegionSpec &region : ctx.reference().regions) {
        if (region.id == current || region.partition != u"aws" || region.gridGCo2ePerKWh <= 0.0
            || !ctx.constraints().allowsRegion(region.id))
            continue;
        // Never into a region the EC2 offerings snapshot says lacks one of the stage's types.
        if (std::any_of(types.begin(), types.end(), [&](const QString &type) {
                return ctx.reference().offering(type, region.id) == Offering::NotOffered;
            }))
            continue;
        single.stage(kind).region = region.id;
        const double co2e = estimateProject(single, ctx.reference()).total.co2e.kg;
        if (co2e >= now)
            continue;
        if (underCeiling) {
            const std::optional<double> trip = usersRoundTripMs(ctx, current, region.id);
            if (!trip || *trip > ceilingMs) {
                if (beyondCeiling && (!beyondCeiling->region || co2e < beyondCeiling->co2eKg))
                    *beyondCeiling = {&region, co2e};
                continue;
            }
        }
        if (!best.region || co2e < best.co2eKg)
            best = {&region, co2e};
    }
    if (beyondCeiling && beyondCeiling->region && best.region
        && beyondCeiling->co2eKg >= best.co2eKg)
        *beyondCeiling = {};
    return best;
}

double storedGBOf(const Stage &stage)
{
    double storedGB = 0.0;
    for (const Component &c : stage.components) {
        if (const auto *s = std::get_if<StorageSpec>(&c.spec))
            storedGB += s->sizeGB;
    }
    return storedGB;
}

/**
 * Adds the one-off copy of a stage's data to its new region. Built in place: moving a
 * brace-initialised Component into the vector made GCC 12 at -O3 report its variant's other
 * alternatives as maybe uninitialized (a false positive, see the top CMakeLists.txt).
 */
void appendTransfer(Stage &stage, const QString &name, const TransferSpec &transfer)
{
    Component &component = stage.components.emplace_back();
    component.name = name;
    component.spec = transfer;
}

} // namespace

void RegionMoveRule::judgeLatency(const Project &project, const ReferenceData &reference,
                                  const QString &current, const QString &to, Suggestion &s)
{
    const QString users =
        project.constraints.usersRegion.isEmpty() ? current : project.constraints.usersRegion;
    const RegionLatency *after = reference.latency(users, to);
    const RegionLatency *before = reference.latency(users, current);
    if (!after) {
        s.latency = LatencyEffect::Higher;
        s.sideEffects += u' '
            + tr("Serving from another region changes the network latency to your users; the "
                 "latency table has no figure from %1 to %2.")
                  .arg(users, to);
        return;
    }
    s.usersRoundTripMs = after->p50Ms;
    s.usersRegion = users;
    s.latency =
        before && after->p50Ms <= before->p50Ms ? LatencyEffect::None : LatencyEffect::Higher;
    QString text = before
        ? tr("Users near %1 reach %2 in a median %3 ms network round trip, against %4 ms to %5 "
             "now (cloudping.co, a year of measurements between AWS Regions).")
              .arg(users, to, QString::number(after->p50Ms, 'f', 0),
                   QString::number(before->p50Ms, 'f', 0), current)
        : tr("Users near %1 reach %2 in a median %3 ms network round trip (cloudping.co, a "
             "year of measurements between AWS Regions).")
              .arg(users, to, QString::number(after->p50Ms, 'f', 0));
    if (project.constraints.usersRegion.isEmpty()) {
        text += u' '
            + tr("The users are taken to be near the endpoints' current region: state the "
                 "users' region under Constraints.");
    }
    s.sideEffects += u' ' + text;
}

void RegionMoveRule::moveWholePlan(Project &project, const QString &region,
                                   const QString &transferName)
{
    for (Stage &stage : project.stages) {
        const double storedGB = storedGBOf(stage);
        if (!stage.components.empty() && storedGB > 0.0
            && project.effectiveRegion(stage) != region) {
            appendTransfer(stage, transferName, TransferSpec{storedGB, region});
        }
        stage.region.clear();
    }
    project.region = region;
}

QString RegionMoveRule::wholePlanTransferName()
{
    return tr("One-off copy of the stage's existing data to the new region");
}

std::vector<Suggestion> RegionMoveRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const Project &project = ctx.project();
    for (StageKind kind : kAllStageKinds) {
        const Stage &stage = project.stage(kind);
        const QString current = project.effectiveRegion(stage);
        if (stage.components.empty() || usesProjectHardware(project, stage)
            || isCatalogRegion(project, current))
            continue;
        Target beyondCeiling;
        Target target = bestRegion(ctx, kind, &beyondCeiling);
        if (!target.region) {
            // Nothing within the ceiling: the best move is made anyway, so that the advisor
            // withholds it and says which constraint removed it.
            target = std::exchange(beyondCeiling, {});
        }
        if (!target.region)
            continue;
        const double storedGB = storedGBOf(stage);
        const QString to = target.region->id;
        const QString transferName = tr("One-off copy of the stage's existing data to %1").arg(to);
        Suggestion s = make(kind, -1);
        s.title = tr("Run %1 in %2 (%3)").arg(stageDisplayName(kind), target.region->name, to);
        s.description =
            tr("Moves the stage from %1 to %2, the allowed region with the lowest estimated "
               "kgCO2e for it (grid %3 gCO2e/kWh). %4 Prices in the reference data are "
               "us-east-1 On-Demand for every region, so regional price differences are not "
               "counted.")
                .arg(current, to)
                .arg(target.region->gridGCo2ePerKWh)
                .arg(storedGB > 0.0 ? tr("Counts a one-off transfer of the %1 GB the stage stores.")
                                          .arg(storedGB)
                                    : tr("The stage stores no data, so no transfer is counted."));
        if (const QString note =
                RuleSupport::offeringUnknownNote(ctx.reference(), typesOf(stage), to);
            !note.isEmpty())
            s.description += u' ' + note;
        s.source = QStringLiteral("regions.csv: %1").arg(target.region->gridBasis);
        s.sideEffects = tr("Check data residency and the other stages: keep data close to its "
                           "producers and train close to the data, or count their transfers too.");
        if (kind == StageKind::Inference) {
            judgeLatency(project, ctx.reference(), current, to, s);
            if (beyondCeiling.region) {
                const std::optional<double> trip =
                    usersRoundTripMs(ctx, current, beyondCeiling.region->id);
                const QString why = trip
                    ? tr("users near %1 would wait a median %2 ms round trip there")
                          .arg(s.usersRegion.isEmpty() ? current : s.usersRegion,
                               QString::number(*trip, 'f', 0))
                    : tr("the latency table has no figure for it");
                s.description += u' '
                    + tr("%1 (%2) would emit less (%3 kgCO2e for the stage against %4), but the "
                         "project's latency ceiling of %5 ms (constraints.latencyCeilingMs) "
                         "removes it: %6. This is the best region within the ceiling.")
                          .arg(beyondCeiling.region->name, beyondCeiling.region->id,
                               QString::number(beyondCeiling.co2eKg, 'f', 1),
                               QString::number(target.co2eKg, 'f', 1))
                          .arg(*ctx.constraints().latencyCeilingMs)
                          .arg(why);
            }
        }
        s.confidence = Confidence::Medium;
        s.change = [kind, to, storedGB, transferName](ProjectEdit &edit) {
            Stage &st = edit.stage(kind);
            st.region = to;
            if (storedGB > 0.0)
                appendTransfer(st, transferName, TransferSpec{storedGB, to});
        };
        result.push_back(std::move(s));
    }
    return result;
}

std::unique_ptr<Rule> makeRegionMoveRule()
{
    return std::make_unique<RegionMoveRule>();
}

} // namespace greenprint
