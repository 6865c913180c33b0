// SPDX-License-Identifier: GPL-3.0-or-later
// Notices when another program changes or removes a document's file.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace greenprint {

class ProjectDocument;

/**
 * Watches the file of a ProjectDocument (following Save As and Open) and
 * emits changedOnDisk() when its content differs from what the document
 * last read or wrote, or removedFromDisk() when it is gone. The document's
 * own saves are recognised by content and never reported. Each distinct
 * change is reported once; acknowledge() after the user chose to keep their
 * version. Events are debounced (by default 300 ms) because editors and
 * QSaveFile replace a file in several steps.
 */
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChangeWatcher(ProjectDocument *document, QObject *parent = nullptr);
    ~ExternalChangeWatcher() override;
    Q_DISABLE_COPY(ExternalChangeWatcher)

    /** Takes the file's current content as known: it is not reported again. */
    void acknowledge();
    void setDebounceInterval(int milliseconds);

signals:
    void changedOnDisk(const QString &path);
    void removedFromDisk(const QString &path);

private:
    void watch(const QString &path);
    void fileEvent();
    void check();
    static QByteArray contentHash(const QString &path);

    ProjectDocument *m_document;
    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
    QString m_path;
    QByteArray m_knownHash; ///< of the content the document is in sync with
    bool m_reportedMissing = false;
};

} // namespace greenprint
