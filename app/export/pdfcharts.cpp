// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcharts.h"

#include "pdfreportwriter.h"
#include "pdfstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace greenprint {
namespace {

constexpr double kBarThicknessPt = 10.0;
constexpr double kRowGapPt = 5.0;
constexpr double kGapPt = 6.0;
constexpr double kBandReach = 2.5; // the axis extends to a band end up to 2.5 x the longest bar

} // namespace

PdfBarChart::PdfBarChart(const PdfReportWriter &writer, std::vector<PdfBar> bars, Options options)
    : m_bars(std::move(bars))
    , m_options(std::move(options))
    , m_font(writer.font(TextStyle::TableBody))
    , m_smallFont(writer.font(TextStyle::Footer))
    , m_unit(writer.pt(1))
{
    if (!m_options.format)
        m_options.format = [](double v) { return QString::number(v); };
    const QFontMetricsF fm(m_font, writer.device());
    const QFontMetricsF small(m_smallFont, writer.device());
    m_lineSpacing = fm.lineSpacing();
    // The axis follows the bars; a band far beyond them (a wide uncertainty) is
    // cut at the axis end with an arrow and its end printed beside the value.
    double maxTotal = 0.0;
    double maxHigh = 0.0;
    for (const PdfBar &bar : m_bars) {
        maxTotal = std::max(maxTotal, bar.total());
        maxHigh = std::max(maxHigh, bar.high.value_or(0.0));
    }
    double maximum = std::max(maxTotal, std::min(maxHigh, kBandReach * maxTotal));
    if (!(maximum > 0.0))
        maximum = 1.0;
    m_step = niceStep(maximum);
    m_axisMax = std::ceil(maximum / m_step - 1e-9) * m_step;
    double widest = 0;
    for (const PdfBar &bar : m_bars) {
        widest = std::max(widest, fm.horizontalAdvance(bar.label));
        m_valueWidth = std::max(m_valueWidth, fm.horizontalAdvance(valueText(bar)));
    }
    m_labelWidth = std::min(widest, writer.contentWidth() * 0.32);
    for (const PdfBar &bar : m_bars) {
        m_labelLines.push_back(writer.wrap(bar.label, m_font, m_labelWidth));
    }
    double rows = 0;
    for (const QStringList &labelLines : m_labelLines)
        rows += std::max(labelLines.size() * m_lineSpacing, kBarThicknessPt * m_unit)
            + kRowGapPt * m_unit;
    m_rowHeight = kBarThicknessPt * m_unit;
    const bool legend = !m_options.firstLegend.isEmpty() || !m_options.secondLegend.isEmpty()
        || !m_options.bandLegend.isEmpty();
    m_legendHeight = legend ? small.lineSpacing() + kGapPt * m_unit : 0.0;
    m_axisHeight = small.lineSpacing() * 2 + kGapPt * m_unit;
    m_height = m_legendHeight + rows + m_axisHeight;
}

QString PdfBarChart::valueText(const PdfBar &bar) const
{
    const QString total = m_options.format(bar.total());
    if (bar.high && *bar.high > m_axisMax)
        return tr("%1 (band to %2)").arg(total, m_options.format(*bar.high));
    return total;
}

double PdfBarChart::niceStep(double maximum) const
{
    const double rough = maximum / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= rough)
            return f * magnitude;
    }
    return 10.0 * magnitude;
}

