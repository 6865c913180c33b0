// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionformats.h"

#include "domain/names.h"

#include <QCoreApplication>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace greenprint {
namespace {

using ordered_json = nlohmann::ordered_json;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::SuggestionFormats)
};

/** 6 significant digits, and no negative zero. */
double rounded(double value)
{
    const double r = QString::number(value, 'g', 6).toDouble();
    return r == 0.0 ? 0.0 : r;
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString fixed(double value, int decimals)
{
    return QString::number(value == 0.0 ? 0.0 : value, 'f', decimals);
}

} // namespace

QByteArray suggestionsToJson(const std::vector<Suggestion> &suggestions,
                             const std::vector<WithheldSuggestion> &withheld)
{
    const auto object = [](const Suggestion &s, bool offered) {
        ordered_json j;
        j["id"] = utf8(s.id);
        j["stage"] = utf8(stageKey(s.stage));
        j["title"] = utf8(s.title);
        j["co2eKgSaved"] = offered ? ordered_json(rounded(s.savings.co2eKg)) : ordered_json();
        j["energyKWhSaved"] = offered ? ordered_json(rounded(s.savings.energyKWh)) : ordered_json();
        j["costUsdSaved"] =
            offered && s.costKnown ? ordered_json(rounded(s.savings.costUsd)) : ordered_json();
        j["hoursSaved"] = offered ? ordered_json(rounded(s.savings.hours)) : ordered_json();
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
        j["offered"] = offered;
        return j;
    };
    ordered_json array = ordered_json::array();
    for (const Suggestion &s : suggestions)
        array.push_back(object(s, true));
    for (const WithheldSuggestion &w : withheld) {
        ordered_json j = object(w.suggestion, false);
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

QString suggestionsToTable(const std::vector<Suggestion> &suggestions, const Estimate &baseline,
                           const std::vector<WithheldSuggestion> &withheld,
                           const QStringList &planProblems)
{
    const QStringList header = {
        Tr::tr("#"),          Tr::tr("kgCO2e saved"), Tr::tr("%"),
        Tr::tr("kWh saved"),  Tr::tr("USD saved"),    Tr::tr("Hours saved"),
        Tr::tr("Confidence"), Tr::tr("Stage"),        Tr::tr("Suggestion (source)")};
    std::vector<QStringList> rows{header};
    int rank = 0;
    for (const Suggestion &s : suggestions) {
        QString title = s.title + QStringLiteral(" (") + s.source + u')';
        if (s.informational)
            title += Tr::tr(" [nothing counted on this plan]");
        else if (s.negligible)
            title += Tr::tr(" [< 0.5 %]");
        rows.push_back({QString::number(++rank), fixed(s.savings.co2eKg, 1),
                        fixed(s.co2eSavedFraction * 100.0, 1), fixed(s.savings.energyKWh, 1),
                        s.costKnown ? fixed(s.savings.costUsd, 0) : Tr::tr("unknown"),
                        fixed(s.savings.hours, 1), confidenceKey(s.confidence), stageKey(s.stage),
                        title});
    }
    std::vector<qsizetype> widths(header.size(), 0);
    for (const QStringList &r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[std::size_t(i)] = std::max(widths[std::size_t(i)], r[i].size());
    }
    QString out = Tr::tr("Plan: %1 kgCO2e, %2 kWh, %3 USD. Each suggestion is estimated on its own "
                         "copy of the plan; savings of several do not add up.\n\n")
                      .arg(fixed(baseline.total.co2e.kg, 1), fixed(baseline.total.energy.kWh, 1),
                           fixed(baseline.total.cost.usd, 0));
    if (!planProblems.isEmpty()) {
        out += Tr::tr("The plan itself cannot run as written:\n");
        for (const QString &problem : planProblems)
            out += QStringLiteral("  - ") + problem + u'\n';
        out += u'\n';
    }
    for (const QStringList &r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i) {
            const bool last = i + 1 == r.size();
            const bool text = i >= 6;
            if (i > 0)
                line += QStringLiteral("  ");
            line += last ? r[i]
                : text   ? r[i].leftJustified(widths[std::size_t(i)])
                         : r[i].rightJustified(widths[std::size_t(i)]);
        }
        out += line + u'\n';
    }
    if (suggestions.empty())
        out += Tr::tr("No suggestions: nothing in this plan matches a practice of the guidance "
                      "within its constraints.\n");
    if (!withheld.empty()) {
        out += u'\n' + Tr::tr("Not offered (%n):\n", nullptr, int(withheld.size()));
        for (const WithheldSuggestion &w : withheld) {
            out += Tr::tr("  - %1 (%2), because %3\n")
                       .arg(w.suggestion.title, stageKey(w.suggestion.stage),
                            w.reasons.join(QStringLiteral("; ")));
        }
    }
    return out;
}

} // namespace greenprint
