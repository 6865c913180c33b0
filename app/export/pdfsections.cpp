// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsections.h"

#include "pdfcharts.h"
#include "pdfreportwriter.h"
#include "pdfstyle.h"

#include "domain/names.h"
#include "engine/banddrivers.h"
#include "engine/functionalunits.h"
#include "settings/perunittext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace greenprint {
namespace {

constexpr int kTopSuggestions = 3;
/** Ranked suggestions printed in full; the others go to the appendix as table rows. A design
 *  review reads the first few; the long tail is kept, not spread over pages. */
constexpr int kSuggestionsInFull = 10;

struct Card
{
    QString caption;
    QString value;
    QString unit;
    QStringList details;
};

} // namespace

PdfSections::PdfSections(PdfReportWriter &writer, const PdfReportInput &input)
    : m_writer(writer)
    , m_input(input)
    , m_numbers(input.locale)
{ }

QString PdfSections::kgOf(const Footprint &f, double kg) const
{
    return f.complete ? m_numbers.kg(kg) : tr("not estimated");
}

QString PdfSections::kWhOf(const Footprint &f, double kWh) const
{
    return f.complete ? m_numbers.kWh(kWh) : tr("not estimated");
}

QString PdfSections::usdOf(const Footprint &f) const
{
    switch (figureStatus(f)) {
    case FigureStatus::Known:
        return m_numbers.usd(f.cost.usd);
    case FigureStatus::CostUnknown:
        return tr("unknown");
    case FigureStatus::NotEstimated:
        break;
    }
    return tr("not estimated");
}

QString PdfSections::stageTitle(const StageEstimate &stage, int number) const
{
    const QString name = stageDisplayName(stage.kind, stage.name);
    return tr("%1. %2").arg(number).arg(name);
}

void PdfSections::writeTitle()
{
    const Estimate &e = m_input.estimate;
    const Project &p = m_input.project;
    m_writer.addParagraph(tr("GREENPRINT PLAN"), TextStyle::Heading2, PdfStyle::accent());
    m_writer.addParagraph(p.name.isEmpty() ? tr("Untitled project") : p.name, TextStyle::Title,
                          PdfStyle::heading());
    if (!m_input.scenario.isEmpty()) {
        m_writer.addParagraph(
            tr("What-if scenario “%1” applied to the project.").arg(m_input.scenario),
            TextStyle::Body, PdfStyle::muted());
    }
    QString dataset = gridDatasetDisplayName(e.gridDataset);
    if (m_input.reference) {
        for (const GridDataset &d : m_input.reference->method.gridDatasets) {
            if (d.id == gridDatasetKey(e.gridDataset))
                dataset = tr("%1 (%2)").arg(d.name, d.year);
        }
    }
    if (e.gridDataset == GridDatasetChoice::Recommended)
        dataset = tr("Recommended per region (best available dataset)");
    const QString generated = m_input.locale.toString(m_input.generatedAt, QLocale::ShortFormat);
    QString embodied = e.includeEmbodied ? tr("included, servers amortised over %1 years")
                                               .arg(m_numbers.plain(e.serverLifetimeYears))
                                         : tr("excluded");
    if (e.methodology == Methodology::GreenAlgorithms)
        embodied = tr("not counted by the Green Algorithms method");
    m_writer.addKeyValues({
        {tr("Generated"), generated},
        {tr("Greenprint version"), QStringLiteral(GREENPRINT_VERSION)},
        {tr("Reference data"), tr("version %1").arg(e.dataVersion)},
        {tr("Methodology"), methodologyDisplayName(e.methodology)},
        {tr("Grid-intensity dataset"), dataset},
        {tr("Market-based year"), tr("%1 (AWS renewable-matching list)").arg(e.marketBasedYear)},
        {tr("Default region"), p.region},
        {tr("Embodied carbon"), embodied},
        {tr("Constraints"), constraintsText(p.constraints)},
    });
}