void PdfBarChart::paint(QPainter &painter, const QRectF &rect) const
{
    const QFontMetricsF fm(m_font, painter.device());
    const QFontMetricsF small(m_smallFont, painter.device());
    const double gap = kGapPt * m_unit;

    // Legend, top right.
    if (m_legendHeight > 0) {
        struct Entry
        {
            QString text;
            QColor color;
            bool whisker;
        };
        std::vector<Entry> entries;
        if (!m_options.firstLegend.isEmpty())
            entries.push_back({m_options.firstLegend, PdfStyle::operational(), false});
        if (!m_options.secondLegend.isEmpty())
            entries.push_back({m_options.secondLegend, PdfStyle::embodied(), false});
        if (!m_options.bandLegend.isEmpty())
            entries.push_back({m_options.bandLegend, PdfStyle::whisker(), true});
        const double swatch = 7 * m_unit;
        double x = rect.left() + m_labelWidth + gap;
        const double y = rect.top();
        painter.setFont(m_smallFont);
        for (const Entry &e : entries) {
            const QRectF box(x, y + (small.lineSpacing() - swatch) / 2, swatch, swatch);
            if (e.whisker) {
                painter.setPen(QPen(e.color, 0.8 * m_unit));
                painter.drawLine(
                    QLineF(box.left(), box.center().y(), box.right(), box.center().y()));
                painter.drawLine(
                    QLineF(box.left(), box.top() + m_unit, box.left(), box.bottom() - m_unit));
                painter.drawLine(
                    QLineF(box.right(), box.top() + m_unit, box.right(), box.bottom() - m_unit));
            } else {
                QPainterPath path;
                path.addRect(box);
                painter.fillPath(path, e.color);
            }
            painter.setPen(PdfStyle::text());
            painter.drawText(QPointF(box.right() + 3 * m_unit, y + small.ascent()), e.text);
            x = box.right() + 3 * m_unit + small.horizontalAdvance(e.text) + 12 * m_unit;
        }
    }

    const double plotLeft = rect.left() + m_labelWidth + gap;
    const double plotRight = rect.right() - m_valueWidth - gap;
    const double plotTop = rect.top() + m_legendHeight;
    const double plotBottom = rect.bottom() - m_axisHeight;
    const double step = m_step;
    const double axisMax = m_axisMax;
    auto xOf = [&](double v) {
        return plotLeft + (plotRight - plotLeft) * std::min(v, axisMax) / axisMax;
    };

    // Gridlines and ticks.
    painter.setFont(m_smallFont);
    for (int i = 0; i * step <= axisMax * (1 + 1e-9); ++i) {
        const double v = i * step;
        const double x = xOf(v);
        painter.setPen(
            QPen(i == 0 ? PdfStyle::muted() : PdfStyle::rule(), (i == 0 ? 0.7 : 0.35) * m_unit));
        painter.drawLine(QLineF(x, plotTop, x, plotBottom));
        const QString tick = m_options.format(v);
        const double w = small.horizontalAdvance(tick);
        painter.setPen(PdfStyle::muted());
        painter.drawText(QPointF(std::min(x - w / 2, rect.right() - w),
                                 plotBottom + 2 * m_unit + small.ascent()),
                         tick);
    }
    const double titleWidth = small.horizontalAdvance(m_options.axisTitle);
    painter.setPen(PdfStyle::text());
    painter.drawText(QPointF((plotLeft + plotRight - titleWidth) / 2,
                             plotBottom + 2 * m_unit + small.lineSpacing() + small.ascent()),
                     m_options.axisTitle);

    // Bars.
    double y = plotTop + kRowGapPt * m_unit / 2;
    for (size_t i = 0; i < m_bars.size(); ++i) {
        const PdfBar &bar = m_bars[i];
        const QStringList &lines = m_labelLines[i];
        const double rowHeight = std::max(lines.size() * fm.lineSpacing(), m_rowHeight);
        const double centre = y + rowHeight / 2;
        painter.setFont(m_font);
        painter.setPen(PdfStyle::text());
        double ly = centre - lines.size() * fm.lineSpacing() / 2 + fm.ascent();
        for (const QString &line : lines) {
            painter.drawText(QPointF(rect.left() + m_labelWidth - fm.horizontalAdvance(line), ly),
                             line);
            ly += fm.lineSpacing();
        }
        const double top = centre - m_rowHeight / 2;
        QPainterPath first;
        first.addRect(QRectF(xOf(0), top, xOf(bar.first) - xOf(0), m_rowHeight));
        painter.fillPath(first, PdfStyle::operational());
        if (bar.second > 0) {
            QPainterPath second;
            second.addRect(
                QRectF(xOf(bar.first), top, xOf(bar.total()) - xOf(bar.first), m_rowHeight));
            painter.fillPath(second, PdfStyle::embodied());
        }
        double end = xOf(bar.total());
        if (bar.low && bar.high && *bar.high > *bar.low) {
            const double x0 = xOf(*bar.low);
            const double x1 = xOf(*bar.high);
            const double cap = m_rowHeight * 0.3;
            QPainterPath whisker;
            whisker.moveTo(x0, centre);
            whisker.lineTo(x1, centre);
            whisker.moveTo(x0, centre - cap);
            whisker.lineTo(x0, centre + cap);
            if (*bar.high > axisMax) {
                whisker.moveTo(x1 - 2.5 * m_unit, centre - cap);
                whisker.lineTo(x1, centre);
                whisker.lineTo(x1 - 2.5 * m_unit, centre + cap);
            } else {
                whisker.moveTo(x1, centre - cap);
                whisker.lineTo(x1, centre + cap);
            }
            painter.strokePath(whisker, QPen(PdfStyle::whisker(), 0.8 * m_unit));
            end = std::max(end, x1);
        }
        painter.setFont(m_font);
        painter.setPen(PdfStyle::text());
        const QString value = valueText(bar);
        painter.drawText(QPointF(end + 3 * m_unit, centre - fm.height() / 2 + fm.ascent()), value);
        y += rowHeight + kRowGapPt * m_unit;
    }
}

} // namespace greenprint
