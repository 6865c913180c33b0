// SPDX-License-Identifier: GPL-3.0-or-later
// The what-if view driven through its real widgets (offscreen).
#include "charts/paretochart.h"
#include "charts/waterfallchart.h"
#include "gui/mainwindow.h"
#include "strictqtest.h"
#include "dialogs/instancepickerdialog.h"
#include "dialogs/regionpickerdialog.h"
#include "whatif/deltatable.h"
#include "whatif/fieldvalueeditor.h"
#include "whatif/overrideeditor.h"
#include "whatif/paretopanel.h"
#include "whatif/scenarioselector.h"
#include "whatif/whatifview.h"

#include "../models/referencedb.h"
#include "testpaths.h"
#include "windowfixture.h"
#include "tolerance.h"

#include "advisor/advisor.h"
#include "advisor/feasibility.h"
#include "advisor/plansearch.h"
#include "advisor/projectedit.h"
#include "advisor/suggestiongroups.h"
#include "commands/componentfields.h"
#include "document/liveadvisor.h"
#include "document/projectdocument.h"
#include "engine/estimator.h"
#include "itemmodels/overridetablemodel.h"
#include "itemmodels/suggestionlistmodel.h"
#include "scenario/scenarioapplier.h"
#include "scenario/scenarioevaluator.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QChart>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QAbstractButton>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <functional>
#include <memory>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

namespace {

/** Loads the walk plan as JSON, lets `edit` change it, and writes it into `dir`. */
QString editedWalk(const QTemporaryDir &dir, const std::function<void(QJsonObject &)> &edit)
{
    QFile in(test::sourcePath(u"tests/data/cli/walk-plan.greenprint"_s));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    edit(root);
    const QString path = dir.filePath(u"walk.greenprint"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(root).toJson());
    return path;
}

} // namespace

class TestWhatIf : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void computesOnlyWhileVisible();
    void saysComputingUntilTheResultIsIn();
    void tickingSuggestionsLowersTheScenarioTotal();
    void scenarioButtonsAreUndoable();
    void clickingAParetoPointCreatesAScenario();
    void invalidOverrideShowsItsError();
    void overridesSetWithThePlansEditors();
    void overrideRowEditedInPlace();
    void overridesSetRecurrenceAndMonthlyTraffic();
    void overrideMakesARecurringJobOneOff();
    void badOverridePathFromFileKeepsItsRow();
    void fieldLabelsReadWithoutMnemonics_data();
    void fieldLabelsReadWithoutMnemonics();
    void unestimableScenarioShowsNoSaving();
    void missingPriceShowsCostUnknown();
    void infeasibleHardwareIsNotOffered();
    void manyPlanProblemsShowTheFirstFew();
    void hardwareTheRegionLacksIsHeldBackWithWhy();
    void rightHardwareIsSuggestedWhereItSaves();
    void sameSuggestionOnSeveralComponentsIsOneRow();
    void wholePlanScenarioInOneClick();
    void wholePlanRowAddedAsAScenario();

private:
    WhatIfView *view() const { return m_window->whatIfView(); }
    QAbstractButton *button(const char *name) const
    {
        return view()->findChild<QAbstractButton *>(QString::fromLatin1(name));
    }
    /** Ticks or unticks the suggestion in `row` with the keyboard, as a user would. */
    void toggleRow(int row);
    double scenarioKg() const { return view()->advisor()->evaluation().scenario.co2e.kg; }
    /** The overrides, shown as a user would (a tab of the compact layout). */
    OverrideEditor *showOverrides() const;
    /** Chooses `text` in `combo` as a user would; false when it has no such item. */
    static bool choose(QComboBox *combo, const QString &text);
    /** Answers the picker dialog that the next event loop opens by choosing `id`. */
    static void answerPicker(const QString &id);
    /** Opens tests/data/cli/unestimable-scenarios.greenprint and picks scenario `name`. */
    void openUnestimable(const QString &name);

    std::unique_ptr<MainWindow> m_window;
};

void TestWhatIf::initTestCase()
{
    test::useTestLocations(u"tst_whatif"_s);
}

void TestWhatIf::init()
{
    StrictTestCase::init();
    QVERIFY(test::openWindow(m_window));
    m_window->showWhatIf();
    QTRY_VERIFY(view()->isVisible());
}

void TestWhatIf::cleanup()
{
    test::closeWindow(m_window);
}

void TestWhatIf::toggleRow(int row)
{
    QTableView *table = view()->suggestionView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, SuggestionListModel::Apply));
    QTest::keyClick(table, Qt::Key_Space);
}

void TestWhatIf::computesOnlyWhileVisible()
{
    LiveAdvisor *advisor = view()->advisor();
    QVERIFY(advisor->isEnabled());
    QVERIFY(!advisor->suggestions().empty());
    QSignalSpy updated(advisor, &LiveAdvisor::updated);
    QAction *dashboard = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_0))
            dashboard = a;
    }
    QVERIFY(dashboard);
    dashboard->trigger();
    QTRY_VERIFY(!view()->isVisible());
    QVERIFY(!advisor->isEnabled());
    QVERIFY(view()->selector()->renameScenario(u"Renamed while hidden"_s));
    QCOMPARE(updated.count(), 0);
    m_window->showWhatIf();
    QTRY_COMPARE(updated.count(), 1);
    QCOMPARE(advisor->evaluation().name, u"Renamed while hidden"_s);
}

void TestWhatIf::saysComputingUntilTheResultIsIn()
{
    LiveAdvisor *advisor = view()->advisor();
    advisor->setSynchronousLimit(0); // on the worker, as a large plan is
    QVERIFY(!advisor->isComputing());
    const double baselineKg = view()->deltaTable()->value(DeltaTable::Carbon, DeltaTable::Baseline);
    QVERIFY(baselineKg > 0.0);
    const QString total = view()->totalLabel()->text();
    QSignalSpy updated(advisor, &LiveAdvisor::updated);
    QVERIFY(view()->selector()->renameScenario(u"Being computed"_s));
    // The edit returned before the result: the view says so instead of the old figures.
    QVERIFY(advisor->isComputing());
    QCOMPARE(updated.count(), 0);
    QCOMPARE(view()->totalLabel()->text(),
             WhatIfView::tr("Computing the suggestions and the scenario…"));
    QCOMPARE(view()->deltaTable()->text(DeltaTable::Carbon, DeltaTable::Baseline),
             WhatIfView::tr("computing…"));
    QVERIFY(std::isnan(view()->deltaTable()->value(DeltaTable::Carbon, DeltaTable::Baseline)));
    QVERIFY(!view()->suggestionView()->isEnabled());
    QVERIFY(!view()->waterfall()->isEnabled());
    QTRY_VERIFY(!advisor->isComputing());
    QCOMPARE(updated.count(), 1);
    QCOMPARE(advisor->evaluation().name, u"Being computed"_s);
    QCOMPARE(view()->totalLabel()->text(), total); // a rename changes no figure
    QCOMPARE(view()->deltaTable()->value(DeltaTable::Carbon, DeltaTable::Baseline), baselineKg);
    QVERIFY(view()->suggestionView()->isEnabled());
    QVERIFY(view()->waterfall()->isEnabled());
}

