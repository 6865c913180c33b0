// SPDX-License-Identifier: GPL-3.0-or-later
// What File > Export and `greenprint export` share: the estimates a plan is made of.
#pragma once

#include "pdfreportinput.h"

#include "domain/estimate.h"
#include "domain/project.h"
#include "domain/referencedata.h"
#include "io/estimateformats.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

namespace greenprint {

/**
 * Estimates a project for export: the baseline, every what-if scenario (each
 * applied to a copy of the baseline and run through the same estimator) and
 * the advisor's suggestions. selectScenario() makes the plan describe one
 * scenario instead of the baseline. The reference data is not owned and must
 * outlive this object.
 */
class PlanExport
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PlanExport)

public:
    PlanExport(const Project &project, const ReferenceData &reference);

    /** The plan describes `name` from now on; false when the project has no such scenario. */
    [[nodiscard]] bool selectScenario(const QString &name);
    QString errorString() const { return m_error; }

    /** The estimate the plan describes (the baseline unless a scenario was selected). */
    const Estimate &estimate() const;
    const Estimate &baseline() const { return m_baseline; }
    /** Problems met while applying scenarios (never fatal for the baseline). */
    const Issues &issues() const { return m_issues; }

    /**
     * Rows of the CSV plan: the baseline, then every scenario; only the
     * baseline and the selected one after selectScenario().
     */
    std::vector<NamedEstimate> csvEstimates() const;
    /**
     * Why the figures of the scenarios the plan describes (every scenario, or
     * the selected one) cannot be compared with the baseline: one translated
     * line per problem, naming the scenario. Empty when every figure stands.
     */
    QStringList scenarioProblems() const;
    /** Everything the PDF plan prints. */
    PdfReportInput pdfInput(const QLocale &locale = QLocale()) const;

private:
    struct Evaluated
    {
        QString name;
        Project project;
        Estimate estimate;
    };
    void evaluateScenarios();
    void runAdvisor();

    const ReferenceData &m_reference;
    Project m_project;
    Estimate m_baseline;
    std::vector<Evaluated> m_scenarios;
    QHash<QString, QString> m_failed; ///< scenarios that could not be applied, with why
    int m_selected = -1;
    std::optional<std::vector<PdfSuggestion>> m_suggestions;
    QStringList m_notOffered; ///< "title: reasons" of the suggestions not offered
    QStringList m_planProblems; ///< Feasibility::plan() of the plan exported
    Issues m_issues;
    QString m_error;
};

} // namespace greenprint
