// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor.h"

#include "feasibility.h"
#include "plansearch.h"
#include "projectedit.h"
#include "ranking.h"
#include "ruleregistry.h"
#include "rulesupport.h"

#include "engine/estimator.h"
#include "numberformat.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace greenprint {
namespace {

/** Below this share of the plan's kgCO2e a saving is called negligible. */
constexpr double kNegligibleFraction = 0.005;

int errorCount(const Issues &issues)
{
    return int(std::count_if(issues.begin(), issues.end(),
                             [](const Issue &i) { return i.severity == Issue::Severity::Error; }));
}

QSet<QString> usedRegions(const Project &project)
{
    QSet<QString> regions;
    for (const Stage &stage : project.stages) {
        if (stage.components.empty())
            continue;
        regions.insert(project.effectiveRegion(stage));
        for (const Component &c : stage.components) {
            if (const auto *t = std::get_if<TransferSpec>(&c.spec))
                regions.insert(t->toRegion);
        }
    }
    return regions;
}

/** Whether `changed` runs a stage of `baseline` in another region. */
bool movesRegion(const Project &baseline, const Project &changed)
{
    for (StageKind kind : kAllStageKinds) {
        if (!changed.stage(kind).components.empty()
            && changed.effectiveRegion(changed.stage(kind))
                != baseline.effectiveRegion(baseline.stage(kind)))
            return true;
    }
    return false;
}

/** A lazy edit's changes as the variant estimator takes them. */
std::vector<VariantEstimator::ChangedComponent>
changedComponents(const std::vector<ProjectEdit::ComponentChange> &changes)
{
    std::vector<VariantEstimator::ChangedComponent> changed;
    changed.reserve(changes.size());
    for (const ProjectEdit::ComponentChange &change : changes)
        changed.push_back({int(change.stage), change.index, change.after});
    return changed;
}

Savings savingsOf(const VariantEstimator::Difference &difference)
{
    return Savings{difference.before.totals() - difference.after.totals(),
                   Hours{difference.jobHoursBefore - difference.jobHoursAfter}};
}

/** What a change saves, and how many more Error issues the changed plan has than the plan. */
struct Weighed
{
    Advisor::CombinedSavings combined;
    int addedErrors = 0;
};

/**
 * The one way every saving is weighed, whatever the plan's size and whether it has errors: a
 * change of components (`changes`, from the finished `edit`) on those components alone, their
 * figures and Error issues before and after (VariantEstimator::difference); a change that
 * needs the whole plan (a Region, a setting, a stage emptied) on a whole copy.
 */
Weighed weigh(const Project &project, const Estimate &baseline, ProjectEdit &edit,
              const std::optional<std::vector<ProjectEdit::ComponentChange>> &changes,
              const VariantEstimator &variants, const ReferenceData &reference)
{
    if (changes) {
        if (const std::optional<VariantEstimator::Difference> difference =
                variants.difference(changedComponents(*changes)))
            return {{savingsOf(*difference), difference->costKnown},
                    difference->errorCount - difference->errorCountBefore};
    }
    const Project &copy = edit.project();
    const Estimate changed = estimateProject(copy, reference);
    return {{Advisor::savingsBetween(baseline, changed),
             Advisor::costChangeKnown(project, baseline, copy, changed)},
            errorCount(changed.issues) - errorCount(baseline.issues)};
}

} // namespace

Advisor::Advisor(const ReferenceData &reference)
    : m_reference(reference)
    , m_rules(makeAllRules())
{ }

Advisor::~Advisor() = default;

std::vector<Suggestion> Advisor::suggest(const Project &project) const
{
    return suggest(project, estimateProject(project, m_reference));
}

