// SPDX-License-Identifier: GPL-3.0-or-later
// The what-if view: named scenarios of suggestions and overrides against the baseline.
#pragma once

/*
 * What-if view
 * ============
 * A tab beside the dashboard (View > What-if Scenarios). It lets the
 * architect try the advisor's suggestions on named scenarios stored in the
 * project file (Project::scenarios) and compare each with the baseline.
 *
 *   ScenarioSelector   combo over ScenarioListModel + New / Duplicate / Rename / Delete
 *   suggestion table   SuggestionListModel: tick a suggestion to apply it in the scenario
 *   OverrideEditor     OverrideTableModel: "component · field: plan → scenario" rows, set
 *                      with the plan forms' own fields and editors (OverrideFields), errors
 *                      inline
 *   DeltaTable         energy, carbon (location, market), cost, hours: baseline,
 *                      scenario, change and change %
 *   charts             stacked bars per stage (ComparisonCharts), the savings WaterfallChart,
 *                      and ParetoPanel (ParetoChart of one stage; a click creates a scenario)
 *
 * Data flow: every edit is an undoable command pushed on the document's stack
 * (models/commands/scenariofields.h, addremovescenario.h); the document's
 * change reaches LiveEstimate, then LiveAdvisor, which re-runs the advisor
 * (only when the baseline changed) and re-evaluates the current scenario with
 * ScenarioEvaluator: ScenarioApplier on a copy of the baseline, and the
 * waterfall by re-estimating the cumulative combinations of the applied
 * suggestions (never by adding deltas). The item models and this view then
 * redraw from LiveAdvisor. LiveAdvisor computes only while this view is
 * visible (showEvent / hideEvent), so editing with the dashboard in front
 * stays fast; ParetoPanel likewise searches only while shown. On a large plan both
 * compute on worker threads (LatestJob): until the result of a change is in, the view
 * says "computing…" in place of the figures, and the window keeps painting.
 *
 * The current scenario is view state (LiveAdvisor::currentScenario), not
 * document state: it is not saved and not undone.
 */

#include <QWidget>

class QAction;
class QLabel;
class QGroupBox;
class QSplitter;
class QTabWidget;
class QTableView;

namespace greenprint {

class BarChart;
class DeltaTable;
class LiveAdvisor;
class LiveEstimate;
class OverrideEditor;
class OverrideTableModel;
class ParetoPanel;
struct Suggestion;
class ScenarioListModel;
class ScenarioSelector;
class SuggestionListModel;
class WaterfallChart;

class WhatIfView : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfView(LiveEstimate *estimate, QWidget *parent = nullptr);
    ~WhatIfView() override;

    LiveAdvisor *advisor() const { return m_advisor; }
    ScenarioSelector *selector() const { return m_selector; }
    QTableView *suggestionView() const { return m_suggestionView; }
    /**
     * Adds the whole-plan suggestion of the table's current row as a new
     * scenario (undoable) and makes it current; returns its row, or -1 when
     * the current row is not a whole-plan scenario. The table's context menu
     * does this.
     */
    int addWholePlanScenario();
    /** The table's "Add as a scenario" action (enabled on whole-plan rows). */
    QAction *addScenarioAction() const { return m_addScenario; }
    SuggestionListModel *suggestionModel() const { return m_suggestions; }
    OverrideEditor *overrideEditor() const { return m_overrides; }
    DeltaTable *deltaTable() const { return m_delta; }
    BarChart *stageChart() const { return m_stageChart; }
    WaterfallChart *waterfall() const { return m_waterfall; }
    ParetoPanel *paretoPanel() const { return m_pareto; }
    /** "Scenario: X kgCO2e, Δ ... against the baseline". */
    QLabel *totalLabel() const { return m_total; }
    /** Accuracy retained, constraint notes and scenario errors. */
    QLabel *notesLabel() const { return m_notes; }

    /** Re-reads the display units from the preferences and redraws. */
    void reloadPreferences();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /** The whole-plan suggestion of the table's current row, or nullptr. */
    const Suggestion *currentWholePlan() const;
    void updateNow();
    /** While LiveAdvisor computes: says so instead of the figures of the plan before the
     * change (updateNow() draws the new ones when they arrive). */
    void showComputing();
    /** The suggestions and the charts take input (off while they show an old plan). */
    void setResultsEnabled(bool enabled);
    void updateNotes();
    void updateCharts();

    LiveEstimate *m_estimate;
    LiveAdvisor *m_advisor;
    ScenarioListModel *m_scenarioModel;
    SuggestionListModel *m_suggestions;
    OverrideTableModel *m_overrideModel;
    ScenarioSelector *m_selector;
    QTableView *m_suggestionView;
    QAction *m_addScenario;
    OverrideEditor *m_overrides;
    DeltaTable *m_delta;
    BarChart *m_stageChart;
    WaterfallChart *m_waterfall;
    ParetoPanel *m_pareto;
    QLabel *m_total;
    QLabel *m_notes;

    /**
     * Two arrangements of the same panels. Wide: inputs beside the comparison, the three
     * charts side by side below. Compact (a small screen with the docks open): inputs in
     * one set of tabs above, comparison and charts in another, so every table keeps the
     * view's whole width.
     */
    void setCompact(bool compact);
    QGroupBox *m_suggestionBox = nullptr;
    QGroupBox *m_overrideBox = nullptr;
    QGroupBox *m_compareBox = nullptr;
    QSplitter *m_inputs = nullptr; ///< wide: suggestions above overrides
    QSplitter *m_top = nullptr; ///< wide: inputs beside the comparison
    QSplitter *m_charts = nullptr; ///< wide: the three charts
    QTabWidget *m_inputTabs = nullptr; ///< compact: suggestions, overrides
    QTabWidget *m_resultTabs = nullptr; ///< compact: comparison and charts
    QSplitter *m_main = nullptr;
    bool m_compact = false;

public:
    /** Below this width the view is compact (setCompact()). */
    static constexpr int kCompactBelowPx = 1400; // the delta table and the legends need it
    bool isCompact() const { return m_compact; }
};

} // namespace greenprint
