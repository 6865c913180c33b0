// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QStringList>

#include <vector>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace greenprint {

/**
 * A horizontal bar chart whose series and axes are created once; setData()
 * only replaces the categories and values, so frequent updates neither leak
 * nor stack axes. With several sets the bars are stacked.
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

    BarChart(const std::vector<Set> &sets, bool showLegend, QWidget *parent = nullptr);

    /**
     * Categories top to bottom; values[set][category]. `unit` titles the value
     * axis, `title` the chart.
     */
    void setData(const QString &title, const QStringList &categories,
                 const std::vector<std::vector<double>> &values, const QString &unit);

    QStringList categories() const { return m_categories; }
    /** Tooltips per category (same order as setData()'s), shown while a bar is hovered. */
    void setCategoryToolTips(const QStringList &toolTips) { m_toolTips = toolTips; }
    QStringList categoryToolTips() const { return m_toolTips; }

private:
    void showToolTip(bool hovered, int barIndex);

    QAbstractBarSeries *m_series;
    std::vector<QBarSet *> m_sets;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QStringList m_categories;
    QStringList m_toolTips;
};

} // namespace greenprint
