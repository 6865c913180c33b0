// SPDX-License-Identifier: GPL-3.0-or-later
// The Plan vs Actual tab driven through the window (offscreen).
#include "actuals/actualimportrunner.h"
#include "actuals/planactualview.h"
#include "gui/exportactions.h"
#include "gui/mainwindow.h"
#include "../models/referencedb.h"
#include "strictqtest.h"
#include "testpaths.h"
#include "windowfixture.h"

#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "views/assumptionsview.h"

#include <QLabel>
#include <QListWidget>

#include <QFile>
#include <QProcess>
#include <QProgressDialog>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestPlanActualView : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importShowsStagesComponentsAndUnplanned();
    void followsTheEditedPlan();
    void runnerReportsErrorsAndCancels();
    void plansCarryTheComparison();
    void importsSurviveALanguageSwitch();
    void calibrateThenUndoGivesTheOriginalEstimate();
    void calibrateOneComponent();

private:
    PlanActualView *view() const { return m_window->planActualView(); }
    static QString example(const QString &name)
    {
        return test::sourcePath(u"data/examples/actuals/"_s + name);
    }
    QTreeWidgetItem *row(const QString &label) const
    {
        const auto items = view()->tree()->findItems(label, Qt::MatchExactly | Qt::MatchRecursive);
        return items.isEmpty() ? nullptr : items.front();
    }
    std::unique_ptr<MainWindow> m_window;
};

void TestPlanActualView::initTestCase()
{
    test::useTestLocations(u"tst_planactualview"_s);
}

void TestPlanActualView::init()
{
    StrictTestCase::init();
    QVERIFY(test::openWindow(m_window));
    m_window->showPlanActual();
    QTRY_VERIFY(view()->isVisible());
}

void TestPlanActualView::cleanup()
{
    test::closeWindow(m_window);
}

void TestPlanActualView::importShowsStagesComponentsAndUnplanned()
{
    QCOMPARE(view()->tree()->topLevelItemCount(), 0);
    QVERIFY(view()->importFile(actuals::SourceKind::Cur, example(u"cur-legacy.csv"_s)));
    QVERIFY(view()->importFile(actuals::SourceKind::CarbonExport,
                               example(u"ccft-carbon-export.csv"_s)));
    // Four stages, the unplanned usage and the total.
    QCOMPARE(view()->tree()->topLevelItemCount(), 6);
    QTreeWidgetItem *tuning = row(u"Learning-rate and batch-size search (Bayesian, 24 trials)"_s);
    QVERIFY(tuning);
    QVERIFY(!tuning->text(5).isEmpty()); // actual hours, in UnitFormatter's format
    QVERIFY(tuning->text(8).contains(u"40.0 instance-hours instead of 36.0"_s));
    QTreeWidgetItem *c5 = row(u"EUW1-BoxUsage:c5.2xlarge (eu-west-1)"_s);
    QVERIFY(c5);
    QVERIFY(c5->text(8).contains(u"no component of the plan runs c5.2xlarge"_s));
    // Log ingestion is billed but not part of a plan's physics: shown as such, never as 0.
    QTreeWidgetItem *logs = row(u"USE1-DataProcessing-Bytes"_s);
    QVERIFY(logs);
    QCOMPARE(logs->text(2), u"not estimated"_s);
    QVERIFY(view()->comparison().aws);
    view()->clear();
    QCOMPARE(view()->tree()->topLevelItemCount(), 0);
}

void TestPlanActualView::followsTheEditedPlan()
{
    QVERIFY(view()->importFile(actuals::SourceKind::Cur, example(u"cur-legacy.csv"_s)));
    const double before = view()->comparison().plannedTotal.co2eKg;
    QVERIFY(m_window->document()->load(
        test::sourcePath(u"data/examples/graviton-data-pipeline.greenprint"_s)));
    QTRY_VERIFY(view()->comparison().plannedTotal.co2eKg != before);
    // The imports stay: the billed usage is now compared with the other plan.
    QCOMPARE(view()->comparison().actualTotal.costUsd, 2330.967);
}

