// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfnumbers.h"
#include "pdfreportinput.h"

#include <QCoreApplication>
#include <QString>

namespace greenprint {

class PdfReportWriter;

/**
 * The plan's sections, in order: title block, one-page summary (totals with
 * bands, market-based, the recommended scenario, per unit of work, carbon by
 * stage, top suggestions), one part per stage (table and chart), the what-if
 * comparison, the suggestions (the first ones in full) and the notes on the
 * inputs. The assumptions and method follow from PdfMethodSection; the
 * appendix of further suggestions comes last.
 */
class PdfSections
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PdfSections)

public:
    PdfSections(PdfReportWriter &writer, const PdfReportInput &input);

    void writeTitle();
    void writeSummary();
    void writeStages();
    void writeWhatIf();
    /** The first ranked suggestions and every question in full, with saving, side effects and
     *  sources; the rest are counted and left to writeSuggestionAppendix() (none: nothing). */
    void writeAllSuggestions();
    /** The suggestions writeAllSuggestions() left out, one table row each (none: nothing). */
    void writeSuggestionAppendix();
    void writeNotes();

private:
    void writeFigures();
    void writeRecommendation();
    void writePerUnit();
    void writeBandDrivers();
    void writeSuggestions();
    QString stageTitle(const StageEstimate &stage, int number) const;
    QString constraintsText(const Constraints &constraints) const;
    /** "Saves 152.5 kgCO2e on this plan and costs 4.80 USD more", and the other signs. */
    QString savingSentence(const PdfSuggestion &s, bool addsCarbon) const;
    /** Whether writeAllSuggestions() prints suggestion `index` (of m_input.suggestions) in full. */
    bool inFull(std::size_t index) const;
    /** A figure of `f`, or "not estimated" / "unknown" as its status says. */
    QString kgOf(const Footprint &f, double kg) const;
    QString kWhOf(const Footprint &f, double kWh) const;
    QString usdOf(const Footprint &f) const;

    PdfReportWriter &m_writer;
    const PdfReportInput &m_input;
    PdfNumbers m_numbers;
};

} // namespace greenprint
