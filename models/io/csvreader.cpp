// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QFile>
#include <QStringDecoder>

namespace greenprint {

namespace {

/** Finds the first invalid UTF-8 sequence; returns its 1-based line and byte column. */
bool findInvalidUtf8(const QByteArray &data, int *line, int *column)
{
    int lineStart = 0;
    int lineNumber = 1;
    for (int i = 0; i <= data.size(); ++i) {
        if (i == data.size() || data.at(i) == '\n') {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QByteArray lineBytes = data.mid(lineStart, i - lineStart);
            const QString decoded = decoder.decode(lineBytes);
            if (decoder.hasError()) {
                *line = lineNumber;
                // Column of the replacement character in the decoded text.
                const qsizetype bad = decoded.indexOf(QChar::ReplacementCharacter);
                *column = bad < 0 ? 1 : int(bad) + 1;
                return true;
            }
            lineStart = i + 1;
            ++lineNumber;
        }
    }
    return false;
}

} // namespace

bool CsvReader::fail(int line, int column, const QString &message)
{
    m_errorLine = line;
    m_errorColumn = column;
    const QString where = m_fileName.isEmpty()
        ? QStringLiteral("%1:%2").arg(line).arg(column)
        : QStringLiteral("%1:%2:%3").arg(m_fileName).arg(line).arg(column);
    m_errorString = where + QStringLiteral(": ") + message;
    m_header.clear();
    m_rows.clear();
    m_rowLines.clear();
    return false;
}

bool CsvReader::readFile(const QString &path)
{
    m_fileName = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_header.clear();
        m_rows.clear();
        m_rowLines.clear();
        m_errorLine = 0;
        m_errorColumn = 0;
        m_errorString = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), path);
}

bool CsvReader::parse(const QByteArray &data, const QString &fileName)
{
    m_fileName = fileName;
    m_header.clear();
    m_rows.clear();
    m_rowLines.clear();
    m_errorString.clear();
    m_errorLine = 0;
    m_errorColumn = 0;

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        int line = 1;
        int column = 1;
        findInvalidUtf8(data, &line, &column);
        return fail(line, column, tr("the text is not valid UTF-8"));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;

    QStringList record;
    QString field;
    int line = 1;
    int column = 0; // column of the current character, 1-based
    int recordLine = 1;
    int quoteLine = 0;
    int quoteColumn = 0;
    bool recordHasContent = false;

    auto endRecord = [&]() -> bool {
        record.append(field);
        field.clear();
        const bool blank = !recordHasContent && record.size() == 1 && record.constFirst().isEmpty();
        if (!blank) {
            if (m_header.isEmpty()) {
                m_header = record;
            } else if (record.size() != m_header.size()) {
                return fail(recordLine, 1,
                            tr("the record has %1 fields, the header has %2")
                                .arg(record.size())
                                .arg(m_header.size()));
            } else {
                m_rows.push_back(record);
                m_rowLines.push_back(recordLine);
            }
        }
        record.clear();
        recordHasContent = false;
        return true;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        ++column;
        const bool isLineBreak = c == u'\n' || c == u'\r';
        // A CR LF pair counts as one line break.
        const bool crlf = c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n';

        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                state = State::Quoted;
                quoteLine = line;
                quoteColumn = column;
                recordHasContent = true;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == u',') {
                record.append(field);
                field.clear();
                recordHasContent = true;
                state = State::FieldStart;
            } else if (isLineBreak) {
                if (!endRecord())
                    return false;
                state = State::FieldStart;
            } else if (c == u'"') {
                return fail(line, column,
                            tr("a quote inside an unquoted field; quote the whole field and "
                               "double the quote"));
            } else {
                field.append(c);
                recordHasContent = true;
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                state = State::QuoteInQuoted;
            } else if (crlf) {
                field.append(u'\n');
            } else {
                field.append(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == u'"') {
                field.append(u'"');
                state = State::Quoted;
            } else if (c == u',') {
                record.append(field);
                field.clear();
                state = State::FieldStart;
            } else if (isLineBreak) {
                if (!endRecord())
                    return false;
                state = State::FieldStart;
            } else {
                return fail(line, column,
                            tr("unexpected character after the closing quote of a field"));
            }
            break;
        }

        if (isLineBreak) {
            if (crlf)
                ++i;
            ++line;
            column = 0;
            if (state == State::FieldStart && record.isEmpty() && field.isEmpty())
                recordLine = line;
        }
    }

    if (state == State::Quoted) {
        return fail(quoteLine, quoteColumn,
                    tr("the quoted field starting here is not closed before the end of the file"));
    }
    if (recordHasContent || !record.isEmpty() || !field.isEmpty()) {
        if (!endRecord())
            return false;
    }
    if (m_header.isEmpty())
        return fail(1, 1, tr("the file has no header line"));
    return true;
}

} // namespace greenprint
