// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 CSV read record by record from a (possibly gzip) file.
#pragma once

#include "bytesource.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace greenprint::actuals {

/**
 * Streams the records of a CSV file without holding the file: memory is one
 * window of the file plus the current record. Same dialect as io/CsvReader
 * (quotes, doubled quotes, line breaks inside quotes, CRLF/LF/CR, a leading
 * byte-order mark, empty lines skipped), read from a ByteSource so CSV.gz
 * works too. The first record is the header; every further record must have
 * as many fields.
 *
 * Fields are views valid until the next call of next(). Problems are reported
 * as "file:line:column: problem" (1-based, column in characters), for the
 * reader's own syntax errors and, through errorAt(), for the importers'.
 */
class CsvStream
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::CsvStream)
    Q_DISABLE_COPY_MOVE(CsvStream)

public:
    enum class Next { Record, End, Error };

    CsvStream();
    ~CsvStream();

    /** Opens the file and reads the header; false with errorString() on failure. */
    [[nodiscard]] bool open(const QString &path);
    /** Trim blanks around every field (nvidia-smi writes ", " between fields). */
    void setTrimBlanks(bool trim) { m_trimBlanks = trim; }

    /** The header's field names (trimmed of blanks). */
    const std::vector<std::string> &header() const { return m_header; }
    /** Index of the header field `name`, or -1. */
    int columnIndex(std::string_view name) const;

    /** Reads the next data record. */
    Next next();
    std::string_view field(int index) const { return m_fields[static_cast<size_t>(index)]; }
    int fieldCount() const { return static_cast<int>(m_fields.size()); }
    /** 1-based line where the current record starts. */
    qint64 recordLine() const { return m_recordLine; }
    /** Data records read so far (the header excluded). */
    qint64 recordsRead() const { return m_recordsRead; }

    /** "file:line:column: problem" for field `index` of the current record. */
    QString errorAt(int index, const QString &problem) const;
    QString errorString() const { return m_errorString; }
    const QString &fileName() const { return m_fileName; }
    const ByteSource &source() const { return m_source; }

private:
    struct FieldSpan
    {
        qsizetype offset = 0; ///< in the buffer, or in the arena when unescaped
        qsizetype length = 0;
        qsizetype rawOffset = 0; ///< where the field starts in the buffer
        bool inArena = false;
    };
    enum class Parse { Complete, NeedMore, Error };

    Parse parseRecord(bool atEof);
    bool fill();
    Next fail(qsizetype rawOffset, const QString &problem);
    void position(qsizetype rawOffset, qint64 *line, qint64 *column) const;

    ByteSource m_source;
    QString m_fileName;
    std::vector<char> m_buffer;
    qsizetype m_begin = 0; ///< start of unread data
    qsizetype m_end = 0; ///< end of valid data
    bool m_sourceAtEnd = false;
    qint64 m_line = 1; ///< line of m_begin
    qint64 m_recordLine = 0;
    qsizetype m_recordStart = 0;
    std::vector<FieldSpan> m_spans;
    std::vector<std::string_view> m_fields;
    std::string m_arena;
    std::vector<std::string> m_header;
    qint64 m_recordsRead = 0;
    bool m_trimBlanks = false;
    QString m_errorString;
};

} // namespace greenprint::actuals
