// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace greenprint {
namespace {

/**
 * Appends `value` in fixed notation with `decimals` decimals, exactly as
 * QLocale::c().toString(value, 'f', decimals) writes it (that is the format of
 * every CSV number), but without its temporary strings: the CSV plan writes
 * 13 numbers per row. Qt rounds exact ties away from zero (std::to_chars
 * rounds them to even), writes 0 for -0.0 and "nan" for every NaN.
 */
void appendFixed(QString &out, double value, int decimals)
{
    if (std::isnan(value)) {
        out += QLatin1StringView("nan");
        return;
    }
    if (value == 0.0)
        value = 0.0; // drops the sign of -0.0
    char buffer[400]; // the longest double in fixed notation has 309 integral digits
    // A tie at `decimals` digits: value x 2^(decimals + 1) is an odd integer.
    const double scaled = std::ldexp(value, decimals + 1);
    const bool tie = std::isfinite(scaled) && std::fabs(scaled) < 9007199254740992.0
        && std::trunc(scaled) == scaled && std::fmod(scaled, 2.0) != 0.0;
    if (!tie) {
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value,
                                          std::chars_format::fixed, decimals);
        out += QLatin1StringView(buffer, result.ptr);
        return;
    }
    // Exact at one more digit (a trailing 5): drop it and round the magnitude up.
    char *const first = buffer + 1;
    const auto result =
        std::to_chars(first, buffer + sizeof buffer, value, std::chars_format::fixed, decimals + 1);
    char *end = result.ptr - 1;
    if (decimals == 0)
        --end; // the decimal point before the dropped digit
    const bool negative = *first == '-';
    char *const firstDigit = negative ? first + 1 : first;
    bool carry = true;
    for (char *digit = end - 1; digit >= firstDigit; --digit) {
        if (*digit == '.')
            continue;
        if (*digit != '9') {
            ++*digit;
            carry = false;
            break;
        }
        *digit = '0';
    }
    char *begin = first;
    if (carry) { // 9.5 -> 10, -99.5 -> -100: one more leading digit
        begin = buffer;
        buffer[0] = negative ? '-' : '1';
        if (negative)
            buffer[1] = '1';
    }
    out += QLatin1StringView(begin, end);
}

/**
 * True for a character that makes a field quoted: the quote itself, line breaks,
 * and every separator a spreadsheet may split on (`,` here; `;` where the decimal
 * mark is a comma; tab and `|` when the user picks them on import).
 */
bool needsQuotes(QChar c)
{
    return c == u',' || c == u';' || c == u'\t' || c == u'|' || c == u'"' || c == u'\n'
        || c == u'\r';
}

/** True when `text` needs no quoting and no formula neutralisation. */
bool isPlainField(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r') {
        return false;
    }
    return std::none_of(text.cbegin(), text.cend(), needsQuotes);
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{ }

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::flush()
{
    if (!m_device || m_text.isEmpty())
        return m_ok;
    const QByteArray bytes = m_text.toUtf8();
    if (m_device->write(bytes) != bytes.size())
        m_ok = false;
    m_text.clear();
    return m_ok;
}

QString CsvWriter::escapeText(const QString &text)
{
    QString field = text;
    if (!field.isEmpty()) {
        const QChar first = field.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r') {
            field.prepend(u'\'');
        }
    }
    if (std::any_of(field.cbegin(), field.cend(), needsQuotes)) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field;
}

void CsvWriter::addComment(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    m_text += QStringLiteral("# ") + line + QStringLiteral("\r\n");
}

void CsvWriter::appendRaw(const QString &field)
{
    if (m_recordStarted)
        m_text += u',';
    m_text += field;
    m_recordStarted = true;
}

void CsvWriter::addTextField(const QString &text)
{
    appendRaw(isPlainField(text) ? text : escapeText(text));
}

void CsvWriter::addNumber(double value, int decimals)
{
    if (m_recordStarted)
        m_text += u',';
    appendFixed(m_text, value, decimals);
    m_recordStarted = true;
}

void CsvWriter::addInteger(long long value)
{
    if (m_recordStarted)
        m_text += u',';
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_text += QLatin1StringView(buffer, result.ptr);
    m_recordStarted = true;
}

void CsvWriter::endRecord()
{
    m_text += QStringLiteral("\r\n");
    m_recordStarted = false;
    constexpr qsizetype kFlushChars = 32 * 1024;
    if (m_device && m_text.size() >= kFlushChars)
        flush();
}

void CsvWriter::addRecord(const QStringList &textFields)
{
    for (const QString &f : textFields)
        addTextField(f);
    endRecord();
}

} // namespace greenprint
