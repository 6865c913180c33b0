// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace greenprint {

class ProjectDocument;

/**
 * File menu: New, Open, Open Recent, Save, Save As, Revert, Close and Quit on
 * one document. Asks before dropping unsaved changes; reports failures in
 * modal dialogs (opening an invalid file lists every problem and changes
 * nothing).
 */
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(ProjectDocument *document, QWidget *window);

    void populateMenu(QMenu *menu);

    /** Opens `path` after asking about unsaved changes; false when cancelled or failed. */
    bool open(const QString &path);
    /** Saves to the current file, or asks for one. */
    bool save();
    /** Saves to `path` (no dialog when given). */
    bool saveAs(const QString &path = {});
    bool revert();
    /** Asks to save unsaved changes: true when it is fine to drop the project now. */
    bool maybeSave();
    /** Replaces the project by a new one (after maybeSave). */
    bool newProject();

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *revertAction() const { return m_revert; }
    QAction *closeAction() const { return m_close; }
    QAction *quitAction() const { return m_quit; }

private:
    void chooseFileToOpen();
    void updateRecentMenu();
    void updateActions();
    bool load(const QString &path);

    ProjectDocument *m_document;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_revert;
    QAction *m_close;
    QAction *m_quit;
    QMenu *m_recentMenu = nullptr;
};

} // namespace greenprint
