// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/changeevent.h"

#include <QElapsedTimer>
#include <QWidget>

class QTimer;
class QTreeView;

namespace greenprint {

class StageTreeModel;

/** The four stages and their components as a tree; the current row drives the editor. */
class StageNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit StageNavigator(StageTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    /** The current component; invalid when a stage (or nothing) is current. */
    ComponentRef currentComponent() const;
    /** The stage of the current row, or -1. */
    int currentStage() const;

    void selectComponent(ComponentRef ref);
    void selectStage(int stage);

signals:
    /** The current row changed (or moved): `component` is invalid when a stage row is current. */
    void currentChanged(int stage, greenprint::ComponentRef component);

public slots:
    /** Re-announces the current row, e.g. after rows moved under it. */
    void announceCurrent();

private:
    void fitFigureColumns();

    StageTreeModel *m_model;
    QTreeView *m_view;
    /** How long after a reset changes fit the columns at once rather than debounced. */
    static constexpr qint64 kFitAtOnceMs = 1000;
    QTimer *m_fitColumns; ///< debounces fitFigureColumns() after model changes
    QElapsedTimer m_sinceReset; ///< since the model was last reset (a plan opened)
};

} // namespace greenprint
