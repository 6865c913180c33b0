// SPDX-License-Identifier: GPL-3.0-or-later
// Everything the PDF plan prints, gathered before layout starts.
#pragma once

#include "actuals/actualcomparison.h"
#include "advisor/suggestiongroups.h"
#include "domain/estimate.h"
#include "domain/project.h"
#include "domain/referencedata.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace greenprint {

/** One advisor suggestion as the plan prints it. */
struct PdfSuggestion
{
    QString title;
    QString detail; ///< what changes and why
    double savingCo2eKg = 0.0; ///< estimated reduction; negative is an increase
    double savingUsd = 0.0;
    bool costKnown = true; ///< false: the reference data has no price for the change
    bool negligible = false; ///< saves under 0.5 % of the plan's kgCO2e
    QString sideEffects; ///< accuracy, latency, risk
    QString sources; ///< the claims or references it rests on
    SuggestionSection section = SuggestionSection::Ranked; ///< SuggestionGrouping
    QString question; ///< Question: the fact the plan must state before it is ranked
};

/** A what-if scenario estimated by the same engine. */
struct PdfScenario
{
    QString name;
    Estimate estimate;
    /** Why its figures cannot be compared (translated); empty when they all stand. */
    QStringList invalidReasons;
};

struct PdfReportInput
{
    Project project; ///< as estimated (with the chosen scenario applied)
    Estimate estimate; ///< the estimate the plan describes
    QString scenario; ///< the scenario applied; empty for the baseline
    /** Baseline estimate, for the what-if comparison. */
    Estimate baseline;
    std::vector<PdfScenario> scenarios; ///< every scenario of the project, baseline excluded
    /** Suggestions, best first; nullopt when no advisor ran. */
    std::optional<std::vector<PdfSuggestion>> suggestions;
    /** Suggestions not offered, each "title: reasons" (Feasibility, constraints). */
    QStringList notOffered;
    /** What the plan itself cannot do as written (Feasibility::plan()). */
    QStringList planProblems;
    /** What the feasibility checks assume (Feasibility::assumptions()); empty without advisor. */
    QString feasibilityAssumptions;
    /** Plan against actual, printed after the what-if comparison when usage was
     * imported. */
    std::optional<actuals::Comparison> actuals;
    const ReferenceData *reference = nullptr; ///< not owned; must outlive the report
    QDateTime generatedAt;
    QLocale locale;
};

} // namespace greenprint
