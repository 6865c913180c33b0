// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectDocument: load, save, revert, modified state, change signals.
#include "sampleproject.h"

#include "commands/componentcommands.h"
#include "commands/componentfields.h"
#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "advisor/regionranking.h"
#include "domain/estimate.h"
#include "referencefixture.h"
#include "strictqtest.h"
#include "tolerance.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestProjectDocument : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newDocumentIsCleanAndUntitled();
    void saveThenLoadRoundTrips();
    void modifiedFollowsTheCleanState();
    void invalidFileChangesNothing();
    void missingFileChangesNothing();
    void revertDropsUnsavedChanges();
    void changeSignalsCarryIndexes();
    void liveEstimateFollowsEdits();
    void regionRankingKeepsToAllowedRegions();

private:
    QTemporaryDir m_dir;
};

void TestProjectDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestProjectDocument::newDocumentIsCleanAndUntitled()
{
    ProjectDocument doc;
    QVERIFY(!doc.isModified());
    QVERIFY(doc.filePath().isEmpty());
    QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
    QVERIFY(!doc.canUndo());
    QVERIFY(doc.project() == Project());
}

void TestProjectDocument::saveThenLoadRoundTrips()
{
    ProjectDocument doc;
    doc.reset(test::makeSampleProject());
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.greenprint"));
    QSignalSpy pathSpy(&doc, &ProjectDocument::filePathChanged);
    QVERIFY2(doc.save(path), qPrintable(doc.errorString()));
    QCOMPARE(doc.filePath(), path);
    QCOMPARE(pathSpy.count(), 1);
    QCOMPARE(doc.displayName(), QStringLiteral("roundtrip.greenprint"));

    ProjectDocument other;
    QSignalSpy changed(&other, &ProjectDocument::changed);
    QVERIFY2(other.load(path), qPrintable(other.errorString()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<ChangeEvent>().has(ChangeFlag::Reset));
    Project expected = test::makeSampleProject();
    expected.appVersion = other.project().appVersion;
    QVERIFY(other.project() == expected);
    QVERIFY(!other.isModified());
    QCOMPARE(other.filePath(), path);
}

void TestProjectDocument::modifiedFollowsTheCleanState()
{
    ProjectDocument doc;
    doc.reset(test::makeSampleProject());
    QSignalSpy modified(&doc, &ProjectDocument::modifiedChanged);
    doc.undoStack()->push(new ChangeValue<ComponentField::Count>(&doc, {2, 0}, 5));
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    QVERIFY(doc.save(m_dir.filePath(QStringLiteral("clean.greenprint"))));
    QVERIFY(!doc.isModified());
    doc.undo();
    QVERIFY(doc.isModified());
    doc.redo();
    QVERIFY(!doc.isModified());
}

void TestProjectDocument::invalidFileChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("invalid.greenprint"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "greenprint-project", "formatVersion": 1, "name": 5,
                  "region": "us-east-1", "stages": "nope"})");
    file.close();

    ProjectDocument doc;
    doc.reset(test::makeSampleProject());
    doc.undoStack()->push(new ChangeValue<ComponentField::Count>(&doc, {2, 0}, 5));
    const Project before = doc.project();
    QSignalSpy changed(&doc, &ProjectDocument::changed);
    QVERIFY(!doc.load(path));
    QVERIFY(!doc.errorString().isEmpty());
    QVERIFY(doc.loadIssues().size() >= 2);
    QVERIFY(hasErrors(doc.loadIssues()));
    QCOMPARE(changed.count(), 0);
    QVERIFY(doc.project() == before);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestProjectDocument::missingFileChangesNothing()
{
    ProjectDocument doc;
    doc.reset(test::makeSampleProject());
    QVERIFY(!doc.load(m_dir.filePath(QStringLiteral("does-not-exist.greenprint"))));
    QVERIFY(!doc.errorString().isEmpty());
    QCOMPARE(doc.project().name, QStringLiteral("Sample"));
    QVERIFY(doc.filePath().isEmpty());
}

void TestProjectDocument::revertDropsUnsavedChanges()
{
    ProjectDocument doc;
    QVERIFY(!doc.revert());
    doc.reset(test::makeSampleProject());
    const QString path = m_dir.filePath(QStringLiteral("revert.greenprint"));
    QVERIFY(doc.save(path));
    doc.undoStack()->push(new RemoveComponent(&doc, {0, 0}));
    QVERIFY(doc.isModified());
    QVERIFY(doc.revert());
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.canUndo());
    QCOMPARE(doc.project().stages[0].components.size(), size_t(2));
}

void TestProjectDocument::changeSignalsCarryIndexes()
{
    ProjectDocument doc;
    doc.reset(test::makeSampleProject());
    QSignalSpy changed(&doc, &ProjectDocument::changed);
    doc.undoStack()->push(new ChangeValue<ComponentField::ComputeHours>(&doc, {2, 0}, 3.0));
    QCOMPARE(changed.count(), 1);
    const auto event = changed.at(0).at(0).value<ChangeEvent>();
    QVERIFY(event.has(ChangeFlag::ComponentData));
    QCOMPARE(event.stage, 2);
    QCOMPARE(event.component, 0);
    QVERIFY(event.concerns(2, 0));
    QVERIFY(!event.concerns(2, 1));

    doc.undoStack()->push(new MoveComponent(&doc, 2, 0, 2));
    const auto moved = changed.last().at(0).value<ChangeEvent>();
    QVERIFY(moved.has(ChangeFlag::ComponentMoved));
    QCOMPARE(moved.component, 0);
    QCOMPARE(moved.toComponent, 2);
}

void TestProjectDocument::liveEstimateFollowsEdits()
{
    const ReferenceData reference = test::makeReferenceFixture();
    ProjectDocument doc;
    doc.reset(test::makeSampleProject());
    LiveEstimate live(&doc, &reference);
    QSignalSpy updated(&live, &LiveEstimate::updated);
    const double before = live.estimate().total.co2e.kg;
    QVERIFY(before > 0.0);
    doc.undoStack()->push(new ChangeValue<ComponentField::Count>(&doc, {2, 0}, 20));
    QCOMPARE(updated.count(), 1);
    QVERIFY(live.estimate().total.co2e.kg > before);
    QVERIFY(live.component(2, 0));
    QVERIFY(!live.component(2, 9));
    QVERIFY(!live.component(7, 0));
    doc.undo();
    GP_COMPARE_NEAR(live.estimate().total.co2e.kg, before, 1e-12, 0.0); // a pure function
}

QTEST_GUILESS_MAIN(TestProjectDocument)
void TestProjectDocument::regionRankingKeepsToAllowedRegions()
{
    const ReferenceData reference = test::makeReferenceFixture();
    Project project = test::makeSampleProject(); // region r-a (400 g/kWh); r-b is 100 g/kWh
    const auto ids = [&] {
        QStringList result;
        for (const RegionResult &r : rankRegions(project, reference))
            result << r.region + (r.current ? u"*"_s : QString());
        return result;
    };
    QCOMPARE(ids(), QStringList({u"r-b"_s, u"r-a*"_s}));
    // The project's own region stays ranked (the plan's bar) even when it is not allowed.
    project.constraints.allowedRegions = {u"r-a"_s};
    QCOMPARE(ids(), QStringList({u"r-a*"_s}));
    project.constraints.allowedRegions = {u"r-b"_s};
    QCOMPARE(ids(), QStringList({u"r-b"_s, u"r-a*"_s}));
    project.region = u"r-b"_s;
    QCOMPARE(ids(), QStringList({u"r-b*"_s}));
}

#include "tst_projectdocument.moc"
