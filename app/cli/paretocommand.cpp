// SPDX-License-Identifier: GPL-3.0-or-later
// `greenprint pareto`: the cost / carbon / time Pareto front of the whole plan or of one stage.
#include "commandsupport.h"

#include "advisor/advisor.h"
#include "advisor/paretosearch.h"
#include "advisor/plansearch.h"
#include "io/plainnumber.h"
#include "domain/names.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace greenprint::cli {

namespace {

using PlainNumber::rounded;

QString labelOf(const ParetoPoint &p)
{
    if (p.wholePlan)
        return p.label;
    return p.instance.isEmpty()
        ? p.region
        : QStringLiteral("%1, %2 × %3").arg(p.region).arg(p.count).arg(p.instance);
}

/**
 * The options a constraint or a feasibility check removed that would be on the
 * front if they were offered: what the user gave up, and why.
 */
std::vector<ParetoPoint> removedFromFront(const std::vector<ParetoPoint> &points)
{
    std::vector<ParetoPoint> all = points;
    for (ParetoPoint &p : all)
        p.current = p.current || !p.notOffered.isEmpty(); // nonDominated() keeps "current" ones
    std::vector<ParetoPoint> removed;
    for (const ParetoPoint &p : ParetoSearch::nonDominated(all)) {
        if (!p.notOffered.isEmpty())
            removed.push_back(p);
    }
    return removed;
}

} // namespace

