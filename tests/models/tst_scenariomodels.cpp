// SPDX-License-Identifier: GPL-3.0-or-later
// The what-if item models (scenarios, suggestions, overrides) under QAbstractItemModelTester,
// mutated through the document.
#include "referencedb.h"
#include "strictqtest.h"
#include "testpaths.h"
#include "tolerance.h"

#include "advisor/suggestion.h"
#include "commands/addremovescenario.h"
#include "commands/componentfields.h"
#include "commands/scenariofields.h"
#include "document/liveadvisor.h"
#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "domain/estimate.h"
#include "itemmodels/overridetablemodel.h"
#include "itemmodels/scenariolistmodel.h"
#include "itemmodels/suggestionlistmodel.h"
#include "scenario/scenarioevaluator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestScenarioModels : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scenarioListFollowsCommands();
    void scenarioListRenameAndInvalidIndexes();
    void suggestionsAreComputedOnlyWhileEnabled();
    void suggestionCheckboxPushesCommands();
    void suggestionRowsFollowBaselineEdits();
    void informationalAndNegligibleRows();
    void overrideTableShowsProblems();
    void currentScenarioFollowsChanges();

private:
    void push(QUndoCommand *command) { m_doc->undoStack()->push(command); }
    void push(std::unique_ptr<QUndoCommand> command) { push(command.release()); }

    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<LiveEstimate> m_live;
    std::unique_ptr<LiveAdvisor> m_advisor;
};

void TestScenarioModels::init()
{
    StrictTestCase::init();
    m_doc = std::make_unique<ProjectDocument>();
    QVERIFY2(m_doc->load(test::sourcePath(u"data/examples/bert-finetune-realtime.greenprint"_s)),
             qPrintable(m_doc->errorString()));
    m_live = std::make_unique<LiveEstimate>(m_doc.get(), &test::builtReferenceData());
    m_advisor = std::make_unique<LiveAdvisor>(m_live.get());
}

void TestScenarioModels::cleanup()
{
    m_advisor.reset();
    m_live.reset();
    m_doc.reset();
}

void TestScenarioModels::scenarioListFollowsCommands()
{
    ScenarioListModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    Scenario s;
    s.name = u"Trainium"_s;
    push(new AddScenario(m_doc.get(), s, 0));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"Trainium"_s);
    push(new RemoveScenario(m_doc.get(), 1));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    m_doc->undo();
    m_doc->undo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(ScenarioListModel::SuggestionCountRole).toInt(), 3);
    m_doc->reset(Project());
    QCOMPARE(model.rowCount(), 0);
}

