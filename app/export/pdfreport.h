// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF plan: an estimated project in, a document for a design review out.
#pragma once

#include "pdfreportinput.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class QIODevice;

namespace greenprint {

/**
 * Writes the PDF plan of PdfReportInput (see pdfreportwriter.h for the
 * layout engine and pdfsections.h for the contents). Needs a
 * QGuiApplication (fonts); works on the offscreen platform. Never throws;
 * failures are reported by the return value and errorString().
 */
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PdfReport)

public:
    explicit PdfReport(PdfReportInput input);

    /** A4, or US Letter where the locale's territory uses it (the Americas' Letter countries). */
    static QPageSize pageSizeFor(const QLocale &locale);

    /** Page size to use; default pageSizeFor(input.locale). */
    void setPageSize(const QPageSize &pageSize) { m_pageSize = pageSize; }

    /** Writes the plan atomically to `path` (the previous file survives any failure). */
    [[nodiscard]] bool writeFile(const QString &path);
    /** Writes the plan into an open device. */
    [[nodiscard]] bool write(QIODevice *device);

    /** Pages of the last document written. */
    int pageCount() const { return m_pageCount; }
    QString errorString() const { return m_error; }

private:
    PdfReportInput m_input;
    QPageSize m_pageSize;
    int m_pageCount = 0;
    QString m_error;
};

} // namespace greenprint
