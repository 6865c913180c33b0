// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace greenprint {

class ProjectDocument;
class StageNavigator;

/** Edit menu: Undo/Redo and the component actions (add, duplicate, remove, move up/down). */
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(ProjectDocument *document, StageNavigator *navigator, QWidget *window);

    void populateMenu(QMenu *menu);
    /** The "Add Component" submenu, one action per component type. */
    QMenu *addMenu() const { return m_addMenu; }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

    /** Adds a new component of `type` to the current stage, after the current component. */
    void addComponent(int type);
    void duplicateComponent();
    void removeComponent();
    void moveComponent(int delta);

private:
    void updateActions();
    QString defaultInstance() const;

    ProjectDocument *m_document;
    StageNavigator *m_navigator;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_duplicate;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QMenu *m_addMenu;
};

} // namespace greenprint
