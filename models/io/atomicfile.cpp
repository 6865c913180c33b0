// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include "regularfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace greenprint {
namespace {

/** The system's reason for the last failed call, or a fallback when errno says nothing. */
QString systemReason(int error, const QString &fallback)
{
    return error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : fallback;
}

} // namespace

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *error, Folder folder)
{
    if (path.isEmpty()) {
        *error = RegularFile::tr("no file name was given");
        return false;
    }
    if (const QString why = RegularFile::refusal(path); !why.isEmpty()) {
        *error = why; // never replace a folder, or write into a pipe or a device
        return false;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (folder == Folder::MustExist) {
            *error = tr("the folder %1 does not exist").arg(info.absolutePath());
            return false;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
            return false;
        }
    }

    QSaveFile file(path);
    // Unbuffered: every write reaches the system here, so its failure is seen here,
    // not lost in a flush inside commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = file.errorString();
        return false;
    }
    qint64 done = 0;
    while (done < bytes.size()) {
        errno = 0;
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            // Qt reports a short write as success with no reason; the retry that
            // writes nothing carries the system's reason (ENOSPC, EFBIG, EDQUOT).
            const int reason = errno;
            *error = file.error() != QFileDevice::NoError
                ? file.errorString()
                : systemReason(
                    reason, tr("only %1 of %2 bytes could be written").arg(done).arg(bytes.size()));
            file.cancelWriting();
            return false;
        }
        done += written;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool AtomicFile::isSameFile(const QString &a, const QString &b)
{
    struct stat first = {};
    struct stat second = {};
    if (::stat(QFile::encodeName(a).constData(), &first) == 0
        && ::stat(QFile::encodeName(b).constData(), &second) == 0) {
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
    }
    return QDir::cleanPath(QFileInfo(a).absoluteFilePath())
        == QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

} // namespace greenprint
