// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansearch.h"

#include "advisor.h"
#include "projectedit.h"
#include "rules/regionmoverule.h"
#include "rulesupport.h"

#include "engine/estimator.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace greenprint {
namespace {

/** The rules whose moves change a stage's hardware, in the order options are listed. */
const QStringList &hardwareRules()
{
    static const QStringList rules = {QStringLiteral("trainium"), QStringLiteral("inferentia"),
                                      QStringLiteral("gpu-generation"), QStringLiteral("graviton")};
    return rules;
}

QString planId(const QString &region, const QStringList &moveIds)
{
    return QStringLiteral("plan/") + region + u'/'
        + (moveIds.isEmpty() ? QStringLiteral("-") : moveIds.join(u'+'));
}

/** A stage on the project's own hardware or in a region of the project's own is not moved. */
bool ownHardwareOrRegion(const Project &project, const Stage &stage)
{
    const QString region = project.effectiveRegion(stage);
    for (const CatalogRegion &r : project.catalogRegions) {
        if (r.id == region)
            return true;
    }
    for (const Component &c : stage.components) {
        for (const CatalogInstance &ci : project.catalogInstances) {
            if (!c.instance().isEmpty() && ci.id == c.instance())
                return true;
        }
    }
    return false;
}

/** "1 × trn1.32xlarge": what `move` puts its component on. */
QString targetOf(const Project &project, const Suggestion &move)
{
    ProjectEdit edit(project); // copies what the move changes, not the plan
    if (move.change)
        move.change(edit);
    edit.finish();
    const std::optional<std::vector<ProjectEdit::ComponentChange>> changes = edit.changes();
    const bool removes = !changes
        || std::any_of(changes->begin(), changes->end(),
                       [](const auto &c) { return c.after == nullptr; });
    const Component *c = nullptr;
    if (!removes) {
        c = edit.component(move.stage, move.componentIndex);
    } else {
        const ComponentList &after = edit.project().stage(move.stage).components;
        if (move.componentIndex >= 0 && move.componentIndex < int(after.size()))
            c = &after[std::size_t(move.componentIndex)];
    }
    if (!c)
        return move.title;
    return QStringLiteral("%1 × %2").arg(RuleSupport::instanceCount(*c)).arg(c->instance());
}

/**
 * "Everything in Europe (Stockholm) (eu-north-1) on 1 × p5.48xlarge, 2 × g6.xlarge": the
 * hardware the moves put their stages on, each once (two stages moved to 1 × p5.48xlarge
 * read "on 1 × p5.48xlarge"), in the order of the stages.
 */
QString planTitle(const RegionSpec &region, QStringList targets)
{
    targets.removeDuplicates();
    return targets.isEmpty() ? PlanSearch::tr("Everything in %1 (%2)").arg(region.name, region.id)
                             : PlanSearch::tr("Everything in %1 (%2) on %3")
                                   .arg(region.name, region.id, targets.join(QStringLiteral(", ")));
}

/** A stand-in for the region part of a combination, for Advisor::violations. */
Suggestion regionPart(const Project &project, const ReferenceData &reference, const QString &region)
{
    Suggestion s;
    s.wholePlan = true;
    s.title = PlanSearch::tr("Everything in %1").arg(region);
    const Stage &inference = project.stage(StageKind::Inference);
    if (!inference.components.empty())
        RegionMoveRule::judgeLatency(project, reference, project.effectiveRegion(inference), region,
                                     s);
    return s;
}

/** One way to run one stage: as planned (no move) or with one hardware move. */
struct StageOption
{
    const Suggestion *move = nullptr;
    QString target; ///< "1 × trn1.32xlarge"
    struct InRegion
    {
        Footprint total;
        Hours hours;
        bool estimated = true;
        QStringList notOffered; ///< instance types not offered in the region
    };
    std::vector<InRegion> regions; ///< by index in PlanSearchResult::regions
};

/** The first point of each region in `sorted`, at most `count` of them, in that order. */
std::vector<const ParetoPoint *> bestOfEachRegion(const std::vector<const ParetoPoint *> &sorted,
                                                  int count)
{
    std::vector<const ParetoPoint *> picked;
    QSet<QString> regions;
    for (const ParetoPoint *p : sorted) {
        if (int(picked.size()) == count)
            break;
        if (regions.contains(p->region))
            continue;
        regions.insert(p->region);
        picked.push_back(p);
    }
    return picked;
}

} // namespace

bool PlanSearch::isPlanId(const QString &id)
{
    return id.startsWith(QStringLiteral("plan/"));
}

