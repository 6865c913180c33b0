// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's suggestions and the current scenario's evaluation, recomputed lazily.
#pragma once

#include <QObject>

#include <memory>
#include <vector>

namespace greenprint {

class Advisor;
class LiveEstimate;
class ProjectDocument;
struct ChangeEvent;
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
 * Neither the estimate nor its document is owned. (Domain types are only
 * forward-declared: moc of Qt 6.4 cannot parse what units.h includes.)
 */
class LiveAdvisor : public QObject
{
    Q_OBJECT

public:
    explicit LiveAdvisor(LiveEstimate *estimate, QObject *parent = nullptr);
    ~LiveAdvisor() override;

    LiveEstimate *liveEstimate() const { return m_estimate; }
    ProjectDocument *document() const;

    bool isEnabled() const { return m_enabled; }
    /** Enables computing; when enabling with pending changes, recomputes now. */
    void setEnabled(bool enabled);
    /** Recomputes now if anything changed since the last computation (even when disabled). */
    void refresh();

    int currentScenario() const { return m_current; }
    void setCurrentScenario(int row);

    /** The advisor's suggestions for the baseline, ranked (as of the last computation). */
    const std::vector<Suggestion> &suggestions() const { return *m_suggestions; }
    /** The suggestions as every view presents them (SuggestionGrouping): Ranked, Question, Smaller.
     */
    const std::vector<SuggestionGroup> &groups() const { return *m_groups; }
    /** The suggestions not offered (a constraint, or they cannot run), with the reasons. */
    const std::vector<WithheldSuggestion> &withheld() const { return *m_withheld; }
    /** The suggestion with `id`, or nullptr. */
    const Suggestion *suggestion(const QString &id) const;
    /** The current scenario's evaluation (name empty and not ok when there is none). */
    const ScenarioEvaluation &evaluation() const { return *m_evaluation; }

signals:
    /** Suggestions and evaluation were recomputed. */
    void updated();
    void currentScenarioChanged(int row);

private:
    void onAboutToChange(const ChangeEvent &event);
    void onChanged(const ChangeEvent &event);
    void onEstimateUpdated();
    void recompute();

    LiveEstimate *m_estimate;
    bool m_enabled = false;
    bool m_dirty = true;
    int m_current = -1;
    int m_announced = -1; ///< the row currentScenarioChanged() last reported
    std::unique_ptr<Advisor> m_advisor;
    const void *m_advisorReference = nullptr;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<std::vector<Suggestion>> m_suggestions;
    std::unique_ptr<std::vector<WithheldSuggestion>> m_withheld;
    std::unique_ptr<std::vector<SuggestionGroup>> m_groups;
    std::unique_ptr<ScenarioEvaluation> m_evaluation;
};

} // namespace greenprint
