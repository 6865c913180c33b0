// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverystore.h"

#include "projectdocument.h"

#include "io/projectreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <algorithm>

namespace greenprint {

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
{ }

std::vector<RecoveryEntry> RecoveryStore::orphans() const
{
    std::vector<RecoveryEntry> entries;
    const QDir dir(m_directory);
    const QFileInfoList files =
        dir.entryInfoList({u'*' + projectSuffix()}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        const QString id = file.completeBaseName();
        QLockFile lock(dir.filePath(id + lockSuffix()));
        lock.setStaleLockTime(0); // a live session keeps its lock however old it is
        if (!lock.tryLock(0))
            continue; // a running session owns it
        lock.unlock();
        RecoveryEntry entry;
        entry.id = id;
        entry.projectFile = file.absoluteFilePath();
        entry.savedAt = file.lastModified().toUTC();
        QFile meta(dir.filePath(id + metaSuffix()));
        if (meta.open(QIODevice::ReadOnly) && meta.size() < 1024 * 1024) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            entry.originalPath = o.value(QStringLiteral("originalPath")).toString();
            entry.projectName = o.value(QStringLiteral("projectName")).toString();
            const QDateTime at = QDateTime::fromString(
                o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
            if (at.isValid())
                entry.savedAt = at.toUTC();
        }
        entries.push_back(entry);
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

bool RecoveryStore::restore(const RecoveryEntry &entry, ProjectDocument *document)
{
    ProjectReader reader;
    std::optional<Project> project = reader.readFile(entry.projectFile);
    if (!project) {
        m_error = reader.errorString();
        return false;
    }
    document->restoreRecovered(std::move(*project), entry.originalPath);
    discard(entry);
    m_error.clear();
    return true;
}

void RecoveryStore::discard(const RecoveryEntry &entry)
{
    const QDir dir(m_directory);
    QFile::remove(entry.projectFile);
    QFile::remove(dir.filePath(entry.id + metaSuffix()));
    QFile::remove(dir.filePath(entry.id + lockSuffix()));
}

} // namespace greenprint