/** The plan's constraints as one line; the advisor and the Pareto search honour them. */
QString PdfSections::constraintsText(const Constraints &c) const
{
    QStringList parts;
    if (!c.allowedRegions.isEmpty())
        parts << tr("only in %1").arg(c.allowedRegions.join(QStringLiteral(", ")));
    if (c.latencyCeilingMs)
        parts << tr("responses within %1 ms").arg(m_numbers.plain(*c.latencyCeilingMs, 6));
    if (!c.usersRegion.isEmpty())
        parts << tr("users near %1").arg(c.usersRegion);
    if (c.accuracyFloor)
        parts << tr("keep at least %1 % of the baseline model's score")
                     .arg(m_numbers.plain(*c.accuracyFloor * 100.0, 4));
    if (c.servesEdgeDevices)
        parts << tr("served to edge devices");
    if (parts.isEmpty())
        return tr("none stated: any region, no latency ceiling, no accuracy floor");
    return parts.join(QStringLiteral("; "));
}

void PdfSections::writeFigures()
{
    const Footprint &t = m_input.estimate.total;
    std::vector<Card> cards = {
        {tr("Carbon, location-based"),
         kgOf(t, t.co2e.kg),
         tr("kgCO2e"),
         {tr("Range %1 to %2 kgCO2e").arg(kgOf(t, t.low.co2e.kg), kgOf(t, t.high.co2e.kg)),
          tr("Operational %1 kgCO2e, embodied %2 kgCO2e")
              .arg(kgOf(t, t.operationalCo2e.kg), kgOf(t, t.embodiedCo2e.kg))}},
        {tr("Carbon, market-based"),
         kgOf(t, t.marketCo2e.kg),
         tr("kgCO2e"),
         {tr("Renewable matching as AWS reported it for %1").arg(m_input.estimate.marketBasedYear),
          tr("Shown beside, never instead of, location-based")}},
        {tr("Energy at the facility"),
         kWhOf(t, t.energy.kWh),
         tr("kWh"),
         {tr("Range %1 to %2 kWh").arg(kWhOf(t, t.low.energy.kWh), kWhOf(t, t.high.energy.kWh)),
          tr("IT energy %1 kWh before PUE").arg(kWhOf(t, t.itEnergy.kWh))}},
        {tr("Cost"),
         usdOf(t),
         tr("USD"),
         {tr("AWS list prices, us-east-1 On-Demand unless Spot is set")}},
    };
    if (!t.complete) {
        // No range or split of a partial sum: say why instead.
        for (int i : {0, 2})
            cards[std::size_t(i)].details = {tr("Some component could not be estimated: see "
                                                "“Notes on the inputs”")};
    }
    if (figureStatus(t) == FigureStatus::CostUnknown)
        cards[3].details << tr("Some price is missing from the reference data");
    const int columns = 2;
    const double gap = m_writer.pt(8);
    const double cardWidth = (m_writer.contentWidth() - gap * (columns - 1)) / columns;
    const double pad = m_writer.pt(8);
    const QFont captionFont = m_writer.font(TextStyle::Small);
    QFont valueFont = m_writer.font(TextStyle::Title);
    valueFont.setPointSizeF(17);
    QFont unitFont = m_writer.font(TextStyle::Body);
    unitFont.setBold(true);
    const QFont detailFont = m_writer.font(TextStyle::Small);
    const QFontMetricsF cm(captionFont, m_writer.device());
    const QFontMetricsF vm(valueFont, m_writer.device());
    const QFontMetricsF dm(detailFont, m_writer.device());
    std::vector<QStringList> detailLines;
    double cardHeight = 0;
    for (const Card &card : cards) {
        QStringList lines;
        for (const QString &d : card.details)
            lines += m_writer.wrap(d, detailFont, cardWidth - 2 * pad);
        detailLines.push_back(lines);
        cardHeight = std::max(cardHeight,
                              2 * pad + cm.lineSpacing() + vm.lineSpacing()
                                  + lines.size() * dm.lineSpacing());
    }
    const double rows = std::ceil(cards.size() / double(columns));
    const double unit = m_writer.pt(1);
    m_writer.addDrawing(rows * cardHeight + (rows - 1) * gap, [=](QPainter &p, const QRectF &r) {
        const QFontMetricsF um(unitFont, p.device());
        for (size_t i = 0; i < cards.size(); ++i) {
            const double x = r.left() + (i % columns) * (cardWidth + gap);
            const double y = r.top() + (i / columns) * (cardHeight + gap);
            const QRectF box(x, y, cardWidth, cardHeight);
            QPainterPath path;
            path.addRoundedRect(box, 3 * unit, 3 * unit);
            p.fillPath(path, PdfStyle::stripeFill());
            p.fillRect(QRectF(x, y, 2.5 * unit, cardHeight), PdfStyle::accent());
            double ty = y + pad + cm.ascent();
            p.setFont(captionFont);
            p.setPen(PdfStyle::muted());
            p.drawText(QPointF(x + pad, ty), cards[i].caption);
            ty += cm.descent() + vm.ascent();
            p.setFont(valueFont);
            p.setPen(PdfStyle::heading());
            p.drawText(QPointF(x + pad, ty), cards[i].value);
            p.setFont(unitFont);
            p.drawText(QPointF(x + pad + vm.horizontalAdvance(cards[i].value) + 3 * unit, ty),
                       cards[i].unit);
            ty += vm.descent() + dm.ascent() + unit;
            p.setFont(detailFont);
            p.setPen(PdfStyle::text());
            for (const QString &line : detailLines[i]) {
                p.drawText(QPointF(x + pad, ty), line);
                ty += dm.lineSpacing();
            }
        }
    });
}

