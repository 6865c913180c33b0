// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 CSV reader (UTF-8) with precise error positions.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace greenprint {

/**
 * Reads comma-separated values as specified by RFC 4180.
 *
 * - Fields may be quoted with `"`; quoted fields may contain commas, line
 *   breaks (kept as they appear, CRLF normalised to LF) and doubled quotes
 *   (`""` = one `"`).
 * - Records end with CRLF, LF or CR. A final line break is optional.
 *   Completely empty lines are skipped (they carry no record).
 * - Input is UTF-8; a leading byte-order mark is ignored.
 * - The first record is the header; every further record must have as many
 *   fields as the header.
 *
 * On failure the reader returns false and errorString() names the file (when
 * one was given), the 1-based line and column (in characters) and the
 * problem; errorLine()/errorColumn() give the position alone. The reader
 * never throws and holds no state from a previous parse after a new one.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::CsvReader)

public:
    /** Parses UTF-8 `data`; `fileName` is only used in messages. */
    [[nodiscard]] bool parse(const QByteArray &data, const QString &fileName = {});
    /** Reads and parses the file at `path`; false when it cannot be read or parsed. */
    [[nodiscard]] bool readFile(const QString &path);

    /** Field names of the first record. */
    const QStringList &header() const { return m_header; }
    /** Data records (without the header), each with header().size() fields. */
    const std::vector<QStringList> &rows() const { return m_rows; }
    /** 1-based line on which data record `index` starts. */
    int rowLine(int index) const { return m_rowLines.at(index); }
    /** Index of `name` in the header, or -1. */
    int columnIndex(const QString &name) const { return m_header.indexOf(name); }

    /** Empty after success; otherwise "file:line:column: message". */
    QString errorString() const { return m_errorString; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

private:
    bool fail(int line, int column, const QString &message);

    QString m_fileName;
    QStringList m_header;
    std::vector<QStringList> m_rows;
    std::vector<int> m_rowLines;
    QString m_errorString;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace greenprint
