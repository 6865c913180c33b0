// SPDX-License-Identifier: GPL-3.0-or-later
// Vector bar charts for the PDF plan, drawn with QPainter paths (never rasterised).
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QPainter;

namespace greenprint {

class PdfReportWriter;

/** One bar: two stacked parts and an optional low..high band drawn as a whisker. */
struct PdfBar
{
    QString label;
    double first = 0.0; ///< e.g. operational kgCO2e
    double second = 0.0; ///< stacked after first, e.g. embodied kgCO2e
    std::optional<double> low;
    std::optional<double> high;
    double total() const { return first + second; }
};

/**
 * A horizontal bar chart: category labels on the left (wrapped, never
 * clipped), stacked bars with the total printed at their end, a whisker for
 * the band, gridlines with round ticks and an axis title with the unit.
 */
class PdfBarChart
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PdfBarChart)

public:
    struct Options
    {
        QString axisTitle; ///< with the unit, e.g. "Carbon (kgCO2e)"
        QString firstLegend; ///< empty: no legend entry
        QString secondLegend;
        QString bandLegend;
        std::function<QString(double)> format; ///< value and tick labels
    };

    PdfBarChart(const PdfReportWriter &writer, std::vector<PdfBar> bars, Options options);

    /** Height the chart needs at the writer's content width. */
    double height() const { return m_height; }
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    double niceStep(double maximum) const;
    QString valueText(const PdfBar &bar) const;

    std::vector<PdfBar> m_bars;
    std::vector<QStringList> m_labelLines;
    Options m_options;
    QFont m_font;
    QFont m_smallFont;
    double m_unit = 1.0; ///< device units per point
    double m_labelWidth = 0.0;
    double m_valueWidth = 0.0;
    double m_lineSpacing = 0.0;
    double m_rowHeight = 0.0;
    double m_legendHeight = 0.0;
    double m_axisHeight = 0.0;
    double m_height = 0.0;
    double m_axisMax = 1.0;
    double m_step = 1.0;
};

} // namespace greenprint