/** The answer a reviewer looks for first: the project's scenario that lowers carbon most, else the
 *  largest single saving the advisor offers. Only figures that stand on both sides count. */
void PdfSections::writeRecommendation()
{
    const Footprint &base = m_input.baseline.total;
    const PdfScenario *best = nullptr;
    for (const PdfScenario &s : m_input.scenarios) {
        const Footprint &t = s.estimate.total;
        if (!base.complete || !t.complete || !s.invalidReasons.isEmpty()
            || t.co2e.kg >= base.co2e.kg)
            continue;
        if (!best || t.co2e.kg < best->estimate.total.co2e.kg)
            best = &s;
    }
    if (best) {
        const Footprint &t = best->estimate.total;
        const double changeKg = t.co2e.kg - base.co2e.kg;
        const bool costStands =
            figureStatus(t) == FigureStatus::Known && figureStatus(base) == FigureStatus::Known;
        m_writer.addParagraph(
            tr("Recommended: scenario “%1”, %2 kgCO2e, a change of %3 kgCO2e (%4) against the "
               "baseline, cost change %5 USD. Of this project's scenarios it has the lowest "
               "carbon; the what-if comparison has them all.")
                .arg(best->name, m_numbers.kg(t.co2e.kg), m_numbers.signedKg(changeKg),
                     m_numbers.percent(changeKg / base.co2e.kg),
                     costStands ? m_numbers.signedUsd(t.cost.usd - base.cost.usd) : tr("unknown")),
            TextStyle::Body, PdfStyle::accent());
        return;
    }
    const PdfSuggestion *top = nullptr;
    if (m_input.suggestions) {
        for (const PdfSuggestion &s : *m_input.suggestions) {
            if (s.section == SuggestionSection::Ranked && s.savingCo2eKg > 0.0) {
                top = &s;
                break;
            }
        }
    }
    const QString none = m_input.scenarios.empty()
        ? tr("This project defines no what-if scenario.")
        : tr("None of this project's scenarios lowers its carbon.");
    if (top && base.complete && base.co2e.kg > 0.0) {
        m_writer.addParagraph(
            none + u' '
                + tr("The largest single saving the advisor offers: %1, %2 kgCO2e (%3 of the "
                     "plan); see “Suggestions”.")
                      .arg(top->title, m_numbers.kg(top->savingCo2eKg),
                           m_numbers.percent(top->savingCo2eKg / base.co2e.kg)
                               .remove(QStringLiteral("+"))),
            TextStyle::Body, PdfStyle::accent());
    } else {
        m_writer.addParagraph(none + u' '
                                  + tr("The advisor offers no change that lowers its carbon."),
                              TextStyle::Body, PdfStyle::muted());
    }
}