bool PlanSearch::isHardwareMove(const Suggestion &s)
{
    return !s.wholePlan && hardwareRules().contains(s.ruleId);
}

PlanSearchResult PlanSearch::search(const Project &project, const Estimate &baseline,
                                    const std::vector<Suggestion> &offered) const
{
    PlanSearchResult result;
    int stagesUsed = 0;
    for (const Stage &stage : project.stages) {
        if (stage.components.empty())
            continue;
        ++stagesUsed;
        if (ownHardwareOrRegion(project, stage)) {
            result.notSearched = tr("A stage runs on your own hardware or in a region of your own: "
                                    "the whole plan is not moved.");
            return result;
        }
    }
    if (stagesUsed < 2) {
        result.notSearched =
            tr("Only one stage has components: the stage's own moves are the whole plan's.");
        return result;
    }
    for (const RegionSpec &r : m_reference.regions) {
        if (r.partition == u"aws" && r.gridGCo2ePerKWh > 0.0
            && project.constraints.allowsRegion(r.id))
            result.regions << r.id;
    }

    // Per stage: as planned, plus per hardware rule its best offered move (known cost first).
    const QString transferName = RegionMoveRule::wholePlanTransferName();
    std::array<std::vector<StageOption>, kStageCount> options;
    for (StageKind kind : kAllStageKinds) {
        std::vector<StageOption> &stageOptions = options[std::size_t(kind)];
        stageOptions.push_back({});
        if (project.stage(kind).components.empty()) {
            stageOptions.front().regions.resize(std::size_t(result.regions.size()));
            continue;
        }
        for (const QString &rule : hardwareRules()) {
            const Suggestion *best = nullptr;
            for (const Suggestion &s : offered) {
                if (s.ruleId != rule || s.stage != kind || s.wholePlan || !s.change
                    || (s.savings.co2e.kg <= 0.0 && s.savings.energy.kWh <= 0.0))
                    continue;
                if (!best || (s.costKnown && !best->costKnown)
                    || (s.costKnown == best->costKnown
                        && s.savings.co2e.kg > best->savings.co2e.kg))
                    best = &s;
            }
            if (best)
                stageOptions.push_back({best, targetOf(project, *best), {}});
        }
        for (StageOption &option : stageOptions) {
            Project moved = project;
            if (option.move) {
                ProjectEdit edit(moved);
                option.move->change(edit);
                edit.finish();
            }
            const Project alone = RuleSupport::stageAlone(moved, kind);
            for (const QString &region : std::as_const(result.regions)) {
                Project copy = alone;
                RegionMoveRule::moveWholePlan(copy, region, transferName);
                const Estimate e = estimateProject(copy, m_reference);
                StageOption::InRegion in;
                in.total = e.total;
                in.hours = Advisor::jobHours(e);
                in.estimated = figureStatus(e.total) != FigureStatus::NotEstimated;
                QSet<QString> seen;
                for (const Component &c : copy.stage(kind).components) {
                    const QString id = c.instance();
                    if (id.isEmpty() || seen.contains(id))
                        continue;
                    seen.insert(id);
                    if (m_reference.offering(id, region) == Offering::NotOffered) {
                        in.notOffered << tr("%1 is not offered in %2 (EC2 offerings of %3)")
                                             .arg(id, region, m_reference.offerings.asOf());
                    }
                }
                option.regions.push_back(std::move(in));
            }
        }
    }

    // The plan as it is, for reference.
    ParetoPoint current;
    current.wholePlan = true;
    current.current = true;
    current.region = project.effectiveRegion(project.stage(StageKind::Training));
    current.totals = baseline.total.totals();
    current.costKnown = baseline.total.costKnown;
    current.hours = Advisor::jobHours(baseline);
    current.label = tr("The plan as it is");
    result.points.push_back(current);

    QSet<QString> planRegions;
    for (const Stage &stage : project.stages) {
        if (!stage.components.empty())
            planRegions.insert(project.effectiveRegion(stage));
    }
    for (qsizetype ri = 0; ri < result.regions.size(); ++ri) {
        const QString &region = result.regions.at(ri);
        const RegionSpec *spec = m_reference.region(region);
        const Suggestion regionMove = regionPart(project, m_reference, region);
        std::array<std::size_t, kStageCount> pick{};
        while (true) {
            ParetoPoint p;
            p.wholePlan = true;
            p.region = region;
            bool estimated = true;
            QStringList moveIds;
            QStringList targets;
            std::vector<const Suggestion *> applied;
            Footprint total;
            for (StageKind kind : kAllStageKinds) {
                const StageOption &o = options[std::size_t(kind)][pick[std::size_t(kind)]];
                const StageOption::InRegion &in = o.regions[std::size_t(ri)];
                total += in.total;
                p.hours += in.hours;
                estimated = estimated && in.estimated;
                p.notOffered += in.notOffered;
                if (o.move) {
                    moveIds << o.move->id;
                    targets << o.target;
                    applied.push_back(o.move);
                }
            }
            applied.push_back(&regionMove);
            p.totals = total.totals();
            p.costKnown = total.costKnown;
            p.current = moveIds.isEmpty() && planRegions == QSet<QString>{region};
            // A partial sum is no point: one that cannot be estimated never is, one with a
            // missing price only where the plan's own cost is known (as in ParetoSearch).
            const bool partial = !estimated || (!p.costKnown && baseline.total.costKnown);
            if (!p.current && !partial) {
                p.notOffered += Advisor::violations(project, project, applied);
                p.suggestionId = planId(region, moveIds);
                p.label = planTitle(*spec, targets);
                result.points.push_back(std::move(p));
            }
            // Next combination (mixed radix over the stages' options).
            std::size_t k = 0;
            for (; k < std::size_t(kStageCount); ++k) {
                if (++pick[k] < options[k].size())
                    break;
                pick[k] = 0;
            }
            if (k == std::size_t(kStageCount))
                break;
        }
    }
    return result;
}

