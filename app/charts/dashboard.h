// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QTimer;

namespace greenprint {

class BarChart;
class LiveEstimate;

/**
 * The live footprint: totals for energy, carbon and cost with their low–high
 * band and the market-based carbon, carbon per stage (band in the tooltip)
 * (operational / embodied), carbon by component and the plan in every region.
 * Totals and the stage and component charts follow every estimate at once. The
 * region ranking (one estimate per region) never shows another plan's figures:
 * a small plan is ranked at once, a larger one shows "computing…" until a short
 * timer, coalescing a burst of edits, has a worker rank it (latestjob.h).
 */
class Dashboard : public QWidget
{
    Q_OBJECT

public:
    explicit Dashboard(LiveEstimate *estimate, QWidget *parent = nullptr);
    ~Dashboard() override;

    /** Re-reads the display units from the preferences and redraws. */
    void reloadPreferences();

    QLabel *energyLabel() const { return m_energy; }
    QLabel *carbonLabel() const { return m_carbon; }
    QLabel *costLabel() const { return m_cost; }
    /** The low–high band under the energy and carbon totals. */
    QLabel *energyBandLabel() const { return m_energyBand; }
    QLabel *carbonBandLabel() const { return m_carbonBand; }
    /** The market-based carbon, with the year of AWS's renewable matching. */
    QLabel *marketLabel() const { return m_market; }
    QLabel *detailLabel() const { return m_detail; }
    QLabel *perUnitLabel() const { return m_perUnit; }
    QWidget *stageChart() const;
    QWidget *componentChart() const;
    QWidget *regionChart() const;
    /** What makes the carbon range: one bar per band driver (tornado). */
    QWidget *driverChart() const;
    /** Runs the pending region ranking now and waits for it (tests, screenshots, and before
     * the reference data it reads is replaced). */
    void flushRegionRanking();
    /** Whether the region chart waits for the ranking of the current plan ("computing…"). */
    bool isRegionRankingPending() const;
    /** The longest last ranking after which an edit still ranks at once (tests: -1 never). */
    void setSynchronousRankingMs(qint64 ms) { m_synchronousRankingMs = ms; }
    static constexpr qint64 kSynchronousRankingMs = 40;
    /** Stops ranking regions for good (waits for a running ranking): before the reference
     * data is freed while the dashboard lives on. */
    void stopRegionRanking();

private:
    void updateNow();
    /** After a new estimate: ranks the plan at once, or says "computing…" and starts the timer. */
    void rankRegionsOfThisPlan();
    /** Has the worker rank the plan as it is when the job starts. */
    void updateRegions();
    /** Totals and charts say a newer estimate is pending instead of showing the last one. */
    void showEstimating(bool estimating);
    /** A framed total: title, big value, then `notes` small lines (returned in `noteLabels`). */
    QLabel *addTotal(QGridLayout *grid, int column, const QString &title, const QString &objectName,
                     const QStringList &noteNames, QList<QLabel *> *noteLabels);

    LiveEstimate *m_estimate;
    QLabel *m_energy = nullptr;
    QLabel *m_carbon = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_energyBand = nullptr;
    QLabel *m_energyNote = nullptr;
    QLabel *m_carbonBand = nullptr;
    QLabel *m_market = nullptr;
    QLabel *m_costNote = nullptr;
    QLabel *m_costNote2 = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_perUnit = nullptr;
    BarChart *m_stageChart;
    BarChart *m_componentChart;
    BarChart *m_regionChart;
    BarChart *m_driverChart;
    QTimer *m_regionTimer;
    qint64 m_lastRankingMs = 0;
    qint64 m_synchronousRankingMs = kSynchronousRankingMs;
    struct RegionJob;
    std::unique_ptr<RegionJob> m_regionJob; ///< last member: destroyed (and waited for) first
};

} // namespace greenprint