void PdfSections::writeSummary()
{
    const Estimate &e = m_input.estimate;
    m_writer.addHeading(tr("Summary"), 1);
    writeFigures();
    writeRecommendation();

    PdfTable table;
    table.columns = {{tr("Stage"), 2.0, false},       {tr("Region"), 1.2, false},
                     {tr("Energy (kWh)"), 1, true},   {tr("Carbon (kgCO2e)"), 1, true},
                     {tr("Range (kgCO2e)"), 1, true}, {tr("Market-based (kgCO2e)"), 1, true},
                     {tr("Cost (USD)"), 1, true}};
    int number = 1;
    for (const StageEstimate &s : e.stages) {
        const Footprint &f = s.footprint;
        table.rows.push_back(
            {{stageTitle(s, number++), s.region, kWhOf(f, f.energy.kWh), kgOf(f, f.co2e.kg),
              tr("%1–%2").arg(kgOf(f, f.low.co2e.kg), kgOf(f, f.high.co2e.kg)),
              kgOf(f, f.marketCo2e.kg), usdOf(f)},
             PdfTable::RowKind::Normal});
    }
    const Footprint &t = e.total;
    table.rows.push_back({{tr("Total"), QString(), kWhOf(t, t.energy.kWh), kgOf(t, t.co2e.kg),
                           tr("%1–%2").arg(kgOf(t, t.low.co2e.kg), kgOf(t, t.high.co2e.kg)),
                           kgOf(t, t.marketCo2e.kg), usdOf(t)},
                          PdfTable::RowKind::Total});
    m_writer.addTable(table);
    writePerUnit();

    std::vector<PdfBar> bars;
    number = 1;
    for (const StageEstimate &s : e.stages) {
        const Footprint &f = s.footprint;
        bars.push_back({stageTitle(s, number++), f.operationalCo2e.kg,
                        f.co2e.kg - f.operationalCo2e.kg, f.low.co2e.kg, f.high.co2e.kg});
    }
    const PdfNumbers numbers = m_numbers;
    PdfBarChart chart(m_writer, bars,
                      {tr("Carbon by stage (kgCO2e)"), tr("Operational"), tr("Embodied"),
                       tr("Range (low to high)"), [numbers](double v) { return numbers.kg(v); }});
    m_writer.addHeading(tr("Carbon by stage"), 2, chart.height());
    m_writer.addDrawing(chart.height(),
                        [chart](QPainter &p, const QRectF &r) { chart.paint(p, r); });
    writeBandDrivers();
    writeSuggestions();
}

/** Which input makes the carbon range: each alone at its ends, widest first. */
void PdfSections::writeBandDrivers()
{
    const Footprint &t = m_input.estimate.total;
    if (figureStatus(t) == FigureStatus::NotEstimated)
        return;
    PdfTable table;
    table.columns = {{tr("Input"), 1.4, false},
                     {tr("Alone (kgCO2e)"), 1.3, true},
                     {tr("Span (kgCO2e)"), 0.9, true},
                     {tr("What the range is"), 4.0, false}};
    for (const RankedDriver &d : rankedDrivers(t)) {
        table.rows.push_back(
            {{bandDriverDisplayName(d.driver),
              tr("%1–%2").arg(kgOf(t, std::min(d.range.low.co2e.kg, d.range.high.co2e.kg)),
                              kgOf(t, std::max(d.range.low.co2e.kg, d.range.high.co2e.kg))),
              kgOf(t, d.co2eSpanKg), bandDriverExplanation(d.driver)},
             PdfTable::RowKind::Normal});
    }
    m_writer.addHeading(tr("What makes the range"), 2);
    m_writer.addParagraph(tr("The range above combines these inputs, each read as its P10 to P90 "
                             "interval, in quadrature (IPCC 2006, Vol. 1, ch. 3, Approach 1). "
                             "Here each input is moved alone, the others held central (%1 "
                             "kgCO2e): the widest row is the assumption to pin down first.")
                              .arg(kgOf(t, t.co2e.kg)));
    m_writer.addTable(table);
}

