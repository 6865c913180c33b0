// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytesource.h"

#include <zlib.h>

#include <vector>

namespace greenprint::actuals {

namespace {
constexpr qint64 kInputChunkBytes = 256 * 1024;
}

struct ByteSource::Inflater
{
    z_stream stream{};
    std::vector<unsigned char> input = std::vector<unsigned char>(kInputChunkBytes);
    bool initialised = false;
    bool fileAtEnd = false;
    bool streamEnded = false; ///< the last gzip member ended and no input follows

    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

ByteSource::ByteSource() = default;
ByteSource::~ByteSource() = default;

qint64 ByteSource::fail(const QString &message)
{
    m_errorString = message;
    return -1;
}

bool ByteSource::open(const QString &path)
{
    m_file.setFileName(path);
    m_errorString.clear();
    m_progressBytes = 0;
    m_inflater.reset();
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("%1: cannot open: %2").arg(path, m_file.errorString());
        return false;
    }
    m_fileBytes = m_file.size();
    char magic[2] = {0, 0};
    const qint64 peeked = m_file.peek(magic, 2);
    m_gzip = peeked == 2 && static_cast<unsigned char>(magic[0]) == 0x1f
        && static_cast<unsigned char>(magic[1]) == 0x8b;
    if (m_gzip) {
        m_inflater = std::make_unique<Inflater>();
        // 15 + 16: a gzip wrapper (not zlib, not raw deflate), 32 KiB window.
        if (inflateInit2(&m_inflater->stream, 15 + 16) != Z_OK) {
            m_errorString = tr("%1: cannot start gzip decompression").arg(path);
            return false;
        }
        m_inflater->initialised = true;
    }
    return true;
}

qint64 ByteSource::read(char *buffer, qint64 capacity)
{
    if (!m_gzip) {
        const qint64 got = m_file.read(buffer, capacity);
        if (got < 0)
            return fail(tr("%1: read error: %2").arg(m_file.fileName(), m_file.errorString()));
        m_progressBytes += got;
        return got;
    }
    return inflateInto(buffer, capacity);
}

qint64 ByteSource::inflateInto(char *buffer, qint64 capacity)
{
    Inflater &z = *m_inflater;
    z_stream &s = z.stream;
    s.next_out = reinterpret_cast<Bytef *>(buffer);
    s.avail_out = static_cast<uInt>(capacity);
    while (s.avail_out > 0 && !z.streamEnded) {
        if (s.avail_in == 0 && !z.fileAtEnd) {
            const qint64 got =
                m_file.read(reinterpret_cast<char *>(z.input.data()), kInputChunkBytes);
            if (got < 0)
                return fail(tr("%1: read error: %2").arg(m_file.fileName(), m_file.errorString()));
            m_progressBytes += got;
            z.fileAtEnd = got == 0;
            s.next_in = z.input.data();
            s.avail_in = static_cast<uInt>(got);
        }
        if (s.avail_in == 0 && z.fileAtEnd) {
            // Input ended inside a gzip member: the file was cut short.
            return fail(
                tr("%1: the gzip data ends early (a truncated download?)").arg(m_file.fileName()));
        }
        const int status = inflate(&s, Z_NO_FLUSH);
        if (status == Z_STREAM_END) {
            // Another member may follow (concatenated gzip files).
            if (s.avail_in == 0) {
                const qint64 got =
                    m_file.read(reinterpret_cast<char *>(z.input.data()), kInputChunkBytes);
                if (got < 0)
                    return fail(
                        tr("%1: read error: %2").arg(m_file.fileName(), m_file.errorString()));
                m_progressBytes += got;
                s.next_in = z.input.data();
                s.avail_in = static_cast<uInt>(got);
                z.fileAtEnd = got == 0;
            }
            if (s.avail_in == 0)
                z.streamEnded = true;
            else if (inflateReset(&s) != Z_OK)
                return fail(tr("%1: corrupt gzip data").arg(m_file.fileName()));
        } else if (status != Z_OK && status != Z_BUF_ERROR) {
            return fail(
                tr("%1: corrupt gzip data (%2)")
                    .arg(m_file.fileName(), QString::fromLatin1(s.msg ? s.msg : "zlib error")));
        }
    }
    return capacity - static_cast<qint64>(s.avail_out);
}

} // namespace greenprint::actuals
