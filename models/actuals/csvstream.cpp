// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvstream.h"

#include <algorithm>
#include <cstring>

namespace greenprint::actuals {

namespace {
constexpr qsizetype kWindowBytes = 1024 * 1024;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}
} // namespace

CsvStream::CsvStream() = default;
CsvStream::~CsvStream() = default;

bool CsvStream::open(const QString &path)
{
    m_fileName = path;
    m_buffer.assign(kWindowBytes, '\0');
    m_begin = m_end = 0;
    m_sourceAtEnd = false;
    m_line = 1;
    m_recordsRead = 0;
    m_header.clear();
    m_errorString.clear();
    if (!m_source.open(path)) {
        m_errorString = m_source.errorString();
        return false;
    }
    if (!fill())
        return false;
    if (m_end - m_begin >= 3 && std::memcmp(m_buffer.data() + m_begin, "\xEF\xBB\xBF", 3) == 0)
        m_begin += 3;
    const Next first = next();
    if (first == Next::Error)
        return false;
    if (first == Next::End) {
        m_errorString = tr("%1:1:1: the file is empty (a header line is expected)").arg(path);
        return false;
    }
    for (const std::string_view name : m_fields)
        m_header.emplace_back(trimmed(name));
    m_recordsRead = 0;
    return true;
}

int CsvStream::columnIndex(std::string_view name) const
{
    const auto it = std::find(m_header.begin(), m_header.end(), name);
    return it == m_header.end() ? -1 : static_cast<int>(it - m_header.begin());
}

bool CsvStream::fill()
{
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin,
                     static_cast<size_t>(m_end - m_begin));
        m_end -= m_begin;
        m_recordStart -= m_begin;
        m_begin = 0;
    }
    if (m_end == static_cast<qsizetype>(m_buffer.size()))
        m_buffer.resize(m_buffer.size() * 2); // one record longer than the window
    const qint64 got =
        m_source.read(m_buffer.data() + m_end, static_cast<qint64>(m_buffer.size()) - m_end);
    if (got < 0) {
        m_errorString = m_source.errorString();
        return false;
    }
    m_sourceAtEnd = got == 0;
    m_end += got;
    return true;
}

CsvStream::Next CsvStream::next()
{
    for (;;) {
        // Skip empty lines between records.
        while (m_begin < m_end && (m_buffer[m_begin] == '\n' || m_buffer[m_begin] == '\r')) {
            if (m_buffer[m_begin] == '\r' && m_begin + 1 == m_end && !m_sourceAtEnd)
                break; // a CR at the window's end: CRLF or CR decides after the next fill
            if (m_buffer[m_begin] == '\r' && m_begin + 1 < m_end && m_buffer[m_begin + 1] == '\n')
                ++m_begin;
            ++m_begin;
            ++m_line;
        }
        if (m_begin == m_end || (m_begin + 1 == m_end && !m_sourceAtEnd)) {
            if (m_sourceAtEnd)
                return Next::End;
            if (!fill())
                return Next::Error;
            continue;
        }
        const Parse result = parseRecord(m_sourceAtEnd);
        if (result == Parse::Complete) {
            if (!m_header.empty() && m_fields.size() != m_header.size()) {
                return fail(m_spans.back().rawOffset,
                            tr("expected %1 fields as in the header, found %2")
                                .arg(m_header.size())
                                .arg(m_fields.size()));
            }
            if (!m_header.empty())
                ++m_recordsRead;
            return Next::Record;
        }
        if (result == Parse::Error)
            return Next::Error;
        if (!fill())
            return Next::Error;
    }
}

