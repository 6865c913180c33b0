// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace greenprint {

class IssuesModel;

/** The issues list: severity, field and text; activating a row asks to go to its field. */
class IssuesView : public QTreeView
{
    Q_OBJECT

public:
    explicit IssuesView(IssuesModel *model, QWidget *parent = nullptr);

signals:
    /** A row was double-clicked or activated: `path` is the JSON path of the field. */
    void goToField(const QString &path);
};

} // namespace greenprint
