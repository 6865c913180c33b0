// SPDX-License-Identifier: GPL-3.0-or-later
#include "nameelidedelegate.h"

#include "charts/chartstyle.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QStyle>

#include <algorithm>

namespace greenprint {

QString NameElideDelegate::shownText(const QModelIndex &index, const QFont &font, int width)
{
    const QString name = index.data().toString();
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    QStringList neighbours;
    const QAbstractItemModel *model = index.model();
    const int last = std::min(model->rowCount(index.parent()) - 1, index.row() + kNeighbours);
    for (int row = std::max(0, index.row() - kNeighbours); row <= last; ++row) {
        if (row != index.row())
            neighbours << index.siblingAtRow(row).data().toString();
    }
    // The most characters whose cut text fits: charsThatFit() is an average, so step down.
    for (int chars = Charts::charsThatFit(name, metrics, width); chars >= 3; --chars) {
        const QString apart = Charts::elideApartFrom(name, neighbours, chars);
        if (metrics.horizontalAdvance(apart) <= width)
            return apart;
    }
    return name;
}

void NameElideDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const int margin =
        2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1);
    option->text = shownText(index, option->font, option->rect.width() - margin);
}

} // namespace greenprint
