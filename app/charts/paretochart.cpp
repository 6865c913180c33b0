// SPDX-License-Identifier: GPL-3.0-or-later
#include "paretochart.h"

#include "chartstyle.h"

#include "numberformat.h"

#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace greenprint {
namespace {

constexpr int kBins = 4;
/** Viridis, dark (fast) to light (slow); readable on light and dark backgrounds. */
const QColor kBinColors[kBins] = {QColor(0x44, 0x01, 0x54), QColor(0x31, 0x68, 0x8e),
                                  QColor(0x35, 0xb7, 0x79), QColor(0xc8, 0xb8, 0x10)};

QString hoursText(double hours)
{
    return NumberFormat::significant(hours, 3);
}

} // namespace

ParetoChart::ParetoChart(QWidget *parent)
    : QChartView(parent)
    , m_current(new QScatterSeries)
    , m_costAxis(new QValueAxis)
    , m_carbonAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("paretoChart"));
    setAccessibleName(tr("Pareto front of one stage: carbon against cost, hours as colour"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 200);
    auto *chart = new QChart;
    Charts::applyStyle(chart, palette());
    chart->addAxis(m_costAxis, Qt::AlignBottom);
    chart->addAxis(m_carbonAxis, Qt::AlignLeft);
    m_costAxis->setVisible(false); // until setPoints() has something to plot
    m_carbonAxis->setVisible(false);
    for (int i = 0; i < kBins; ++i) {
        auto *series = new QScatterSeries;
        series->setColor(kBinColors[i]);
        series->setBorderColor(kBinColors[i]);
        series->setMarkerSize(11.0);
        m_bins.push_back(series);
    }
    m_current->setName(tr("Current plan"));
    m_current->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_current->setMarkerSize(14.0);
    m_current->setColor(QColor(0xf4, 0x8f, 0x42));
    m_current->setBorderColor(palette().color(QPalette::WindowText));
    std::vector<QScatterSeries *> all = m_bins;
    all.push_back(m_current);
    for (QScatterSeries *series : all) {
        chart->addSeries(series);
        series->attachAxis(m_costAxis);
        series->attachAxis(m_carbonAxis);
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF &value) {
            const int index = pointAt(value);
            if (index >= 0)
                emit pointClicked(index);
        });
        connect(series, &QScatterSeries::hovered, this, &ParetoChart::showToolTip);
    }
    m_costAxis->setTitleText(tr("USD"));
    // At the side: the few short bin labels cost less there than a row under the axis
    // title, which a small screen needs for the plot.
    chart->legend()->setAlignment(Qt::AlignRight);
    Charts::styleAxes(chart, palette());
    // QChartView(parent) made a default chart that setChart() does not delete.
    QChart *defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;
}

void ParetoChart::setPoints(const QString &title, const std::vector<Point> &points,
                            const QString &carbonUnit)
{
    Charts::setFittedTitle(this, title);
    m_points = points;
    m_unit = carbonUnit;
    m_carbonAxis->setTitleText(carbonUnit);
    for (QScatterSeries *series : m_bins) {
        series->clear();
        series->setName(QString());
    }
    m_current->clear();

    // Bin edges: quartiles of the hours, so every colour is used where the points differ.
    std::vector<double> hours;
    for (const Point &p : points)
        hours.push_back(p.hours);
    std::sort(hours.begin(), hours.end());
    double edges[kBins] = {};
    for (int i = 0; i < kBins; ++i) {
        edges[i] = hours.empty()
            ? 0.0
            : hours[std::min(hours.size() - 1, (hours.size() * std::size_t(i + 1)) / kBins)];
    }
    edges[kBins - 1] = hours.empty() ? 0.0 : hours.back();
    // Edges that read the same ("393 h" and "393 h") are one bin: a legend never shows
    // "393–393 h". The lower bin takes the points up to the higher edge.
    for (int i = kBins - 1; i > 0; --i) {
        if (hoursText(edges[i]) == hoursText(edges[i - 1]))
            edges[i - 1] = edges[i];
    }
    double low = hours.empty() ? 0.0 : hours.front();
    for (int i = 0; i < kBins; ++i) {
        const bool same = i > 0 && edges[i] <= edges[i - 1];
        if (!same) {
            m_bins[i]->setName(i == 0 ? tr("≤ %1 h").arg(hoursText(edges[i]))
                                      : tr("%1–%2 h").arg(hoursText(low), hoursText(edges[i])));
            low = edges[i];
        }
    }
    double maxCost = 0.0, maxCarbon = 0.0;
    for (const Point &p : points) {
        maxCost = std::max(maxCost, p.costUsd);
        maxCarbon = std::max(maxCarbon, p.co2e);
    }
    const Charts::AxisScale costScale = Charts::axisScale(maxCost, tr("USD"));
    m_costFactor = costScale.factor;
    m_costAxis->setTitleText(costScale.unit);
    for (const Point &p : points) {
        if (p.current) {
            m_current->append(plotPosition(p));
            continue;
        }
        int bin = 0;
        while (bin < kBins - 1 && p.hours > edges[bin])
            ++bin;
        m_bins[bin]->append(plotPosition(p));
    }
    for (QScatterSeries *series : m_bins)
        series->setVisible(series->count() > 0);
    m_current->setVisible(m_current->count() > 0);
    m_costAxis->setRange(0.0, maxCost > 0.0 ? maxCost * m_costFactor * 1.1 : 1.0);
    m_carbonAxis->setRange(0.0, maxCarbon > 0.0 ? maxCarbon * 1.1 : 1.0);
    m_costAxis->applyNiceNumbers();
    m_carbonAxis->applyNiceNumbers();
    Charts::setPlainLabels(m_costAxis);
    Charts::setPlainLabels(m_carbonAxis);
    // Nothing to plot: no empty 0-1 scales whose zeros collide in the corner (the panel's
    // note says why there is nothing).
    m_costAxis->setVisible(!points.empty());
    m_carbonAxis->setVisible(!points.empty());
    Charts::styleAxes(chart(), palette());
}

QStringList ParetoChart::binLabels() const
{
    QStringList labels;
    for (QScatterSeries *series : m_bins) {
        if (series->isVisible() && !series->name().isEmpty())
            labels << series->name();
    }
    return labels;
}

QPointF ParetoChart::plotPosition(const Point &point) const
{
    return {point.costUsd * m_costFactor, point.co2e};
}

int ParetoChart::pointAt(const QPointF &value) const
{
    // Compare in plot pixels so that both axes weigh the same.
    const QPointF target = chart()->mapToPosition(value);
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < static_cast<int>(m_points.size()); ++i) {
        const QPointF p = chart()->mapToPosition(plotPosition(m_points[i]));
        const double d = std::hypot(p.x() - target.x(), p.y() - target.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return bestDistance <= 12.0 ? best : -1;
}

void ParetoChart::showToolTip(const QPointF &value, bool hovered)
{
    const int index = hovered ? pointAt(value) : -1;
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    const Point &p = m_points[index];
    const QLocale locale;
    QToolTip::showText(QCursor::pos(),
                       tr("%1\n%2 %3, %4 USD, %5 h\nClick to create a scenario from it.")
                           .arg(p.label, locale.toString(p.co2e, 'g', 4), m_unit,
                                locale.toString(p.costUsd, 'f', 0), hoursText(p.hours)),
                       this);
}

} // namespace greenprint