/** The SCI figures: (E x I + M) per R for the plan and every stage with components. */
void PdfSections::writePerUnit()
{
    const Estimate &e = m_input.estimate;
    m_writer.addHeading(tr("Per unit of work"), 2);
    PdfTable table;
    table.columns = {{tr("Stage"), 2.0, false},
                     {tr("Functional unit (R)"), 1.6, false},
                     {tr("Units"), 0.8, true},
                     {tr("kgCO2e per unit"), 1, true},
                     {tr("kWh per unit"), 1, true}};
    const auto row = [&](const QString &title, const PerUnit &perUnit, PdfTable::RowKind kind) {
        const bool known = perUnit.co2eKgPerUnit && perUnit.energyKWhPerUnit;
        const QString none = tr("not stated");
        table.rows.push_back({{title, functionalUnitDisplayName(perUnit.functionalUnit),
                               m_numbers.plain(perUnit.units, 4),
                               known ? m_numbers.plain(*perUnit.co2eKgPerUnit, 3) : none,
                               known ? m_numbers.plain(*perUnit.energyKWhPerUnit, 3) : none},
                              kind});
    };
    int number = 1;
    for (const StageEstimate &s : e.stages) {
        const QString title = stageTitle(s, number++);
        if (s.components.empty())
            continue;
        row(title, s.perUnit, PdfTable::RowKind::Normal);
        if (s.perMillionTokens)
            row(title, *s.perMillionTokens, PdfTable::RowKind::Normal);
    }
    row(tr("Whole plan"), e.perUnit, PdfTable::RowKind::Total);
    if (e.perMillionTokens)
        row(tr("Whole plan"), *e.perMillionTokens, PdfTable::RowKind::Total);
    m_writer.addTable(table);
    m_writer.addParagraph(PerUnitText::method(), TextStyle::Small, PdfStyle::muted());
}

void PdfSections::writeSuggestions()
{
    m_writer.addHeading(tr("Top suggestions"), 2);
    if (!m_input.suggestions) {
        m_writer.addParagraph(tr("No suggestions: the advisor was not run for this plan."),
                              TextStyle::Body, PdfStyle::muted());
        return;
    }
    const std::vector<PdfSuggestion> &all = *m_input.suggestions;
    if (all.empty()) {
        m_writer.addParagraph(tr("The advisor found no change that lowers the footprint of this "
                                 "plan within its constraints."),
                              TextStyle::Body, PdfStyle::muted());
        return;
    }
    PdfTable table;
    table.columns = {{tr("Suggestion"), 4.0, false},
                     {tr("Saves (kgCO2e)"), 1, true},
                     {tr("Saves (USD)"), 1, true}};
    // The top of the ranked ones: questions and smaller savings are never "top".
    int shown = 0;
    for (const PdfSuggestion &s : all) {
        if (s.section != SuggestionSection::Ranked || shown == kTopSuggestions)
            continue;
        ++shown;
        table.rows.push_back({{s.title, m_numbers.kg(s.savingCo2eKg),
                               s.costKnown ? m_numbers.usd(s.savingUsd) : tr("unknown")},
                              PdfTable::RowKind::Normal});
    }
    m_writer.addTable(table);
    m_writer.addParagraph(tr("Each saving is against the baseline, so savings do not add up; "
                             "details and sources follow the what-if comparison."),
                          TextStyle::Small, PdfStyle::muted());
}

