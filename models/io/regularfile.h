// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a file that must be a regular file: never blocks on a pipe or a device.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace greenprint {

/**
 * Reads the bytes of a regular file, refusing anything else before reading.
 *
 * A FIFO, a device, a socket or a folder would block the reader forever or
 * never end (`/dev/zero`), so the path is checked before it is opened, opened
 * without blocking, and checked again on the open descriptor (the file may be
 * replaced in between). Files larger than the caller's limit are not read.
 */
class RegularFile
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::RegularFile)

public:
    struct Result
    {
        bool ok = false;
        QByteArray bytes; ///< the contents, when ok
        qint64 sizeBytes = 0; ///< the size on disk (also when too large)
        bool tooLarge = false; ///< larger than maxBytes: not read
        QString error; ///< translated reason, without the file name, when not ok
    };

    /** Reads `path` whole if it is a regular file of at most `maxBytes`. */
    [[nodiscard]] static Result read(const QString &path, qint64 maxBytes);

    /**
     * Why `path` is no file to read or replace (a folder, pipe, device or
     * socket), translated; empty for a regular file or a path that does not exist.
     */
    [[nodiscard]] static QString refusal(const QString &path);
};

} // namespace greenprint
