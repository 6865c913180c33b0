// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
#include <QCoreApplication>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace greenprint::Charts {

void applyStyle(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    // A legend label QtCharts has to shorten shows its whole text on hover.
    chart->legend()->setShowToolTips(true);
    chart->setAnimationOptions(QChart::NoAnimation);
}

void styleAxes(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    chart->legend()->setLabelColor(text);
}

namespace {

const char *const kFullTitle = "greenprintFullTitle";

/**
 * The title as one line, or as two broken at the space nearest the middle, or (when one of
 * those is still too wide) broken at spaces onto as many lines as it needs (HTML).
 */
QString fittedTitle(const QString &title, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(title) <= width)
        return title;
    const qsizetype middle = title.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (title.at(i).isSpace() && (best < 0 || qAbs(i - middle) < qAbs(best - middle)))
            best = i;
    }
    if (best < 0) // one long word (Japanese): break at the middle character
        best = middle;
    const qsizetype rest = title.at(best).isSpace() ? best + 1 : best;
    if (std::max(metrics.horizontalAdvance(title.left(best)),
                 metrics.horizontalAdvance(title.mid(rest)))
        > width)
        return wrapLabel(title, metrics, width);
    return title.left(best).toHtmlEscaped() + QStringLiteral("<br>")
        + title.mid(rest).toHtmlEscaped();
}

/** Re-fits the title of the chart views it watches when they are resized. */
class TitleFitter : public QObject
{
public:
    using QObject::QObject;
    static void fit(QChartView *view)
    {
        QChart *chart = view->chart();
        const QMargins margins = chart->margins();
        // The layout keeps about 20 px either side of the title besides the chart's margins.
        const qreal width = view->width() - margins.left() - margins.right() - 40;
        chart->setTitle(
            fittedTitle(view->property(kFullTitle).toString(), chart->titleFont(), width));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fit(static_cast<QChartView *>(watched));
        return false;
    }
};

} // namespace

void setFittedTitle(QChartView *view, const QString &title)
{
    if (!view->property(kFullTitle).isValid())
        view->installEventFilter(new TitleFitter(view));
    view->setProperty(kFullTitle, title);
    TitleFitter::fit(view);
}

int charsThatFit(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    const qreal advance = metrics.horizontalAdvance(text);
    if (advance <= width || text.isEmpty())
        return int(text.size());
    return int(text.size() * width / advance);
}

QString elideMiddle(const QString &text, int maxChars)
{
    if (text.size() <= maxChars || maxChars < 3)
        return text;
    // The head says what it is, the tail often which variant (instance, size, trial):
    // about 2/5 of the room for the tail, widened to start at a word when one is near.
    const int room = maxChars - 1;
    int tail = room * 2 / 5;
    const int size = int(text.size());
    for (int i = size - tail - 1; i >= size - tail - 4 && i > 0; --i) {
        if (text.at(i).isSpace() && size - i - 1 <= room / 2) {
            tail = size - i - 1;
            break;
        }
    }
    const int head = room - tail;
    return text.left(head).trimmed() + u'…' + text.right(tail).trimmed();
}

QString elideApartFrom(const QString &name, const QStringList &others, int maxChars)
{
    const QString label = elideMiddle(name, maxChars);
    if (label == name)
        return label;
    qsizetype differs = -1; // the first character where it parts from a look-alike
    for (const QString &other : others) {
        if (other == name || elideMiddle(other, maxChars) != label)
            continue;
        qsizetype common = 0;
        while (common < name.size() && common < other.size() && name[common] == other[common])
            ++common;
        differs = std::max(differs, common);
    }
    if (differs < 0)
        return label;
    qsizetype head = differs;
    while (head < name.size() && !name[head].isSpace())
        ++head;
    if (head + 1 > maxChars)
        return label; // the difference lies too deep: "(2)" or the tooltip tells them apart
    return name.left(head).trimmed() + u'…' + name.right(maxChars - head - 1).trimmed();
}

QStringList elideApart(const QStringList &names, const QList<int> &maxChars)
{
    QStringList labels;
    for (qsizetype i = 0; i < names.size(); ++i)
        labels << elideApartFrom(names[i], names, maxChars.value(i, int(names[i].size())));
    return labels;
}

QString wrapLabel(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (line.isEmpty() || metrics.horizontalAdvance(longer) <= width) {
            line = longer;
            continue;
        }
        lines << line.toHtmlEscaped();
        line = word;
    }
    lines << line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void setCategoriesTopDown(QBarCategoryAxis *axis, const QStringList &labels)
{
    axis->clear();
    axis->append(QStringList(labels.rbegin(), labels.rend()));
}

QStringList uniqueLabels(const QStringList &labels)
{
    QStringList unique;
    for (const QString &label : labels) {
        QString name = label;
        for (int n = 2; unique.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(label).arg(n);
        unique << name;
    }
    return unique;
}

QStringList categoryLabels(const QStringList &names, int maxChars)
{
    return uniqueLabels(elideApart(names, QList<int>(names.size(), maxChars)));
}

int tickDecimals(double first, double step)
{
    // The fewest decimals that write the first tick and the step exactly, so every tick reads
    // as its value: 2.5 to 4.0 by 0.75 needs two, where the step's size alone gave one and
    // wrote 3.25 as "3.3".
    const auto exact = [](double value, double scale) {
        const double scaled = value * scale;
        return std::abs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, std::abs(scaled));
    };
    double scale = 1.0;
    for (int decimals = 0; decimals < 6; ++decimals, scale *= 10.0) {
        if (exact(first, scale) && exact(step, scale))
            return decimals;
    }
    return 6;
}

void setPlainLabels(QValueAxis *axis)
{
    const double span = axis->max() - axis->min();
    const int intervals = std::max(1, axis->tickCount() - 1);
    const double step = span > 0.0 ? span / intervals : 1.0;
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(tickDecimals(axis->min(), step)));
}

AxisScale axisScale(double largest, const QString &unit)
{
    if (std::abs(largest) >= 1e7)
        return {1e-6, QCoreApplication::translate("greenprint::Charts", "million %1").arg(unit)};
    if (std::abs(largest) >= 1e4)
        return {1e-3, QCoreApplication::translate("greenprint::Charts", "thousand %1").arg(unit)};
    return {1.0, unit};
}

} // namespace greenprint::Charts
