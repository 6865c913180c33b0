// SPDX-License-Identifier: GPL-3.0-or-later
// The constraints edited in the window, undone, and what the advisor offers then.
#include "advisor/plansearch.h"
#include "charts/dashboard.h"
#include "dialogs/allowedregionsdialog.h"
#include "gui/mainwindow.h"
#include "views/constraintsform.h"
#include "views/regionmap.h"
#include "whatif/whatifview.h"

#include "strictqtest.h"
#include "windowfixture.h"

#include "advisor/suggestion.h"
#include "advisor/suggestiongroups.h"
#include "domain/project.h"
#include "document/liveadvisor.h"
#include "document/projectdocument.h"
#include "itemmodels/suggestionlistmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestConstraintsEditor : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void allowedRegionsTypedAndUndone();
    void allowedRegionsPickedOnTheMap();
    void latencyCeilingWithholdsSlowServing();
    void accuracyFloorAnswersTheQuestion();
    void edgeDevicesOfferEdgeDeployment();
    void usersRegionDecidesWhetherAMoveIsTooFar();
    void issuePathFocusesTheConstraint();
    void wholePlanMoveIsARowOfTheWindow();

private:
    ConstraintsForm *form() const { return m_window->constraintsForm(); }
    template<typename T>
    T *field(const char *name) const
    {
        T *widget = form()->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }
    LiveAdvisor *advisor() const { return m_window->whatIfView()->advisor(); }
    /** Ids of the offered suggestions of `rule` (ranked, asked or folded). */
    QStringList offered(const QString &rule) const;
    /** Titles of the suggestions not offered, each with its reasons. */
    QStringList withheld() const;
    /** Rule ids of the groups in `section`. */
    QStringList section(SuggestionSection section) const;
    void undo() { m_window->document()->undoStack()->undo(); }

    std::unique_ptr<MainWindow> m_window;
};

void TestConstraintsEditor::initTestCase()
{
    test::useTestLocations(u"tst_constraintseditor"_s);
}

void TestConstraintsEditor::init()
{
    StrictTestCase::init();
    // The walk plan: eu-central-1, an 8 B fine-tune, a g5 chat endpoint, four notebooks.
    QVERIFY(test::openWindow(m_window, u"tests/data/cli/walk-plan.greenprint"_s));
    QVERIFY(m_window->document()->project().constraints.isEmpty());
    m_window->showWhatIf();
    QTRY_VERIFY(advisor()->isEnabled());
}

void TestConstraintsEditor::cleanup()
{
    test::closeWindow(m_window);
}

QStringList TestConstraintsEditor::offered(const QString &rule) const
{
    QStringList ids;
    for (const Suggestion &s : advisor()->suggestions()) {
        if (s.ruleId == rule)
            ids << s.id;
    }
    return ids;
}

QStringList TestConstraintsEditor::withheld() const
{
    QStringList lines;
    for (const WithheldSuggestion &w : advisor()->withheld())
        lines << w.suggestion.ruleId + u": "_s + w.reasons.join(u"; ");
    return lines;
}

QStringList TestConstraintsEditor::section(SuggestionSection wanted) const
{
    QStringList rules;
    for (const SuggestionGroup &g : advisor()->groups()) {
        if (g.section == wanted)
            rules << advisor()->suggestions()[g.members.front()].ruleId;
    }
    return rules;
}

void TestConstraintsEditor::allowedRegionsTypedAndUndone()
{
    // Unconstrained, every stage, and the whole plan, is offered a move to eu-north-1.
    QCOMPARE(offered(u"region-move"_s).size(), 4); // four stages (the whole plan: "plan")
    auto *edit = field<QLineEdit>("allowedRegions");
    QCOMPARE(edit->text(), QString());
    edit->setFocus();
    QTest::keyClicks(edit, u"eu-central-1, eu-west-3"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_window->document()->project().constraints.allowedRegions,
             QStringList({u"eu-central-1"_s, u"eu-west-3"_s}));
    QCOMPARE(m_window->document()->undoStack()->undoText(), u"Change allowed regions"_s);
    advisor()->refresh();
    // eu-west-3 (Paris) is the cleaner of the two: moves go there, never to Stockholm.
    const QStringList moves = offered(u"region-move"_s);
    QVERIFY(!moves.isEmpty());
    for (const Suggestion &s : advisor()->suggestions()) {
        if (s.ruleId == u"region-move")
            QVERIFY2(s.title.contains(u"eu-west-3"), qPrintable(s.title));
        QVERIFY2(!s.title.contains(u"eu-north-1"), qPrintable(s.title));
    }

    undo();
    QCOMPARE(edit->text(), QString());
    QVERIFY(m_window->document()->project().constraints.allowedRegions.isEmpty());
    advisor()->refresh();
    QCOMPARE(offered(u"region-move"_s).size(), 4); // four stages (the whole plan: "plan")
}

