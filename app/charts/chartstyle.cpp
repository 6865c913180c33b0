// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

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

} // namespace greenprint::Charts
