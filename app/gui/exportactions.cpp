// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "actuals/calibrationformats.h"
#include "actuals/comparisonformats.h"

#include "export/pdfreport.h"
#include "export/planexport.h"
#include "settings/preferences.h"

#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "io/atomicfile.h"
#include "io/estimateformats.h"

#include "gui/plainmessage.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace greenprint {

ExportActions::ExportActions(LiveEstimate *estimate, QWidget *window)
    : QObject(window)
    , m_estimate(estimate)
    , m_window(window)
    , m_pdf(new QAction(tr("&PDF Plan…"), this))
    , m_csv(new QAction(tr("&CSV Plan…"), this))
{
    setObjectName(QStringLiteral("exportActions"));
    m_pdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_csv->setObjectName(QStringLiteral("exportCsvAction"));
    m_pdf->setStatusTip(tr("Write the plan as a PDF document for a design review"));
    m_csv->setStatusTip(tr("Write one row per component per scenario for a spreadsheet"));
    connect(m_pdf, &QAction::triggered, this, [this] { exportPdf(); });
    connect(m_csv, &QAction::triggered, this, [this] { exportCsv(); });
}

void ExportActions::populateMenu(QMenu *menu, QAction *before)
{
    auto *exportMenu = new QMenu(tr("&Export"), menu);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(m_pdf);
    exportMenu->addAction(m_csv);
    if (before) {
        menu->insertMenu(before, exportMenu);
        menu->insertSeparator(before);
    } else {
        menu->addMenu(exportMenu);
    }
}

QString ExportActions::askForPath(const QString &title, const QString &suffix,
                                  const QString &filter) const
{
    QString dir = Preferences().lastDirectory.get();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const ProjectDocument *document = m_estimate->document();
    const QString base = document->filePath().isEmpty()
        ? (document->project().name.isEmpty() ? tr("plan") : document->project().name)
        : QFileInfo(document->filePath()).completeBaseName();
    QString path =
        QFileDialog::getSaveFileName(m_window, title, dir + u'/' + base + suffix, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += suffix;
    return path;
}

void ExportActions::showDone(const QString &path) const
{
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 5000);
}

bool ExportActions::refuseProjectFile(const QString &path, const QString &title) const
{
    const QString projectPath = m_estimate->document()->filePath();
    if (projectPath.isEmpty() || !AtomicFile::isSameFile(path, projectPath))
        return false;
    showPlainMessage(m_window, QMessageBox::Critical, title,
                     tr("“%1” is the open project itself; the plan was not written, so that "
                        "the project is not replaced. Choose another file name.")
                         .arg(QFileInfo(path).fileName()));
    return true;
}

bool ExportActions::exportPdf(const QString &givenPath)
{
    const QString path = givenPath.isEmpty()
        ? askForPath(tr("Export PDF Plan"), QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"))
        : givenPath;
    if (path.isEmpty() || refuseProjectFile(path, tr("Cannot Export PDF Plan")))
        return false;
    PlanExport plan(m_estimate->document()->project(), m_estimate->reference());
    PdfReportInput input = plan.pdfInput(QLocale());
    if (m_actuals)
        input.actuals = m_actuals();
    PdfReport report(std::move(input));
    if (!report.writeFile(path)) {
        showPlainMessage(m_window, QMessageBox::Critical, tr("Cannot Export PDF Plan"),
                         tr("“%1” could not be written:\n%2")
                             .arg(QFileInfo(path).fileName(), report.errorString()));
        return false;
    }
    showDone(path);
    return true;
}

bool ExportActions::exportCsv(const QString &givenPath)
{
    const QString path = givenPath.isEmpty()
        ? askForPath(tr("Export CSV Plan"), QStringLiteral(".csv"), tr("CSV files (*.csv)"))
        : givenPath;
    if (path.isEmpty() || refuseProjectFile(path, tr("Cannot Export CSV Plan")))
        return false;
    PlanExport plan(m_estimate->document()->project(), m_estimate->reference());
    QString csv = actuals::appendMeasuredCsv(estimatesToCsv(plan.csvEstimates()),
                                             m_estimate->document()->project());
    if (const std::optional<actuals::Comparison> actual = m_actuals ? m_actuals() : std::nullopt)
        csv = actuals::appendComparisonCsv(csv, *actual);
    QString error;
    if (!AtomicFile::write(path, csv.toUtf8(), &error)) {
        showPlainMessage(
            m_window, QMessageBox::Critical, tr("Cannot Export CSV Plan"),
            tr("“%1” could not be written:\n%2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    showDone(path);
    return true;
}

} // namespace greenprint
