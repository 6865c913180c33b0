// SPDX-License-Identifier: GPL-3.0-or-later
// The "Plan against actual" part of the PDF plan, printed when usage was imported.
#pragma once

#include "actuals/actualcomparison.h"
#include "export/pdfnumbers.h"

#include <QCoreApplication>

namespace greenprint {

class PdfReportWriter;

/**
 * Per stage and component planned against actual kgCO2e, hours and cost with
 * the drivers of each notable difference, the unplanned usage, AWS's own
 * figure beside Greenprint's with the reasons they differ, and the
 * comparison's assumptions.
 */
class PdfActualSection
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PdfActualSection)

public:
    PdfActualSection(PdfReportWriter &writer, const actuals::Comparison &comparison,
                     const QLocale &locale);
    void write();

private:
    PdfReportWriter &m_writer;
    const actuals::Comparison &m_comparison;
    QLocale m_locale;
    PdfNumbers m_numbers;
};

} // namespace greenprint