void TestScenarioModels::scenarioListRenameAndInvalidIndexes()
{
    ScenarioListModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.flags(model.index(0)) & Qt::ItemIsEditable);
    QVERIFY(model.setData(model.index(0), u"Renamed"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_doc->project().scenarios[0].name, u"Renamed"_s);
    QVERIFY(!model.setData(model.index(0), u" "_s));
    QVERIFY(!model.data(model.index(5)).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    m_doc->undo();
    QCOMPARE(changed.count(), 2);
    QVERIFY(model.index(0).data().toString() != u"Renamed"_s);
}

void TestScenarioModels::suggestionsAreComputedOnlyWhileEnabled()
{
    QSignalSpy updated(m_advisor.get(), &LiveAdvisor::updated);
    QVERIFY(m_advisor->suggestions().empty());
    push(std::make_unique<ChangeValue<ComponentField::Count>>(m_doc.get(), ComponentRef{3, 0}, 3));
    QCOMPARE(updated.count(), 0);
    m_advisor->setEnabled(true);
    QCOMPARE(updated.count(), 1);
    QVERIFY(!m_advisor->suggestions().empty());
    QCOMPARE(m_advisor->currentScenario(), 0);
    QVERIFY(m_advisor->evaluation().ok);
    m_advisor->setEnabled(false);
    m_doc->undo();
    QCOMPARE(updated.count(), 1);
}

void TestScenarioModels::suggestionCheckboxPushesCommands()
{
    m_advisor->setEnabled(true);
    SuggestionListModel model(m_advisor.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 3);
    const int row = model.rowOf(u"autoscaling/inference/0"_s);
    QVERIFY(row >= 0);
    const QModelIndex apply = model.index(row, SuggestionListModel::Apply);
    QCOMPARE(apply.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    // The top suggestion is not ticked yet: tick it.
    const QModelIndex top = model.index(0, SuggestionListModel::Apply);
    QVERIFY(model.flags(top) & Qt::ItemIsUserCheckable);
    QCOMPARE(top.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    const double before = m_advisor->evaluation().scenario.co2e.kg;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(top, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(m_doc->project().scenarios[0].suggestions.contains(
        model.index(0, 0).data(SuggestionListModel::IdRole).toString()));
    QVERIFY(m_advisor->evaluation().scenario.co2e.kg < before);
    m_doc->undo();
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    GP_COMPARE_NEAR(m_advisor->evaluation().scenario.co2e.kg, before, 1e-12, 1e-12);
    // The figures carry their values in ValueRole and the headers carry units.
    QVERIFY(model.index(0, SuggestionListModel::Co2eSaved)
                .data(SuggestionListModel::ValueRole)
                .toDouble()
            > 0.0);
    QVERIFY(model.headerData(SuggestionListModel::Co2eSaved, Qt::Horizontal)
                .toString()
                .contains(u"kgCO2e"_s));
    QVERIFY(!model.data(model.index(-1, 0)).isValid());
}

void TestScenarioModels::suggestionRowsFollowBaselineEdits()
{
    m_advisor->setEnabled(true);
    SuggestionListModel model(m_advisor.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const double saved = model.index(0, SuggestionListModel::Co2eSaved)
                             .data(SuggestionListModel::ValueRole)
                             .toDouble();
    // Doubling the endpoint's instances changes what its suggestions save.
    push(std::make_unique<ChangeValue<ComponentField::Count>>(m_doc.get(), ComponentRef{3, 0}, 4));
    QCOMPARE(reset.count(), 1);
    QVERIFY(model.index(0, SuggestionListModel::Co2eSaved)
                .data(SuggestionListModel::ValueRole)
                .toDouble()
            > saved);
    // A scenario edit does not re-run the advisor: no reset.
    push(ScenarioEdits::rename(m_doc.get(), 0, u"Other"_s));
    QCOMPARE(reset.count(), 1);
}

void TestScenarioModels::informationalAndNegligibleRows()
{
    m_advisor->setEnabled(true);
    SuggestionListModel model(m_advisor.get());
    bool sawInformational = false, sawNegligible = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex apply = model.index(row, SuggestionListModel::Apply);
        const QString title = model.index(row, SuggestionListModel::Title).data().toString();
        if (apply.data(SuggestionListModel::InformationalRole).toBool()) {
            sawInformational = true;
            QVERIFY(!(model.flags(apply) & Qt::ItemIsUserCheckable));
            QVERIFY(!apply.data(Qt::CheckStateRole).isValid());
            QVERIFY(!model.setData(apply, Qt::Checked, Qt::CheckStateRole));
        } else if (apply.data(SuggestionListModel::NegligibleRole).toBool()) {
            sawNegligible = true;
            QVERIFY2(title.startsWith(u"Smaller: "_s), qPrintable(title));
        }
        // Ranked rows first, then those that need an answer, then the smaller savings.
        const int section = apply.data(SuggestionListModel::SectionRole).toInt();
        if (row > 0) {
            QVERIFY(model.index(row - 1, 0).data(SuggestionListModel::SectionRole).toInt()
                    <= section);
        }
        QVERIFY(!apply.data(Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(sawInformational);
    QVERIFY(sawNegligible);
}

void TestScenarioModels::overrideTableShowsProblems()
{
    m_advisor->setEnabled(true);
    OverrideTableModel model(m_advisor.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.problemAt(0).isEmpty());
    push(ScenarioEdits::setOverride(m_doc.get(), 0, u"stages[2].components[0].count"_s, "-1"));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!m_advisor->evaluation().ok);
    QVERIFY2(model.problemAt(1).contains(u"must be an integer >= 1"_s),
             qPrintable(model.problemAt(1)));
    QVERIFY(model.index(1, OverrideTableModel::Value)
                .data(OverrideTableModel::HasProblemRole)
                .toBool());
    // Editing the value in the table fixes it (one undoable step).
    QVERIFY(model.setData(model.index(1, OverrideTableModel::Value), u"1"_s));
    QVERIFY(m_advisor->evaluation().ok);
    QVERIFY(model.problemAt(1).isEmpty());
    QVERIFY(model.setData(model.index(1, OverrideTableModel::Path),
                          u"stages[2].components[0].instance"_s)
            == true);
    QVERIFY(!m_advisor->evaluation().ok);
    m_doc->undo();
    m_doc->undo();
    m_doc->undo();
    QCOMPARE(model.rowCount(), 1);
}

void TestScenarioModels::currentScenarioFollowsChanges()
{
    m_advisor->setEnabled(true);
    const QString original = m_doc->project().scenarios[0].name;
    Scenario s;
    s.name = u"Second"_s;
    push(new AddScenario(m_doc.get(), s)); // an added scenario becomes current
    QCOMPARE(m_advisor->currentScenario(), 1);
    QCOMPARE(m_advisor->evaluation().name, u"Second"_s);
    m_advisor->setCurrentScenario(0);
    QCOMPARE(m_advisor->evaluation().name, original);
    push(new RemoveScenario(m_doc.get(), 1));
    QCOMPARE(m_advisor->currentScenario(), 0);
    m_doc->undo(); // the restored scenario is shown
    QCOMPARE(m_advisor->currentScenario(), 1);
    QCOMPARE(m_advisor->evaluation().name, u"Second"_s);
    push(ScenarioEdits::rename(m_doc.get(), 0, u"First"_s)); // so is an edited one
    QCOMPARE(m_advisor->currentScenario(), 0);
    QCOMPARE(m_advisor->evaluation().name, u"First"_s);
    push(new RemoveScenario(m_doc.get(), 0)); // the next one takes the removed one's place
    QCOMPARE(m_advisor->currentScenario(), 0);
    QCOMPARE(m_advisor->evaluation().name, u"Second"_s);
    m_doc->reset(Project());
    QCOMPARE(m_advisor->currentScenario(), -1);
    QVERIFY(!m_advisor->evaluation().ok);
}

QTEST_GUILESS_MAIN(TestScenarioModels)
#include "tst_scenariomodels.moc"