void TestPlanActualView::runnerReportsErrorsAndCancels()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.csv"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a,b\n1,2\n");
    file.close();
    const actuals::ImportResult failed =
        ActualImportRunner::run(actuals::SourceKind::Cur, bad, m_window.get());
    QVERIFY(!failed.data);
    QVERIFY(failed.errorString.contains(u"not a Cost and Usage Report"_s));
    const actuals::ImportResult ok =
        ActualImportRunner::run(actuals::SourceKind::Cur, example(u"cur2.csv"_s), m_window.get());
    QVERIFY(ok.data);
    QCOMPARE(ok.data->provenance.recordsRead, 14);

    // A file big enough to show the progress dialog; Cancel stops the import.
    const QString big = dir.filePath(u"big.csv"_s);
    QFile bigFile(big);
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    bigFile.write("lineItem/UsageStartDate,lineItem/UsageAccountId,lineItem/LineItemType,"
                  "lineItem/ProductCode,lineItem/UsageType,lineItem/UsageAmount,"
                  "lineItem/UnblendedCost\n");
    const QByteArray line = "2024-05-01T00:00:00Z,1,Usage,AmazonEC2,BoxUsage:m5.large,1,0.096\n";
    QByteArray block;
    for (int i = 0; i < 1000; ++i)
        block += line;
    for (int i = 0; i < 1500; ++i)
        bigFile.write(block);
    bigFile.close();
    QTimer canceller;
    canceller.setInterval(0); // at the first turn of the dialog's event loop
    connect(&canceller, &QTimer::timeout, this, [this] {
        if (auto *progress = m_window->findChild<QProgressDialog *>())
            emit progress->canceled(); // what its Cancel button does
    });
    canceller.start();
    const actuals::ImportResult cancelled =
        ActualImportRunner::run(actuals::SourceKind::Cur, big, m_window.get());
    QVERIFY2(cancelled.cancelled, qPrintable(cancelled.errorString));
    QVERIFY(!cancelled.data);
}

void TestPlanActualView::plansCarryTheComparison()
{
    QTemporaryDir dir;
    const QString before = dir.filePath(u"before.csv"_s);
    QVERIFY(m_window->exportActions()->exportCsv(before));
    QFile plain(before);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QVERIFY(!plain.readAll().contains("plan against actual"));

    QVERIFY(view()->importFile(actuals::SourceKind::Cur, example(u"cur-legacy.csv"_s)));
    QVERIFY(view()->importFile(actuals::SourceKind::CarbonExport,
                               example(u"ccft-carbon-export.csv"_s)));
    const QString csvPath = dir.filePath(u"plan.csv"_s);
    QVERIFY(m_window->exportActions()->exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    // The plan's rows first, then the comparison as its own section.
    QVERIFY(text.startsWith("scenario,level,stage,component,"));
    QVERIFY(text.indexOf(",plan,") < text.indexOf("plan against actual"));
    QVERIFY(text.contains("\r\nunplanned,,EUW1-BoxUsage:c5.2xlarge,compute,"));
    QVERIFY(text.contains("\r\naws,,2024-05..2024-05 eu-west-1 us-east-1,carbon-export,"));

    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    const QString pdfPath = dir.filePath(u"plan.pdf"_s);
    QVERIFY(m_window->exportActions()->exportPdf(pdfPath));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdfPath, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString pdf = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY(pdf.contains(u"Plan against actual"_s));
    QVERIFY(pdf.contains(u"What drove the differences"_s));
    QVERIFY(pdf.contains(u"AWS's own figure"_s));
    QVERIFY(pdf.contains(u"271.0"_s)); // AWS's 0.271 MTCO2e
}

void TestPlanActualView::importsSurviveALanguageSwitch()
{
    QVERIFY(view()->importFile(actuals::SourceKind::Cur, example(u"cur-legacy.csv"_s)));
    const double cost = view()->comparison().actualTotal.costUsd;
    PlanActualView *before = view();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_window.get(), &change);
    QTRY_VERIFY(view() != before); // the window rebuilt its views
    QCOMPARE(view()->comparison().actualTotal.costUsd, cost);
    QVERIFY(view()->importedComparison());
}

