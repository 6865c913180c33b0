// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace greenprint {

class AutosaveController;
class ExternalChangeWatcher;
class ProjectDocument;

/**
 * Wires the safe-file helpers of models/document to a window: autosave to
 * the recovery folder, the offer to restore after a crash, and the question
 * when another program changed the open file (reload or keep mine).
 */
class FileSafety : public QObject
{
    Q_OBJECT

public:
    /** `recoveryDirectory` empty: AutosaveController::defaultDirectory(). */
    FileSafety(ProjectDocument *document, QWidget *window, const QString &recoveryDirectory = {});

    /**
     * Lists the projects left by sessions that ended without saving and
     * offers to restore one (RecoveryDialog). Returns true when one was
     * restored. Does nothing when there are none.
     */
    bool offerRecovery();

    AutosaveController *autosave() const { return m_autosave; }
    ExternalChangeWatcher *watcher() const { return m_watcher; }

private:
    void changedOnDisk(const QString &path);
    void removedFromDisk(const QString &path);

    ProjectDocument *m_document;
    QWidget *m_window;
    QString m_directory;
    AutosaveController *m_autosave;
    ExternalChangeWatcher *m_watcher;
    bool m_asking = false;
};

} // namespace greenprint
