// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTimer;

namespace greenprint {

class BarChart;
class LiveEstimate;

/**
 * The live footprint: totals for energy, carbon and cost, carbon per stage
 * (operational / embodied), carbon by component and the plan in every region.
 * Totals and the stage and component charts follow every estimate at once; the
 * region ranking (one estimate per region) is coalesced over a short timer.
 */
class Dashboard : public QWidget
{
    Q_OBJECT

public:
    explicit Dashboard(LiveEstimate *estimate, QWidget *parent = nullptr);

    /** Re-reads the display units from the preferences and redraws. */
    void reloadPreferences();

    QLabel *energyLabel() const { return m_energy; }
    QLabel *carbonLabel() const { return m_carbon; }
    QLabel *costLabel() const { return m_cost; }
    QWidget *stageChart() const;
    QWidget *componentChart() const;
    QWidget *regionChart() const;
    /** Runs the pending region ranking now (tests and screenshots). */
    void flushRegionRanking();

private:
    void updateNow();
    void updateRegions();
    QLabel *addTotal(QGridLayout *grid, int column, const QString &title,
                     const QString &objectName);

    LiveEstimate *m_estimate;
    QLabel *m_energy = nullptr;
    QLabel *m_carbon = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_detail = nullptr;
    BarChart *m_stageChart;
    BarChart *m_componentChart;
    BarChart *m_regionChart;
    QTimer *m_regionTimer;
};

} // namespace greenprint
