// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuesview.h"

#include "itemmodels/issuesmodel.h"

#include <QHeaderView>

namespace greenprint {

IssuesView::IssuesView(IssuesModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("issuesView"));
    setModel(model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setWordWrap(false);
    setAccessibleName(tr("Issues"));
    header()->setSectionResizeMode(IssuesModel::Severity, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(IssuesModel::Path, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    // activated: double-click, or Enter on the keyboard.
    connect(this, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit goToField(index.data(IssuesModel::PathRole).toString());
    });
}

} // namespace greenprint
