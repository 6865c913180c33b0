// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's suggestions and the current scenario's evaluation, recomputed lazily.
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace greenprint {

class LiveEstimate;
class ProjectDocument;
struct ChangeEvent;
struct Estimate;
struct Project;
struct ReferenceData;
struct ScenarioEvaluation;
struct Suggestion;
struct WithheldSuggestion;
struct SuggestionGroup;

/**
 * Follows a LiveEstimate: after every change it re-runs the advisor on the
 * baseline (only when the baseline itself changed, not for scenario edits)
 * and re-evaluates the current scenario (ScenarioEvaluator). It computes only
 * while enabled (the what-if view is visible), so editing elsewhere stays
 * fast; enabling it catches up once.
 *
 * The current scenario is a row of the project's scenarios (-1: none). It
 * follows inserts and removals and falls back to the first scenario; a
 * scenario that is added or changed (by a command, its undo or redo) becomes
 * the current one, so that the user sees what changed.
 *
 * The advisor costs far more than the estimate (it re-estimates the plan for each
 * suggestion it weighs), so a plan of kSynchronousComponentLimit components or more is
 * advised on a worker thread (LatestJob, latestjob.h: a generation per request, stale
 * results dropped) and the window keeps painting and taking edits. The worker reads only what does
 * not change: the plan LiveEstimate estimated and its estimate (LiveEstimate::estimatedProject(),
 * sharedEstimate()), the suggestions of the last result (reused when the baseline did
 * not change) and the reference data (const, and never freed while a job runs: see
 * LiveEstimate::referenceDataReleasing()). From a change until its result arrives,
 * isComputing() is true (computingChanged() says so) and the figures here are the last
 * ones delivered, which views do not show as current. Smaller plans are computed before
 * the change returns, as before.
 * Neither the estimate nor its document is owned. (Domain types are only
 * forward-declared: moc of Qt 6.4 cannot parse what units.h includes.)
 */
class LiveAdvisor : public QObject
{
    Q_OBJECT

public:
    /**
     * Plans with fewer components are advised on the calling thread. An edit with the
     * what-if view in front, all on one thread, took 45 ms for 50 components, 0.2 s for 150
     * and 4 s for 1,000 on the 2-core build machine (tests/benchmarks/bench_gui.cpp,
     * BM_GuiWhatIfEdit): from this size on, the advisor's work outlasts a few frames.
     */
    static constexpr int kSynchronousComponentLimit = 50;

    explicit LiveAdvisor(LiveEstimate *estimate, QObject *parent = nullptr);
    ~LiveAdvisor() override;

    LiveEstimate *liveEstimate() const { return m_estimate; }
    ProjectDocument *document() const;

    bool isEnabled() const { return m_enabled; }
    /** Enables computing; when enabling with pending changes, recomputes now. */
    void setEnabled(bool enabled);
    /** Recomputes now if anything changed since the last computation (even when disabled),
     * and blocks until the result is here. */
    void refresh();
    /** A newer result than the one here is being computed (or waits for its estimate). */
    bool isComputing() const;
    /** Plans with at least `components` are advised on a worker (tests: 0 for every plan). */
    void setSynchronousLimit(int components);

    int currentScenario() const { return m_current; }
    void setCurrentScenario(int row);

    /** The advisor's suggestions for the baseline, ranked (as of the last computation). */
    const std::vector<Suggestion> &suggestions() const;
    /** The suggestions as every view presents them (SuggestionGrouping): Ranked, Question, Smaller.
     */
    const std::vector<SuggestionGroup> &groups() const;
    /** suggestions() and groups() to hold on to: never changed (a new computation makes new
     *  ones), so a view keeps them without copying, and the same pointers as before mean the
     *  same advice. */
    std::shared_ptr<const std::vector<Suggestion>> sharedSuggestions() const;
    std::shared_ptr<const std::vector<SuggestionGroup>> sharedGroups() const;
    /** The suggestions not offered (a constraint, or they cannot run), with the reasons. */
    const std::vector<WithheldSuggestion> &withheld() const;
    /** Why the baseline itself cannot run as written (Feasibility::plan()), translated. */
    const QStringList &planProblems() const;
    /** The suggestion with `id`, or nullptr. */
    const Suggestion *suggestion(const QString &id) const;
    /** The current scenario's evaluation (name empty and not ok when there is none). */
    const ScenarioEvaluation &evaluation() const { return *m_evaluation; }

signals:
    /** Suggestions and evaluation were recomputed. */
    void updated();
    void currentScenarioChanged(int row);
    /** isComputing() changed: views show that they wait instead of the last figures. */
    void computingChanged(bool computing);

private:
    struct Advice;
    struct Result;
    struct Job;
    void onAboutToChange(const ChangeEvent &event);
    void onChanged(const ChangeEvent &event);
    void onEstimateUpdated();
    void onEstimating(bool estimating);
    void recompute();
    void deliver(Result &&result);
    void announceComputing();
    /**
     * The advice on `project` and its `estimate`: `previous` when it is about the same
     * baseline and reference data. Pure: reads only its arguments, none of which anyone
     * changes, so it runs on any thread.
     */
    static std::shared_ptr<const Advice> adviseOn(const Project &project, const Estimate &estimate,
                                                  const ReferenceData &reference,
                                                  std::shared_ptr<const Advice> previous);

    LiveEstimate *m_estimate;
    bool m_enabled = false;
    bool m_dirty = true; ///< changed since the last computation was started
    bool m_waitingForEstimate = false; ///< a computation waits for the estimate of a change
    bool m_announcedComputing = false; ///< the last computingChanged() said true
    int m_synchronousLimit = kSynchronousComponentLimit;
    int m_current = -1;
    int m_announced = -1; ///< the row currentScenarioChanged() last reported
    std::shared_ptr<const Advice> m_advice; ///< the baseline's suggestions, shared with the worker
    std::unique_ptr<ScenarioEvaluation> m_evaluation;
    std::unique_ptr<Job> m_job; ///< declared last: destroyed (its worker waited for) first
};

} // namespace greenprint
