// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QFontMetricsF>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace greenprint {

BarChart::BarChart(const std::vector<Set> &sets, bool showLegend, QWidget *parent, Bars bars)
    : QChartView(parent)
    , m_series(bars == Bars::Stacked
                   ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                   : new QHorizontalBarSeries)
    , m_categoryAxis(new QBarCategoryAxis)
    , m_valueAxis(new QValueAxis)
    , m_bars(bars)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, kMinimumHeight);
    auto *chart = new QChart;
    Charts::applyStyle(chart, palette());
    for (const Set &s : sets) {
        auto *set = new QBarSet(s.label);
        set->setColor(s.color);
        set->setBorderColor(s.color);
        m_series->append(set);
        m_sets.push_back(set);
        connect(set, &QBarSet::hovered, this, &BarChart::showToolTip);
    }
    m_series->setBarWidth(0.7);
    chart->addSeries(m_series);
    chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    QFont labelFont = m_categoryAxis->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9); // more rows fit without eliding
    m_categoryAxis->setLabelsFont(labelFont);
    // The labels are elided in the middle here (setData()); QtCharts' own eliding
    // would cut them again at the end, for the width the chart had when they were set,
    // and keep them so after the chart grows ("…" only).
    m_categoryAxis->setTruncateLabels(false);
    m_valueAxis->setTickCount(5);
    chart->legend()->setVisible(showLegend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    Charts::styleAxes(chart, palette());
    // QChartView(parent) made a default chart that setChart() does not delete.
    QChart *defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;
}

void BarChart::setData(const QString &title, const QStringList &categories,
                       const std::vector<std::vector<double>> &values, const QString &unit)
{
    Charts::setFittedTitle(this, title);
    m_categories = categories;
    double largest = 0.0;
    for (int c = 0; c < static_cast<int>(categories.size()); ++c) {
        double stacked = 0.0;
        for (const auto &row : values) {
            const double value = c < static_cast<int>(row.size()) ? row[c] : 0.0;
            stacked = m_bars == Bars::Stacked ? stacked + value : std::max(stacked, value);
        }
        largest = std::max(largest, stacked);
    }
    for (size_t s = 0; s < m_sets.size(); ++s) {
        QBarSet *set = m_sets[s];
        set->remove(0, set->count());
        QList<qreal> list;
        for (int c = static_cast<int>(categories.size()) - 1; c >= 0; --c)
            list << (s < values.size() && c < static_cast<int>(values[s].size()) ? values[s][c]
                                                                                 : 0.0);
        set->append(list);
    }
    m_axisLabels.clear();
    relabel();
    m_valueAxis->setRange(0.0, largest > 0.0 ? largest * 1.08 : 1.0);
    m_valueAxis->applyNiceNumbers();
    Charts::setPlainLabels(m_valueAxis);
    m_valueAxis->setTitleText(unit);
}

void BarChart::relabel()
{
    const QFontMetricsF metrics(m_categoryAxis->labelsFont());
    QStringList labels;
    if (m_wholeLabels) {
        // QtCharts gives the vertical axes 40 % of the chart's width, the labels' padding
        // and ticks included: the labels keep what is left and wrap to it.
        const QMargins margins = chart()->margins();
        const qreal room =
            0.4 * (width() - margins.left() - margins.right()) - 2 * metrics.averageCharWidth() - 8;
        int lines = 1;
        for (const QString &name : std::as_const(m_categories)) {
            labels << Charts::wrapLabel(name, metrics, room);
            lines = std::max(lines, int(labels.last().count(QStringLiteral("<br>"))) + 1);
        }
        // Every row as high as its label's lines: QtCharts hides a label that would reach
        // past the plot or over its neighbour.
        reserveRows(lines, metrics);
    } else {
        // The labels may take under a third of the width (QtCharts gives the axis no more
        // and lets longer labels run past the edge): the bars keep the rest.
        const qreal room = std::max(width() * 0.3, metrics.averageCharWidth() * 8);
        QList<int> chars;
        for (const QString &name : std::as_const(m_categories))
            chars << std::min(Charts::charsThatFit(name, metrics, room), m_maxLabelChars);
        labels = Charts::elideApart(m_categories, chars);
        // One line a row, for the same reason: eight component names on the dashboard.
        reserveRows(1, metrics);
    }
    labels = Charts::uniqueLabels(labels);
    if (labels == m_axisLabels && m_categoryAxis->count() == labels.size())
        return;
    m_axisLabels = labels;
    Charts::setCategoriesTopDown(m_categoryAxis, m_axisLabels);
}

void BarChart::reserveRows(int linesPerRow, const QFontMetricsF &metrics)
{
    // The title, legend and value axis take what the laid-out chart leaves around its plot
    // (kChromeHeight before the first layout). QtCharts draws each label as a text item with
    // a 4 px margin above and below and hides one whose item reaches over its neighbour's by
    // more than a pixel: each row needs its lines plus 7 px (6 was the least at which ten
    // labels all showed, tst_chartlabels elidedChartDrawsEveryName).
    constexpr qreal kLabelItemMargins = 7.0;
    const qreal plot = chart()->plotArea().height();
    const int chrome =
        plot > 0.0 && height() > plot ? int(std::ceil(height() - plot)) : kChromeHeight;
    const int rowsHeight = int(
        std::ceil(m_categories.size() * (linesPerRow * metrics.lineSpacing() + kLabelItemMargins)));
    setMinimumHeight(std::max(kMinimumHeight, chrome + rowsHeight));
}

void BarChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    relabel();
}

void BarChart::showToolTip(bool hovered, int barIndex)
{
    // Bars are fed bottom-up (see setData()).
    const int category = static_cast<int>(m_categories.size()) - 1 - barIndex;
    if (!hovered || category < 0 || category >= static_cast<int>(m_categories.size())) {
        QToolTip::hideText();
        return;
    }
    const QString text = category < static_cast<int>(m_toolTips.size()) ? m_toolTips.at(category)
                                                                        : m_categories.at(category);
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace greenprint