std::vector<Suggestion> Advisor::suggest(const Project &project, const Estimate &baseline,
                                         std::vector<WithheldSuggestion> *withheld) const
{
    const RuleContext ctx(project, m_reference, baseline);
    const Feasibility &feasibility = ctx.feasibility();
    // Each suggestion is a variant of the plan: only the components it changes are
    // estimated again (tst_advisorsavings checks the savings against whole estimates).
    const VariantEstimator variants(project, baseline, m_reference);
    const double total = baseline.total.co2e.kg;
    std::vector<Suggestion> result;
    std::vector<WithheldSuggestion> ownWithheld;
    std::vector<WithheldSuggestion> &held = withheld ? *withheld : ownWithheld;
    // What the plan already uses, for the changes of single components (lazy edits).
    const QSet<QString> planTypes = Feasibility::typesInRegions(project);
    const QSet<QString> planRegions =
        project.constraints.allowedRegions.isEmpty() ? QSet<QString>() : usedRegions(project);
    // Applies one suggestion to its own copy: withheld when it breaks a constraint or cannot
    // run, dropped when it makes the plan unestimable or saves nothing, else kept with savings;
    // held back, with its savings, when its Region does not offer a type it moves to. A change
    // of some components is checked and estimated on those alone (ProjectEdit::changes()), in
    // time that does not grow with the plan, whatever the plan's size; a change that needs the
    // whole plan on a whole copy.
    const auto consider = [&](Suggestion &&s) {
        ProjectEdit edit(project);
        if (s.change)
            s.change(edit);
        edit.finish();
        const std::optional<std::vector<ProjectEdit::ComponentChange>> changes = edit.changes();
        QStringList reasons;
        QStringList notOffered;
        if (changes) {
            QStringList added;
            for (const ProjectEdit::ComponentChange &change : *changes) {
                const auto *t =
                    change.after ? std::get_if<TransferSpec>(&change.after->spec) : nullptr;
                if (t && !planRegions.contains(t->toRegion) && !added.contains(t->toRegion)
                    && !project.constraints.allowsRegion(t->toRegion))
                    added << t->toRegion;
            }
            reasons = violations(project.constraints, added, {&s});
            reasons += feasibility.changedComponents(project, *changes);
            notOffered = feasibility.notOffered(planTypes, project, *changes);
        } else {
            const Project &copy = edit.project();
            reasons = violations(project, copy, {&s});
            reasons += feasibility.changedComponents(project, copy);
            notOffered = feasibility.notOffered(project, copy);
        }
        if (!reasons.isEmpty()) {
            held.push_back({std::move(s), reasons + notOffered});
            return;
        }
        const Weighed weighed = weigh(project, baseline, edit, changes, variants, m_reference);
        if (weighed.addedErrors > 0)
            return;
        s.savings = weighed.combined.savings;
        s.costKnown = s.costKnown && weighed.combined.costKnown;
        if (!s.costKnown)
            s.savings.cost.usd = 0.0;
        s.co2eSavedFraction = total > 0.0 ? s.savings.co2e.kg / total : 0.0;
        s.negligible = std::abs(s.co2eSavedFraction) < kNegligibleFraction;
        // A change that saves no carbon is a suggestion only for a cost saving it can show.
        if (!s.informational && s.savings.co2e.kg <= 0.0
            && (s.savings.cost.usd <= 0.0 || !s.costKnown)) {
            // The Region's next best type saves nothing: say why the closer one is not offered.
            if (!s.closerNotOffered.isEmpty()) {
                const QString region = project.effectiveRegion(project.stage(s.stage));
                held.push_back(
                    {s,
                     {tr("%1 is not offered in %2 (EC2 offerings of %3), and the best match the "
                         "Region offers saves neither carbon nor cost there")
                          .arg(s.closerNotOffered, region, m_reference.offerings.asOf())}});
            }
            return;
        }
        if (!s.informational && !s.negligible && s.savings.co2e.kg < 0.0) {
            // Kept for its cost saving, but never presented as a carbon saving.
            s.description += u' '
                + tr("On this plan it adds %1 kgCO2e: a cost saving that raises carbon.")
                      .arg(QString::number(-s.savings.co2e.kg, 'f', 1));
        }
        if (s.negligible && !s.informational) {
            s.description += u' '
                + tr("On this plan it saves less than 0.5 % of the kgCO2e (%1 kgCO2e).")
                      .arg(NumberFormat::inText(s.savings.co2e.kg));
        }
        if (!notOffered.isEmpty()) {
            held.push_back({std::move(s), notOffered, true});
            return;
        }
        // Where the offerings snapshot cannot answer for a new type, the user checks (region
        // moves and whole-plan scenarios say so themselves).
        const QMap<QString, QStringList> added = changes
            ? Feasibility::newTypesByRegion(planTypes, project, *changes)
            : movesRegion(project, edit.project())
            ? QMap<QString, QStringList>()
            : feasibility.newTypesByRegion(project, edit.project());
        for (auto it = added.cbegin(); it != added.cend(); ++it) {
            QStringList listed;
            for (const QString &type : it.value()) {
                const InstanceSpec *spec = m_reference.instance(type);
                if (spec && spec->origin != DataOrigin::Project)
                    listed << type;
            }
            const QString note = RuleSupport::offeringUnknownNote(m_reference, listed, it.key());
            if (!note.isEmpty() && !s.description.contains(note))
                s.description += u' ' + note;
        }
        result.push_back(std::move(s));
    };
    for (const std::unique_ptr<Rule> &rule : m_rules) {
        // suggest() is empty exactly when the rule does not apply.
        for (Suggestion &s : rule->suggest(ctx))
            consider(std::move(s));
    }
    // Whole-plan scenarios: one region for every stage, with the hardware moves offered above.
    // A move held back here for the Region's offering may run in the Region a scenario picks.
    const std::vector<Suggestion> moves = planSearchMoves(result, held);
    const PlanSearch planSearch(m_reference);
    const PlanSearchResult plans = planSearch.search(project, baseline, moves);
    std::vector<Suggestion> scenarios = planSearch.scenarios(project, plans, moves);
    for (WithheldSuggestion &w : planSearch.removed(project, plans, moves))
        held.push_back(std::move(w));
    for (Suggestion &s : scenarios)
        consider(std::move(s));
    rank(result);
    return result;
}

