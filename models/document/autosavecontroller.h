// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave of a document's unsaved changes to a recovery file.
#pragma once

/*
 * Safe files
 * ==========
 * Three small pieces keep a user's work safe without touching the document's
 * own save path (ProjectWriter already saves atomically through QSaveFile):
 *
 *   AutosaveController     while the document has unsaved changes, writes
 *                          them at most once a minute to a recovery file;
 *                          removes it when the document is saved, reverted
 *                          or closed normally.
 *   RecoveryStore          after a crash, lists the recovery files that no
 *                          running Greenprint owns, and restores or
 *                          discards them.
 *   ExternalChangeWatcher  notices when another program changes or removes
 *                          the open file.
 *
 * A recovery entry is three files in the recovery folder (by default
 * QStandardPaths::AppDataLocation/recovery): <id>.greenprint (the project as
 * ProjectWriter writes it), <id>.json (original path, project name, time) and
 * <id>.lock, a QLockFile the session holds while it runs: an entry whose lock
 * can be taken belongs to a session that ended without cleaning up.
 *
 * The timer's autosave turns the project into JSON and writes it on a worker
 * thread (a 100,000-component plan is 13 MB of JSON): the GUI thread only
 * copies the project (its stages share their components) and the metadata
 * as they are when the timer fires; the file holds exactly that snapshot.
 * One write runs at a time and a newer snapshot is written after an older
 * one, never before. saveNow(), discard() and the destructor first wait for
 * a write under way, so nothing written in the background outlives them.
 */

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;
class QTimer;

namespace greenprint {

class ProjectDocument;

class AutosaveController : public QObject
{
    Q_OBJECT

public:
    /**
     * Watches `document` (not owned; it must outlive this object) and writes
     * recovery files into `directory` (created when needed).
     */
    AutosaveController(ProjectDocument *document, const QString &directory,
                       QObject *parent = nullptr);
    /** A normal end: removes this session's recovery files. */
    ~AutosaveController() override;
    Q_DISABLE_COPY(AutosaveController)

    /** The default folder: QStandardPaths::AppDataLocation + "/recovery". */
    static QString defaultDirectory();

    /** Most often a recovery file is written, in milliseconds (default 60 000). */
    void setInterval(int milliseconds);
    int interval() const;
    /** True while a recovery file is due (unsaved changes not yet autosaved). */
    bool isPending() const;
    /** True while an autosave is being written on the worker thread. */
    bool isWriting() const;

    /** This session's recovery file (it exists only while there are unsaved changes). */
    QString recoveryFilePath() const;
    /** Writes the recovery file now, on this thread, if the document is modified. False on
     *  a write error. */
    [[nodiscard]] bool saveNow();
    /** Removes this session's recovery file and its metadata. */
    void discard();
    QString errorString() const { return m_error; }

signals:
    void autosaved(const QString &recoveryFile);
    void failed(const QString &message);

private:
    struct Written;
    struct Snapshot;
    struct Job;

    /** The metadata written beside recoveryFilePath(). */
    QString metaFilePath() const;
    /** The document and its metadata as they are now, after creating the folder and taking
     *  the lock; nullopt (and m_error set) when either fails. */
    std::optional<Snapshot> snapshot();
    /** Starts writing a snapshot on the worker (the timer's autosave). */
    void saveInBackground();
    /** Records a write's outcome (announcing a success); false on failure. */
    bool took(const Written &written);
    /** A background write's outcome, failures announced too. */
    void delivered(const Written &written);
    void documentChanged();
    void modifiedChanged(bool modified);

    ProjectDocument *m_document;
    QString m_directory;
    QString m_id;
    QTimer *m_timer;
    std::unique_ptr<QLockFile> m_lock;
    QString m_error;
    std::unique_ptr<Job> m_job; ///< declared last: destroyed (and waited for) first
};

} // namespace greenprint
