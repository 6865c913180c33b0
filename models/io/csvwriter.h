// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace greenprint {

/**
 * Builds RFC 4180 CSV text: fields with a quote, CR, LF or any separator a
 * spreadsheet may split on (`,` `;` tab `|`) are quoted and inner quotes
 * doubled; records end with CRLF.
 *
 * Text fields that a spreadsheet would run as a formula (starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return) are neutralised with a leading
 * apostrophe. Numeric fields are added with addNumber() and never altered.
 *
 * Without a device the text is kept (text()); with one, whole records are
 * sent to it as UTF-8 in blocks of about 64 KiB as they are written, so memory
 * does not grow with the rows.
 */
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device = nullptr);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /** A comment line ("# text") before the header; spreadsheets show it as one cell. */
    void addComment(const QString &text);
    void addTextField(const QString &text);
    void addNumber(double value, int decimals);
    void addInteger(long long value);
    void endRecord();
    void addRecord(const QStringList &textFields);

    /** The text written so far (all of it when there is no device). */
    const QString &text() const { return m_text; }
    /** Sends the complete records to the device; false once the device refused some. */
    bool flush();

    /** The text with quoting and formula neutralisation applied, as written. */
    static QString escapeText(const QString &text);

private:
    void appendRaw(const QString &field);

    QIODevice *m_device = nullptr;
    QString m_text;
    bool m_recordStarted = false;
    bool m_ok = true;
};

} // namespace greenprint