void PdfSections::writeAllSuggestions()
{
    if (!m_input.suggestions || m_input.suggestions->empty())
        return;
    m_writer.addHeading(tr("Suggestions"), 1);
    m_writer.addParagraph(tr("Ranked by carbon saved. A dash means the reference data has no "
                             "price for what the change moves to."));
    if (!m_input.feasibilityAssumptions.isEmpty())
        m_writer.addParagraph(m_input.feasibilityAssumptions);
    for (const QString &problem : m_input.planProblems) {
        m_writer.addParagraph(tr("The plan itself cannot run as written: %1.").arg(problem),
                              TextStyle::Body, PdfStyle::worse());
    }
    const std::vector<PdfSuggestion> &all = *m_input.suggestions;
    SuggestionSection section = SuggestionSection::Ranked;
    int inAppendix = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const PdfSuggestion &s = all[i];
        if (!inFull(i)) {
            ++inAppendix;
            continue;
        }
        if (s.section != section) {
            section = s.section;
            m_writer.addHeading(SuggestionGrouping::sectionName(section), 2);
        }
        m_writer.addHeading(tr("%1. %2").arg(i + 1).arg(s.title), 2);
        if (!s.question.isEmpty())
            m_writer.addParagraph(s.question, TextStyle::Body, PdfStyle::accent());
        const bool addsCarbon = s.savingCo2eKg < 0.0 && !s.negligible;
        QString saving = savingSentence(s, addsCarbon);
        if (s.negligible)
            saving += tr(" (negligible: under 0.5 % of the plan's carbon)");
        m_writer.addParagraph(saving + u'.', TextStyle::Body,
                              addsCarbon ? PdfStyle::worse() : PdfStyle::accent());
        if (!s.detail.isEmpty())
            m_writer.addParagraph(s.detail);
        std::vector<std::pair<QString, QString>> facts;
        if (!s.sideEffects.isEmpty())
            facts.push_back({tr("Side effects"), s.sideEffects});
        if (!s.sources.isEmpty())
            facts.push_back({tr("Source"), s.sources});
        if (!facts.empty())
            m_writer.addKeyValues(facts);
    }
    if (inAppendix > 0) {
        m_writer.addParagraph(
            tr("%n further suggestion(s) are listed in the appendix at the end of "
               "this plan.",
               nullptr, inAppendix),
            TextStyle::Body, PdfStyle::muted());
    }
    if (!m_input.notOffered.isEmpty()) {
        m_writer.addHeading(tr("Not offered"), 2);
        for (const QString &line : m_input.notOffered)
            m_writer.addParagraph(line);
    }
}

QString PdfSections::savingSentence(const PdfSuggestion &s, bool addsCarbon) const
{
    // Under half a cent reads as no change in cost, as the USD column prints it.
    const bool costsMore = s.costKnown && s.savingUsd <= -0.005;
    const QString kg = m_numbers.kg(addsCarbon ? -s.savingCo2eKg : s.savingCo2eKg);
    const QString usd = m_numbers.usd(costsMore ? -s.savingUsd : std::max(s.savingUsd, 0.0));
    if (addsCarbon) {
        if (!s.costKnown)
            return tr("Adds %1 kgCO2e on this plan; the change in cost is unknown").arg(kg);
        if (costsMore)
            return tr("Adds %1 kgCO2e and %2 USD on this plan").arg(kg, usd);
        return tr("Adds %1 kgCO2e and saves %2 USD on this plan: a cost saving that raises "
                  "carbon")
            .arg(kg, usd);
    }
    if (!s.costKnown)
        return tr("Saves %1 kgCO2e on this plan; the change in cost is unknown").arg(kg);
    if (costsMore)
        return tr("Saves %1 kgCO2e on this plan and costs %2 USD more").arg(kg, usd);
    return tr("Saves %1 kgCO2e and %2 USD on this plan").arg(kg, usd);
}

bool PdfSections::inFull(std::size_t index) const
{
    const std::vector<PdfSuggestion> &all = *m_input.suggestions;
    switch (all[index].section) {
    case SuggestionSection::Question:
        return true; // each asks the reader for a fact: never tucked away
    case SuggestionSection::Smaller:
        return false;
    case SuggestionSection::Ranked:
        break;
    }
    const auto ranked = std::count_if(
        all.begin(), all.begin() + std::ptrdiff_t(index) + 1,
        [](const PdfSuggestion &s) { return s.section == SuggestionSection::Ranked; });
    return ranked <= kSuggestionsInFull;
}

void PdfSections::writeSuggestionAppendix()
{
    if (!m_input.suggestions)
        return;
    const std::vector<PdfSuggestion> &all = *m_input.suggestions;
    PdfTable table;
    table.columns = {{tr("No."), 0.4, true},
                     {tr("Suggestion"), 3.2, false},
                     {tr("Saves (kgCO2e)"), 0.9, true},
                     {tr("Saves (USD)"), 0.9, true},
                     {tr("Source"), 2.2, false}};
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (inFull(i))
            continue;
        const PdfSuggestion &s = all[i];
        table.rows.push_back({{QString::number(i + 1), s.title, m_numbers.kg(s.savingCo2eKg),
                               s.costKnown ? m_numbers.usd(s.savingUsd) : tr("unknown"),
                               s.sources.isEmpty() ? QStringLiteral("–") : s.sources},
                              PdfTable::RowKind::Normal});
    }
    if (table.rows.empty())
        return;
    m_writer.newPage();
    m_writer.addHeading(tr("Appendix: further suggestions"), 1);
    m_writer.addParagraph(tr("The ranked suggestions after the first %1 and the smaller savings "
                             "(under 0.5 % of the plan's kgCO2e, or nothing counted), numbered as "
                             "in “Suggestions”. Each saving is against the baseline. The what-if "
                             "view and the command “greenprint suggest” give each one's detail "
                             "and side effects.")
                              .arg(kSuggestionsInFull));
    m_writer.addTable(table);
}

