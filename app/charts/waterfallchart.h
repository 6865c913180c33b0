// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QStringList>

#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace greenprint {

/**
 * A horizontal savings waterfall, top to bottom: the baseline total, one bar
 * per step (floating from the previous total to this step's total: green
 * when it saves, red when it adds), then the scenario total. The caller
 * passes the totals after each step (re-estimated, never summed deltas); the
 * chart only draws them. Hovering a bar shows its step and contribution.
 */
class WaterfallChart : public QChartView
{
    Q_OBJECT

public:
    /**
     * One bar: a label and the plan's total after it. `total` bars start at
     * zero. A bar that is not `known` (the plan after it cannot be estimated)
     * is drawn empty, its label says "not estimated", and the next bar floats
     * from the last known total.
     */
    struct Bar
    {
        QString label; ///< full text: the axis elides it in the middle, the tooltip shows it

        double value = 0.0; ///< in the display unit
        bool total = false;
        bool known = true;
    };

    explicit WaterfallChart(QWidget *parent = nullptr);

    /** `unit` titles the value axis and the tooltips. */
    void setBars(const QString &title, const std::vector<Bar> &bars, const QString &unit);

    /**
     * Per bar, top to bottom: the contribution of each step (0 for totals, NaN
     * when not known), in the unit.
     */
    std::vector<double> contributions() const { return m_contributions; }
    /** The labels the category axis shows, top to bottom (elided, unique). */
    QStringList categories() const { return m_categories; }
    static constexpr int kMaxLabelChars = 34;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /** The axis labels of m_bars, elided in the middle to what the width leaves. */
    void relabel();
    std::vector<Bar> m_bars;
    void showToolTip(bool hovered, int barIndex);

    QHorizontalStackedBarSeries *m_series;
    QBarSet *m_base;
    QBarSet *m_total;
    QBarSet *m_saving;
    QBarSet *m_increase;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QStringList m_categories;
    QStringList m_toolTips;
    std::vector<double> m_contributions;
};

} // namespace greenprint
