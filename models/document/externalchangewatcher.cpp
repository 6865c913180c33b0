// SPDX-License-Identifier: GPL-3.0-or-later
#include "externalchangewatcher.h"

#include "projectdocument.h"

#include "io/formatversion.h"
#include "io/regularfile.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace greenprint {

ExternalChangeWatcher::ExternalChangeWatcher(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ExternalChangeWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ExternalChangeWatcher::fileEvent);
    // The folder too: a file replaced by rename (QSaveFile, most editors) loses its watch.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &ExternalChangeWatcher::fileEvent);
    connect(document, &ProjectDocument::filePathChanged, this, &ExternalChangeWatcher::watch);
    watch(document->filePath());
}

ExternalChangeWatcher::~ExternalChangeWatcher() = default;

void ExternalChangeWatcher::setDebounceInterval(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

QByteArray ExternalChangeWatcher::contentHash(const QString &path)
{
    // Never blocks: a pipe or device put in the file's place is not read, and counts as
    // a change (its hash is empty).
    const RegularFile::Result file = RegularFile::read(path, kProjectMaxFileSize);
    if (!file.ok)
        return file.tooLarge ? QByteArray("too large") : QByteArray();
    return ProjectDocument::contentHash(file.bytes);
}

void ExternalChangeWatcher::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_path = path;
    m_reportedMissing = false;
    m_knownHash.clear();
    if (m_path.isEmpty())
        return;
    m_knownHash = contentHash(m_path);
    if (QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
    m_watcher->addPath(QFileInfo(m_path).absolutePath());
}

void ExternalChangeWatcher::acknowledge()
{
    m_knownHash = contentHash(m_path);
    m_reportedMissing = false;
}

void ExternalChangeWatcher::fileEvent()
{
    m_debounce->start();
}

void ExternalChangeWatcher::check()
{
    if (m_path.isEmpty())
        return;
    if (!QFileInfo::exists(m_path)) {
        if (!m_reportedMissing) {
            m_reportedMissing = true;
            emit removedFromDisk(m_path);
        }
        return;
    }
    m_reportedMissing = false;
    if (!m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    const QByteArray hash = contentHash(m_path);
    if (hash == m_knownHash)
        return;
    m_knownHash = hash;
    // The document's own save: the bytes it wrote (not the project serialised again, which
    // lacks the estimate the save recorded in the file, and took a large plan's time).
    if (hash != m_document->savedContentHash())
        emit changedOnDisk(m_path);
}

} // namespace greenprint
