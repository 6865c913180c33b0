// SPDX-License-Identifier: GPL-3.0-or-later
// Names cut in the middle that stay apart from their look-alike neighbours.
#pragma once

#include <QStyledItemDelegate>

namespace greenprint {

/**
 * Draws a name too long for its column cut in the middle (the view's Qt::ElideMiddle), but
 * names that the cut would make alike keep the word where they differ: "Notebook 1…arge)"
 * and "Notebook 2…arge)", never "Noteboo…xlarge)" twice. Compared with the rows within
 * kNeighbours above and below only, so that a paint stays cheap in a stage of 500 rows
 * (copies and numbered twins sit next to each other). The full name is the model's tooltip.
 */
class NameElideDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kNeighbours = 16;

    using QStyledItemDelegate::QStyledItemDelegate;

    /**
     * The text drawn for `index` in `width` pixels of `font`: its name when it fits, else
     * its name cut in the middle (Charts::elideMiddle) apart from its look-alikes.
     */
    static QString shownText(const QModelIndex &index, const QFont &font, int width);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace greenprint
