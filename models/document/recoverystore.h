// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery files left by sessions that did not end normally: list, restore, discard.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace greenprint {

class ProjectDocument;

/** One autosaved project that no running session owns (see autosavecontroller.h). */
struct RecoveryEntry
{
    QString id;
    QString projectFile; ///< the autosaved project
    QString originalPath; ///< the file it was opened from; empty for an unsaved project
    QString projectName;
    QDateTime savedAt; ///< UTC
};

class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::RecoveryStore)

public:
    explicit RecoveryStore(const QString &directory);

    static QString projectSuffix() { return QStringLiteral(".greenprint"); }
    static QString metaSuffix() { return QStringLiteral(".json"); }
    static QString lockSuffix() { return QStringLiteral(".lock"); }

    /**
     * Entries whose session has ended (its lock is free or stale), newest
     * first. Entries of running sessions, this one included, are not listed.
     */
    std::vector<RecoveryEntry> orphans() const;

    /**
     * Loads the entry into `document`: its project, the original file path,
     * and the modified flag set (the changes are not saved yet). The entry's
     * files are removed once the document holds them (its own autosave takes
     * over). False, with errorString(), when the file cannot be read; nothing
     * changes then.
     */
    [[nodiscard]] bool restore(const RecoveryEntry &entry, ProjectDocument *document);
    /** Removes the entry's files. */
    void discard(const RecoveryEntry &entry);

    QString errorString() const { return m_error; }

private:
    QString m_directory;
    QString m_error;
};

} // namespace greenprint
