// SPDX-License-Identifier: GPL-3.0-or-later
// The hidden `--screenshot DIR` run: its status says whether every view showed what it should.
// A view with nothing to show (the whole plan's front of a plan on its own hardware) is shown in
// its explained empty state, which is no failure; a file that does not open is one.
#include "gui/screenshotter.h"

#include "whatif/paretopanel.h"
#include "whatif/whatifview.h"

#include "strictqtest.h"
#include "windowfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestScreenshotter : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestLocations(u"tst_screenshotter"_s); }

    void planWithNothingToMoveSucceeds()
    {
        // The on-premises DGX plan: every stage runs on the project's own hardware, so the
        // whole plan's front has no point and says why; every picture is written.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window(test::builtReferenceData());
        Screenshotter screenshots(&window);
        QVERIFY(screenshots.run(
            test::sourcePath(u"data/examples/onprem-dgx-custom-catalog.greenprint"_s), dir.path()));
        for (const QString &name :
             {u"dashboard.png"_s, u"whatif.png"_s, u"whatif-whole-plan.png"_s, u"manual.png"_s}) {
            QVERIFY2(QFileInfo(QDir(dir.path()).filePath(name)).size() > 0, qPrintable(name));
        }
        ParetoPanel *pareto = window.whatIfView()->paretoPanel();
        pareto->setStage(ParetoPanel::kWholePlan);
        pareto->flush();
        QCOMPARE(pareto->pointCount(), 0);
        QVERIFY2(pareto->nothingToSearch().contains(u"own hardware"_s),
                 qPrintable(pareto->nothingToSearch()));
        QCOMPARE(pareto->noteLabel()->text(), pareto->nothingToSearch());
        window.document()->undoStack()->setClean();
    }

    void planWithAFrontExplainsNothing()
    {
        // A cloud plan's whole-plan front has points: no "nothing to search" then.
        MainWindow window(test::builtReferenceData());
        window.show();
        QVERIFY(window.document()->load(
            test::sourcePath(u"data/examples/graviton-data-pipeline.greenprint"_s)));
        window.showWhatIf();
        ParetoPanel *pareto = window.whatIfView()->paretoPanel();
        pareto->setStage(ParetoPanel::kWholePlan);
        pareto->flush();
        QVERIFY(pareto->pointCount() > 0);
        QVERIFY(pareto->nothingToSearch().isEmpty());
        window.document()->undoStack()->setClean();
    }

    void missingFileFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window(test::builtReferenceData());
        Screenshotter screenshots(&window);
        QVERIFY(!screenshots.run(dir.filePath(u"no-such-plan.greenprint"_s), dir.path()));
    }
};

QTEST_MAIN(TestScreenshotter)
#include "tst_screenshotter.moc"
