// SPDX-License-Identifier: GPL-3.0-or-later
// Every file Greenprint writes (projects, PDF and CSV plans, autosaves) goes through here.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace greenprint {

/**
 * Writes whole files so that nothing is ever lost.
 *
 * The bytes go to a temporary file in the target's folder (QSaveFile: an
 * unnamed O_TMPFILE on Linux, so a killed process leaves nothing behind);
 * every write is checked, a short write is retried until the system gives
 * its reason (disk full, file too large, quota), the data is flushed and the
 * file closed, and only then is it renamed over the target. On any failure
 * the previous file, if there was one, is left exactly as it was and the
 * reason is returned in the user's language.
 *
 * The process must ignore SIGXFSZ (main() does) so that a file-size limit
 * shows up here as "File too large" instead of killing the application.
 */
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::AtomicFile)

public:
    enum class Folder { MustExist, Create };

    /**
     * Replaces the file at `path` with `bytes`. Returns false and sets
     * `*error` to the reason (without the file name) on failure.
     */
    [[nodiscard]] static bool write(const QString &path, const QByteArray &bytes, QString *error,
                                    Folder folder = Folder::MustExist);

    /**
     * True when `a` and `b` name the same file: the same device and inode when
     * both exist (hard links and symbolic links included), else the same
     * absolute clean path.
     */
    [[nodiscard]] static bool isSameFile(const QString &a, const QString &b);
};

} // namespace greenprint
