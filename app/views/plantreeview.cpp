// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantreeview.h"

#include <QAccessible>

namespace greenprint {

void PlanTreeView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    const bool manyRows = topLeft.isValid() && bottomRight.isValid()
        && topLeft.parent() == bottomRight.parent()
        && bottomRight.row() - topLeft.row() + 1 > kRepaintViewportAboveRows;
    if (manyRows && uniformRowHeights() && state() != EditingState && !QAccessible::isActive()) {
        viewport()->update();
        return;
    }
    QTreeView::dataChanged(topLeft, bottomRight, roles);
}

} // namespace greenprint
