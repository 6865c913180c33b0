// SPDX-License-Identifier: GPL-3.0-or-later
#include "regularfile.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace greenprint {
namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/** Why a file of this mode is not read, or an empty string for a regular file. */
QString refusalFor(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return RegularFile::tr("it is a folder, not a file");
    if (S_ISFIFO(mode))
        return RegularFile::tr("it is a pipe (FIFO), not a regular file; only regular files are "
                               "read");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return RegularFile::tr("it is a device, not a regular file; only regular files are read");
    if (S_ISSOCK(mode))
        return RegularFile::tr("it is a socket, not a regular file; only regular files are read");
    return RegularFile::tr("it is not a regular file; only regular files are read");
}

} // namespace

QString RegularFile::refusal(const QString &path)
{
    struct stat info = {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return refusalFor(info.st_mode);
}

RegularFile::Result RegularFile::read(const QString &path, qint64 maxBytes)
{
    Result result;
    if (path.isEmpty()) {
        result.error = tr("no file name was given");
        return result;
    }
    const QByteArray name = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(name.constData(), &info) != 0) {
        result.error = tr("cannot open the file: %1").arg(systemReason(errno));
        return result;
    }
    if (const QString why = refusalFor(info.st_mode); !why.isEmpty()) {
        result.error = why;
        return result;
    }
    // Non-blocking: if a FIFO took the file's place since stat(), open() still returns.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        result.error = tr("cannot open the file: %1").arg(systemReason(errno));
        return result;
    }
    const auto fail = [&](const QString &error) {
        ::close(fd);
        result.error = error;
        return result;
    };
    if (::fstat(fd, &info) != 0)
        return fail(tr("cannot read the file: %1").arg(systemReason(errno)));
    if (const QString why = refusalFor(info.st_mode); !why.isEmpty())
        return fail(why);
    result.sizeBytes = info.st_size;
    if (info.st_size > maxBytes) {
        result.tooLarge = true;
        return fail({});
    }
    // One byte more than allowed, in case the file grows while it is read.
    result.bytes.resize(qsizetype(qMin<qint64>(info.st_size, maxBytes) + 1));
    qsizetype done = 0;
    while (done < result.bytes.size()) {
        const ssize_t n =
            ::read(fd, result.bytes.data() + done, size_t(result.bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(tr("cannot read the file: %1").arg(systemReason(errno)));
        if (n == 0)
            break;
        done += n;
        if (done == result.bytes.size() && done <= maxBytes)
            result.bytes.resize(qMin<qsizetype>(done * 2, qsizetype(maxBytes) + 1));
    }
    ::close(fd);
    result.bytes.truncate(done);
    if (done > maxBytes) {
        result.sizeBytes = done;
        result.tooLarge = true;
        result.bytes.clear();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace greenprint
