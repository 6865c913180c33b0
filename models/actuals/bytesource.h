// SPDX-License-Identifier: GPL-3.0-or-later
// A file read in chunks, gzip-compressed or not, never held whole in memory.
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace greenprint::actuals {

/**
 * Reads a file front to back in caller-sized chunks. A file starting with the
 * gzip magic bytes (1f 8b) is inflated on the fly with zlib (concatenated gzip
 * members, as `cat a.gz b.gz` makes them, are read as one stream); anything
 * else is read as is. Memory use is two fixed buffers whatever the file size.
 *
 * progressBytes() counts the bytes taken from the file (compressed bytes for a
 * gzip file), so progressBytes() / fileBytes() is the fraction done.
 */
class ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::ByteSource)
    Q_DISABLE_COPY_MOVE(ByteSource)

public:
    ByteSource();
    ~ByteSource();

    /** Opens `path`; false (errorString() set) when it cannot be read. */
    [[nodiscard]] bool open(const QString &path);
    /**
     * Reads up to `capacity` bytes into `buffer`. Returns the count, 0 at the
     * end of the data, -1 on a read or decompression error (errorString()).
     */
    qint64 read(char *buffer, qint64 capacity);

    bool isGzip() const { return m_gzip; }
    qint64 fileBytes() const { return m_fileBytes; }
    qint64 progressBytes() const { return m_progressBytes; }
    QString errorString() const { return m_errorString; }

private:
    qint64 fail(const QString &message);
    qint64 inflateInto(char *buffer, qint64 capacity);

    struct Inflater;
    QFile m_file;
    std::unique_ptr<Inflater> m_inflater;
    bool m_gzip = false;
    qint64 m_fileBytes = 0;
    qint64 m_progressBytes = 0;
    QString m_errorString;
};

} // namespace greenprint::actuals
