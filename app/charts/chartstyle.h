// SPDX-License-Identifier: GPL-3.0-or-later
// Shared look of the dashboard charts: follows the palette (light or dark).
#pragma once

/*
 * Charts
 * ======
 * app/charts/ is the only place that includes QtCharts (deprecated from Qt
 * 6.10; keeping it here makes a later port local). The charts are thin
 * adapters: they receive finished numbers (the LiveEstimate's Estimate, the
 * region ranking) and only lay them out. Series colours are fixed; text and
 * background follow the widget palette, so dark mode works.
 */

#include <QString>
#include <QStringList>

class QChart;
class QChartView;
class QFontMetricsF;
class QPalette;
class QBarCategoryAxis;
class QValueAxis;

namespace greenprint::Charts {

/** Transparent background, palette-coloured text, compact margins. */
void applyStyle(QChart *chart, const QPalette &palette);
/**
 * Sets `title` on `view`'s chart and keeps it whole at any width: wrapped at the space
 * nearest its middle onto a second line when one line would not fit (QtCharts would cut
 * it to "…"), re-fitted on every resize.
 */
void setFittedTitle(QChartView *view, const QString &title);
/** Restyles the axes and legend created after applyStyle(). */
void styleAxes(QChart *chart, const QPalette &palette);

/**
 * `text` cut in the middle to at most `maxChars` characters ("7B pre-train…on p5"),
 * so that names sharing a long beginning stay apart; the full text goes in a tooltip.
 */
QString elideMiddle(const QString &text, int maxChars);
/**
 * How many characters of `text` fit in `width` pixels of `metrics`' font, for
 * elideMiddle(): all when it fits, else a share by its real advance, so that wide
 * (Japanese) characters count double.
 */
int charsThatFit(const QString &text, const QFontMetricsF &metrics, qreal width);
/**
 * `text` whole, broken at spaces into lines of at most `width` pixels of `metrics`' font and
 * joined with "<br>" (QtCharts draws axis labels as rich text, so the text is escaped). A
 * word wider than `width` keeps a line of its own: nothing is cut.
 */
QString wrapLabel(const QString &text, const QFontMetricsF &metrics, qreal width);
/**
 * `names` elided in the middle, name i to at most `maxChars[i]` characters, so that names
 * the eliding would make alike stay apart: where two elide to the same label ("Notebook…
 * large)" for "Notebook 1 (t3.xlarge)" and "Notebook 2 (t3.xlarge)"), each keeps its head
 * up to the end of the word where they differ ("Notebook 1…arge)"), if that fits.
 */
QStringList elideApart(const QStringList &names, const QList<int> &maxChars);
/**
 * `name` elided in the middle to `maxChars`, kept apart from those of `others` that would
 * elide to the same text, as elideApart() does; linear in `others`.
 */
QString elideApartFrom(const QString &name, const QStringList &others, int maxChars);
/** `labels` made unique ("… (2)"), which QBarCategoryAxis requires. */
QStringList uniqueLabels(const QStringList &labels);
/**
 * Category-axis labels for `names`: each elided in the middle to `maxChars`, and
 * made unique ("… (2)"), which QBarCategoryAxis requires.
 */
QStringList categoryLabels(const QStringList &names, int maxChars);
/**
 * Shows `labels` on a horizontal bar chart's category axis, the first at the top
 * (such charts draw their first category at the bottom, so they are fed reversed).
 */
void setCategoriesTopDown(QBarCategoryAxis *axis, const QStringList &labels);
/**
 * Plain decimal tick labels for a value axis whose range is final ("1000", "0.25",
 * never "1e+03"), with as many decimals as the tick step needs. Call it again whenever the
 * range changes (setRange, applyNiceNumbers).
 */
void setPlainLabels(QValueAxis *axis);
/** The fewest decimals (at most 6) that write `first` and every `step` after it exactly. */
int tickDecimals(double first, double step);

/** A factor that keeps axis numbers short, and the unit text that goes with it. */
struct AxisScale
{
    double factor = 1.0; ///< multiply values by this before plotting
    QString unit; ///< the axis title: the unit, with "thousand" or "million" when scaled
};
/** The scale for values up to `largest` in `unit`: thousands from 10,000, millions from 10 M. */
AxisScale axisScale(double largest, const QString &unit);

} // namespace greenprint::Charts
