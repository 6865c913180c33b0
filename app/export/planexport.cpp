// SPDX-License-Identifier: GPL-3.0-or-later
#include "planexport.h"

#include "advisor/advisor.h"
#include "advisor/feasibility.h"
#include "advisor/suggestiongroups.h"
#include "engine/estimator.h"
#include "scenario/scenarioapplier.h"
#include "scenario/scenarioevaluator.h"

namespace greenprint {

PlanExport::PlanExport(const Project &project, const ReferenceData &reference)
    : m_reference(reference)
    , m_project(project)
    , m_baseline(estimateProject(project, reference))
{
    evaluateScenarios();
    runAdvisor();
}

void PlanExport::evaluateScenarios()
{
    if (m_project.scenarios.empty())
        return;
    const Advisor advisor(m_reference);
    std::vector<WithheldSuggestion> withheld;
    const std::vector<Suggestion> offered = advisor.suggest(m_project, m_baseline, &withheld);
    const std::vector<Suggestion> available = Advisor::planSearchMoves(offered, withheld);
    ScenarioApplier applier(m_reference);
    // Each scenario copies the plan without the other scenarios: O(n), where copying
    // them all for each scenario made 2,000 scenarios take 84 s and 1.3 GB.
    const Project plan = ScenarioApplier::planWithoutScenarios(m_project);
    for (std::size_t i = 0; i < m_project.scenarios.size(); ++i) {
        const Scenario &scenario = m_project.scenarios[i];
        std::optional<Project> changed =
            applier.apply(plan, scenario, available, QStringLiteral("scenarios[%1]").arg(i));
        if (!changed) {
            // A scenario that no longer applies is reported; the rest of the plan stands.
            m_issues.insert(m_issues.end(), applier.issues().begin(), applier.issues().end());
            m_failed.insert(scenario.name, applier.errorString());
            continue;
        }
        Estimate estimate = estimateProject(*changed, m_reference);
        m_scenarios.push_back({scenario.name, std::move(*changed), std::move(estimate)});
    }
}

void PlanExport::runAdvisor()
{
    const Project &project = m_selected >= 0 ? m_scenarios[m_selected].project : m_project;
    const Advisor advisor(m_reference);
    std::vector<WithheldSuggestion> withheld;
    const std::vector<Suggestion> suggestions = advisor.suggest(project, estimate(), &withheld);
    m_notOffered.clear();
    for (const WithheldSuggestion &w : withheld)
        m_notOffered << tr("%1: %2").arg(w.suggestion.title, w.reasons.join(u"; "));
    m_planProblems = Feasibility(m_reference).plan(project);
    // The groups every view shows: the same practice on several components once, questions
    // and smaller savings after the ranked ones.
    std::vector<PdfSuggestion> list;
    for (const SuggestionGroup &g :
         SuggestionGrouping::group(advisor, project, estimate(), suggestions)) {
        if (g.informational)
            continue; // the plan holds nothing this practice changes
        const Suggestion &s = suggestions[std::size_t(g.members.front())];
        QString source = s.source;
        if (const Claim *claim = m_reference.claim(s.source)) {
            source = tr("%1: %2 (%3)").arg(claim->id, claim->paraphrase, claim->source);
        }
        QString detail = s.description;
        if (g.members.size() > 1) {
            detail = tr("Applies to: %1. %2")
                         .arg(SuggestionGrouping::componentNames(project, suggestions, g)
                                  .join(QStringLiteral(", ")),
                              detail);
        }
        list.push_back({g.title, detail, g.savings.co2e.kg, g.savings.cost.usd, g.costKnown,
                        g.section == SuggestionSection::Smaller, s.sideEffects, source, g.section,
                        g.question});
    }
    m_suggestions = std::move(list);
}

bool PlanExport::selectScenario(const QString &name)
{
    for (size_t i = 0; i < m_scenarios.size(); ++i) {
        if (m_scenarios[i].name == name) {
            m_selected = int(i);
            m_error.clear();
            runAdvisor();
            return true;
        }
    }
    if (m_failed.contains(name))
        m_error = tr("scenario %1 cannot be applied: %2").arg(name, m_failed.value(name));
    else
        m_error = tr("this project has no scenario %1").arg(name);
    return false;
}

const Estimate &PlanExport::estimate() const
{
    return m_selected >= 0 ? m_scenarios[m_selected].estimate : m_baseline;
}

std::vector<NamedEstimate> PlanExport::csvEstimates() const
{
    std::vector<NamedEstimate> rows{{QStringLiteral("baseline"), m_baseline}};
    for (size_t i = 0; i < m_scenarios.size(); ++i) {
        if (m_selected < 0 || m_selected == int(i))
            rows.push_back({m_scenarios[i].name, m_scenarios[i].estimate});
    }
    return rows;
}

QStringList PlanExport::scenarioProblems() const
{
    QStringList problems;
    for (size_t i = 0; i < m_scenarios.size(); ++i) {
        if (m_selected >= 0 && m_selected != int(i))
            continue;
        const Evaluated &s = m_scenarios[i];
        for (const QString &reason :
             ScenarioEvaluator::invalidReasons(m_project, m_baseline, s.project, s.estimate))
            problems << tr("scenario \"%1\": %2").arg(s.name, reason);
    }
    return problems;
}

PdfReportInput PlanExport::pdfInput(const QLocale &locale) const
{
    PdfReportInput input;
    input.project = m_selected >= 0 ? m_scenarios[m_selected].project : m_project;
    input.estimate = estimate();
    input.scenario = m_selected >= 0 ? m_scenarios[m_selected].name : QString();
    input.baseline = m_baseline;
    for (const Evaluated &s : m_scenarios)
        input.scenarios.push_back(
            {s.name, s.estimate,
             ScenarioEvaluator::invalidReasons(m_project, m_baseline, s.project, s.estimate)});
    input.suggestions = m_suggestions;
    input.notOffered = m_notOffered;
    input.planProblems = m_planProblems;
    input.feasibilityAssumptions = Feasibility(m_reference).assumptions();
    input.reference = &m_reference;
    input.generatedAt = QDateTime::currentDateTime();
    input.locale = locale;
    return input;
}

} // namespace greenprint
