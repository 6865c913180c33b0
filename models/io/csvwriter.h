// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace greenprint {

/**
 * Builds RFC 4180 CSV text: fields with a quote, CR, LF or any separator a
 * spreadsheet may split on (`,` `;` tab `|`) are quoted and inner quotes
 * doubled; records end with CRLF.
 *
 * Text fields that a spreadsheet would run as a formula (starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return) are neutralised with a leading
 * apostrophe. Numeric fields are added with addNumber() and never altered.
 */
class CsvWriter
{
public:
    /** A comment line ("# text") before the header; spreadsheets show it as one cell. */
    void addComment(const QString &text);
    void addTextField(const QString &text);
    void addNumber(double value, int decimals);
    void addInteger(long long value);
    void endRecord();
    void addRecord(const QStringList &textFields);

    const QString &text() const { return m_text; }

    /** The text with quoting and formula neutralisation applied, as written. */
    static QString escapeText(const QString &text);

private:
    void appendRaw(const QString &field);

    QString m_text;
    bool m_recordStarted = false;
};

} // namespace greenprint
