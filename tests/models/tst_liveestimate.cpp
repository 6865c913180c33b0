// SPDX-License-Identifier: GPL-3.0-or-later
// LiveEstimate on a worker thread: generations, stale results dropped, the event loop kept free.
#include "liveplans.h"

#include "commands/componentcommands.h"
#include "commands/componentfields.h"
#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "domain/estimate.h"
#include "engine/estimator.h"
#include "itemmodels/stagetreemodel.h"
#include "referencefixture.h"
#include "strictqtest.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace greenprint;

class TestLiveEstimate : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void smallPlansAreEstimatedBeforeTheEditReturns();
    void onlyTheNewestOfTwoQuickEditsIsShown();
    void theEventLoopRunsWhileALargePlanIsEstimated();
    void stageSumsSayEstimatingWhileANewerEstimateIsPending();
};

namespace {

qint64 longestEventLoopPass(const LiveEstimate &live)
{
    return test::longestEventLoopPass([&live] { return live.isEstimating(); });
}

} // namespace

void TestLiveEstimate::smallPlansAreEstimatedBeforeTheEditReturns()
{
    const ReferenceData reference = test::makeReferenceFixture();
    ProjectDocument doc;
    doc.reset(test::makeSampleProject());
    LiveEstimate live(&doc, &reference);
    QSignalSpy estimating(&live, &LiveEstimate::estimatingChanged);
    const quint64 first = live.generation();
    doc.undoStack()->push(new ChangeValue<ComponentField::Count>(&doc, {2, 0}, 20));
    QVERIFY(!live.isEstimating());
    QCOMPARE(live.generation(), first + 1);
    QCOMPARE(live.estimate().total.co2e.kg,
             estimateProject(doc.project(), reference).total.co2e.kg);
    QCOMPARE(estimating.count(), 0); // no "estimating" flicker for a plan this small
}

void TestLiveEstimate::onlyTheNewestOfTwoQuickEditsIsShown()
{
    const ReferenceData reference = test::makeReferenceFixture();
    ProjectDocument doc;
    doc.reset(test::repeatedSampleProject(40000));
    LiveEstimate live(&doc, &reference); // the first estimate is there when it returns
    QVERIFY(!live.isEstimating());
    QSignalSpy updated(&live, &LiveEstimate::updated);
    QSignalSpy estimating(&live, &LiveEstimate::estimatingChanged);
    const quint64 first = live.generation();
    const double firstCo2eKg = live.estimate().total.co2e.kg;

    doc.undoStack()->push(new ChangeValue<ComponentField::Count>(&doc, {2, 0}, 20));
    doc.undoStack()->push(new ChangeValue<ComponentField::Count>(&doc, {2, 0}, 30));
    // Both edits returned before any estimate of them: the last one delivered is shown.
    QVERIFY(live.isEstimating());
    QCOMPARE(live.generation(), first);
    QCOMPARE(live.estimate().total.co2e.kg, firstCo2eKg);
    QCOMPARE(estimating.count(), 1);
    QCOMPARE(estimating.at(0).at(0).toBool(), true);

    longestEventLoopPass(live);
    QVERIFY(!live.isEstimating());
    // One delivery, of the second edit: the first edit's generation is never shown.
    QCOMPARE(updated.count(), 1);
    QCOMPARE(live.generation(), first + 2);
    const Estimate expected = estimateProject(doc.project(), reference);
    QCOMPARE(live.estimate().total.co2e.kg, expected.total.co2e.kg);
    QCOMPARE(live.estimate().total.cost.usd, expected.total.cost.usd);
    QCOMPARE(live.component(2, 0)->count, 30);
    QCOMPARE(estimating.count(), 2);
    QCOMPARE(estimating.at(1).at(0).toBool(), false);

    // Undo (the two edits of one field merged into one command) goes back to the plan as
    // loaded, and its figures arrive too.
    doc.undo();
    QVERIFY(live.isEstimating());
    live.waitForCurrent();
    QCOMPARE(live.component(2, 0)->count, 2);
    QCOMPARE(live.estimate().total.co2e.kg, firstCo2eKg);
    QCOMPARE(live.generation(), first + 3);
}

void TestLiveEstimate::theEventLoopRunsWhileALargePlanIsEstimated()
{
    const ReferenceData reference = test::makeReferenceFixture();
    ProjectDocument doc;
    doc.reset(test::repeatedSampleProject(200000));
    LiveEstimate live(&doc, &reference);
    // What one estimate of this plan blocks a thread for (it would block the GUI thread).
    const qint64 estimateStartMs = test::threadCpuMs();
    const Estimate expected = estimateProject(doc.project(), reference);
    const qint64 estimateMs = test::threadCpuMs() - estimateStartMs;

    const qint64 editStartMs = test::threadCpuMs();
    doc.undoStack()->push(new ChangeValue<ComponentField::Count>(&doc, {2, 0}, 7));
    const qint64 editMs = test::threadCpuMs() - editStartMs;
    QVERIFY(live.isEstimating());
    const qint64 longestPassMs = longestEventLoopPass(live);
    QVERIFY(!live.isEstimating());
    qInfo("CPU time on this thread: one estimate %lld ms; the edit %lld ms; longest event-loop "
          "pass %lld ms",
          estimateMs, editMs, longestPassMs);
    // The thread that took the edit stayed free: the edit (which copies the plan for the worker)
    // and every pass of the event loop (which takes the result in) used well under one
    // estimate's CPU time. Measured in this thread's CPU time against the same machine's
    // estimate, not in wall time or a fixed time, so a busy machine cannot fail it; an estimate
    // on this thread would make one of them at least `estimateMs`.
    QVERIFY2(editMs < estimateMs / 2 && longestPassMs < estimateMs / 2,
             qPrintable(QStringLiteral("edit %1 ms, longest pass %2 ms, one estimate %3 ms")
                            .arg(editMs)
                            .arg(longestPassMs)
                            .arg(estimateMs)));
    QCOMPARE(live.component(2, 0)->count, 7);
    QCOMPARE(live.estimate().total.energy.kWh > expected.total.energy.kWh, true);
}

void TestLiveEstimate::stageSumsSayEstimatingWhileANewerEstimateIsPending()
{
    const ReferenceData reference = test::makeReferenceFixture();
    ProjectDocument doc;
    doc.reset(test::makeSampleProject());
    LiveEstimate live(&doc, &reference);
    live.setSynchronousLimit(0); // every plan on the worker
    StageTreeModel model(&doc, &live);
    const QModelIndex training = model.stageIndex(2, StageTreeModel::Carbon);
    const QString before = model.data(training).toString();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    doc.undoStack()->push(new ChangeValue<ComponentField::Count>(&doc, {2, 0}, 20));
    QVERIFY(live.isEstimating());
    QCOMPARE(model.data(training).toString(), StageTreeModel::tr("estimating…"));
    QVERIFY(model.data(model.componentIndex({2, 0}, StageTreeModel::Carbon), Qt::ForegroundRole)
                .isValid());
    QVERIFY(!changed.isEmpty()); // the views were told to repaint the figures
    live.waitForCurrent();
    QVERIFY(!live.isEstimating());
    const QString after = model.data(training).toString();
    QVERIFY(after != StageTreeModel::tr("estimating…"));
    QVERIFY(after != before); // twenty GPUs instead of two
    QVERIFY(!model.data(model.componentIndex({2, 0}, StageTreeModel::Carbon), Qt::ForegroundRole)
                 .isValid());
}

QTEST_GUILESS_MAIN(TestLiveEstimate)
#include "tst_liveestimate.moc"
