// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QTimer;

namespace greenprint {

class LiveAdvisor;
class ParetoChart;
struct ParetoPoint;

/**
 * The cost / carbon / time Pareto front of the whole plan (PlanSearch: one
 * region for every stage, hardware per stage) or of one stage (ParetoSearch:
 * region × instance), drawn by ParetoChart. The search runs only while the panel is visible,
 * coalesced after edits. Clicking a point creates a scenario (undoable): a whole-plan point as its
 * suggestion id, a stage point as overrides; then emits scenarioCreated().
 *
 * Each point is an estimate of a stage or of the whole plan, so on a large plan the search
 * runs on a worker thread (LatestJob, as LiveAdvisor: a generation per search, stale results
 * dropped) on the plan LiveEstimate estimated; until its result is in, the panel says it is
 * searching instead of showing the front of the plan before the change.
 */
class ParetoPanel : public QWidget
{
    Q_OBJECT

public:
    /** The stage combo's value for the whole plan (stages are StageKind values). */
    static constexpr int kWholePlan = -1;

    explicit ParetoPanel(LiveAdvisor *advisor, QWidget *parent = nullptr);
    ~ParetoPanel() override;

    QComboBox *stageCombo() const { return m_stage; }
    ParetoChart *chart() const { return m_chart; }
    /** The note under the chart; its tooltip lists the options not offered and why. */
    QLabel *noteLabel() const { return m_note; }
    /** The stage shown (a StageKind as int), or kWholePlan. */
    int stage() const;
    void setStage(int stage);
    /** The points shown, in the chart's order. */
    int pointCount() const;
    /**
     * Why the front has no point, as the note says it (the plan or stage has nothing to
     * search: no components, or it runs on the project's own hardware); empty when it has
     * points or before a search.
     */
    QString nothingToSearch() const { return m_nothingToSearch; }
    /** Runs a pending search now (tests, screenshots). */
    void flush();
    /** Adds a scenario from point `index` and makes it current; returns its row, or -1. */
    int createScenarioFromPoint(int index);

    /** Re-reads the display units and redraws. */
    void reloadPreferences() { schedule(); }

signals:
    void scenarioCreated(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Searched;
    struct Job;
    void schedule();
    void search();
    void showFront(Searched &&searched);
    void showSearching();

    LiveAdvisor *m_advisor;
    QComboBox *m_stage;
    ParetoChart *m_chart;
    QLabel *m_note;
    QString m_nothingToSearch;
    QTimer *m_timer;
    bool m_dirty = true;
    std::unique_ptr<std::vector<ParetoPoint>> m_points;
    std::unique_ptr<Job> m_job; ///< declared last: destroyed (its worker waited for) first
};

} // namespace greenprint
