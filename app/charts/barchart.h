// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QStringList>

#include <vector>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QFontMetricsF;
class QBarSet;
class QValueAxis;

namespace greenprint {

/**
 * A horizontal bar chart whose series and axes are created once; setData()
 * only replaces the categories and values, so frequent updates neither leak
 * nor stack axes. With several sets the bars are stacked, or grouped.
 */
class BarChart : public QChartView
{
    Q_OBJECT

public:
    struct Set
    {
        QString label;
        QColor color;
    };

    /** How a category's sets are drawn: end to end, or side by side (one bar each). */
    enum class Bars { Stacked, Grouped };

    BarChart(const std::vector<Set> &sets, bool showLegend, QWidget *parent = nullptr,
             Bars bars = Bars::Stacked);

    /**
     * Categories top to bottom, full names; values[set][category]. `unit` titles the
     * value axis, `title` the chart. Long names are elided in the middle on the axis
     * (maxLabelChars()) and shown whole in the bar's tooltip.
     */
    void setData(const QString &title, const QStringList &categories,
                 const std::vector<std::vector<double>> &values, const QString &unit);

    QStringList categories() const { return m_categories; }
    /** The labels the category axis shows (elided, unique). */
    QStringList axisLabels() const { return m_axisLabels; }
    int maxLabelChars() const { return m_maxLabelChars; }
    void setMaxLabelChars(int chars) { m_maxLabelChars = chars; }
    /**
     * Labels a reviewer reads off the chart (stage names, the inputs of a range): never
     * elided, but wrapped at spaces onto a second line when one line would take more than
     * the axis is given (QtCharts gives the axes at most 40 % of the width).
     */
    void setWholeLabels(bool whole) { m_wholeLabels = whole; }
    /** The value axis, for tests and for charts that restyle it. */
    QValueAxis *valueAxis() const { return m_valueAxis; }
    /**
     * Tooltips per category (same order as setData()'s), shown while a bar is hovered;
     * a category without one shows its full name.
     */
    void setCategoryToolTips(const QStringList &toolTips) { m_toolTips = toolTips; }
    QStringList categoryToolTips() const { return m_toolTips; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int kMinimumHeight = 220;
    /** Height of all but the plot: a two-line title, the legend, the value axis, margins. */
    static constexpr int kChromeHeight = 150;

    void showToolTip(bool hovered, int barIndex);
    /** Elides the category labels to what the width leaves (at most maxLabelChars()). */
    void relabel();
    /** A minimum height that leaves every category `linesPerRow` lines of its labels' font. */
    void reserveRows(int linesPerRow, const QFontMetricsF &metrics);

    QAbstractBarSeries *m_series;
    std::vector<QBarSet *> m_sets;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QStringList m_categories;
    QStringList m_axisLabels;
    QStringList m_toolTips;
    int m_maxLabelChars = 28;
    bool m_wholeLabels = false;
    Bars m_bars;
};

} // namespace greenprint