void Advisor::rank(std::vector<Suggestion> &suggestions)
{
    ranking::rankBySavings(
        suggestions.begin(), suggestions.end(),
        [](const Suggestion &s) -> const Savings & { return s.savings; }, placedBefore);
}

Combination Advisor::combine(const Project &project, const std::vector<Suggestion> &chosen) const
{
    Combination result;
    result.project = project;
    ProjectEdit edit(result.project);
    std::vector<const Suggestion *> applied;
    for (const Suggestion &s : chosen) {
        if (s.change)
            s.change(edit);
        applied.push_back(&s);
        if (s.accuracyRetained)
            result.accuracyRetained *= *s.accuracyRetained;
    }
    edit.finish();
    result.estimate = estimateProject(result.project, m_reference);
    result.savings = savingsBetween(estimateProject(project, m_reference), result.estimate);
    result.violations = violations(project, result.project, applied);
    return result;
}

Advisor::CombinedSavings Advisor::combinedSavings(const Project &project, const Estimate &baseline,
                                                  const std::vector<Suggestion> &chosen) const
{
    ProjectEdit edit(project);
    for (const Suggestion &s : chosen) {
        if (s.change)
            s.change(edit);
    }
    edit.finish();
    const VariantEstimator variants(project, baseline, m_reference);
    return weigh(project, baseline, edit, edit.changes(), variants, m_reference).combined;
}

QStringList Advisor::violations(const Project &baseline, const Project &changed,
                                const std::vector<const Suggestion *> &applied)
{
    const Constraints &c = baseline.constraints;
    QStringList added;
    if (!c.allowedRegions.isEmpty()) {
        const QSet<QString> before = usedRegions(baseline);
        for (const QString &region : usedRegions(changed)) {
            if (!before.contains(region) && !c.allowsRegion(region))
                added << region;
        }
    }
    return violations(c, added, applied);
}

