// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QPointF>

#include <vector>

class QScatterSeries;
class QValueAxis;

namespace greenprint {

/**
 * Carbon against cost for the ways to run one stage (the Pareto front), with
 * the jobs' hours as colour: four bins with a legend entry each ("≤ 12 h",
 * ...). The current plan has its own marker. Clicking a point emits
 * pointClicked() with its index in the list given to setPoints().
 */
class ParetoChart : public QChartView
{
    Q_OBJECT

public:
    struct Point
    {
        double costUsd = 0.0;
        double co2e = 0.0; ///< in the display unit passed to setPoints()
        double hours = 0.0;
        QString label; ///< "eu-north-1, 1 x trn1.32xlarge"
        bool current = false;
    };

    explicit ParetoChart(QWidget *parent = nullptr);

    void setPoints(const QString &title, const std::vector<Point> &points,
                   const QString &carbonUnit);
    const std::vector<Point> &points() const { return m_points; }
    /** The legend texts of the time bins, fastest first. */
    QStringList binLabels() const;
    /** Where `point` is plotted, in chart coordinates (cost scaled as the axis says, carbon). */
    QPointF plotPosition(const Point &point) const;
    /** The index of the point nearest `value` (chart coordinates, see plotPosition()), or -1. */
    int pointAt(const QPointF &value) const;
    /** The cost axis, for tests: its title states the scale (USD, thousand USD...). */
    QValueAxis *costAxis() const { return m_costAxis; }
    QValueAxis *carbonAxis() const { return m_carbonAxis; }

signals:
    void pointClicked(int index);

private:
    void showToolTip(const QPointF &value, bool hovered);

    std::vector<QScatterSeries *> m_bins;
    QScatterSeries *m_current;
    QValueAxis *m_costAxis;
    QValueAxis *m_carbonAxis;
    std::vector<Point> m_points;
    QString m_unit;
    double m_costFactor = 1.0; ///< plotted cost = USD x this (axis in thousands, millions)
};

} // namespace greenprint