void TestWhatIf::tickingSuggestionsLowersTheScenarioTotal()
{
    const ReferenceData &ref = test::builtReferenceData();
    const Project baseline = m_window->document()->project();
    const double baselineKg = estimateProject(baseline, ref).total.co2e.kg;

    QTest::mouseClick(button("newScenario"), Qt::LeftButton);
    QCOMPARE(view()->selector()->combo()->currentIndex(), 1);
    QCOMPARE(view()->advisor()->currentScenario(), 1);
    QVERIFY(view()->advisor()->evaluation().ok);
    GP_COMPARE_NEAR(scenarioKg(), baselineKg, 1e-12, 1e-9);

    // Tick the two largest savings; each total is the re-estimate of the combination.
    const Advisor advisor(ref);
    const std::vector<Suggestion> all = advisor.suggest(baseline);
    SuggestionListModel *model = view()->suggestionModel();
    QCOMPARE(model->index(0, 0).data(SuggestionListModel::IdRole).toString(), all[0].id);
    toggleRow(0);
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
    const double one = advisor.combine(baseline, {all[0]}).estimate.total.co2e.kg;
    GP_COMPARE_NEAR(scenarioKg(), one, 1e-12, 1e-9);
    GP_COMPARE_NEAR(baselineKg - scenarioKg(), all[0].savings.co2e.kg, 1e-9, 1e-9);
    GP_COMPARE_NEAR(view()->deltaTable()->value(DeltaTable::Carbon, DeltaTable::Scenario), one,
                    1e-12, 1e-9);
    GP_COMPARE_NEAR(view()->deltaTable()->value(DeltaTable::Carbon, DeltaTable::Change),
                    one - baselineKg, 1e-9, 1e-9);
    QVERIFY(view()->deltaTable()->value(DeltaTable::Carbon, DeltaTable::ChangePercent) < 0.0);

    // Then the largest in another stage.
    const auto other = std::find_if(all.begin(), all.end(), [&](const Suggestion &s) {
        return s.stage != all[0].stage && !s.informational && s.savings.co2e.kg > 1.0;
    });
    QVERIFY(other != all.end());
    const Suggestion &secondSuggestion = *other;
    const int second = model->rowOf(secondSuggestion.id);
    QVERIFY(second > 0);
    toggleRow(second);
    const double two = advisor.combine(baseline, {all[0], secondSuggestion}).estimate.total.co2e.kg;
    GP_COMPARE_NEAR(scenarioKg(), two, 1e-12, 1e-9);

    // The waterfall: baseline, then the re-estimate after each tick in order, then the scenario.
    const std::vector<WaterfallStep> &steps = view()->advisor()->evaluation().waterfall;
    QCOMPARE(steps.size(), std::size_t(4));
    GP_COMPARE_NEAR(steps[0].co2e.kg, baselineKg, 1e-12, 1e-9);
    GP_COMPARE_NEAR(steps[1].co2e.kg, one, 1e-12, 1e-9);
    GP_COMPARE_NEAR(steps[2].co2e.kg, two, 1e-12, 1e-9);
    GP_COMPARE_NEAR(steps[3].co2e.kg, two, 1e-12, 1e-9);
    const std::vector<double> contributions = view()->waterfall()->contributions();
    QCOMPARE(contributions.size(), std::size_t(4));
    QVERIFY(contributions[1] < 0.0 && contributions[2] < 0.0);
    QVERIFY(view()->totalLabel()->text().contains(u"kgCO2e"_s)
            || view()->totalLabel()->text().contains(u"tCO2e"_s));

    // Undo and redo go through the scenario's ticks.
    m_window->document()->undo();
    GP_COMPARE_NEAR(scenarioKg(), one, 1e-12, 1e-9);
    QCOMPARE(model->index(second, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Unchecked);
    m_window->document()->redo();
    GP_COMPARE_NEAR(scenarioKg(), two, 1e-12, 1e-9);
    QCOMPARE(model->index(second, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    toggleRow(second); // untick
    GP_COMPARE_NEAR(scenarioKg(), one, 1e-12, 1e-9);
}

void TestWhatIf::scenarioButtonsAreUndoable()
{
    QComboBox *combo = view()->selector()->combo();
    QCOMPARE(combo->count(), 1);
    const QString original = combo->currentText();
    QTest::mouseClick(button("duplicateScenario"), Qt::LeftButton);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), original + u" 2"_s);
    QVERIFY(view()->selector()->renameScenario(u"Copy"_s));
    QCOMPARE(combo->currentText(), u"Copy"_s);
    QVERIFY(!view()->selector()->renameScenario(original)); // taken
    QTest::mouseClick(button("deleteScenario"), Qt::LeftButton);
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentText(), original);
    m_window->document()->undo(); // delete
    QCOMPARE(combo->count(), 2);
    m_window->document()->undo(); // rename
    m_window->document()->undo(); // duplicate
    QCOMPARE(combo->count(), 1);
    QCOMPARE(view()->advisor()->currentScenario(), 0);
    QVERIFY(button("deleteScenario")->isEnabled());
    QTest::mouseClick(button("deleteScenario"), Qt::LeftButton);
    QCOMPARE(combo->count(), 0);
    QVERIFY(!button("deleteScenario")->isEnabled());
    QVERIFY(view()->totalLabel()->text().contains(u"New"_s));
}

void TestWhatIf::clickingAParetoPointCreatesAScenario()
{
    ParetoPanel *pareto = view()->paretoPanel();
    pareto->setStage(static_cast<int>(StageKind::Training));
    pareto->flush();
    QVERIFY(pareto->pointCount() > 1);
    ParetoChart *chart = pareto->chart();
    QVERIFY(!chart->binLabels().isEmpty());
    for (const QString &label : chart->binLabels())
        QVERIFY2(label.endsWith(u" h"_s), qPrintable(label));
    int target = 0;
    while (chart->points()[target].current)
        ++target;
    const ParetoChart::Point point = chart->points()[target];
    const int before = int(m_window->document()->project().scenarios.size());

    // A real click on the point's marker.
    QSignalSpy created(pareto, &ParetoPanel::scenarioCreated);
    const QPointF scene =
        chart->chart()->mapToScene(chart->chart()->mapToPosition(chart->plotPosition(point)));
    const QPoint pos = chart->mapFromScene(scene);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().toInt(), before);
    QCOMPARE(int(m_window->document()->project().scenarios.size()), before + 1);
    const Scenario &made = m_window->document()->project().scenarios.back();
    QVERIFY(!made.overrides.empty());
    QCOMPARE(view()->advisor()->currentScenario(), before);
    QCOMPARE(view()->selector()->combo()->currentText(), made.name);
    QVERIFY(view()->advisor()->evaluation().ok);
    m_window->document()->undo();
    QCOMPARE(int(m_window->document()->project().scenarios.size()), before);
}

OverrideEditor *TestWhatIf::showOverrides() const
{
    OverrideEditor *editor = view()->overrideEditor();
    // Beside the docks the view is compact: the overrides are a tab, opened as a user would.
    if (auto *tabs = view()->findChild<QTabWidget *>(u"whatIfInputTabs"_s); tabs->isVisible())
        tabs->setCurrentIndex(tabs->indexOf(editor->parentWidget()));
    return editor;
}

bool TestWhatIf::choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void TestWhatIf::answerPicker(const QString &id)
{
    QTimer::singleShot(0, [id] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *instances = qobject_cast<InstancePickerDialog *>(modal)) {
            instances->setCurrentInstance(id);
            instances->accept();
        } else if (auto *regions = qobject_cast<RegionPickerDialog *>(modal)) {
            regions->setCurrentRegion(id);
            regions->accept();
        } else if (modal) {
            modal->close();
        }
    });
}

