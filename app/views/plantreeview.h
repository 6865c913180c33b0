// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's tree of stages and components: a QTreeView that stays fast on 100,000 rows.
#pragma once

#include <QTreeView>

namespace greenprint {

/**
 * A QTreeView that repaints its viewport when more rows change at once than
 * kRepaintViewportAboveRows, instead of letting Qt 6.4 work out the rectangle of every changed
 * row (QTreeViewPrivate::intersectedRect asks visualRect() of each): greying every figure of a
 * 100,000-component plan while it is estimated, and again when it is done, took about a sixth
 * of the GUI thread's time after an edit.
 *
 * The view's rows have one height (setUniformRowHeights), so a change of text or colour moves
 * nothing; an open editor and an active screen reader still get Qt's own handling.
 */
class PlanTreeView : public QTreeView
{
    Q_OBJECT

public:
    /** A viewport shows a few dozen rows: a change to more is a change to what it shows. */
    static constexpr int kRepaintViewportAboveRows = 1000;

    using QTreeView::QTreeView;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
};

} // namespace greenprint
