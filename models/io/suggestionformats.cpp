// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionformats.h"

#include "plainnumber.h"
#include "texttable.h"

#include "domain/names.h"

#include <QCoreApplication>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace greenprint {
namespace {

using PlainNumber::fixed;
using PlainNumber::rounded;

using ordered_json = nlohmann::ordered_json;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::SuggestionFormats)
};

std::string utf8(const QString &s)
{
    return s.toStdString();
}

} // namespace

QByteArray suggestionsToJson(const SuggestionReport &report)
{
    const auto object = [](const Suggestion &s, bool offered) {
        ordered_json j;
        j["id"] = utf8(s.id);
        j["stage"] = utf8(suggestionStageKey(s));
        j["title"] = utf8(s.title);
        j["co2eKgSaved"] = offered ? ordered_json(rounded(s.savings.co2e.kg)) : ordered_json();
        j["energyKWhSaved"] =
            offered ? ordered_json(rounded(s.savings.energy.kWh)) : ordered_json();
        j["costUsdSaved"] =
            offered && s.costKnown ? ordered_json(rounded(s.savings.cost.usd)) : ordered_json();
        j["hoursSaved"] = offered ? ordered_json(rounded(s.savings.hours.h)) : ordered_json();
        j["source"] = utf8(s.source);
        j["confidence"] = utf8(confidenceKey(s.confidence));
        j["sideEffects"] = utf8(s.sideEffects);
        j["description"] = utf8(s.description);
        j["rule"] = utf8(s.ruleId);
        j["component"] = s.componentIndex >= 0 ? ordered_json(s.componentIndex) : ordered_json();
        j["co2eSavedFraction"] =
            offered ? ordered_json(rounded(s.co2eSavedFraction)) : ordered_json();
        j["negligible"] = s.negligible;
        j["informational"] = s.informational;
        j["accuracyRetained"] =
            s.accuracyRetained ? ordered_json(rounded(*s.accuracyRetained)) : ordered_json();
        j["accuracyAtRisk"] = s.accuracyAtRisk;
        j["latency"] = utf8(latencyEffectKey(s.latency));
        j["usersRoundTripMs"] =
            s.usersRoundTripMs ? ordered_json(rounded(*s.usersRoundTripMs)) : ordered_json();
        j["usersRegion"] =
            s.usersRegion.isEmpty() ? ordered_json() : ordered_json(utf8(s.usersRegion));
        j["offered"] = offered;
        return j;
    };
    ordered_json array = ordered_json::array();
    for (const SuggestionGroup &g : report.groups) {
        const Suggestion &first = report.suggestions[std::size_t(g.members.front())];
        for (int m : g.members) {
            ordered_json j = object(report.suggestions[std::size_t(m)], true);
            j["section"] = utf8(SuggestionGrouping::sectionKey(g.section));
            j["question"] = g.question.isEmpty() ? ordered_json() : ordered_json(utf8(g.question));
            j["group"] = utf8(first.id);
            j["groupSize"] = int(g.members.size());
            j["groupCo2eKgSaved"] = rounded(g.savings.co2e.kg);
            array.push_back(std::move(j));
        }
    }
    for (const WithheldSuggestion &w : report.withheld) {
        ordered_json j = object(w.suggestion, false);
        j["section"] = ordered_json();
        j["question"] = ordered_json();
        j["group"] = ordered_json();
        j["groupSize"] = ordered_json();
        j["groupCo2eKgSaved"] = ordered_json();
        ordered_json reasons = ordered_json::array();
        for (const QString &reason : w.reasons)
            reasons.push_back(utf8(reason));
        j["notOfferedBecause"] = std::move(reasons);
        array.push_back(std::move(j));
    }
    std::string text = array.dump(2, ' ', false, ordered_json::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

QString suggestionsToTable(const SuggestionReport &report, const Estimate &baseline)
{
    const QStringList header = {
        Tr::tr("#"),          Tr::tr("kgCO2e saved"), Tr::tr("%"),
        Tr::tr("kWh saved"),  Tr::tr("USD saved"),    Tr::tr("Hours saved"),
        Tr::tr("Confidence"), Tr::tr("Stage"),        Tr::tr("Suggestion (source)")};
    std::vector<QStringList> rows{header};
    int rank = 0;
    const auto figures = [](const SuggestionGroup &g) {
        return QStringList{fixed(g.savings.co2e.kg, 1), fixed(g.co2eSavedFraction * 100.0, 1),
                           fixed(g.savings.energy.kWh, 1),
                           g.costKnown ? fixed(g.savings.cost.usd, 0) : Tr::tr("unknown"),
                           fixed(g.savings.hours.h, 1)};
    };
    QString questions;
    QString smaller;
    for (const SuggestionGroup &g : report.groups) {
        const Suggestion &first = report.suggestions[std::size_t(g.members.front())];
        const QString title = g.title + QStringLiteral(" (") + first.source + u')';
        const QStringList f = figures(g);
        switch (g.section) {
        case SuggestionSection::Ranked:
            rows.push_back(
                QStringList{QString::number(++rank)} + f
                + QStringList{confidenceKey(first.confidence), suggestionStageKey(first), title});
            break;
        case SuggestionSection::Question:
            questions += Tr::tr("  - %1\n    %2: would save %3 kgCO2e (%4 %), %5 USD.\n")
                             .arg(g.question, title, f[0], f[1], f[3]);
            break;
        case SuggestionSection::Smaller:
            smaller += g.informational ? Tr::tr("  - %1 (%2): nothing counted on this plan\n")
                                             .arg(title, suggestionStageKey(first))
                                       : Tr::tr("  - %1 (%2): %3 kgCO2e, %4 USD\n")
                                             .arg(title, suggestionStageKey(first), f[0], f[3]);
            break;
        }
    }
    QString out = Tr::tr("Plan: %1 kgCO2e, %2 kWh, %3 USD. Each suggestion is estimated on its own "
                         "copy of the plan; savings of several do not add up.\n\n")
                      .arg(fixed(baseline.total.co2e.kg, 1), fixed(baseline.total.energy.kWh, 1),
                           fixed(baseline.total.cost.usd, 0));
    if (!report.planProblems.isEmpty()) {
        out += Tr::tr("The plan itself cannot run as written:\n");
        for (const QString &problem : report.planProblems)
            out += QStringLiteral("  - ") + problem + u'\n';
        out += u'\n';
    }
    // The rank and the figures are numbers; confidence, stage and title text.
    std::vector<TextTable::Align> alignment(std::size_t(header.size()), TextTable::Align::Left);
    std::fill_n(alignment.begin(), 6, TextTable::Align::Right);
    out += TextTable(std::move(alignment)).render(rows);
    if (report.suggestions.empty())
        out += Tr::tr("No suggestions: nothing in this plan matches a practice of the guidance "
                      "within its constraints.\n");
    if (!questions.isEmpty())
        out += u'\n' + SuggestionGrouping::sectionName(SuggestionSection::Question)
            + QStringLiteral(":\n") + questions;
    if (!smaller.isEmpty())
        out += u'\n' + SuggestionGrouping::sectionName(SuggestionSection::Smaller)
            + QStringLiteral(":\n") + smaller;
    if (!report.withheld.empty()) {
        out += u'\n' + Tr::tr("Not offered (%n):\n", nullptr, int(report.withheld.size()));
        for (const WithheldSuggestion &w : report.withheld) {
            out += Tr::tr("  - %1 (%2), because %3\n")
                       .arg(w.suggestion.title, suggestionStageKey(w.suggestion),
                            w.reasons.join(QStringLiteral("; ")));
        }
    }
    if (!report.assumptions.isEmpty())
        out += u'\n' + report.assumptions + u'\n';
    return out;
}

} // namespace greenprint