int runPareto(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the ways to run the whole plan (one region for every stage, the advisor's "
           "hardware moves per stage) or one stage (region x instance) that no other way beats "
           "on kgCO2e, cost and hours at once."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .greenprint project file."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("stage"),
        tr("plan (default) or a stage: data-processing, model-building, training, inference."),
        tr("stage"), QStringLiteral("plan")));
    addTableOrJsonOption(parser);
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("pareto"), rest, 1, code))
        return code;
    const std::optional<QString> format = tableOrJson(parser, code);
    if (!format)
        return code;
    const QString &formatText = *format;
    const QString stageText = parser.value(QStringLiteral("stage"));
    std::optional<StageKind> stage;
    if (stageText != u"plan") {
        for (StageKind kind : kAllStageKinds) {
            if (stageKey(kind) == stageText)
                stage = kind;
        }
        if (!stage) {
            return usageError(tr("unknown stage '%1'; use plan, %2")
                                  .arg(stageText, stageKeys().join(QStringLiteral(", "))));
        }
    }

    const QString path = parser.positionalArguments().front();
    const ReferenceData reference = loadReferenceData();
    LoadedProject loaded = loadAndEstimate(path, reference);
    if (!loaded.project)
        return InvalidInput;
    printIssues(loaded.estimate.issues, path);

    std::vector<ParetoPoint> points;
    QString notSearched;
    if (stage) {
        points = ParetoSearch(reference).evaluate(*loaded.project, *stage);
    } else {
        std::vector<WithheldSuggestion> withheld;
        const std::vector<Suggestion> offered =
            Advisor(reference).suggest(*loaded.project, loaded.estimate, &withheld);
        PlanSearchResult result = PlanSearch(reference).search(
            *loaded.project, loaded.estimate, Advisor::planSearchMoves(offered, withheld));
        notSearched = result.notSearched;
        points = std::move(result.points);
    }
    std::vector<ParetoPoint> front = ParetoSearch::nonDominated(points);
    std::stable_sort(front.begin(), front.end(), ParetoSearch::lessCarbonThenCost);
    const std::vector<ParetoPoint> removed = removedFromFront(points);

    if (formatText == u"json") {
        using ordered_json = nlohmann::ordered_json;
        ordered_json j;
        j["stage"] = stage ? stageKey(*stage).toStdString() : std::string("plan");
        j["evaluated"] = points.size();
        j["notSearched"] =
            notSearched.isEmpty() ? ordered_json() : ordered_json(notSearched.toStdString());
        ordered_json list = ordered_json::array();
        for (const ParetoPoint &p : front) {
            ordered_json o;
            o["label"] = labelOf(p).toStdString();
            o["region"] = p.region.toStdString();
            o["suggestion"] = p.suggestionId.isEmpty() ? ordered_json()
                                                       : ordered_json(p.suggestionId.toStdString());
            o["current"] = p.current;
            o["co2eKg"] = rounded(p.totals.co2e.kg);
            o["energyKWh"] = rounded(p.totals.energy.kWh);
            o["costUsd"] = p.costKnown ? ordered_json(rounded(p.totals.cost.usd)) : ordered_json();
            o["hours"] = rounded(p.hours.h);
            if (!p.caveats.isEmpty()) {
                ordered_json caveats = ordered_json::array();
                for (const QString &caveat : p.caveats)
                    caveats.push_back(caveat.toStdString());
                o["caveats"] = std::move(caveats);
            }
            list.push_back(std::move(o));
        }
        j["front"] = std::move(list);
        ordered_json gone = ordered_json::array();
        for (const ParetoPoint &p : removed) {
            ordered_json o;
            o["label"] = labelOf(p).toStdString();
            o["co2eKg"] = rounded(p.totals.co2e.kg);
            ordered_json reasons = ordered_json::array();
            for (const QString &reason : p.notOffered)
                reasons.push_back(reason.toStdString());
            o["notOfferedBecause"] = std::move(reasons);
            gone.push_back(std::move(o));
        }
        j["removedFromFront"] = std::move(gone);
        out() << QString::fromStdString(j.dump(2) + '\n');
        out().flush();
        return loaded.ok ? Success : InvalidInput;
    }

    const QString what = stage ? stageDisplayName(*stage) : tr("Whole plan");
    if (!notSearched.isEmpty())
        out() << notSearched << u'\n';
    const int onFront = int(
        std::count_if(front.begin(), front.end(), [](const ParetoPoint &p) { return !p.current; }));
    out() << tr("%1: %n way(s) on the front (kgCO2e, USD, hours) among %2 evaluated.\n\n", nullptr,
                onFront)
                 .arg(what)
                 .arg(points.size());
    QStringList rows;
    int rank = 0;
    for (const ParetoPoint &p : front) {
        const QString mark = p.current ? tr("now") : QString::number(++rank);
        rows << QStringLiteral("%1  %2  %3  %4  %5%6")
                    .arg(mark.rightJustified(3),
                         QString::number(p.totals.co2e.kg, 'f', 1).rightJustified(9),
                         (p.costKnown ? QString::number(p.totals.cost.usd, 'f', 0) : tr("unknown"))
                             .rightJustified(8),
                         QString::number(p.hours.h, 'f', 1).rightJustified(8), labelOf(p),
                         p.suggestionId.isEmpty() ? QString()
                                                  : QStringLiteral(" [%1]").arg(p.suggestionId));
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                 .arg(tr("#").rightJustified(3), tr("kgCO2e").rightJustified(9),
                      tr("USD").rightJustified(8), tr("Hours").rightJustified(8), tr("Way"));
    for (const QString &row : rows)
        out() << row << u'\n';
    // What a way on the front rests on that the data cannot confirm (a region's offerings).
    QStringList caveats;
    for (const ParetoPoint &p : front) {
        for (const QString &caveat : p.caveats) {
            if (!caveats.contains(caveat))
                caveats << caveat;
        }
    }
    if (!caveats.isEmpty()) {
        out() << u'\n' << tr("To check before you plan on it:\n");
        for (const QString &caveat : std::as_const(caveats))
            out() << QStringLiteral("  - %1\n").arg(caveat);
    }
    if (!removed.empty()) {
        out() << u'\n'
              << tr("Not offered, though no offered way beats them (%1):\n").arg(removed.size());
        for (const ParetoPoint &p : removed) {
            out() << QStringLiteral("  - %1 (%2 kgCO2e): %3\n")
                         .arg(labelOf(p), QString::number(p.totals.co2e.kg, 'f', 1),
                              p.notOffered.join(QStringLiteral("; ")));
        }
    }
    out().flush();
    return loaded.ok ? Success : InvalidInput;
}

} // namespace greenprint::cli
