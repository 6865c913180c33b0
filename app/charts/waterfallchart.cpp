// SPDX-License-Identifier: GPL-3.0-or-later
#include "waterfallchart.h"

#include "chartstyle.h"

#include "numberformat.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QFontMetricsF>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace greenprint {

WaterfallChart::WaterfallChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QHorizontalStackedBarSeries)
    , m_base(new QBarSet(QStringLiteral("base")))
    , m_total(new QBarSet(tr("Total")))
    , m_saving(new QBarSet(tr("Saving")))
    , m_increase(new QBarSet(tr("Increase")))
    , m_categoryAxis(new QBarCategoryAxis)
    , m_valueAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("savingsWaterfall"));
    setAccessibleName(tr("Savings waterfall: the plan's carbon after each applied suggestion"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    auto *chart = new QChart;
    Charts::applyStyle(chart, palette());
    m_base->setColor(Qt::transparent);
    m_base->setBorderColor(Qt::transparent);
    const std::pair<QBarSet *, QColor> colored[] = {{m_total, QColor(0x78, 0x90, 0x9c)},
                                                    {m_saving, QColor(0x2e, 0x7d, 0x32)},
                                                    {m_increase, QColor(0xc6, 0x28, 0x28)}};
    m_series->append(m_base);
    for (const auto &[set, color] : colored) {
        set->setColor(color);
        set->setBorderColor(color);
        m_series->append(set);
    }
    for (QBarSet *set : {m_base, m_total, m_saving, m_increase})
        connect(set, &QBarSet::hovered, this, &WaterfallChart::showToolTip);
    m_series->setBarWidth(0.7);
    chart->addSeries(m_series);
    chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_valueAxis->setTickCount(5);
    QFont labelFont = m_categoryAxis->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    m_categoryAxis->setLabelsFont(labelFont);
    m_categoryAxis->setTruncateLabels(false); // elided in the middle in setBars()
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<QLegendMarker *> markers = chart->legend()->markers(m_series);
    for (QLegendMarker *marker : markers) {
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker); bar && bar->barset() == m_base)
            marker->setVisible(false);
    }
    Charts::styleAxes(chart, palette());
    // QChartView(parent) made a default chart that setChart() does not delete.
    QChart *defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;
}

void WaterfallChart::setBars(const QString &title, const std::vector<Bar> &bars,
                             const QString &unit)
{
    Charts::setFittedTitle(this, title);
    m_toolTips.clear();
    m_contributions.clear();
    QList<qreal> base, total, saving, increase;
    double previous = 0.0;
    double largest = 0.0;
    const QLocale locale;
    for (const Bar &bar : bars) {
        const QString label = bar.label;
        if (!bar.known) {
            base << 0.0;
            total << 0.0;
            saving << 0.0;
            increase << 0.0;
            m_contributions.push_back(std::numeric_limits<double>::quiet_NaN());
            m_toolTips << tr("%1: the plan after this step cannot be estimated, so no figure is "
                             "shown")
                              .arg(label);
            continue;
        }
        largest = std::max({largest, bar.value, previous});
        if (bar.total) {
            base << 0.0;
            total << bar.value;
            saving << 0.0;
            increase << 0.0;
            m_contributions.push_back(0.0);
            m_toolTips << tr("%1: %2 %3").arg(label, locale.toString(bar.value, 'g', 4), unit);
        } else {
            const double change = bar.value - previous;
            base << std::min(previous, bar.value);
            total << 0.0;
            saving << (change < 0.0 ? -change : 0.0);
            increase << (change > 0.0 ? change : 0.0);
            m_contributions.push_back(change);
            m_toolTips << tr("%1: %2 %3 (total after it: %4 %3)")
                              .arg(label, NumberFormat::significant(change, 3, locale), unit,
                                   locale.toString(bar.value, 'g', 4));
        }
        previous = bar.value;
    }
    // Horizontal bars draw the first category at the bottom: feed them reversed.
    auto reversed = [](QList<qreal> list) {
        std::reverse(list.begin(), list.end());
        return list;
    };
    for (QBarSet *set : {m_base, m_total, m_saving, m_increase})
        set->remove(0, set->count());
    m_base->append(reversed(base));
    m_total->append(reversed(total));
    m_saving->append(reversed(saving));
    m_increase->append(reversed(increase));
    m_bars = bars;
    relabel();
    m_valueAxis->setRange(0.0, largest > 0.0 ? largest * 1.08 : 1.0);
    m_valueAxis->applyNiceNumbers();
    Charts::setPlainLabels(m_valueAxis);
    // No step yet: no empty 0-1 scale.
    m_valueAxis->setVisible(!bars.empty());
    m_valueAxis->setTitleText(unit);
}

void WaterfallChart::showToolTip(bool hovered, int barIndex)
{
    const int category = static_cast<int>(m_categories.size()) - 1 - barIndex;
    if (!hovered || category < 0 || category >= static_cast<int>(m_toolTips.size())) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_toolTips.at(category), this);
}

void WaterfallChart::relabel()
{
    // The labels may take under a third of the width (QtCharts gives the axis no more and
    // lets longer labels run past the edge), and never more than kMaxLabelChars.
    const QFontMetricsF metrics(m_categoryAxis->labelsFont());
    const qreal room = std::max(width() * 0.3, metrics.averageCharWidth() * 8);
    QStringList labels;
    for (const Bar &bar : m_bars) {
        if (!bar.known) {
            // The state stays readable: only the name is elided.
            const QString suffix = tr("%1 (not estimated)").arg(QString());
            const int chars =
                Charts::charsThatFit(bar.label, metrics, room - metrics.horizontalAdvance(suffix));
            labels << tr("%1 (not estimated)")
                          .arg(Charts::elideMiddle(
                              bar.label, std::min(chars, kMaxLabelChars - int(suffix.size()))));
            continue;
        }
        const int chars = Charts::charsThatFit(bar.label, metrics, room);
        labels << Charts::elideMiddle(bar.label, std::min(chars, kMaxLabelChars));
    }
    labels = Charts::uniqueLabels(labels);
    if (labels == m_categories && m_categoryAxis->count() == labels.size())
        return;
    m_categories = labels;
    Charts::setCategoriesTopDown(m_categoryAxis, m_categories);
}

void WaterfallChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    relabel();
}

} // namespace greenprint