void PdfSections::writeStages()
{
    m_writer.addHeading(tr("Stages"), 1);
    int number = 1;
    for (const StageEstimate &s : m_input.estimate.stages) {
        m_writer.addHeading(stageTitle(s, number++), 2);
        const Footprint &f = s.footprint;
        m_writer.addParagraph(
            tr("Region %1 · %n component(s) · %2 kgCO2e · %3 kWh · %4 USD", nullptr,
               int(s.components.size()))
                .arg(s.region, kgOf(f, f.co2e.kg), kWhOf(f, f.energy.kWh), usdOf(f)),
            TextStyle::Body, PdfStyle::muted());
        if (s.components.empty()) {
            m_writer.addParagraph(tr("No components in this stage."));
            continue;
        }
        PdfTable table;
        table.columns = {{tr("Component"), 3.2, false}, {tr("Type"), 1.2, false},
                         {tr("Instance"), 1.5, false},  {tr("Region"), 1.2, false},
                         {tr("Count"), 1, true},        {tr("Hours (h)"), 1, true},
                         {tr("Energy (kWh)"), 1, true}, {tr("Carbon (kgCO2e)"), 1, true},
                         {tr("Cost (USD)"), 1, true}};
        for (const ComponentEstimate &c : s.components) {
            // A recurring job: its hours are all runs'; the name says how many of how long.
            const QString name = c.runs == 1.0
                ? c.name
                : tr("%1 (%2 runs of %3 h)")
                      .arg(c.name, m_numbers.hours(c.runs), m_numbers.hours(c.hoursPerRun().h));
            table.rows.push_back(
                {{name, componentTypeDisplayName(c.type),
                  c.instance.isEmpty() ? QStringLiteral("–") : c.instance, c.region,
                  c.count > 0 ? m_numbers.count(c.count) : QStringLiteral("–"),
                  m_numbers.hours(c.hours.h), kWhOf(c.footprint, c.footprint.energy.kWh),
                  kgOf(c.footprint, c.footprint.co2e.kg), usdOf(c.footprint)},
                 PdfTable::RowKind::Normal});
        }
        table.rows.push_back({{tr("Stage total"), QString(), QString(), QString(), QString(),
                               QString(), kWhOf(f, f.energy.kWh), kgOf(f, f.co2e.kg), usdOf(f)},
                              PdfTable::RowKind::Subtotal});
        m_writer.addTable(table);
        if (s.components.size() < 2)
            continue;
        std::vector<PdfBar> bars;
        for (const ComponentEstimate &c : s.components) {
            const Footprint &cf = c.footprint;
            bars.push_back({c.name, cf.operationalCo2e.kg, cf.co2e.kg - cf.operationalCo2e.kg,
                            cf.low.co2e.kg, cf.high.co2e.kg});
        }
        const PdfNumbers numbers = m_numbers;
        PdfBarChart chart(m_writer, bars,
                          {tr("Carbon by component (kgCO2e)"), tr("Operational"), tr("Embodied"),
                           tr("Range (low to high)"),
                           [numbers](double v) { return numbers.kg(v); }});
        m_writer.addDrawing(chart.height(),
                            [chart](QPainter &p, const QRectF &r) { chart.paint(p, r); });
    }
}