CsvStream::Parse CsvStream::parseRecord(bool atEof)
{
    m_spans.clear();
    m_arena.clear();
    m_recordStart = m_begin;
    m_recordLine = m_line;
    const char *data = m_buffer.data();
    qsizetype pos = m_begin;
    qint64 lines = 0;
    for (;;) {
        FieldSpan span;
        while (m_trimBlanks && pos < m_end && isBlank(data[pos]))
            ++pos;
        span.rawOffset = pos;
        if (pos < m_end && data[pos] == '"') {
            const qsizetype quoteAt = pos;
            ++pos;
            span.offset = pos;
            bool escaped = false;
            qsizetype arenaStart = 0;
            for (;;) {
                if (pos >= m_end) {
                    if (!atEof)
                        return Parse::NeedMore;
                    fail(quoteAt, tr("a quoted field is not closed before the end of the file"));
                    return Parse::Error;
                }
                const char c = data[pos];
                if (c == '"') {
                    if (pos + 1 >= m_end && !atEof)
                        return Parse::NeedMore;
                    if (pos + 1 < m_end && data[pos + 1] == '"') {
                        if (!escaped) {
                            escaped = true;
                            arenaStart = static_cast<qsizetype>(m_arena.size());
                            m_arena.append(data + span.offset,
                                           static_cast<size_t>(pos - span.offset));
                        }
                        m_arena.push_back('"');
                        pos += 2;
                        continue;
                    }
                    break; // closing quote
                }
                if (c == '\n' || (c == '\r' && !(pos + 1 < m_end && data[pos + 1] == '\n')))
                    ++lines;
                if (escaped)
                    m_arena.push_back(c);
                ++pos;
            }
            if (escaped) {
                span.inArena = true;
                span.offset = arenaStart;
                span.length = static_cast<qsizetype>(m_arena.size()) - arenaStart;
            } else {
                span.length = pos - span.offset;
            }
            ++pos; // the closing quote
            if (pos < m_end && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r'
                && !(m_trimBlanks && isBlank(data[pos]))) {
                fail(pos, tr("a closing quote must be followed by a comma or a line break"));
                return Parse::Error;
            }
            while (m_trimBlanks && pos < m_end && isBlank(data[pos]))
                ++pos;
        } else {
            span.offset = pos;
            while (pos < m_end && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r') {
                if (data[pos] == '"' && !m_trimBlanks) {
                    fail(pos, tr("a quote inside a field that does not start with a quote"));
                    return Parse::Error;
                }
                ++pos;
            }
            span.length = pos - span.offset;
        }
        m_spans.push_back(span);
        if (pos >= m_end) {
            if (!atEof)
                return Parse::NeedMore;
            break; // last record without a final line break
        }
        if (data[pos] == ',') {
            ++pos;
            continue;
        }
        // End of record: LF, CRLF or CR.
        if (data[pos] == '\r') {
            if (pos + 1 >= m_end && !atEof)
                return Parse::NeedMore;
            if (pos + 1 < m_end && data[pos + 1] == '\n')
                ++pos;
        }
        ++pos;
        ++lines;
        break;
    }
    m_fields.clear();
    for (const FieldSpan &span : m_spans) {
        std::string_view view = span.inArena
            ? std::string_view(m_arena.data() + span.offset, static_cast<size_t>(span.length))
            : std::string_view(data + span.offset, static_cast<size_t>(span.length));
        m_fields.push_back(m_trimBlanks ? trimmed(view) : view);
    }
    m_recordLine = m_line;
    m_line += lines;
    m_begin = pos;
    return Parse::Complete;
}

void CsvStream::position(qsizetype rawOffset, qint64 *line, qint64 *column) const
{
    qint64 l = m_recordLine;
    qsizetype lineStart = m_recordStart;
    for (qsizetype i = m_recordStart; i < rawOffset && i < m_end; ++i) {
        const char c = m_buffer[i];
        if (c == '\n' || (c == '\r' && !(i + 1 < m_end && m_buffer[i + 1] == '\n'))) {
            ++l;
            lineStart = i + 1;
        }
    }
    qint64 characters = 0;
    for (qsizetype i = lineStart; i < rawOffset && i < m_end; ++i) {
        if ((static_cast<unsigned char>(m_buffer[i]) & 0xC0) != 0x80)
            ++characters; // count UTF-8 lead bytes only
    }
    *line = l;
    *column = characters + 1;
}

QString CsvStream::errorAt(int index, const QString &problem) const
{
    qint64 line = 0;
    qint64 column = 0;
    const qsizetype raw = index >= 0 && index < static_cast<int>(m_spans.size())
        ? m_spans[static_cast<size_t>(index)].rawOffset
        : m_recordStart;
    position(raw, &line, &column);
    QString where = m_fileName + u':' + QString::number(line) + u':' + QString::number(column);
    if (index >= 0 && index < static_cast<int>(m_header.size()))
        where += tr(" (column \"%1\")").arg(QString::fromStdString(m_header[size_t(index)]));
    return where + QStringLiteral(": ") + problem;
}

CsvStream::Next CsvStream::fail(qsizetype rawOffset, const QString &problem)
{
    qint64 line = 0;
    qint64 column = 0;
    position(rawOffset, &line, &column);
    m_errorString = m_fileName + u':' + QString::number(line) + u':' + QString::number(column)
        + QStringLiteral(": ") + problem;
    return Next::Error;
}

} // namespace greenprint::actuals
