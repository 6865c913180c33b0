// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreport.h"

#include "pdfmethodsection.h"

#include "actuals/pdfactualsection.h"
#include "pdfreportwriter.h"
#include "pdfsections.h"

#include "io/atomicfile.h"

#include <QBuffer>

namespace greenprint {

PdfReport::PdfReport(PdfReportInput input)
    : m_input(std::move(input))
    , m_pageSize(pageSizeFor(m_input.locale))
{
    if (!m_input.generatedAt.isValid())
        m_input.generatedAt = QDateTime::currentDateTime();
}

QPageSize PdfReport::pageSizeFor(const QLocale &locale)
{
    static const QLocale::Territory letter[] = {
        QLocale::UnitedStates,      QLocale::Canada,     QLocale::Mexico,    QLocale::Chile,
        QLocale::Colombia,          QLocale::CostaRica,  QLocale::Guatemala, QLocale::Panama,
        QLocale::Philippines,       QLocale::PuertoRico, QLocale::Venezuela, QLocale::ElSalvador,
        QLocale::DominicanRepublic, QLocale::Nicaragua,
    };
    for (QLocale::Territory t : letter) {
        if (locale.territory() == t)
            return QPageSize(QPageSize::Letter);
    }
    return QPageSize(QPageSize::A4);
}

bool PdfReport::write(QIODevice *device)
{
    const QString title = m_input.project.name.isEmpty()
        ? tr("Greenprint plan")
        : tr("Greenprint plan: %1").arg(m_input.project.name);
    PdfReportWriter writer(device, m_pageSize, title, title);
    PdfSections sections(writer, m_input);
    sections.writeTitle();
    sections.writeSummary();
    writer.newPage();
    sections.writeStages();
    sections.writeWhatIf();
    if (m_input.actuals)
        PdfActualSection(writer, *m_input.actuals, m_input.locale).write();
    sections.writeAllSuggestions();
    sections.writeNotes();
    PdfMethodSection(writer, m_input).write();
    sections.writeSuggestionAppendix();
    if (!writer.finish()) {
        m_error = writer.errorString();
        return false;
    }
    m_pageCount = writer.pageCount();
    return true;
}

bool PdfReport::writeFile(const QString &path)
{
    // The PDF engine does not report failed writes, so the document is made in
    // memory and then written whole, with every write checked (AtomicFile).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!write(&buffer))
        return false;
    return AtomicFile::write(path, buffer.data(), &m_error, AtomicFile::Folder::Create);
}

} // namespace greenprint