std::vector<ParetoPoint> PlanSearch::front(const PlanSearchResult &result)
{
    std::vector<ParetoPoint> points = ParetoSearch::nonDominated(result.points);
    std::stable_sort(points.begin(), points.end(), ParetoSearch::lessCarbonThenCost);
    return points;
}

std::vector<Suggestion> PlanSearch::scenarios(const Project &project,
                                              const PlanSearchResult &result,
                                              const std::vector<Suggestion> &offered) const
{
    if (result.points.empty())
        return {};
    const double now = result.points.front().totals.co2e.kg;
    std::vector<const ParetoPoint *> candidates;
    // The plan's own region with its moves is what the stage suggestions already offer.
    QSet<QString> planRegions;
    for (const Stage &stage : project.stages) {
        if (!stage.components.empty())
            planRegions.insert(project.effectiveRegion(stage));
    }
    for (const ParetoPoint &p : result.points) {
        if (!p.current && p.notOffered.isEmpty() && p.totals.co2e.kg < now
            && planRegions != QSet<QString>{p.region})
            candidates.push_back(&p);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const ParetoPoint *a, const ParetoPoint *b) {
                         return ParetoSearch::lessCarbonThenCost(*a, *b);
                     });
    const auto keepsHardware = [](const ParetoPoint *p) {
        return p->suggestionId.endsWith(QStringLiteral("/-"));
    };
    std::vector<const ParetoPoint *> picked = bestOfEachRegion(candidates, kScenarios);
    if (std::none_of(picked.begin(), picked.end(), keepsHardware)) {
        const auto same = std::find_if(candidates.begin(), candidates.end(), keepsHardware);
        if (same != candidates.end())
            picked.push_back(*same);
    }
    std::vector<Suggestion> suggestions;
    for (const ParetoPoint *p : picked) {
        if (std::optional<Suggestion> s = compose(project, p->suggestionId, offered))
            suggestions.push_back(std::move(*s));
    }
    return suggestions;
}

std::vector<WithheldSuggestion> PlanSearch::removed(const Project &project,
                                                    const PlanSearchResult &result,
                                                    const std::vector<Suggestion> &offered) const
{
    double bestOffered = result.points.empty() ? 0.0 : result.points.front().totals.co2e.kg;
    for (const ParetoPoint &p : result.points) {
        if (p.notOffered.isEmpty())
            bestOffered = std::min(bestOffered, p.totals.co2e.kg);
    }
    std::vector<const ParetoPoint *> better;
    for (const ParetoPoint &p : result.points) {
        if (!p.notOffered.isEmpty() && p.totals.co2e.kg < bestOffered)
            better.push_back(&p);
    }
    std::stable_sort(better.begin(), better.end(), [](const ParetoPoint *a, const ParetoPoint *b) {
        return a->totals.co2e.kg < b->totals.co2e.kg;
    });
    std::vector<WithheldSuggestion> withheld;
    for (const ParetoPoint *p : bestOfEachRegion(better, kScenarios)) {
        if (std::optional<Suggestion> s = compose(project, p->suggestionId, offered))
            withheld.push_back({std::move(*s), p->notOffered});
    }
    return withheld;
}

