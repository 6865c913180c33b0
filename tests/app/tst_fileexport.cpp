// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export and the safe-file wiring of the planner window (offscreen).
#include "dialogs/recoverydialog.h"
#include "gui/exportactions.h"
#include "gui/filesafety.h"
#include "gui/mainwindow.h"

#include "../models/referencedb.h"
#include "strictqtest.h"
#include "testpaths.h"

#include "document/autosavecontroller.h"
#include "document/projectdocument.h"
#include "io/projectwriter.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace greenprint;

class TestFileExport : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("greenprint-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_fileexport"));
    }

    void exportMenuWritesBothPlans()
    {
        MainWindow window(test::builtReferenceData());
        QVERIFY(window.document()->load(
            test::sourcePath(QStringLiteral("data/examples/bert-finetune-realtime.greenprint"))));
        auto *actions = window.findChild<ExportActions *>(QStringLiteral("exportActions"));
        QVERIFY(actions);

        // The actions are in File > Export.
        QMenu *exportMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("exportMenu"));
        QVERIFY(exportMenu);
        QVERIFY(exportMenu->actions().contains(actions->pdfAction()));
        QVERIFY(exportMenu->actions().contains(actions->csvAction()));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        QVERIFY(actions->exportPdf(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        const QString csv = dir.filePath(QStringLiteral("plan.csv"));
        QVERIFY(actions->exportCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray text = csvFile.readAll();
        // The header row first, as a spreadsheet import expects, then a plan total row.
        QVERIFY(text.startsWith("scenario,level,stage,component,"));
        QVERIFY(text.contains(",plan,"));
    }

    void recoveryIsOfferedAndRestored()
    {
        QTemporaryDir dir;
        // A session that died: a recovery file nobody holds a lock on.
        Project project;
        project.name = QStringLiteral("Lost in a crash");
        ProjectWriter writer;
        QVERIFY(writer.writeFile(project, dir.filePath(QStringLiteral("dead.greenprint"))));

        MainWindow window(test::builtReferenceData());
        FileSafety safety(window.document(), &window, dir.path());
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<QListWidget *>()->count(), 1);
            dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        });
        QVERIFY(safety.offerRecovery());
        QCOMPARE(window.document()->project().name, QStringLiteral("Lost in a crash"));
        QVERIFY(window.document()->isModified());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("dead.greenprint"))));
        QVERIFY(!safety.offerRecovery()); // nothing left to offer, no dialog
    }
};

QTEST_MAIN(TestFileExport)
#include "tst_fileexport.moc"