QStringList Advisor::violations(const Constraints &c, QStringList addedRegions,
                                const std::vector<const Suggestion *> &applied)
{
    QStringList reasons;
    addedRegions.sort();
    if (!addedRegions.isEmpty()) {
        reasons << tr("uses %1, which the project does not allow (allowed: %2)")
                       .arg(addedRegions.join(u", "), c.allowedRegions.join(u", "));
    }
    if (c.accuracyFloor) {
        double retained = 1.0;
        bool unknown = false;
        for (const Suggestion *s : applied) {
            if (!s->accuracyAtRisk)
                continue;
            if (s->accuracyRetained)
                retained *= *s->accuracyRetained;
            else
                unknown = true;
        }
        if (unknown) {
            reasons << tr("may lower accuracy by an amount no source states, and the project "
                          "must keep %1 % of the baseline score")
                           .arg(*c.accuracyFloor * 100.0);
        } else if (retained < *c.accuracyFloor) {
            reasons << tr("keeps %1 % of the baseline score, below the project's floor of %2 %")
                           .arg(retained * 100.0)
                           .arg(*c.accuracyFloor * 100.0);
        }
    }
    if (c.latencyCeilingMs) {
        for (const Suggestion *s : applied) {
            if (s->usersRoundTripMs) {
                // A region move: judged by the measured round trip, not assumed too slow.
                if (*s->usersRoundTripMs > *c.latencyCeilingMs) {
                    reasons << tr("\"%1\" puts the endpoints a median %2 ms round trip from "
                                  "users near %3 (region_latency.csv), past the project's "
                                  "ceiling of %4 ms")
                                   .arg(s->title)
                                   .arg(QString::number(*s->usersRoundTripMs, 'f', 0))
                                   .arg(s->usersRegion)
                                   .arg(*c.latencyCeilingMs);
                }
            } else if (s->latency == LatencyEffect::Higher
                       || s->latency == LatencyEffect::NotRealTime) {
                reasons << tr("\"%1\" may slow responses past the project's ceiling of %2 ms")
                               .arg(s->title)
                               .arg(*c.latencyCeilingMs);
            }
        }
    }
    return reasons;
}

std::vector<Suggestion> Advisor::planSearchMoves(const std::vector<Suggestion> &offered,
                                                 const std::vector<WithheldSuggestion> &withheld)
{
    std::vector<Suggestion> moves = offered;
    for (const WithheldSuggestion &w : withheld) {
        if (w.notOfferedHere)
            moves.push_back(w.suggestion);
    }
    return moves;
}

Savings Advisor::savingsBetween(const Estimate &baseline, const Estimate &changed)
{
    return Savings{baseline.total.totals() - changed.total.totals(),
                   jobHours(baseline) - jobHours(changed)};
}

bool Advisor::costChangeKnown(const Project &baseline, const Estimate &baselineEstimate,
                              const Project &changed, const Estimate &changedEstimate)
{
    if (baselineEstimate.total.costKnown && changedEstimate.total.costKnown)
        return true;
    // Every unpriced component of `a` is, in the same stage and Region, an equal component
    // that is unpriced in `b` too. Components keep their order when others are added or
    // removed, so they are paired in order (a removal before an unpriced component shifts its
    // index, not its place among the unpriced ones): one pass over each stage's unpriced
    // components. A reordered unpriced component is not paired: its cost change stays unknown.
    const auto unpricedMatch = [](const Project &a, const Estimate &ea, const Project &b,
                                  const Estimate &eb) {
        for (std::size_t s = 0; s < ea.stages.size() && s < a.stages.size(); ++s) {
            const std::vector<ComponentEstimate> &ca = ea.stages[s].components;
            std::size_t next = 0; // the first component of b's stage not paired yet
            for (std::size_t i = 0; i < ca.size(); ++i) {
                if (ca[i].footprint.costKnown)
                    continue;
                if (s >= eb.stages.size() || s >= b.stages.size()
                    || i >= a.stages[s].components.size()
                    || a.effectiveRegion(a.stages[s]) != b.effectiveRegion(b.stages[s]))
                    return false;
                const std::vector<ComponentEstimate> &cb = eb.stages[s].components;
                const std::size_t count = std::min(cb.size(), b.stages[s].components.size());
                while (next < count
                       && (cb[next].footprint.costKnown
                           || !(a.stages[s].components[i] == b.stages[s].components[next])))
                    ++next;
                if (next == count)
                    return false;
                ++next;
            }
        }
        return true;
    };
    return unpricedMatch(baseline, baselineEstimate, changed, changedEstimate)
        && unpricedMatch(changed, changedEstimate, baseline, baselineEstimate);
}

Hours Advisor::jobHours(const Estimate &estimate)
{
    Hours hours;
    for (const StageEstimate &stage : estimate.stages) {
        for (const ComponentEstimate &c : stage.components) {
            if (hasJobHours(c.type))
                hours += c.hours;
        }
    }
    return hours;
}

} // namespace greenprint
