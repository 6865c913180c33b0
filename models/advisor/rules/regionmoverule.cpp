// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to every stage with components that runs on AWS hardware in a region
// other than the lowest-carbon one the project allows (constraints.allowedRegions,
// else every reference AWS region). The copy runs the stage there and gains a
// one-off transfer of the data the stage stores. Across two or more stages it also
// offers the whole plan in the one allowed region where the plan emits least.
// Source: regions.csv grid intensity.
#include "regionmoverule.h"

#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"

#include "domain/names.h"
#include "engine/estimator.h"

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

/** The allowed region where this stage alone emits least (estimated), if lower than now. */
Target bestRegion(const RuleContext &ctx, StageKind kind)
{
    const Project &project = ctx.project();
    Project single;
    single.settings = project.settings;
    single.catalogInstances = project.catalogInstances;
    single.catalogRegions = project.catalogRegions;
    single.region = project.region;
    single.stage(kind) = project.stage(kind);
    const QString current = project.effectiveRegion(project.stage(kind));
    single.stage(kind).region = current;
    const double now = estimateProject(single, ctx.reference()).total.co2e.kg;

    Target best;
    for (const RegionSpec &region : ctx.reference().regions) {
        if (region.id == current || region.partition != u"aws" || region.gridGCo2ePerKWh <= 0.0
            || !ctx.constraints().allowsRegion(region.id))
            continue;
        single.stage(kind).region = region.id;
        const double co2e = estimateProject(single, ctx.reference()).total.co2e.kg;
        if (co2e < now && (!best.region || co2e < best.co2eKg))
            best = {&region, co2e};
    }
    return best;
}

/**
 * The users' round trip to the endpoints before and after the move, from the
 * measured region pairs: the move is slower only when the new region is
 * farther from the users than the current one.
 */
void judgeLatency(const RuleContext &ctx, const QString &current, const QString &to, Suggestion &s)
{
    const QString users =
        ctx.constraints().usersRegion.isEmpty() ? current : ctx.constraints().usersRegion;
    const RegionLatency *after = ctx.reference().latency(users, to);
    const RegionLatency *before = ctx.reference().latency(users, current);
    if (!after) {
        s.latency = LatencyEffect::Higher;
        s.sideEffects += u' '
            + RegionMoveRule::tr("Serving from another region changes the network latency to "
                                 "your users; the latency table has no figure from %1 to %2.")
                  .arg(users, to);
        return;
    }
    s.usersRoundTripMs = after->p50Ms;
    s.usersRegion = users;
    s.latency =
        before && after->p50Ms <= before->p50Ms ? LatencyEffect::None : LatencyEffect::Higher;
    QString text = before
        ? RegionMoveRule::tr("Users near %1 reach %2 in a median %3 ms network round trip, "
                             "against %4 ms to %5 now (cloudping.co, a year of measurements "
                             "between AWS Regions).")
              .arg(users, to, QString::number(after->p50Ms, 'f', 0),
                   QString::number(before->p50Ms, 'f', 0), current)
        : RegionMoveRule::tr("Users near %1 reach %2 in a median %3 ms network round trip "
                             "(cloudping.co, a year of measurements between AWS Regions).")
              .arg(users, to, QString::number(after->p50Ms, 'f', 0));
    if (ctx.constraints().usersRegion.isEmpty()) {
        text += u' '
            + RegionMoveRule::tr("The users are taken to be near the endpoints' current region: "
                                 "state the users' region under Constraints.");
    }
    s.sideEffects += u' ' + text;
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

/** The project with every stage in `region` and a one-off copy of each stage's stored data. */
void moveWholePlan(Project &project, const QString &region, const QString &transferName)
{
    for (Stage &stage : project.stages) {
        const double storedGB = storedGBOf(stage);
        if (!stage.components.empty() && storedGB > 0.0 && project.effectiveRegion(stage) != region)
            stage.components.push_back({transferName, TransferSpec{storedGB, region}, {}});
        stage.region.clear();
    }
    project.region = region;
}

} // namespace

/**
 * The whole plan in the one allowed region where it emits least, when that is
 * lower than now and no stage runs on the project's own hardware or regions:
 * one scenario instead of a move per stage, with every stage's stored data
 * copied once.
 */
std::optional<Suggestion> RegionMoveRule::wholePlan(const RuleContext &ctx) const
{
    const Project &project = ctx.project();
    int stagesUsed = 0;
    for (const Stage &stage : project.stages) {
        if (stage.components.empty())
            continue;
        ++stagesUsed;
        if (usesProjectHardware(project, stage)
            || isCatalogRegion(project, project.effectiveRegion(stage)))
            return std::nullopt;
    }
    if (stagesUsed < 2)
        return std::nullopt; // the stage's own move says it all
    const QString transferName = tr("One-off copy of the stage's existing data to the new region");
    const double now = ctx.baseline().total.co2e.kg;
    const RegionSpec *best = nullptr;
    double bestKg = now;
    for (const RegionSpec &region : ctx.reference().regions) {
        if (region.partition != u"aws" || region.gridGCo2ePerKWh <= 0.0
            || !ctx.constraints().allowsRegion(region.id))
            continue;
        Project copy = project;
        moveWholePlan(copy, region.id, transferName);
        const double co2e = estimateProject(copy, ctx.reference()).total.co2e.kg;
        if (co2e < bestKg) {
            best = &region;
            bestKg = co2e;
        }
    }
    if (!best)
        return std::nullopt;
    const QString to = best->id;
    Suggestion s = make(StageKind::DataProcessing, -1);
    s.id = id() + QStringLiteral("/plan/-");
    s.wholePlan = true;
    s.title = tr("Run the whole plan in %1 (%2)").arg(best->name, to);
    s.description =
        tr("Moves every stage to %1, the allowed region where the whole plan emits least "
           "(grid %2 gCO2e/kWh), and counts a one-off transfer of the data each stage stores. "
           "One scenario instead of a move per stage. Prices in the reference data are us-east-1 "
           "On-Demand for every region, so regional price differences are not counted.")
            .arg(to)
            .arg(best->gridGCo2ePerKWh);
    s.source = QStringLiteral("regions.csv: %1").arg(best->gridBasis);
    s.sideEffects = tr("Check data residency and where the data is produced and used.");
    const Stage &inference = project.stage(StageKind::Inference);
    if (!inference.components.empty())
        judgeLatency(ctx, project.effectiveRegion(inference), to, s);
    s.confidence = Confidence::Medium;
    s.change = [to, transferName](ProjectEdit &edit) {
        moveWholePlan(edit.project(), to, transferName);
    };
    return s;
}

bool RegionMoveRule::applies(const RuleContext &ctx) const
{
    return !suggest(ctx).empty();
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
        const Target target = bestRegion(ctx, kind);
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
        s.source = QStringLiteral("regions.csv: %1").arg(target.region->gridBasis);
        s.sideEffects = tr("Check data residency and the other stages: keep data close to its "
                           "producers and train close to the data, or count their transfers too.");
        if (kind == StageKind::Inference)
            judgeLatency(ctx, current, to, s);
        s.confidence = Confidence::Medium;
        s.change = [kind, to, storedGB, transferName](ProjectEdit &edit) {
            Stage &st = edit.stage(kind);
            st.region = to;
            if (storedGB > 0.0)
                st.components.push_back({transferName, TransferSpec{storedGB, to}, {}});
        };
        result.push_back(std::move(s));
    }
    if (std::optional<Suggestion> plan = wholePlan(ctx))
        result.push_back(std::move(*plan));
    return result;
}

} // namespace greenprint