void PdfSections::writeWhatIf()
{
    m_writer.addHeading(tr("What-if comparison"), 1);
    if (m_input.scenarios.empty()) {
        m_writer.addParagraph(tr("This project defines no what-if scenarios; the plan above is "
                                 "the only one estimated."),
                              TextStyle::Body, PdfStyle::muted());
        return;
    }
    m_writer.addParagraph(tr("Every scenario is the baseline with its changes applied to a copy, "
                             "estimated by the same method and reference data. Negative changes "
                             "are savings."));
    const Footprint &base = m_input.baseline.total;
    PdfTable table;
    table.columns = {{tr("Scenario"), 3.0, false},     {tr("Energy (kWh)"), 1, true},
                     {tr("Carbon (kgCO2e)"), 1, true}, {tr("Change (kgCO2e)"), 1, true},
                     {tr("Change (%)"), 1, true},      {tr("Cost (USD)"), 1, true},
                     {tr("Change (USD)"), 1, true}};
    table.rows.push_back(
        {{tr("Baseline"), kWhOf(base, base.energy.kWh), kgOf(base, base.co2e.kg),
          QStringLiteral("–"), QStringLiteral("–"), usdOf(base), QStringLiteral("–")},
         PdfTable::RowKind::Subtotal});
    std::vector<PdfBar> bars;
    bars.push_back({tr("Baseline"), base.operationalCo2e.kg, base.co2e.kg - base.operationalCo2e.kg,
                    base.low.co2e.kg, base.high.co2e.kg});
    QStringList invalid;
    for (const PdfScenario &s : m_input.scenarios) {
        const Footprint &t = s.estimate.total;
        const double dKg = t.co2e.kg - base.co2e.kg;
        // A change is a figure only when both sides are: never a partial sum shown as a saving.
        const bool carbonStands = t.complete && base.complete;
        const bool costStands =
            figureStatus(t) == FigureStatus::Known && figureStatus(base) == FigureStatus::Known;
        const QString noCarbon = tr("not estimated");
        table.rows.push_back({{s.name, kWhOf(t, t.energy.kWh), kgOf(t, t.co2e.kg),
                               carbonStands ? m_numbers.signedKg(dKg) : noCarbon,
                               !carbonStands          ? noCarbon
                                   : base.co2e.kg > 0 ? m_numbers.percent(dKg / base.co2e.kg)
                                                      : QStringLiteral("–"),
                               usdOf(t),
                               costStands ? m_numbers.signedUsd(t.cost.usd - base.cost.usd)
                                          : (carbonStands ? tr("unknown") : noCarbon)},
                              PdfTable::RowKind::Normal});
        if (t.complete) {
            bars.push_back({s.name, t.operationalCo2e.kg, t.co2e.kg - t.operationalCo2e.kg,
                            t.low.co2e.kg, t.high.co2e.kg});
        }
        for (const QString &reason : s.invalidReasons)
            invalid << tr("%1: %2").arg(s.name, reason);
    }
    m_writer.addTable(table);
    if (!invalid.isEmpty()) {
        m_writer.addParagraph(tr("Scenarios whose figures cannot be compared with the baseline "
                                 "(no saving is shown for them):"),
                              TextStyle::Body, PdfStyle::muted());
        m_writer.addBullets(invalid, TextStyle::Small);
    }
    const PdfNumbers numbers = m_numbers;
    PdfBarChart chart(m_writer, bars,
                      {tr("Total carbon per scenario (kgCO2e)"), tr("Operational"), tr("Embodied"),
                       tr("Range (low to high)"), [numbers](double v) { return numbers.kg(v); }});
    m_writer.addDrawing(chart.height(),
                        [chart](QPainter &p, const QRectF &r) { chart.paint(p, r); });
}

void PdfSections::writeNotes()
{
    const Issues &issues = m_input.estimate.issues;
    if (issues.empty())
        return;
    m_writer.addHeading(tr("Notes on the inputs"), 2);
    QStringList items;
    for (const Issue &issue : issues) {
        const QString severity = issue.severity == Issue::Severity::Error ? tr("Error")
            : issue.severity == Issue::Severity::Warning                  ? tr("Warning")
                                                                          : tr("Note");
        items << (issue.path.isEmpty()
                      ? tr("%1: %2").arg(severity, issue.message)
                      : tr("%1 (%2): %3").arg(severity, issue.path, issue.message));
    }
    m_writer.addBullets(items, TextStyle::Small);
}

} // namespace greenprint
