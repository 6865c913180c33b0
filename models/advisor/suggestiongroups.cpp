// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestiongroups.h"

#include "ranking.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace greenprint {
namespace {

/** The same practice: rule, stage and what follows the component index in the id ("/trn2"). */
QString practiceKey(const Suggestion &s)
{
    if (s.componentIndex < 0)
        return s.id; // a whole-stage suggestion is its own group
    const QStringList parts = s.id.split(u'/');
    // The practice's text tells variants of one rule apart (bf16 serving from int8).
    return s.ruleId + u'|' + QString::number(int(s.stage)) + u'|' + parts.mid(3).join(u'/') + u'|'
        + s.practice;
}

} // namespace

QString SuggestionGrouping::question(const Project &project, const Suggestion &suggestion)
{
    if (suggestion.ruleId == u"public-dataset") {
        return tr("Does a public dataset (Open Data on AWS, AWS Data Exchange) hold the data this "
                  "stage ingests? The plan does not say, so this is not ranked.");
    }
    if (suggestion.accuracyAtRisk && !project.constraints.accuracyFloor) {
        return tr("How much accuracy may the model lose? State the project's accuracy floor; "
                  "until then this is not ranked.");
    }
    return {};
}

std::vector<SuggestionGroup> SuggestionGrouping::group(const Advisor &advisor,
                                                       const Project &project,
                                                       const Estimate &baseline,
                                                       const std::vector<Suggestion> &suggestions)
{
    std::vector<SuggestionGroup> groups;
    QHash<QString, int> byKey;
    for (int i = 0; i < int(suggestions.size()); ++i) {
        const QString key = practiceKey(suggestions[std::size_t(i)]);
        if (const auto it = byKey.constFind(key); it != byKey.cend()) {
            groups[std::size_t(*it)].members.push_back(i);
            continue;
        }
        byKey.insert(key, int(groups.size()));
        SuggestionGroup g;
        g.members.push_back(i);
        groups.push_back(std::move(g));
    }
    const double total = baseline.total.co2e.kg;
    for (SuggestionGroup &g : groups) {
        const Suggestion &first = suggestions[std::size_t(g.members.front())];
        const int more = int(g.members.size()) - 1;
        g.question = question(project, first);
        g.informational = std::all_of(g.members.begin(), g.members.end(), [&](int m) {
            return suggestions[std::size_t(m)].informational;
        });
        if (more == 0) {
            g.title = first.title;
            g.savings = first.savings;
            g.costKnown = first.costKnown;
        } else {
            // "Stop idle notebooks automatically (4 components)": the practice, not the first
            // member's name, which is long and says nothing of the others.
            g.title = first.practice.isEmpty()
                ? tr("%1, and the same on %n other component(s)", nullptr, more).arg(first.title)
                : tr("%1 (%n component(s))", nullptr, more + 1).arg(first.practice);
            std::vector<Suggestion> chosen;
            bool costKnown = true;
            for (int m : g.members) {
                chosen.push_back(suggestions[std::size_t(m)]);
                costKnown = costKnown && suggestions[std::size_t(m)].costKnown;
            }
            const Advisor::CombinedSavings combined =
                advisor.combinedSavings(project, baseline, chosen);
            g.savings = combined.savings;
            g.costKnown = costKnown && combined.costKnown;
            if (!g.costKnown)
                g.savings.cost.usd = 0.0;
        }
        g.co2eSavedFraction = total > 0.0 ? g.savings.co2e.kg / total : 0.0;
        if (!g.question.isEmpty())
            g.section = SuggestionSection::Question;
        else if (g.informational || std::abs(g.co2eSavedFraction) < kSmallerFraction)
            g.section = SuggestionSection::Smaller;
        else
            g.section = SuggestionSection::Ranked;
    }
    // Section by section, in the advisor's one order (ranking.h), each group placed as its
    // first member.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const SuggestionGroup &a, const SuggestionGroup &b) {
                         return int(a.section) < int(b.section);
                     });
    const auto savingsOf = [](const SuggestionGroup &g) -> const Savings & { return g.savings; };
    const auto groupPlacedBefore = [&suggestions](const SuggestionGroup &a,
                                                  const SuggestionGroup &b) {
        return placedBefore(suggestions[std::size_t(a.members.front())],
                            suggestions[std::size_t(b.members.front())]);
    };
    for (auto first = groups.begin(); first != groups.end();) {
        const auto last = std::find_if(first, groups.end(), [&](const SuggestionGroup &g) {
            return g.section != first->section;
        });
        ranking::rankBySavings(first, last, savingsOf, groupPlacedBefore);
        first = last;
    }
    return groups;
}

QStringList SuggestionGrouping::componentNames(const Project &project,
                                               const std::vector<Suggestion> &suggestions,
                                               const SuggestionGroup &group)
{
    QStringList names;
    for (int m : group.members) {
        const Suggestion &s = suggestions[std::size_t(m)];
        const auto &components = project.stage(s.stage).components;
        if (s.componentIndex >= 0 && s.componentIndex < int(components.size()))
            names << components[std::size_t(s.componentIndex)].name;
    }
    return names;
}

QString SuggestionGrouping::sectionName(SuggestionSection section)
{
    switch (section) {
    case SuggestionSection::Ranked:
        return {};
    case SuggestionSection::Question:
        return tr("Needs an answer before it is ranked");
    case SuggestionSection::Smaller:
        return tr("Smaller savings (under 0.5 % of the plan's kgCO2e, or nothing counted)");
    }
    return {};
}

QString SuggestionGrouping::sectionKey(SuggestionSection section)
{
    switch (section) {
    case SuggestionSection::Ranked:
        return QStringLiteral("ranked");
    case SuggestionSection::Question:
        return QStringLiteral("question");
    case SuggestionSection::Smaller:
        return QStringLiteral("smaller");
    }
    return {};
}

} // namespace greenprint