void TestConstraintsEditor::allowedRegionsPickedOnTheMap()
{
    // The picker is modal: drive it once it is open, as a user would with the mouse.
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AllowedRegionsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        RegionMap *map = dialog->map();
        QTRY_VERIFY(map->isVisible());
        for (const QString &id : {u"eu-central-1"_s, u"eu-west-1"_s}) {
            const QPointF dot = map->dotPosition(id);
            QVERIFY(!dot.isNull());
            // Dots overlap in Europe: click where the map finds this one.
            QCOMPARE(map->regionAt(dot), id);
            QTest::mouseClick(map, Qt::LeftButton, {}, dot.toPoint());
        }
        QCOMPARE(map->markedRegions(), QStringList({u"eu-central-1"_s, u"eu-west-1"_s}));
        QCOMPARE(dialog->allowedRegions(), QStringList({u"eu-central-1"_s, u"eu-west-1"_s}));
        driven = true;
        dialog->accept();
    });
    form()->chooseAllowedRegions();
    QVERIFY(driven);
    QCOMPARE(field<QLineEdit>("allowedRegions")->text(), u"eu-central-1, eu-west-1"_s);
    advisor()->refresh();
    for (const Suggestion &s : advisor()->suggestions())
        QVERIFY2(!s.title.contains(u"eu-north-1"), qPrintable(s.title));
    QVERIFY(!offered(u"region-move"_s).isEmpty()); // Ireland is cleaner than Frankfurt

    undo();
    advisor()->refresh();
    QCOMPARE(offered(u"region-move"_s).size(), 4); // four stages (the whole plan: "plan")
}

void TestConstraintsEditor::latencyCeilingWithholdsSlowServing()
{
    QCOMPARE(offered(u"batch-transform"_s).size(), 1);
    auto *box = field<QDoubleSpinBox>("latencyCeilingMs");
    QCOMPARE(box->text(), u"None"_s);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, u"2000"_s);
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_window->document()->project().constraints.latencyCeilingMs, 2000.0);
    advisor()->refresh();
    QVERIFY(offered(u"batch-transform"_s).isEmpty());
    QVERIFY2(withheld().join(u'\n').contains(u"batch-transform: "),
             qPrintable(withheld().join(u'\n')));

    undo();
    QVERIFY(!m_window->document()->project().constraints.latencyCeilingMs);
    QCOMPARE(box->text(), u"None"_s);
    advisor()->refresh();
    QCOMPARE(offered(u"batch-transform"_s).size(), 1);
}

void TestConstraintsEditor::accuracyFloorAnswersTheQuestion()
{
    // Without a floor, quantizing is a question, not a ranked saving.
    QVERIFY(section(SuggestionSection::Question).contains(u"quantize"_s));
    auto *box = field<QDoubleSpinBox>("accuracyFloor");
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QLocale().toString(99.5, 'f', 1));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_window->document()->project().constraints.accuracyFloor, 0.995);
    advisor()->refresh();
    QVERIFY(!section(SuggestionSection::Question).contains(u"quantize"_s));

    undo();
    QVERIFY(!m_window->document()->project().constraints.accuracyFloor);
    advisor()->refresh();
    QVERIFY(section(SuggestionSection::Question).contains(u"quantize"_s));
}