std::optional<Suggestion> PlanSearch::compose(const Project &project, const QString &id,
                                              const std::vector<Suggestion> &available) const
{
    if (!isPlanId(id))
        return std::nullopt;
    const QString rest = id.mid(5);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    const RegionSpec *region = m_reference.region(rest.left(slash));
    if (!region || region->partition != u"aws")
        return std::nullopt;
    const QString movesPart = rest.mid(slash + 1);
    std::vector<Suggestion> moves;
    if (movesPart != u"-") {
        QSet<std::pair<int, int>> changed;
        for (const QString &moveId : movesPart.split(u'+')) {
            const auto it = std::find_if(available.begin(), available.end(),
                                         [&moveId](const Suggestion &s) { return s.id == moveId; });
            if (it == available.end() || !isHardwareMove(*it)
                || changed.contains({int(it->stage), it->componentIndex}))
                return std::nullopt;
            changed.insert({int(it->stage), it->componentIndex});
            moves.push_back(*it);
        }
    }

    const QString to = region->id;
    QStringList targets;
    QStringList titles;
    QStringList sources{QStringLiteral("regions.csv: %1").arg(region->gridBasis)};
    QStringList sideEffects{tr("Check data residency and where the data is produced and used.")};
    Suggestion s;
    s.id = id;
    s.ruleId = QStringLiteral("plan");
    s.wholePlan = true;
    s.stage = StageKind::DataProcessing;
    s.componentIndex = -1;
    s.confidence = Confidence::Medium;
    bool retainedUnknown = false;
    for (const Suggestion &m : moves) {
        targets << targetOf(project, m);
        titles << m.title;
        if (!sources.contains(m.source))
            sources << m.source;
        if (!m.sideEffects.isEmpty() && !sideEffects.contains(m.sideEffects))
            sideEffects << m.sideEffects;
        s.confidence = std::min(s.confidence, m.confidence);
        if (m.accuracyAtRisk) {
            s.accuracyAtRisk = true;
            if (m.accuracyRetained)
                s.accuracyRetained = s.accuracyRetained.value_or(1.0) * *m.accuracyRetained;
            else
                retainedUnknown = true;
        }
    }
    if (retainedUnknown)
        s.accuracyRetained.reset();
    s.title = planTitle(*region, targets);
    s.description = tr("Moves every stage to %1 (grid %2 gCO2e/kWh) and counts a one-off "
                       "transfer of the data each stage stores.")
                        .arg(to)
                        .arg(region->gridGCo2ePerKWh);
    if (!moves.empty()) {
        s.description += u' '
            + tr("Hardware per stage, each the advisor's own move (sized from the same work and "
                 "checked for accelerator memory, interconnect and endpoint headroom): %1.")
                  .arg(titles.join(QStringLiteral("; ")));
    }
    s.description += u' '
        + tr("Found by the whole-plan search: every allowed region, with each stage on its "
             "planned hardware or on the best move of each hardware rule; no instance type is "
             "proposed in a region the EC2 offerings of %1 say does not offer it. Prices in the "
             "reference data are us-east-1 On-Demand for every region, so regional price "
             "differences are not counted.")
              .arg(m_reference.offerings.asOf());
    // Types the offerings snapshot cannot answer for in this region: proposed, but said so.
    Project moved = project;
    ProjectEdit moving(moved);
    for (const Suggestion &m : moves)
        m.change(moving);
    moving.finish();
    QStringList types;
    for (const Stage &stage : moved.stages) {
        for (const Component &c : stage.components)
            types << c.instance();
    }
    if (const QString note = RuleSupport::offeringUnknownNote(m_reference, types, to);
        !note.isEmpty())
        s.description += u' ' + note;
    s.source = sources.join(QStringLiteral("; "));
    s.sideEffects = sideEffects.join(u' ');
    const Stage &inference = project.stage(StageKind::Inference);
    if (!inference.components.empty())
        RegionMoveRule::judgeLatency(project, m_reference, project.effectiveRegion(inference), to,
                                     s);
    std::vector<std::function<void(ProjectEdit &)>> changes;
    for (const Suggestion &m : moves)
        changes.push_back(m.change);
    const QString transferName = RegionMoveRule::wholePlanTransferName();
    s.change = [changes, to, transferName](ProjectEdit &edit) {
        for (const auto &change : changes) {
            if (change)
                change(edit);
        }
        RegionMoveRule::moveWholePlan(edit.project(), to, transferName);
    };
    return s;
}

std::optional<Suggestion> PlanSearch::find(const Project &project, const QString &id,
                                           const std::vector<Suggestion> &available) const
{
    const auto it = std::find_if(available.begin(), available.end(),
                                 [&id](const Suggestion &s) { return s.id == id; });
    if (it != available.end())
        return *it;
    return compose(project, id, available);
}

} // namespace greenprint