namespace {

/** Every text of the window's assumptions list. */
QStringList shownAssumptions(MainWindow *window)
{
    QStringList texts;
    auto *list = window->assumptionsView()->findChild<QListWidget *>(u"assumptions"_s);
    for (int i = 0; list && i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

} // namespace

void TestPlanActualView::calibrateThenUndoGivesTheOriginalEstimate()
{
    const QString tuning = u"Learning-rate and batch-size search (Bayesian, 24 trials)"_s;
    QVERIFY(view()->importFile(actuals::SourceKind::Cur, example(u"cur-legacy.csv"_s)));
    QVERIFY(view()->importFile(actuals::SourceKind::CodeCarbon,
                               example(u"codecarbon-emissions.csv"_s)));
    QVERIFY(
        view()->importFile(actuals::SourceKind::NvidiaSmi, example(u"nvidia-smi.csv"_s), tuning));
    QVERIFY(view()->importFile(actuals::SourceKind::CloudWatch, example(u"cloudwatch-gpu.csv"_s)));
    const Project original = m_window->document()->project();
    const Footprint before = m_window->liveEstimate()->estimate().total;
    QVERIFY(!shownAssumptions(m_window.get()).join(u'\n').contains(u"\": measured"_s));
    const int steps = m_window->document()->undoStack()->count();

    const actuals::CalibrationResult result = view()->calibrate();
    // Tokenize (CUR hours), fine-tuning (CUR hours + CodeCarbon power), tuning (CUR hours +
    // nvidia-smi utilization), endpoint (CloudWatch utilization); the notebook is refused.
    QCOMPARE(result.calibratedCount(), 4);
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1); // one undo step
    QCOMPARE(m_window->document()->undoStack()->undoText(), u"Calibrate plan from actuals"_s);
    // Tokenize: 96 billed instance-hours of m6i.4xlarge (cur-legacy.csv) over 4 instances.
    const auto &tokenize =
        std::get<ComputeSpec>(m_window->document()->project().stages[0].components[0].spec);
    QCOMPARE(tokenize.hours, 24.0);
    QTRY_VERIFY(m_window->liveEstimate()->estimate().total.co2e.kg != before.co2e.kg);
    QTRY_VERIFY(shownAssumptions(m_window.get())
                    .join(u'\n')
                    .contains(u"measured 24.00 h per instance (the plan assumed 6.00 h), from "
                              u"cur-legacy.csv"_s));
    QVERIFY(view()->findChild<QLabel *>(u"calibrationReport"_s)->text().contains(u"notebook"_s));

    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->project(), original);
    QTRY_COMPARE(m_window->liveEstimate()->estimate().total.co2e.kg, before.co2e.kg);
    QCOMPARE(m_window->liveEstimate()->estimate().total.energy.kWh, before.energy.kWh);
    QCOMPARE(m_window->liveEstimate()->estimate().total.cost.usd, before.cost.usd);
    QTRY_VERIFY(!shownAssumptions(m_window.get()).join(u'\n').contains(u"\": measured"_s));
    m_window->document()->undoStack()->redo();
    QVERIFY(m_window->document()->project() != original);
}

void TestPlanActualView::calibrateOneComponent()
{
    const QString tuning = u"Learning-rate and batch-size search (Bayesian, 24 trials)"_s;
    QVERIFY(view()->importFile(actuals::SourceKind::Cur, example(u"cur-legacy.csv"_s)));
    QVERIFY(
        view()->importFile(actuals::SourceKind::NvidiaSmi, example(u"nvidia-smi.csv"_s), tuning));
    QTreeWidgetItem *item = row(tuning);
    QVERIFY(item);
    view()->tree()->setCurrentItem(item);
    const auto ref = view()->selectedComponent();
    QVERIFY(ref);
    const actuals::CalibrationResult result = view()->calibrate(ref);
    QCOMPARE(result.calibratedCount(), 1);
    QCOMPARE(m_window->document()->undoStack()->undoText(),
             u"Calibrate \"%1\" from actuals"_s.arg(tuning));
    const Component &c = m_window->document()->project().stages[2].components[1];
    // 40 billed instance-hours of g5.2xlarge over 24 trials of 1 instance.
    QCOMPARE(std::get<TuningSpec>(c.spec).hoursPerTrial, 40.0 / 24.0);
    QVERIFY(c.calibration && c.calibration->hours && c.calibration->utilization);
    QCOMPARE(c.calibration->hours->files, QStringList{u"cur-legacy.csv"_s});
    QCOMPARE(c.calibration->utilization->source, u"nvidia-smi"_s);
    // The other components are left as they are.
    QVERIFY(!m_window->document()->project().stages[0].components[0].calibration);
}

QTEST_MAIN(TestPlanActualView)
#include "tst_planactualview.moc"