void TestWhatIf::overridesSetWithThePlansEditors()
{
    // A new scenario: move the fine-tuning job to p5.48xlarge and its stage to Stockholm, as a
    // user would: the component and the field by name, the value from the plan's pickers.
    ProjectDocument *document = m_window->document();
    const Project plan = document->project();
    QVERIFY(view()->selector()->newScenario() >= 0);
    const int scenario = view()->advisor()->currentScenario();
    OverrideEditor *editor = showOverrides();
    const Stage &training = plan.stage(StageKind::Training);
    const QString job = training.components[0].name;
    QVERIFY(choose(editor->targetCombo(), u"Training › "_s + job));
    QVERIFY(choose(editor->fieldCombo(), u"Instance type"_s));
    // The fields are the form's: no name, a unit on every number.
    QCOMPARE(editor->fieldCombo()->findText(u"Name"_s), -1);
    QVERIFY(editor->fieldCombo()->findText(u"Utilization"_s) >= 0);
    FieldValueEditor *value = editor->valueEditor();
    QVERIFY(value && value->chooseButton());
    QCOMPARE(qobject_cast<QLineEdit *>(value->input())->text(), u"p3.8xlarge"_s); // the plan's
    answerPicker(u"p5.48xlarge"_s);
    QTest::mouseClick(value->chooseButton(), Qt::LeftButton);
    QCOMPARE(qobject_cast<QLineEdit *>(value->input())->text(), u"p5.48xlarge"_s);
    QTest::mouseClick(button("addOverride"), Qt::LeftButton);

    QVERIFY(choose(editor->targetCombo(), u"Training (stage)"_s));
    QVERIFY(choose(editor->fieldCombo(), u"Region override"_s));
    value = editor->valueEditor();
    QVERIFY(value && value->chooseButton());
    answerPicker(u"eu-north-1"_s);
    QTest::mouseClick(value->chooseButton(), Qt::LeftButton);
    QTest::mouseClick(button("addOverride"), Qt::LeftButton);

    // The file holds the paths the code built and JSON strings it quoted.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"overrides.greenprint"_s);
    QVERIFY(document->save(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray overrides = QJsonDocument::fromJson(file.readAll())
                                     .object()[u"scenarios"_s]
                                     .toArray()[scenario]
                                     .toObject()[u"overrides"_s]
                                     .toArray();
    QCOMPARE(overrides.size(), 2);
    QCOMPARE(overrides[0].toObject()[u"path"_s].toString(), u"stages[2].components[0].instance"_s);
    QCOMPARE(overrides[0].toObject()[u"value"_s].toString(), u"p5.48xlarge"_s);
    QCOMPARE(overrides[1].toObject()[u"path"_s].toString(), u"stages[2].region"_s);
    QCOMPARE(overrides[1].toObject()[u"value"_s].toString(), u"eu-north-1"_s);

    // The rows read in words.
    auto *model = qobject_cast<OverrideTableModel *>(editor->view()->model());
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, OverrideTableModel::Path).data().toString(),
             u"Training › %1 · Instance type"_s.arg(job));
    QCOMPARE(model->index(0, OverrideTableModel::Value).data().toString(),
             u"p3.8xlarge → p5.48xlarge"_s);
    QCOMPARE(model->index(1, OverrideTableModel::Value).data().toString(),
             u"us-east-1 (project) → eu-north-1"_s);
    QVERIFY(model->problemAt(0).isEmpty() && model->problemAt(1).isEmpty());

    // Re-estimated: the scenario is the plan with those two changes, estimated on its own.
    const ScenarioEvaluation &evaluation = view()->advisor()->evaluation();
    QVERIFY(evaluation.ok);
    QCOMPARE(evaluation.estimate.stages[2].components[0].instance, u"p5.48xlarge"_s);
    Project changed = ScenarioApplier::planWithoutScenarios(plan);
    changed.stage(StageKind::Training).region = u"eu-north-1"_s;
    std::visit(
        [](auto &spec) {
            if constexpr (requires { spec.instance; })
                spec.instance = u"p5.48xlarge"_s;
        },
        changed.stage(StageKind::Training).components[0].spec);
    const PlanTotals expected =
        ScenarioEvaluator::totals(estimateProject(changed, test::builtReferenceData()));
    GP_COMPARE_NEAR(scenarioKg(), expected.co2e.kg, 1e-9, 1e-9);
    QVERIFY(std::abs(scenarioKg() - evaluation.baseline.co2e.kg) > 1.0); // it did change

    // Undo takes back one override at a time, as any other scenario edit.
    document->undo();
    QCOMPARE(model->rowCount(), 1);
    document->undo();
    QCOMPARE(model->rowCount(), 0);

    // A project setting is addressed where the file holds it (below `settings`).
    QVERIFY(choose(editor->targetCombo(), u"Project"_s));
    QVERIFY(editor->fieldCombo()->findText(u"Region"_s) >= 0);
    QVERIFY(choose(editor->fieldCombo(), u"PUE override"_s));
    auto *pue = qobject_cast<QDoubleSpinBox *>(editor->valueEditor()->input());
    QVERIFY(pue);
    QCOMPARE(pue->text(), u"Region's PUE"_s); // not set in the plan
    pue->setValue(1.2);
    QTest::mouseClick(button("addOverride"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->pathAt(0), u"settings.pue"_s);
    QCOMPARE(model->valueAt(0), QByteArray("1.2"));
    QCOMPARE(model->index(0, OverrideTableModel::Path).data().toString(),
             u"Project · PUE override"_s);
    QCOMPARE(model->index(0, OverrideTableModel::Value).data().toString(),
             u"Region's PUE → 1.20"_s);
    QVERIFY(view()->advisor()->evaluation().ok);
    QVERIFY(scenarioKg() > view()->advisor()->evaluation().baseline.co2e.kg); // PUE 1.2 > AWS's
    document->undo();
}

void TestWhatIf::overridesSetRecurrenceAndMonthlyTraffic()
{
    // A scenario makes the example's one-off tokenizing job (4 x m6i.4xlarge, 6 h) run every
    // week for 12 months, and the endpoint serve 5 M requests a month instead of 2 M, through
    // the plan's own "Runs", "For" and "Requests" fields.
    ProjectDocument *document = m_window->document();
    const Project plan = document->project();
    QVERIFY(!std::get<ComputeSpec>(plan.stage(StageKind::DataProcessing).components[0].spec)
                 .recurrence);
    QVERIFY(view()->selector()->newScenario() >= 0);
    const int scenario = view()->advisor()->currentScenario();
    OverrideEditor *editor = showOverrides();
    auto *model = qobject_cast<OverrideTableModel *>(editor->view()->model());
    const QString job = plan.stage(StageKind::DataProcessing).components[0].name;
    QVERIFY(choose(editor->targetCombo(), u"Data processing › "_s + job));
    QVERIFY2(choose(editor->fieldCombo(), u"Runs"_s), "no Runs field for a one-off job");
    auto *every = qobject_cast<QComboBox *>(editor->valueEditor()->input());
    QVERIFY(every);
    QVERIFY(choose(every, u"Every week"_s));
    QTest::mouseClick(button("addOverride"), Qt::LeftButton);
    QVERIFY(choose(editor->fieldCombo(), u"For"_s));
    auto *months = qobject_cast<QDoubleSpinBox *>(editor->valueEditor()->input());
    QVERIFY(months);
    months->setValue(12.0);
    QTest::mouseClick(button("addOverride"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->pathAt(0), u"stages[0].components[0].recurrence.every"_s);
    QCOMPARE(model->valueAt(0), QByteArray("\"week\""));
    QCOMPARE(model->pathAt(1), u"stages[0].components[0].recurrence.months"_s);
    QCOMPARE(model->valueAt(1).toDouble(), 12.0);
    QVERIFY2(model->problemAt(0).isEmpty() && model->problemAt(1).isEmpty(),
             qPrintable(model->problemAt(0) + model->problemAt(1)));
    QVERIFY(view()->advisor()->evaluation().ok);
    // 12 x 730 h / 168 h = 52.14 runs of 6 h.
    const ComponentEstimate &etl = view()->advisor()->evaluation().estimate.stages[0].components[0];
    GP_COMPARE_NEAR(etl.runs, 12.0 * 730.0 / 168.0, 1e-9, 0.0);
    GP_COMPARE_NEAR(etl.hours.h, 6.0 * 12.0 * 730.0 / 168.0, 1e-9, 0.0);

    // The endpoint states 24 M requests over 8,760 h: 2 M a month, shown as the plan's value.
    const QString endpoint = plan.stage(StageKind::Inference).components[0].name;
    QVERIFY(choose(editor->targetCombo(), u"Inference › "_s + endpoint));
    QVERIFY(choose(editor->fieldCombo(), u"Requests"_s));
    auto *requests = qobject_cast<QDoubleSpinBox *>(editor->valueEditor()->input());
    QVERIFY(requests);
    requests->setValue(5.0); // million a month
    QTest::mouseClick(button("addOverride"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->pathAt(2), u"stages[3].components[0].work.requestsPerMonth"_s);
    QCOMPARE(model->valueAt(2).toDouble(), 5e6);
    QVERIFY2(model->problemAt(2).isEmpty(), qPrintable(model->problemAt(2)));
    QVERIFY(view()->advisor()->evaluation().ok);
    const std::optional<Project> changed = ScenarioApplier(test::builtReferenceData())
                                               .apply(ScenarioApplier::planWithoutScenarios(plan),
                                                      document->project().scenarios[scenario]);
    QVERIFY(changed);
    const auto &served =
        std::get<EndpointSpec>(changed->stage(StageKind::Inference).components[0].spec);
    QVERIFY(served.work && served.work->requestsPerMonth);
    QCOMPARE(served.work->requests, 5e6);
    QVERIFY(scenarioKg() > view()->advisor()->evaluation().baseline.co2e.kg);
}

void TestWhatIf::overrideMakesARecurringJobOneOff()
{
    // The reverse of the test above: the plan's tokenizing job (6 h) runs every week for 12
    // months; a scenario makes it a one-off through the same "Runs" field ("Once"), then
    // daily again. "Once" removes the recurrence (path ...recurrence, value null).
    ProjectDocument *document = m_window->document();
    document->undoStack()->push(new ChangeValue<ComponentField::ComputeRecurrenceEvery>(
        document, {0, 0}, RecurrencePeriod::Week));
    QVERIFY(std::get<ComputeSpec>(document->component({0, 0})->spec).recurrence);
    QVERIFY(view()->selector()->newScenario() >= 0);
    OverrideEditor *editor = showOverrides();
    auto *model = qobject_cast<OverrideTableModel *>(editor->view()->model());
    const QString job = document->project().stage(StageKind::DataProcessing).components[0].name;
    QVERIFY(choose(editor->targetCombo(), u"Data processing › "_s + job));
    QVERIFY(choose(editor->fieldCombo(), u"Runs"_s));
    auto *every = qobject_cast<QComboBox *>(editor->valueEditor()->input());
    QVERIFY(every);
    QCOMPARE(every->currentText(), u"Every week"_s); // the plan's value
    QVERIFY2(choose(every, u"Once"_s), "no Once for a recurring job");
    QTest::mouseClick(button("addOverride"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->pathAt(0), u"stages[0].components[0].recurrence"_s);
    QCOMPARE(model->valueAt(0), QByteArray("null"));
    QVERIFY2(model->problemAt(0).isEmpty(), qPrintable(model->problemAt(0)));
    // The row reads as the field and its choices, not as a JSON path and null.
    const QString row = model->index(0, OverrideTableModel::Path).data().toString() + u' '
        + model->index(0, OverrideTableModel::Value).data().toString();
    QVERIFY2(row.contains(u"Runs"_s) && row.contains(u"Once"_s) && row.contains(u"Every week"_s),
             qPrintable(row));
    QVERIFY(view()->advisor()->evaluation().ok);
    const ComponentEstimate *etl =
        &view()->advisor()->evaluation().estimate.stages[0].components[0];
    QCOMPARE(etl->runs, 1.0);
    GP_COMPARE_NEAR(etl->hours.h, 6.0, 1e-9, 0.0);
    GP_COMPARE_NEAR(std::get<ComputeSpec>(document->component({0, 0})->spec).runs(),
                    12.0 * 730.0 / 168.0, 1e-9, 0.0); // the plan still recurs

    // Back to recurring, daily: the removal goes, the period is set, the plan's 12 months stay.
    QCOMPARE(every->currentText(), u"Once"_s);
    QVERIFY(choose(every, u"Every day"_s));
    QTest::mouseClick(button("addOverride"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->pathAt(0), u"stages[0].components[0].recurrence.every"_s);
    QCOMPARE(model->valueAt(0), QByteArray("\"day\""));
    QVERIFY(view()->advisor()->evaluation().ok);
    etl = &view()->advisor()->evaluation().estimate.stages[0].components[0];
    GP_COMPARE_NEAR(etl->runs, 12.0 * 730.0 / 24.0, 1e-9, 0.0);
}

void TestWhatIf::overrideRowEditedInPlace()
{
    // The example's first scenario moves training to Stockholm; change it to Frankfurt in
    // its row, then set and edit a utilization (a % spin box; the file holds the fraction).
    ProjectDocument *document = m_window->document();
    OverrideEditor *editor = showOverrides();
    QTableView *table = editor->view();
    auto *model = qobject_cast<OverrideTableModel *>(table->model());
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex region = model->index(0, OverrideTableModel::Value);
    table->setCurrentIndex(region);
    table->edit(region);
    auto *cell = table->viewport()->findChild<FieldValueEditor *>();
    QVERIFY(cell);
    QCOMPARE(qobject_cast<QLineEdit *>(cell->input())->text(), u"eu-north-1"_s);
    answerPicker(u"eu-central-1"_s);
    QTest::mouseClick(cell->chooseButton(), Qt::LeftButton);
    QCOMPARE(model->valueAt(0), QByteArray("\"eu-central-1\""));
    QVERIFY(
        model->index(0, OverrideTableModel::Value).data().toString().endsWith(u"eu-central-1"_s));
    QTRY_VERIFY(!table->viewport()->findChild<FieldValueEditor *>()); // the pick closed the cell

    const QString job = document->project().stage(StageKind::Training).components[1].name;
    QVERIFY(choose(editor->targetCombo(), u"Training › "_s + job));
    QVERIFY(choose(editor->fieldCombo(), u"Utilization"_s));
    auto *percent = qobject_cast<QDoubleSpinBox *>(editor->valueEditor()->input());
    QVERIFY(percent);
    QCOMPARE(percent->suffix(), u" %"_s);
    percent->setValue(60.0);
    QTest::mouseClick(button("addOverride"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->valueAt(1), QByteArray("0.6"));
    const QModelIndex utilization = model->index(1, OverrideTableModel::Value);
    table->setCurrentIndex(utilization);
    table->edit(utilization);
    cell = table->viewport()->findChild<FieldValueEditor *>();
    QVERIFY(cell);
    auto *box = qobject_cast<QDoubleSpinBox *>(cell->input());
    QVERIFY(box);
    QCOMPARE(box->value(), 60.0);
    box->selectAll();
    QTest::keyClicks(box, u"85"_s);
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(model->valueAt(1), QByteArray("0.85")); // committed by the view, queued
    QVERIFY2(model->index(1, OverrideTableModel::Value).data().toString().endsWith(u"→ 85 %"_s),
             qPrintable(model->index(1, OverrideTableModel::Value).data().toString()));
    QCOMPARE(view()->advisor()->evaluation().estimate.stages[2].components[1].name, job);
    // As in the plan's forms, consecutive edits of one field are one undo step.
    document->undo();
    QCOMPARE(model->rowCount(), 1);
    document->redo();
    QCOMPARE(model->valueAt(1), QByteArray("0.85"));
}

void TestWhatIf::badOverridePathFromFileKeepsItsRow()
{
    // A hand-written file: an override of a component the plan no longer has, and one of a
    // field no form shows. Both rows stay, as written; the first says what is wrong.
    QFile example(test::sourcePath(u"data/examples/bert-finetune-realtime.greenprint"_s));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(example.readAll()).object();
    QJsonArray scenarios = root[u"scenarios"_s].toArray();
    QJsonObject first = scenarios[0].toObject();
    first[u"overrides"_s] = QJsonArray{
        QJsonObject{{u"path"_s, u"stages[2].components[9].instance"_s},
                    {u"value"_s, u"p5.48xlarge"_s}},
        QJsonObject{{u"path"_s, u"settings.marketBasedYear"_s}, {u"value"_s, 2022}},
    };
    scenarios[0] = first;
    root[u"scenarios"_s] = scenarios;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hand-written.greenprint"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();
    QVERIFY(m_window->document()->load(path));
    view()->advisor()->setCurrentScenario(0);
    OverrideEditor *editor = showOverrides();
    auto *model = qobject_cast<OverrideTableModel *>(editor->view()->model());
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, OverrideTableModel::Path).data().toString(),
             u"stages[2].components[9].instance"_s);
    QVERIFY(!model->index(0, OverrideTableModel::Path)
                 .data(OverrideTableModel::KnownFieldRole)
                 .toBool());
    QVERIFY2(model->problemAt(0).contains(u"out of range"_s), qPrintable(model->problemAt(0)));
    QVERIFY(model->index(0, OverrideTableModel::Path).flags() & Qt::ItemIsEditable);
    QCOMPARE(model->index(1, OverrideTableModel::Path).data().toString(),
             u"settings.marketBasedYear"_s);
    QVERIFY(editor->errorLabel()->isVisible());
    // Saved back, nothing is lost.
    const QString again = dir.filePath(u"again.greenprint"_s);
    QVERIFY(m_window->document()->save(again));
    QFile saved(again);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonArray kept = QJsonDocument::fromJson(saved.readAll())
                                .object()[u"scenarios"_s]
                                .toArray()[0]
                                .toObject()[u"overrides"_s]
                                .toArray();
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept[0].toObject()[u"path"_s].toString(), u"stages[2].components[9].instance"_s);
    // Corrected in its row, as a path: then it reads in words.
    QVERIFY(model->setData(model->index(0, OverrideTableModel::Path),
                           u"stages[2].components[0].instance"_s));
    QVERIFY(model->problemAt(0).isEmpty());
    QVERIFY(model->index(0, OverrideTableModel::Path)
                .data()
                .toString()
                .endsWith(u" · Instance type"_s));
}

void TestWhatIf::fieldLabelsReadWithoutMnemonics_data()
{
    QTest::addColumn<QString>("formLabel");
    QTest::addColumn<QString>("plain");
    QTest::newRow("en") << u"&Hours:"_s << u"Hours"_s;
    QTest::newRow("inside") << u"P&UE override:"_s << u"PUE override"_s;
    QTest::newRow("fr") << u"&Nombre :"_s << u"Nombre"_s;
    QTest::newRow("ja") << u"リージョンの上書き(&R):"_s << u"リージョンの上書き"_s;
    QTest::newRow("ja full-width colon") << u"時間(&H)："_s << u"時間"_s;
    QTest::newRow("no label") << u"Embodied:"_s << u"Embodied"_s;
}

void TestWhatIf::fieldLabelsReadWithoutMnemonics()
{
    QFETCH(QString, formLabel);
    QTEST(FieldDescriptor::plainLabel(formLabel), "plain");
}

void TestWhatIf::invalidOverrideShowsItsError()
{
    OverrideEditor *editor = showOverrides();
    const QString name = m_window->document()->project().scenarios[0].name;
    QVERIFY(view()->advisor()->evaluation().ok);
    QVERIFY(editor->errorLabel()->isHidden());
    // A raw JSON path is the advanced option; text needs no quotes there either.
    QVERIFY(!editor->pathEdit()->isVisible());
    QTest::mouseClick(editor->rawToggle(), Qt::LeftButton);
    QVERIFY(editor->pathEdit()->isVisible());
    QTest::keyClicks(editor->pathEdit(), u"stages[3].region"_s);
    QTest::keyClicks(editor->valueEdit(), u"eu-north-1"_s);
    QTest::mouseClick(button("addRawOverride"), Qt::LeftButton);
    QVERIFY(view()->advisor()->evaluation().ok);
    auto *model = qobject_cast<OverrideTableModel *>(editor->view()->model());
    QCOMPARE(model->valueAt(model->rowCount() - 1), QByteArray("\"eu-north-1\""));
    m_window->document()->undo();
    QTest::keyClicks(editor->pathEdit(), u"stages[2].components[0].count"_s);
    QTest::keyClicks(editor->valueEdit(), u"-1"_s);
    QTest::mouseClick(button("addRawOverride"), Qt::LeftButton);
    QVERIFY(!view()->advisor()->evaluation().ok);
    QVERIFY(editor->errorLabel()->isVisible());
    const QString error = editor->errorLabel()->text();
    QVERIFY2(error.contains(u"stages[2].components[0].count"_s), qPrintable(error));
    QVERIFY2(error.contains(name), qPrintable(error));
    QVERIFY2(error.contains(u"must be an integer >= 1"_s), qPrintable(error));
    QVERIFY(view()->totalLabel()->text().contains(u"cannot be applied"_s));
    QVERIFY(std::isnan(view()->deltaTable()->value(DeltaTable::Carbon, DeltaTable::Scenario)));
    m_window->document()->undo();
    QVERIFY(view()->advisor()->evaluation().ok);
    QVERIFY(editor->errorLabel()->isHidden());
}

void TestWhatIf::openUnestimable(const QString &name)
{
    QVERIFY(m_window->document()->load(
        test::sourcePath(u"tests/data/cli/unestimable-scenarios.greenprint"_s)));
    QComboBox *combo = view()->selector()->combo();
    const int index = combo->findText(name);
    QVERIFY2(index >= 0, qPrintable(name));
    combo->setCurrentIndex(index);
    QTRY_COMPARE(view()->advisor()->evaluation().name, name);
}

void TestWhatIf::unestimableScenarioShowsNoSaving()
{
    // The endpoint moved to an instance whose accelerator has no published peak: its work
    // cannot be sized, so the scenario's totals are partial sums and must not read as savings.
    openUnestimable(u"Serve on the lab GPU"_s);
    const ScenarioEvaluation &e = view()->advisor()->evaluation();
    QVERIFY(e.ok);
    QCOMPARE(e.status(), FigureStatus::NotEstimated);
    QVERIFY(!e.carbonComparable());
    const QString total = view()->totalLabel()->text();
    QVERIFY2(total.contains(u"cannot be estimated"_s), qPrintable(total));
    QVERIFY2(!total.contains(u'%'), qPrintable(total));
    DeltaTable *delta = view()->deltaTable();
    for (DeltaTable::Row row : {DeltaTable::Energy, DeltaTable::Carbon, DeltaTable::Cost}) {
        QCOMPARE(delta->text(row, DeltaTable::Scenario), u"not estimated"_s);
        QCOMPARE(delta->text(row, DeltaTable::Change), u"not estimated"_s);
        QVERIFY(std::isnan(delta->value(row, DeltaTable::Change)));
        QVERIFY(!std::isnan(delta->value(row, DeltaTable::Baseline)));
    }
    QVERIFY(
        delta->item(DeltaTable::Carbon, DeltaTable::Change)->toolTip().contains(u"throughput"_s));
    const QString notes = view()->notesLabel()->text();
    QVERIFY2(notes.contains(u"not estimated: "_s) && notes.contains(u"stages[3].components[0]"_s),
             qPrintable(notes));
    // The override's Problem column says why.
    auto *overrides = qobject_cast<OverrideTableModel *>(view()->overrideEditor()->view()->model());
    QVERIFY(overrides);
    QCOMPARE(overrides->rowCount(), 1);
    const QString problem = overrides->problemAt(0);
    QVERIFY2(problem.contains(u"not estimated"_s), qPrintable(problem));
    // Charts: no scenario bar in the stage comparison, the waterfall's last bar is empty.
    const std::vector<double> steps = view()->waterfall()->contributions();
    QVERIFY(!steps.empty());
    QVERIFY(std::isnan(steps.back()));
    QVERIFY(view()->waterfall()->categories().back().contains(u"not estimated"_s));
}

void TestWhatIf::missingPriceShowsCostUnknown()
{
    // A CPU node with no price: energy and carbon stand, the cost and its change are unknown.
    openUnestimable(u"Build features on the lab CPU node"_s);
    const ScenarioEvaluation &e = view()->advisor()->evaluation();
    QCOMPARE(e.status(), FigureStatus::CostUnknown);
    QVERIFY(e.carbonComparable());
    QVERIFY(!e.costComparable());
    DeltaTable *delta = view()->deltaTable();
    QCOMPARE(delta->text(DeltaTable::Cost, DeltaTable::Scenario), u"unknown"_s);
    QCOMPARE(delta->text(DeltaTable::Cost, DeltaTable::Change), u"unknown"_s);
    QVERIFY(!std::isnan(delta->value(DeltaTable::Carbon, DeltaTable::Change)));
    QVERIFY(view()->notesLabel()->text().contains(u"cost unknown"_s));
    QVERIFY(view()->totalLabel()->text().contains(u'%'));

    // A scenario that moves a region only: every figure stands.
    openUnestimable(u"Build features in Stockholm"_s);
    QCOMPARE(view()->advisor()->evaluation().status(), FigureStatus::Known);
    QVERIFY(!std::isnan(delta->value(DeltaTable::Cost, DeltaTable::Change)));
    QVERIFY(view()->advisor()->evaluation().invalidReasons.isEmpty());
}

void TestWhatIf::infeasibleHardwareIsNotOffered()
{
    // The walk plan with the fine-tune moved to 34 x g4dn.xlarge (16 GB T4s, no fast
    // interconnect) and the endpoint cut to one busy g5.xlarge.
    QTemporaryDir dir;
    const QString path = editedWalk(dir, [](QJsonObject &root) {
        QJsonArray stages = root[u"stages"_s].toArray();
        const auto edit = [&](int stage, const QString &key, const QJsonValue &value) {
            QJsonObject s = stages[stage].toObject();
            QJsonArray components = s[u"components"_s].toArray();
            QJsonObject c = components[0].toObject();
            c[key] = value;
            components[0] = c;
            s[u"components"_s] = components;
            stages[stage] = s;
        };
        edit(2, u"instance"_s, u"g4dn.xlarge"_s);
        edit(2, u"count"_s, 34);
        edit(3, u"count"_s, 1);
        root[u"stages"_s] = stages;
    });
    QVERIFY(m_window->document()->load(path));

    // Where the user looks for the options: the notes say what the plan itself cannot do ...
    QTRY_VERIFY(view()->notesLabel()->text().contains(u"cannot run as written"_s));
    const QString notes = view()->notesLabel()->text();
    QVERIFY2(notes.contains(u"128 GB"_s) && notes.contains(u"interconnect"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"above the 70 %"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"16 bytes per parameter"_s), qPrintable(notes));
    // ... no offered suggestion runs a job where it cannot run ...
    const Feasibility feasibility(test::builtReferenceData());
    for (const Suggestion &s : view()->advisor()->suggestions()) {
        Project copy = m_window->document()->project();
        ProjectEdit change(copy);
        if (s.change)
            s.change(change);
        change.finish();
        QVERIFY2(feasibility.changedComponents(m_window->document()->project(), copy).isEmpty(),
                 qPrintable(s.title));
    }
    // ... and the Pareto panel counts the options it leaves out, with the reasons on hover.
    ParetoPanel *pareto = view()->paretoPanel();
    pareto->setStage(static_cast<int>(StageKind::Training));
    pareto->flush();
    QLabel *note = pareto->noteLabel();
    QVERIFY2(note->text().contains(u"not offered"_s), qPrintable(note->text()));
    QVERIFY2(note->toolTip().contains(u"g4dn.2xlarge"_s), qPrintable(note->toolTip()));
    for (const ParetoChart::Point &p : pareto->chart()->points())
        QVERIFY2(p.current || !p.label.contains(u"g4dn.xlarge"_s), qPrintable(p.label));
}

void TestWhatIf::manyPlanProblemsShowTheFirstFew()
{
    // Ten copies of the walk's fine-tune on 34 x g4dn.xlarge: ten components that cannot run
    // as written. The notes show six of them and count the rest.
    QTemporaryDir dir;
    const QString path = editedWalk(dir, [](QJsonObject &root) {
        QJsonArray stages = root[u"stages"_s].toArray();
        QJsonObject stage = stages[2].toObject();
        QJsonArray components = stage[u"components"_s].toArray();
        QJsonObject job = components[0].toObject();
        job[u"instance"_s] = u"g4dn.xlarge"_s;
        job[u"count"_s] = 34;
        components = QJsonArray();
        for (int i = 1; i <= 10; ++i) {
            job[u"name"_s] = u"Fine-tune copy %1"_s.arg(i);
            components.append(job);
        }
        stage[u"components"_s] = components;
        stages[2] = stage;
        root[u"stages"_s] = stages;
    });
    QVERIFY(m_window->document()->load(path));
    QTRY_VERIFY(view()->notesLabel()->text().contains(u"cannot run as written"_s));
    QTRY_VERIFY(!view()->advisor()->isComputing());
    QCOMPARE(view()->advisor()->planProblems().size(), 10);
    const QString notes = view()->notesLabel()->text();
    QCOMPARE(notes.count(u"cannot run as written"_s), 6);
    QVERIFY2(notes.contains(u"Fine-tune copy 6:"_s) && !notes.contains(u"Fine-tune copy 7:"_s),
             qPrintable(notes));
    QVERIFY2(notes.contains(u"4 more problem"_s), qPrintable(notes));
}

void TestWhatIf::hardwareTheRegionLacksIsHeldBackWithWhy()
{
    // The walk in Frankfurt (eu-central-1), which offers neither trn1, trn2, p5 nor p5e (EC2
    // offerings of 2026-08-01): no row of the suggestion list moves the fine-tune there, the
    // notes say why each was held back, and the whole plan still goes to Stockholm on p5.
    QVERIFY(
        m_window->document()->load(test::sourcePath(u"tests/data/cli/walk-plan-eu.greenprint"_s)));
    QTRY_VERIFY(!view()->advisor()->suggestions().empty());
    SuggestionListModel *model = view()->suggestionModel();
    for (const QString &id :
         {u"trainium/training/0"_s, u"trainium/training/0/trn2"_s,
          u"gpu-generation/training/0/p5"_s, u"gpu-generation/training/0/p5e"_s})
        QVERIFY2(model->rowOf(id) < 0, qPrintable(id));
    const QString notes = view()->notesLabel()->text();
    for (const QString &type : {u"trn1.32xlarge"_s, u"trn2.48xlarge"_s, u"p5.48xlarge"_s})
        QVERIFY2(notes.contains(type + u" is not offered in eu-central-1"_s), qPrintable(notes));
    const auto &offered = view()->advisor()->suggestions();
    const auto best = std::find_if(offered.begin(), offered.end(),
                                   [](const Suggestion &s) { return s.wholePlan; });
    QVERIFY(best != offered.end());
    QVERIFY2(best->id.startsWith(u"plan/eu-north-1/gpu-generation/training/0/p5"_s),
             qPrintable(best->id));
    QVERIFY(model->rowOf(best->id) >= 0);
    // The whole plan's front combines the held-back p5 move in Stockholm as well.
    ParetoPanel *pareto = view()->paretoPanel();
    pareto->setStage(ParetoPanel::kWholePlan);
    pareto->flush();
    const auto &points = pareto->chart()->points();
    QVERIFY(std::any_of(points.begin(), points.end(), [](const ParetoChart::Point &p) {
        return p.label.contains(u"(eu-north-1)"_s) && p.label.contains(u"p5.48xlarge"_s);
    }));
    for (const ParetoChart::Point &p : points)
        QVERIFY2(!p.label.contains(u"(eu-central-1) on"_s) || !p.label.contains(u"p5."_s),
                 qPrintable(p.label));
}

void TestWhatIf::rightHardwareIsSuggestedWhereItSaves()
{
    // The walk where its Region offers the hardware: in N. Virginia (us-east-1) the fine-tune
    // on p4d is offered Trainium (trn1.32xlarge) and p5; with the chat endpoint on three
    // g5.xlarge (41 % busy) two Inferentia2 chips serve it 40 % busy. Each row saves carbon.
    QTemporaryDir dir;
    const QString path = editedWalk(dir, [](QJsonObject &root) {
        root[u"region"_s] = u"us-east-1"_s;
        QJsonArray stages = root[u"stages"_s].toArray();
        QJsonObject inference = stages[3].toObject();
        QJsonArray components = inference[u"components"_s].toArray();
        QJsonObject endpoint = components[0].toObject();
        endpoint[u"count"_s] = 3;
        components[0] = endpoint;
        inference[u"components"_s] = components;
        stages[3] = inference;
        root[u"stages"_s] = stages;
    });
    QVERIFY(m_window->document()->load(path));
    QTRY_VERIFY(!view()->advisor()->suggestions().empty());
    SuggestionListModel *model = view()->suggestionModel();
    const auto check = [model](const QString &id, const QString &type) {
        const int row = model->rowOf(id);
        QVERIFY2(row >= 0, qPrintable(id));
        const QString title = model->index(row, SuggestionListModel::Title).data().toString();
        QVERIFY2(title.contains(type), qPrintable(title));
        QVERIFY2(model->index(row, SuggestionListModel::Co2eSaved)
                         .data(SuggestionListModel::ValueRole)
                         .toDouble()
                     > 0.0,
                 qPrintable(title));
    };
    check(u"trainium/training/0"_s, u"trn1.32xlarge"_s);
    check(u"gpu-generation/training/0/p5"_s, u"p5.48xlarge"_s);
    check(u"inferentia/inference/0"_s, u"2 x inf2.xlarge"_s);
}

void TestWhatIf::sameSuggestionOnSeveralComponentsIsOneRow()
{
    // Four notebooks left running idle: one row with a count, ticked and undone at once.
    QVERIFY(m_window->document()->load(test::sourcePath(u"tests/data/cli/walk-plan.greenprint"_s)));
    QTest::mouseClick(button("newScenario"), Qt::LeftButton);
    QTRY_VERIFY(view()->advisor()->currentScenario() >= 0);
    SuggestionListModel *model = view()->suggestionModel();
    const int row = model->rowOf(u"idle-notebook/model-building/0"_s);
    QVERIFY(row >= 0);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(model->rowOf(u"idle-notebook/model-building/%1"_s.arg(i)), row);
    QCOMPARE(model->index(row, 0).data(SuggestionListModel::CountRole).toInt(), 4);
    const QString title = model->index(row, SuggestionListModel::Title).data().toString();
    // Titled by the practice and the count; the tooltip names the four notebooks.
    QVERIFY2(title.startsWith(u"Stop idle notebooks automatically (4 component"_s),
             qPrintable(title));
    const QString tip =
        model->index(row, SuggestionListModel::Title).data(Qt::ToolTipRole).toString();
    for (int i = 1; i <= 4; ++i)
        QVERIFY2(tip.contains(u"Notebook %1 (t3.xlarge)"_s.arg(i)), qPrintable(tip));
    // Its saving is the four on one copy, not a sum of deltas.
    const ReferenceData &ref = test::builtReferenceData();
    const Project baseline = m_window->document()->project();
    const Advisor advisor(ref);
    std::vector<Suggestion> notebooks;
    for (const Suggestion &s : advisor.suggest(baseline)) {
        if (s.ruleId == u"idle-notebook")
            notebooks.push_back(s);
    }
    QCOMPARE(int(notebooks.size()), 4);
    GP_COMPARE_NEAR(model->index(row, SuggestionListModel::Co2eSaved)
                        .data(SuggestionListModel::ValueRole)
                        .toDouble(),
                    advisor.combine(baseline, notebooks).savings.co2e.kg, 1e-9, 1e-9);
    // The public dataset and the accuracy-dependent ones ask instead of ranking.
    const int question = model->rowOf(u"public-dataset/data-processing/-"_s);
    QVERIFY(question >= 0);
    QCOMPARE(model->index(question, 0).data(SuggestionListModel::SectionRole).toInt(),
             int(SuggestionSection::Question));
    QVERIFY(
        model->index(question, 0).data(Qt::ToolTipRole).toString().contains(u"public dataset"_s));

    const int before = m_window->document()->undoStack()->count();
    toggleRow(row);
    QCOMPARE(m_window->document()->undoStack()->count(), before + 1);
    const Scenario &scenario = m_window->document()
                                   ->project()
                                   .scenarios[std::size_t(view()->advisor()->currentScenario())];
    for (const Suggestion &s : notebooks)
        QVERIFY2(scenario.suggestions.contains(s.id), qPrintable(s.id));
    QCOMPARE(model->index(row, SuggestionListModel::Apply).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    m_window->document()->undo();
    for (const Suggestion &s : notebooks) {
        QVERIFY(!m_window->document()
                     ->project()
                     .scenarios[std::size_t(view()->advisor()->currentScenario())]
                     .suggestions.contains(s.id));
    }
}

void TestWhatIf::wholePlanScenarioInOneClick()
{
    // The walk with EU-only residency: the whole-plan front offers EU regions only, and one
    // click on a point adds it as a scenario whose figures are the point's.
    QVERIFY(
        m_window->document()->load(test::sourcePath(u"tests/data/cli/walk-plan-eu.greenprint"_s)));
    QTRY_VERIFY(!view()->advisor()->suggestions().empty());
    const auto &offered = view()->advisor()->suggestions();
    QVERIFY(std::any_of(offered.begin(), offered.end(), [](const Suggestion &s) {
        return s.wholePlan && s.title.startsWith(u"Everything in"_s);
    }));
    ParetoPanel *pareto = view()->paretoPanel();
    pareto->setStage(ParetoPanel::kWholePlan);
    QCOMPARE(pareto->stageCombo()->currentText(), u"Whole plan"_s);
    pareto->flush();
    QVERIFY(pareto->pointCount() > 1);
    ParetoChart *chart = pareto->chart();
    const QStringList eu = m_window->document()->project().constraints.allowedRegions;
    int target = -1;
    for (int i = 0; i < int(chart->points().size()); ++i) {
        const ParetoChart::Point &p = chart->points()[std::size_t(i)];
        if (p.current)
            continue;
        QVERIFY2(p.label.startsWith(u"Everything in"_s), qPrintable(p.label));
        QVERIFY2(std::any_of(eu.begin(), eu.end(),
                             [&p](const QString &r) { return p.label.contains(u'(' + r + u')'); }),
                 qPrintable(p.label));
        target = i;
    }
    QVERIFY(target >= 0);
    QVERIFY2(pareto->noteLabel()->text().contains(u"whole plan"_s),
             qPrintable(pareto->noteLabel()->text()));
    // Types a region does not offer are counted, with the reason on hover.
    QVERIFY2(pareto->noteLabel()->toolTip().contains(u"is not offered in"_s),
             qPrintable(pareto->noteLabel()->toolTip()));

    // Markers of close points overlap: click the one farthest from its neighbours on screen.
    const auto screen = [chart](const ParetoChart::Point &p) {
        return chart->chart()->mapToPosition(chart->plotPosition(p));
    };
    double room = -1.0;
    const auto plan = std::find_if(chart->points().begin(), chart->points().end(),
                                   [](const ParetoChart::Point &p) { return p.current; });
    QVERIFY(plan != chart->points().end());
    const double planKg = plan->co2e; // the plan as it is, beaten: shown as a square
    for (int i = 0; i < int(chart->points().size()); ++i) {
        const ParetoChart::Point &p = chart->points()[std::size_t(i)];
        if (p.current || p.co2e >= planKg)
            continue;
        double nearest = 1e9;
        for (const ParetoChart::Point &q : chart->points()) {
            if (&q != &p)
                nearest = std::min(nearest, QLineF(screen(p), screen(q)).length());
        }
        if (nearest > room) {
            room = nearest;
            target = i;
        }
    }
    QVERIFY(!chart->points()[std::size_t(target)].current);
    const int before = int(m_window->document()->project().scenarios.size());
    QSignalSpy created(pareto, &ParetoPanel::scenarioCreated);
    const QPointF scene = chart->chart()->mapToScene(
        chart->chart()->mapToPosition(chart->plotPosition(chart->points()[std::size_t(target)])));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->mapFromScene(scene));
    QCOMPARE(created.count(), 1);
    QCOMPARE(int(m_window->document()->project().scenarios.size()), before + 1);
    const Scenario &made = m_window->document()->project().scenarios.back();
    // The scenario is the clicked point (close markers overlap: the nearest one is taken).
    const auto clicked =
        std::find_if(chart->points().begin(), chart->points().end(),
                     [&made](const ParetoChart::Point &p) { return p.label == made.name; });
    QVERIFY2(clicked != chart->points().end(), qPrintable(made.name));
    const ParetoChart::Point point = *clicked;
    QCOMPARE(made.suggestions.size(), 1);
    QVERIFY2(PlanSearch::isPlanId(made.suggestions.front()), qPrintable(made.suggestions.front()));
    QVERIFY(made.overrides.empty());
    QCOMPARE(view()->selector()->combo()->currentText(), made.name);
    const ScenarioEvaluation &evaluation = view()->advisor()->evaluation();
    QVERIFY(evaluation.ok);
    QVERIFY(evaluation.violations.isEmpty());
    QVERIFY(evaluation.scenario.co2e.kg < evaluation.baseline.co2e.kg);
    GP_COMPARE_NEAR(evaluation.scenario.co2e.kg, point.co2e, 1e-6, 0.0); // display unit: kg
    m_window->document()->undo();
    QCOMPARE(int(m_window->document()->project().scenarios.size()), before);
}

void TestWhatIf::wholePlanRowAddedAsAScenario()
{
    // A ready whole-plan scenario of the suggestion list becomes a scenario in one action.
    QVERIFY(
        m_window->document()->load(test::sourcePath(u"tests/data/cli/walk-plan-eu.greenprint"_s)));
    QTRY_VERIFY(!view()->advisor()->suggestions().empty());
    QTableView *table = view()->suggestionView();
    QAction *add = view()->addScenarioAction();
    QVERIFY(table->actions().contains(add));
    int planRow = -1;
    int otherRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString stage =
            table->model()->index(row, SuggestionListModel::Stage).data().toString();
        if (stage == u"Whole plan"_s && planRow < 0)
            planRow = row;
        else if (stage != u"Whole plan"_s && otherRow < 0)
            otherRow = row;
    }
    QVERIFY(planRow >= 0 && otherRow >= 0);
    table->setCurrentIndex(table->model()->index(otherRow, SuggestionListModel::Title));
    QVERIFY(!add->isEnabled()); // only whole-plan rows are ready scenarios
    table->setCurrentIndex(table->model()->index(planRow, SuggestionListModel::Title));
    QVERIFY(add->isEnabled());
    const QString title =
        table->model()->index(planRow, SuggestionListModel::Title).data().toString();
    const QString id =
        table->model()->index(planRow, 0).data(SuggestionListModel::IdRole).toString();
    const int before = int(m_window->document()->project().scenarios.size());
    add->trigger();
    QCOMPARE(int(m_window->document()->project().scenarios.size()), before + 1);
    const Scenario &made = m_window->document()->project().scenarios.back();
    QCOMPARE(made.name, title);
    QCOMPARE(made.suggestions, QStringList{id});
    QCOMPARE(view()->selector()->combo()->currentText(), title);
    QCOMPARE(m_window->document()->undoStack()->undoText(), u"Add whole-plan scenario"_s);
    const ScenarioEvaluation &evaluation = view()->advisor()->evaluation();
    QVERIFY(evaluation.ok);
    const Suggestion *offered = view()->advisor()->suggestion(id);
    QVERIFY(offered);
    GP_COMPARE_NEAR(evaluation.baseline.co2e.kg - evaluation.scenario.co2e.kg,
                    offered->savings.co2e.kg, 1e-9, 1e-6);
    m_window->document()->undo();
    QCOMPARE(int(m_window->document()->project().scenarios.size()), before);
}

QTEST_MAIN(TestWhatIf)
#include "tst_whatif.moc"