void TestConstraintsEditor::edgeDevicesOfferEdgeDeployment()
{
    QVERIFY(offered(u"edge-deployment"_s).isEmpty()
            && !withheld().join(u'\n').contains(u"edge-deployment"));
    auto *check = field<QCheckBox>("servesEdgeDevices");
    QTest::mouseClick(check, Qt::LeftButton, {}, check->rect().center());
    QVERIFY(m_window->document()->project().constraints.servesEdgeDevices);
    advisor()->refresh();
    const bool seen = !offered(u"edge-deployment"_s).isEmpty()
        || withheld().join(u'\n').contains(u"edge-deployment");
    QVERIFY(seen);

    undo();
    QVERIFY(!check->isChecked());
    advisor()->refresh();
    QVERIFY(offered(u"edge-deployment"_s).isEmpty());
}

void TestConstraintsEditor::usersRegionDecidesWhetherAMoveIsTooFar()
{
    const auto inferenceMove = [this]() -> const Suggestion * {
        for (const Suggestion &s : advisor()->suggestions()) {
            if (s.ruleId == u"region-move" && s.stage == StageKind::Inference)
                return &s;
        }
        return nullptr;
    };
    // The walk plan: a 2000 ms ceiling no longer hides Frankfurt -> Stockholm (23 ms).
    auto *ceiling = field<QDoubleSpinBox>("latencyCeilingMs");
    ceiling->setFocus();
    ceiling->selectAll();
    QTest::keyClicks(ceiling, u"2000"_s);
    QTest::keyClick(ceiling, Qt::Key_Return);
    advisor()->refresh();
    QVERIFY(inferenceMove());
    QCOMPARE(inferenceMove()->usersRegion, u"eu-central-1"_s);
    QVERIFY(*inferenceMove()->usersRoundTripMs < 50.0);

    // Users in Sydney: Stockholm is a 270 ms round trip away, past a 200 ms ceiling: the
    // endpoints move to the best region within it instead, naming what the ceiling removed.
    ceiling->selectAll();
    QTest::keyClicks(ceiling, u"200"_s);
    QTest::keyClick(ceiling, Qt::Key_Return);
    auto *users = field<QLineEdit>("usersRegion");
    users->setFocus();
    QTest::keyClicks(users, u"ap-southeast-2"_s);
    QTest::keyClick(users, Qt::Key_Return);
    QCOMPARE(m_window->document()->project().constraints.usersRegion, u"ap-southeast-2"_s);
    QCOMPARE(m_window->document()->undoStack()->undoText(), u"Change users' region"_s);
    advisor()->refresh();
    QVERIFY(inferenceMove());
    QVERIFY(!inferenceMove()->title.contains(u"eu-north-1"_s));
    QVERIFY(*inferenceMove()->usersRoundTripMs <= 200.0);
    const QString why = inferenceMove()->description;
    QVERIFY2(why.contains(u"eu-north-1"_s) && why.contains(u"latencyCeilingMs"_s)
                 && why.contains(u"ap-southeast-2"_s),
             qPrintable(why));
    // The whole plan in Stockholm is withheld for the same reason.
    const QString reasons = withheld().join(u'\n');
    QVERIFY2(reasons.contains(u"plan: "_s) && reasons.contains(u"ap-southeast-2"_s),
             qPrintable(reasons));

    undo();
    QVERIFY(users->text().isEmpty());
    advisor()->refresh();
    QVERIFY(inferenceMove());
}

void TestConstraintsEditor::issuePathFocusesTheConstraint()
{
    m_window->goToField(u"constraints.latencyCeilingMs"_s);
    QTRY_COMPARE(QApplication::focusWidget(), field<QDoubleSpinBox>("latencyCeilingMs"));
    m_window->goToField(u"constraints.allowedRegions[1]"_s);
    QTRY_COMPARE(QApplication::focusWidget(), field<QLineEdit>("allowedRegions"));
}

void TestConstraintsEditor::wholePlanMoveIsARowOfTheWindow()
{
    QAbstractItemModel *model = m_window->whatIfView()->suggestionView()->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SuggestionListModel::Stage).data().toString() == u"Whole plan")
            rows << model->index(row, SuggestionListModel::Title).data().toString();
    }
    // The best few whole-plan scenarios, the best first.
    QVERIFY(!rows.isEmpty());
    QVERIFY(rows.size() <= PlanSearch::kScenarios + 1);
    QVERIFY2(rows[0].contains(u"eu-north-1"_s), qPrintable(rows[0]));
}

QTEST_MAIN(TestConstraintsEditor)
#include "tst_constraintseditor.moc"
