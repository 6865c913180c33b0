// SPDX-License-Identifier: GPL-3.0-or-later
// The planner window driven through its real widgets (offscreen).
#include "gui/backgroundread.h"
#include "gui/editactions.h"
#include "gui/fileactions.h"
#include "gui/mainwindow.h"
#include "i18n/languagemanager.h"
#include "charts/dashboard.h"
#include "commands/componentcommands.h"
#include "commands/componentfields.h"
#include "dialogs/regionpickerdialog.h"
#include "strictqtest.h"
#include "views/assumptionsview.h"
#include "views/regionmap.h"
#include "itemmodels/regiontablemodel.h"
#include "views/componentform.h"
#include "views/projectform.h"
#include "views/editorpanel.h"
#include "views/stagenavigator.h"

#include "advisor/regionranking.h"
#include "commands/projectfields.h"
#include "commands/workfields.h"
#include "domain/referencedata.h"

#include "../models/referencedb.h"
#include "../models/referencefixture.h"
#include "../models/sampleproject.h"

#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "domain/estimate.h"
#include "tolerance.h"
#include "io/projectwriter.h"

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

namespace {

/**
 * Closes the next modal message box with `button`, remembering its text
 * (Okular's closedialoghelper idea): polls until a QMessageBox is active.
 */
class MessageBoxCloser : public QObject
{
public:
    explicit MessageBoxCloser(QMessageBox::StandardButton button)
        : m_button(button)
    {
        QTimer::singleShot(0, this, &MessageBoxCloser::poll);
    }

    bool seen() const { return m_seen; }
    QString text() const { return m_text; }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, this, &MessageBoxCloser::poll);
            return;
        }
        m_seen = true;
        m_text = box->text() + u'\n' + box->informativeText();
        if (QAbstractButton *b = box->button(m_button))
            b->click();
        else
            box->reject();
    }

    QMessageBox::StandardButton m_button;
    bool m_seen = false;
    QString m_text;
};

} // namespace

class TestMainWindow : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void changeCountUpdatesTotal();
    void dashboardSaysEstimatingWhileAnEstimateIsPending();
    void closingWhileEstimatingWaitsForTheWorkers();
    void undoAndRedoThroughTheMenu();
    void openEditSaveReopen();
    void invalidFileShowsErrorsAndKeepsProject();
    void titleShowsModified();
    void closeWithUnsavedChangesAsks();
    void addDuplicateRemoveComponents();
    void goToFieldFocusesEditor();
    void totalsShowBandAndMarketBased();
    void perUnitFiguresIncludeTokensServed();
    void regionRankingNeverShowsAnotherPlan();
    void changingMethodologyChangesTotal();
    void projectSettingsAreUndoable();
    void switchingJobToWorkShowsDerivedHours();
    void endpointFormShowsOnlyWhatTheWorkUses();
    void switchingWorkToHoursKeepsDerivedHours();
    void parameterCountsStayExact_data();
    void parameterCountsStayExact();
    void assumptionsAreListed();
    void regionMapSelectsRegions();
    void largeFileIsReadInBackground();
    void fitsASmallScreen_data();
    void fitsASmallScreen();

private:
    QString writeSample(const QString &name);
    /** A window on the built reference data with the BERT example open. */
    std::unique_ptr<MainWindow> openExample();
    QSpinBox *countBox() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("greenprint-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    StrictTestCase::init();
    m_window = std::make_unique<MainWindow>(test::makeReferenceFixture());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no "unsaved changes" question on close
    m_window.reset();
}

QString TestMainWindow::writeSample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    ProjectWriter writer;
    if (!writer.writeFile(test::makeSampleProject(), path))
        qWarning() << writer.errorString();
    return path;
}

QSpinBox *TestMainWindow::countBox() const
{
    return m_window->editorPanel()
        ->componentForm(ComponentType::Compute)
        ->findChild<QSpinBox *>(QStringLiteral("count"));
}

void TestMainWindow::changeCountUpdatesTotal()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("count.greenprint"))));
    m_window->navigator()->selectComponent({2, 0}); // Train: 2 x test.gpu
    QSpinBox *count = countBox();
    QVERIFY(count);
    QTRY_VERIFY(count->isVisible());
    QCOMPARE(count->value(), 2);

    QLabel *carbon = m_window->dashboard()->carbonLabel();
    const QString before = carbon->text();
    QVERIFY(before.contains(QStringLiteral("CO2e")));
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("12"));
    QTRY_COMPARE(count->value(), 12);
    QTRY_VERIFY(carbon->text() != before);
    QCOMPARE(std::get<ComputeSpec>(m_window->document()->component({2, 0})->spec).count, 12);
    // Typing "1" then "12" is one undo step.
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(m_window->document()->undoStack()->undoText(),
             QStringLiteral("Change instance count"));
}

void TestMainWindow::dashboardSaysEstimatingWhileAnEstimateIsPending()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("pending.greenprint"))));
    // A large plan is estimated on a worker; this one is made to be, whatever its size.
    m_window->liveEstimate()->setSynchronousLimit(0);
    QLabel *carbon = m_window->dashboard()->carbonLabel();
    QWidget *stageChart = m_window->dashboard()->stageChart();
    const QString before = carbon->text();
    QVERIFY(before.contains(QStringLiteral("CO2e")));
    QVERIFY(stageChart->isEnabled());
    m_window->document()->undoStack()->push(
        new ChangeValue<ComponentField::Count>(m_window->document(), {2, 0}, 12));
    // Not the old figure: the change is being estimated.
    QCOMPARE(carbon->text(), Dashboard::tr("estimating…"));
    QVERIFY(!stageChart->isEnabled());
    QTRY_VERIFY(carbon->text().contains(QStringLiteral("CO2e")));
    QVERIFY(carbon->text() != before);
    QVERIFY(stageChart->isEnabled());
    m_window->liveEstimate()->setSynchronousLimit(LiveEstimate::kSynchronousComponentLimit);
}

void TestMainWindow::closingWhileEstimatingWaitsForTheWorkers()
{
    // The workers read the window's reference data, which the window frees before the
    // objects that own them: closing must stop them first (a use after free otherwise).
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("closing.greenprint"))));
    m_window->liveEstimate()->setSynchronousLimit(0);
    for (int count = 3; count < 40; ++count) {
        m_window->document()->undoStack()->push(
            new ChangeValue<ComponentField::Count>(m_window->document(), {2, 0}, count));
        m_window->dashboard()->flushRegionRanking();
        m_window->document()->undoStack()->push(
            new ChangeValue<ComponentField::Count>(m_window->document(), {2, 0}, count + 1));
    }
    QVERIFY(m_window->liveEstimate()->isEstimating());
    m_window->document()->undoStack()->setClean();
    m_window.reset(); // a region ranking and an estimate are pending or running
    m_window = std::make_unique<MainWindow>(test::makeReferenceFixture()); // for cleanup()
}

void TestMainWindow::undoAndRedoThroughTheMenu()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("undo.greenprint"))));
    m_window->navigator()->selectComponent({2, 0});
    QSpinBox *count = countBox();
    QLabel *carbon = m_window->dashboard()->carbonLabel();
    const QString before = carbon->text();
    count->setValue(7);
    const QString after = carbon->text();
    QVERIFY(after != before);

    QAction *undo = m_window->editActions()->undoAction();
    QAction *redo = m_window->editActions()->redoAction();
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Change instance count"));
    undo->trigger();
    QCOMPARE(count->value(), 2);
    QCOMPARE(carbon->text(), before);
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(count->value(), 7);
    QCOMPARE(carbon->text(), after);

    // The standard shortcut reaches the same action.
    m_window->navigator()->view()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QTRY_COMPARE(count->value(), 2);
}

void TestMainWindow::openEditSaveReopen()
{
    const QString path = writeSample(QStringLiteral("reopen.greenprint"));
    QVERIFY(m_window->openFile(path));
    m_window->navigator()->selectComponent({2, 0});
    auto *hours = m_window->editorPanel()
                      ->componentForm(ComponentType::Compute)
                      ->findChild<QDoubleSpinBox *>(QStringLiteral("hours"));
    QVERIFY(hours);
    hours->setValue(33.5);
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->fileActions()->save());
    QVERIFY(!m_window->document()->isModified());

    MainWindow other(test::makeReferenceFixture());
    QVERIFY(other.openFile(path));
    GP_COMPARE_NEAR(std::get<ComputeSpec>(other.document()->component({2, 0})->spec).hours, 33.5,
                    1e-12, 0.0);
    QCOMPARE(other.dashboard()->carbonLabel()->text(),
             m_window->dashboard()->carbonLabel()->text());
}

void TestMainWindow::invalidFileShowsErrorsAndKeepsProject()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("keep.greenprint"))));
    const Project before = m_window->document()->project();
    const QString path = m_dir.filePath(QStringLiteral("broken.greenprint"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "greenprint-project", "formatVersion": 1, "name": 7,
                  "region": "r-a", "stages": 3})");
    file.close();

    MessageBoxCloser closer(QMessageBox::Ok);
    QVERIFY(!m_window->openFile(path));
    QVERIFY(closer.seen());
    QVERIFY2(closer.text().contains(QStringLiteral("name")), qPrintable(closer.text()));
    QVERIFY2(closer.text().contains(QStringLiteral("stages")), qPrintable(closer.text()));
    QVERIFY(m_window->document()->project() == before);
    QVERIFY(m_window->document()->filePath().endsWith(QStringLiteral("keep.greenprint")));
}

void TestMainWindow::titleShowsModified()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("title.greenprint"))));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("title.greenprint[*]")));
    QVERIFY(!m_window->isWindowModified());
    m_window->navigator()->selectComponent({2, 0});
    countBox()->setValue(3);
    QVERIFY(m_window->isWindowModified());
    m_window->document()->undo();
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::closeWithUnsavedChangesAsks()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("close.greenprint"))));
    m_window->navigator()->selectComponent({2, 0});
    countBox()->setValue(4);
    {
        MessageBoxCloser closer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(closer.seen());
        QVERIFY(m_window->isVisible());
    }
    {
        MessageBoxCloser closer(QMessageBox::Discard);
        QVERIFY(m_window->close());
        QVERIFY(closer.seen());
    }
}

void TestMainWindow::addDuplicateRemoveComponents()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("add.greenprint"))));
    m_window->navigator()->selectComponent({2, 0});
    EditActions *edit = m_window->editActions();
    const auto stageSize = [this] {
        return m_window->document()->project().stages[2].components.size();
    };
    edit->duplicateAction()->trigger();
    QCOMPARE(stageSize(), size_t(4));
    QCOMPARE(m_window->navigator()->currentComponent(), (ComponentRef{2, 1}));
    edit->addComponent(int(ComponentType::Storage));
    QCOMPARE(stageSize(), size_t(5));
    QCOMPARE(m_window->navigator()->currentComponent(), (ComponentRef{2, 2}));
    QCOMPARE(
        m_window->editorPanel()->currentForm(),
        static_cast<QWidget *>(m_window->editorPanel()->componentForm(ComponentType::Storage)));
    edit->removeAction()->trigger();
    QCOMPARE(stageSize(), size_t(4));
    edit->moveDownAction()->trigger();
    QCOMPARE(m_window->document()->undoStack()->count(), 4);
    for (int i = 0; i < 4; ++i)
        m_window->document()->undo();
    QVERIFY(m_window->document()->project().stages[2] == test::makeSampleProject().stages[2]);
}

void TestMainWindow::goToFieldFocusesEditor()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("goto.greenprint"))));
    QApplication::setActiveWindow(m_window.get());
    m_window->goToField(QStringLiteral("stages[3].components[0].utilization"));
    QCOMPARE(m_window->navigator()->currentComponent(), (ComponentRef{3, 0}));
    QWidget *utilization = m_window->editorPanel()
                               ->componentForm(ComponentType::Endpoint)
                               ->findChild<QWidget *>(QStringLiteral("utilization"));
    QTRY_VERIFY(utilization->hasFocus());
}

std::unique_ptr<MainWindow> TestMainWindow::openExample()
{
    auto window = std::make_unique<MainWindow>(test::builtReferenceData());
    window->show();
    if (!window->openFile(QStringLiteral(GREENPRINT_SOURCE_DIR
                                         "/data/examples/bert-finetune-realtime.greenprint")))
        return nullptr;
    return window;
}

namespace {

/** The chart's title on one line, and how many bars it draws (values of all its sets). */
std::pair<QString, int> chartShown(QWidget *widget)
{
    auto *view = qobject_cast<QChartView *>(widget);
    if (!view)
        return {};
    int bars = 0;
    const auto series = view->chart()->series();
    for (QAbstractSeries *s : series) {
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(s)) {
            const auto sets = barSeries->barSets();
            for (const QBarSet *set : sets)
                bars += set->count();
        }
    }
    return {view->chart()->title().simplified().replace(u"<br>"_s, u" "_s), bars};
}

} // namespace

void TestMainWindow::regionRankingNeverShowsAnotherPlan()
{
    // The walk: the BERT plan ranked in every region, then EU-only residency set. Right after
    // the edit, before any event is processed, the chart ranks the EU plan or says it is
    // computing: never "the lowest of 41" of the plan before.
    std::unique_ptr<MainWindow> window = openExample();
    QVERIFY(window);
    Dashboard *dashboard = window->dashboard();
    dashboard->flushRegionRanking();
    ProjectDocument *document = window->document();
    const ReferenceData &reference = window->liveEstimate()->reference();
    const auto everywhere = rankRegions(document->project(), reference);
    QVERIFY(everywhere.size() > 20);
    const auto [before, barsBefore] = chartShown(dashboard->regionChart());
    QVERIFY2(before.contains(u"every region"_s)
                 && before.contains(QString::number(everywhere.size())),
             qPrintable(before));
    QVERIFY(barsBefore > 0);

    QStringList europe;
    for (const RegionSpec &region : reference.regions) {
        if (region.partition == u"aws"_s && region.id.startsWith(u"eu-"_s))
            europe << region.id;
    }
    QVERIFY(europe.size() >= 5);
    document->undoStack()->push(
        new ChangeValue<ProjectField::AllowedRegions>(document, {}, europe));
    const auto allowed = rankRegions(document->project(), reference);
    QVERIFY(allowed.size() < everywhere.size());
    // A small plan is ranked at once: the constrained ranking, not the one before.
    QVERIFY(!dashboard->isRegionRankingPending());
    const auto [after, barsAfter] = chartShown(dashboard->regionChart());
    QVERIFY2(after.contains(u"constraints allow"_s)
                 && after.contains(u"lowest of %1 "_s.arg(allowed.size())),
             qPrintable(after));
    QVERIFY(barsAfter > 0);

    // Where ranking takes longer (forced here), the chart says it is computing, with no
    // bars, until the ranking of the current plan arrives.
    dashboard->setSynchronousRankingMs(-1);
    document->undo();
    QVERIFY(dashboard->isRegionRankingPending());
    const auto [pending, barsPending] = chartShown(dashboard->regionChart());
    QVERIFY2(pending.contains(u"computing"_s) && pending.contains(u"every region"_s),
             qPrintable(pending));
    QCOMPARE(barsPending, 0);
    dashboard->flushRegionRanking();
    QVERIFY(!dashboard->isRegionRankingPending());
    const auto [ranked, barsRanked] = chartShown(dashboard->regionChart());
    QCOMPARE(ranked, before);
    QCOMPARE(barsRanked, barsBefore);
    document->undoStack()->setClean();
}

void TestMainWindow::totalsShowBandAndMarketBased()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("band.greenprint"))));
    Dashboard *dashboard = m_window->dashboard();
    const QString band = dashboard->carbonBandLabel()->text();
    QVERIFY2(band.contains(u'–') && band.contains(QStringLiteral("CO2e")), qPrintable(band));
    const QString energyBand = dashboard->energyBandLabel()->text();
    QVERIFY2(energyBand.contains(u'–') && energyBand.contains(QStringLiteral("Wh")),
             qPrintable(energyBand));
    const QString market = dashboard->marketLabel()->text();
    QVERIFY2(market.contains(QStringLiteral("2023")) && market.contains(QStringLiteral("CO2e")),
             qPrintable(market));
    QVERIFY(dashboard->detailLabel()->text().contains(QStringLiteral("Greenprint")));
    QVERIFY(dashboard->carbonBandLabel()->isVisible());
}

void TestMainWindow::perUnitFiguresIncludeTokensServed()
{
    // The BERT example's endpoint states 256 tokens per request: the plan and its inference
    // stage are given per 1 M tokens served beside per 1,000 requests; the other stages not.
    std::unique_ptr<MainWindow> window = openExample();
    QVERIFY(window);
    QLabel *perUnit = window->dashboard()->perUnitLabel();
    QVERIFY(perUnit->isVisible());
    const QStringList parts = perUnit->text().split(QStringLiteral(" · "));
    QCOMPARE(parts.size(), 5); // the whole plan and its four stages
    QStringList withTokens;
    for (const QString &part : parts) {
        if (part.contains(QStringLiteral("CO2e and")) // a figure, never "not estimated"
            && part.contains(QStringLiteral("per 1 M tokens served")))
            withTokens << part.section(u':', 0, 0);
    }
    QCOMPARE(withTokens, (QStringList{u"Per unit of work (SCI)"_s, u"Inference"_s}));
    QVERIFY2(parts.front().contains(QStringLiteral("per 1,000 requests")),
             qPrintable(parts.front()));
}

void TestMainWindow::changingMethodologyChangesTotal()
{
    std::unique_ptr<MainWindow> window = openExample();
    QVERIFY(window);
    auto *methodology =
        window->projectForm()->findChild<QComboBox *>(QStringLiteral("methodology"));
    QVERIFY(methodology);
    QCOMPARE(methodology->count(), 3);
    QLabel *carbon = window->dashboard()->carbonLabel();
    const QString before = carbon->text();
    methodology->setCurrentIndex(1); // Cloud Carbon Footprint
    QCOMPARE(window->document()->project().settings.methodology, Methodology::CloudCarbonFootprint);
    QVERIFY2(carbon->text() != before, qPrintable(carbon->text()));
    QVERIFY(window->dashboard()->detailLabel()->text().contains(
        QStringLiteral("Cloud Carbon Footprint")));
    QCOMPARE(window->document()->undoStack()->undoText(), QStringLiteral("Change methodology"));
    window->document()->undo();
    QCOMPARE(carbon->text(), before);
    QCOMPARE(methodology->currentIndex(), 0);
    window->document()->undoStack()->setClean();
}

void TestMainWindow::projectSettingsAreUndoable()
{
    std::unique_ptr<MainWindow> window = openExample();
    QVERIFY(window);
    ProjectForm *form = window->projectForm();
    QUndoStack *stack = window->document()->undoStack();
    QLabel *carbon = window->dashboard()->carbonLabel();
    const QString before = carbon->text();

    auto *lifetime = form->findChild<QDoubleSpinBox *>(QStringLiteral("serverLifetimeYears"));
    QVERIFY(lifetime);
    QVERIFY(lifetime->suffix().contains(QStringLiteral("years")));
    lifetime->setValue(6.0);
    QCOMPARE(stack->undoText(), QStringLiteral("Change server lifetime"));
    QVERIFY(carbon->text() != before); // embodied spread over more years

    auto *dataset = form->findChild<QComboBox *>(QStringLiteral("gridDataset"));
    QVERIFY(dataset);
    QCOMPARE(dataset->count(), 4);
    QVERIFY(dataset->itemData(1, Qt::ToolTipRole).toString().contains(QStringLiteral("2023")));
    dataset->setCurrentIndex(3);
    QCOMPARE(window->document()->project().settings.gridDataset, GridDatasetChoice::OwidEmber);

    auto *year = form->findChild<QComboBox *>(QStringLiteral("marketBasedYear"));
    QVERIFY(year);
    year->setCurrentIndex(0);
    QCOMPARE(window->document()->project().settings.marketBasedYear, 2022);
    QVERIFY(window->dashboard()->marketLabel()->text().contains(QStringLiteral("2022")));

    auto *spot = form->findChild<QDoubleSpinBox *>(QStringLiteral("spotDiscountFraction"));
    QVERIFY(spot);
    spot->setValue(70.0);
    QVERIFY(window->document()->project().settings.spotDiscountFraction);
    GP_COMPARE_NEAR(*window->document()->project().settings.spotDiscountFraction, 0.7, 1e-12, 0.0);
    QCOMPARE(stack->count(), 4);
    for (int i = 0; i < 4; ++i)
        window->document()->undo();
    QCOMPARE(carbon->text(), before);
    QCOMPARE(lifetime->value(), 4.0);
    QVERIFY(!window->document()->isModified());
}

void TestMainWindow::switchingJobToWorkShowsDerivedHours()
{
    std::unique_ptr<MainWindow> window = openExample();
    QVERIFY(window);
    window->navigator()->selectComponent({2, 1}); // the tuning sweep states hours per trial
    ComponentForm *form = window->editorPanel()->componentForm(ComponentType::Tuning);
    auto *sizing = form->findChild<QComboBox *>(QStringLiteral("sizing"));
    auto *hours = form->findChild<QDoubleSpinBox *>(QStringLiteral("hoursPerTrial"));
    auto *derived = form->findChild<QLabel *>(QStringLiteral("derivedHours"));
    auto *parameters = form->findChild<QDoubleSpinBox *>(QStringLiteral("work.parameters"));
    QVERIFY(sizing && hours && derived && parameters);
    QTRY_VERIFY(hours->isVisible());
    QCOMPARE(sizing->currentIndex(), 0);
    QVERIFY(!derived->isVisible());
    // g5's A10G is sized from the NVIDIA A10 sibling's dense bf16 peak (125 TFLOPS).
    sizing->setCurrentIndex(1);
    QTRY_VERIFY(derived->isVisible());
    QVERIFY2(derived->text().contains(QStringLiteral("125 TFLOPS peak")),
             qPrintable(derived->text()));
    window->document()->undo();
    QCOMPARE(sizing->currentIndex(), 0);
    auto *instance = form->findChild<QLineEdit *>(QStringLiteral("instance"));
    instance->setText(QStringLiteral("p4d.24xlarge"));
    emit instance->editingFinished();
    QLabel *carbon = window->dashboard()->carbonLabel();
    const QString before = carbon->text();

    sizing->setCurrentIndex(1);
    QVERIFY(std::get<TuningSpec>(window->document()->component({2, 1})->spec).work);
    QTRY_VERIFY(derived->isVisible());
    QVERIFY(!hours->isVisible());
    QVERIFY(parameters->isVisible());
    const QString text = derived->text();
    QVERIFY2(text.contains(QStringLiteral(" h per trial"))
                 && text.contains(QStringLiteral("TFLOPS")) && text.contains(u'%'),
             qPrintable(text));
    QVERIFY(carbon->text() != before);

    // Twice the parameters: twice the hours, shown at once.
    const QString once = derived->text();
    parameters->setValue(parameters->value() * 2.0);
    QVERIFY(derived->text() != once);
    QCOMPARE(window->document()->undoStack()->undoText(),
             QStringLiteral("Change model parameters"));

    window->document()->undo();
    window->document()->undo();
    QCOMPARE(sizing->currentIndex(), 0);
    QVERIFY(hours->isVisible());
    QVERIFY(!derived->isVisible());
    QCOMPARE(carbon->text(), before);
    window->document()->undo(); // the instance
    QCOMPARE(instance->text(), QStringLiteral("g5.2xlarge"));
    QVERIFY(!window->document()->isModified());
}

// An endpoint sized from work: its utilization field counts for nothing (the work sets the busy
// hours and their load), a batch size only for requests decoded token by token, and a busy-time
// factor shows in the derived line with its source.
void TestMainWindow::endpointFormShowsOnlyWhatTheWorkUses()
{
    std::unique_ptr<MainWindow> window = openExample();
    QVERIFY(window);
    window->navigator()->selectComponent({3, 0}); // the real-time endpoint, sized from work
    ComponentForm *form = window->editorPanel()->componentForm(ComponentType::Endpoint);
    auto *utilization = form->findChild<QDoubleSpinBox *>(QStringLiteral("utilization"));
    auto *batch = form->findChild<QDoubleSpinBox *>(QStringLiteral("work.batchSize"));
    auto *output = form->findChild<QDoubleSpinBox *>(QStringLiteral("work.outputTokensPerRequest"));
    auto *factor = form->findChild<QDoubleSpinBox *>(QStringLiteral("work.busyTimeFactor"));
    auto *derived = form->findChild<QLabel *>(QStringLiteral("derivedHours"));
    QVERIFY(utilization && batch && output && factor && derived);
    QTRY_VERIFY(derived->isVisible());
    QVERIFY(factor->isVisible());
    QVERIFY(!utilization->isVisible());
    QVERIFY(!batch->isVisible());
    QVERIFY(!derived->text().contains(QStringLiteral("busy time ×")));

    output->setValue(32.0);
    QTRY_VERIFY(batch->isVisible());
    window->document()->undo();
    QTRY_VERIFY(!batch->isVisible());

    // A factor with its source, as an applied advisor copy has it; typed over, the source no
    // longer describes it; undone, both come back.
    const QString before = window->dashboard()->energyLabel()->text();
    WorkSpec compiled = *std::get<EndpointSpec>(window->document()->component({3, 0})->spec).work;
    compiled.busyTimeFactor = 0.871878;
    compiled.busyTimeFactorSource = QStringLiteral("measured:h100 compile");
    window->document()->undoStack()->push(
        new ChangeValue<ComponentField::Work>(window->document(), {3, 0}, compiled));
    QTRY_COMPARE(factor->value(), 0.872);
    QTRY_VERIFY(derived->text().contains(QStringLiteral("measured:h100 compile")));
    QTRY_VERIFY(window->dashboard()->energyLabel()->text() != before);
    factor->setValue(0.5);
    const auto work = [&] {
        return *std::get<EndpointSpec>(window->document()->component({3, 0})->spec).work;
    };
    QCOMPARE(work().busyTimeFactor, std::optional<double>(0.5));
    QVERIFY(work().busyTimeFactorSource.isEmpty());
    QTRY_VERIFY2(derived->text().contains(QStringLiteral("no source stated")),
                 qPrintable(derived->text()));
    QCOMPARE(window->document()->undoStack()->undoText(),
             QStringLiteral("Change busy-time factor"));
    window->document()->undo();
    QCOMPARE(work().busyTimeFactor, std::optional<double>(0.871878));
    QCOMPARE(work().busyTimeFactorSource, QStringLiteral("measured:h100 compile"));

    // The load on the power curve is derived; set by hand it moves the figures, with a warning
    // on the field.
    auto *load = form->findChild<QDoubleSpinBox *>(QStringLiteral("work.acceleratorLoad"));
    QVERIFY(load && load->isVisible());
    QCOMPARE(load->value(), load->minimum()); // "Derived from the work"
    const QString derivedEnergy = window->dashboard()->energyLabel()->text();
    load->setValue(60.0);
    QCOMPARE(work().acceleratorLoad, std::optional<double>(0.6));
    const QString loadPath = QStringLiteral("stages[3].components[0].work.acceleratorLoad");
    const auto warned = [&] {
        const Issues &issues = window->liveEstimate()->estimate().issues;
        return std::any_of(issues.begin(), issues.end(), [&](const Issue &i) {
            return i.severity == Issue::Severity::Warning && i.path == loadPath;
        });
    };
    QTRY_VERIFY(warned());
    QTRY_VERIFY(window->dashboard()->energyLabel()->text() != derivedEnergy);
    window->document()->undo();
    QCOMPARE(work().acceleratorLoad, std::nullopt);
    QTRY_VERIFY(!warned());

    // Back to hours: the utilization is the endpoint's own again.
    window->document()->undo();
    auto *sizing = form->findChild<QComboBox *>(QStringLiteral("sizing"));
    sizing->setCurrentIndex(0);
    QTRY_VERIFY(utilization->isVisible());
    QVERIFY(!factor->isVisible());
}

void TestMainWindow::parameterCountsStayExact_data()
{
    QTest::addColumn<double>("shownBillions");
    QTest::addColumn<QByteArray>("saved"); // as the project file writes it
    QTest::newRow("8 billion") << 8.0 << QByteArray("\"parameters\": 8000000000");
    QTest::newRow("Llama 3 8B, 8.03 billion") << 8.03 << QByteArray("\"parameters\": 8030000000");
    QTest::newRow("BERT-large, 0.34 billion") << 0.34 << QByteArray("\"parameters\": 340000000");
    QTest::newRow("GPT-3, 175 billion") << 175.0 << QByteArray("\"parameters\": 175000000000");
    QTest::newRow("0.001 billion") << 0.001 << QByteArray("\"parameters\": 1000000");
}

// Typed in billions, kept as the whole number of parameters: 8 billion is never
// saved as 7999999999.999999.
void TestMainWindow::parameterCountsStayExact()
{
    QFETCH(double, shownBillions);
    QFETCH(QByteArray, saved);
    std::unique_ptr<MainWindow> window = openExample();
    QVERIFY(window);
    window->navigator()->selectComponent({2, 1});
    ComponentForm *form = window->editorPanel()->componentForm(ComponentType::Tuning);
    auto *sizing = form->findChild<QComboBox *>(QStringLiteral("sizing"));
    auto *parameters = form->findChild<QDoubleSpinBox *>(QStringLiteral("work.parameters"));
    QVERIFY(sizing && parameters);
    sizing->setCurrentIndex(1);
    QTRY_VERIFY(parameters->isVisible());
    parameters->setValue(1.0); // a different value first, so that the next one is a change
    parameters->setValue(shownBillions);
    const BoxedOptional<WorkSpec> &work =
        std::get<TuningSpec>(window->document()->component({2, 1})->spec).work;
    QVERIFY(work);
    const double expected = QByteArray(saved.mid(saved.indexOf(':') + 2)).toDouble();
    QVERIFY2(work->parameters == expected, qPrintable(QString::number(work->parameters, 'g', 17)));
    ProjectWriter writer;
    const QByteArray bytes = writer.toJson(window->document()->project());
    QVERIFY2(bytes.contains(saved), bytes.constData());
}

void TestMainWindow::switchingWorkToHoursKeepsDerivedHours()
{
    std::unique_ptr<MainWindow> window = openExample();
    QVERIFY(window);
    window->navigator()->selectComponent({2, 0}); // BERT fine-tuning states its work
    ComponentForm *form = window->editorPanel()->componentForm(ComponentType::Compute);
    auto *sizing = form->findChild<QComboBox *>(QStringLiteral("sizing"));
    auto *derived = form->findChild<QLabel *>(QStringLiteral("derivedHours"));
    QVERIFY(sizing && derived);
    QCOMPARE(sizing->currentIndex(), 1);
    QTRY_VERIFY(derived->isVisible());
    const double derivedHours = window->liveEstimate()->component(2, 0)->hours.h;
    QVERIFY(derivedHours > 0.0);
    QLabel *carbon = window->dashboard()->carbonLabel();
    const QString before = carbon->text();

    sizing->setCurrentIndex(0);
    const auto &spec = std::get<ComputeSpec>(window->document()->component({2, 0})->spec);
    QVERIFY(!spec.work);
    GP_COMPARE_NEAR(spec.hours, derivedHours, 1e-12, 0.0);
    QCOMPARE(carbon->text(), before); // the same hours, now stated
    QCOMPARE(window->document()->undoStack()->undoText(), QStringLiteral("Size by hours"));
    window->document()->undo();
    QVERIFY(std::get<ComputeSpec>(window->document()->component({2, 0})->spec).work);
    QVERIFY(!window->document()->isModified());
}

void TestMainWindow::assumptionsAreListed()
{
    std::unique_ptr<MainWindow> window = openExample();
    QVERIFY(window);
    QListWidget *list = window->assumptionsView()->list();
    QCOMPARE(list->count(), int(window->liveEstimate()->estimate().assumptions.size()));
    QVERIFY(list->count() > 0);
    // An Inferentia endpoint brings the derived Neuron power into the list, so labelled.
    window->navigator()->selectComponent({3, 0});
    ComponentForm *form = window->editorPanel()->componentForm(ComponentType::Endpoint);
    auto *instance = form->findChild<QLineEdit *>(QStringLiteral("instance"));
    QVERIFY(instance);
    instance->setText(QStringLiteral("inf2.xlarge"));
    emit instance->editingFinished();
    bool derived = false;
    for (int i = 0; i < list->count(); ++i)
        derived = derived || list->item(i)->text().contains(QStringLiteral("derived assumption"));
    QVERIFY(derived);
    window->document()->undoStack()->setClean();
}

void TestMainWindow::regionMapSelectsRegions()
{
    std::unique_ptr<MainWindow> window = openExample(); // the built reference data
    QVERIFY(window);
    RegionPickerDialog picker(window->regionModel(), window.get());
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    RegionMap *map = picker.map();
    // Regions with city coordinates get a dot; the others (no coordinate in the
    // stored sources, e.g. ap-east-2) are named on the map instead.
    QVERIFY(map->markerCount() >= 33);
    QVERIFY(map->unplacedRegions().contains(QStringLiteral("ap-east-2")));
    QCOMPARE(map->markerCount() + int(map->unplacedRegions().size()),
             window->regionModel()->rowCount());

    // Stockholm (eu-north-1) is far from other region cities: its dot is unambiguous.
    const QPointF stockholm = map->dotPosition(QStringLiteral("eu-north-1"));
    QVERIFY(!stockholm.isNull());
    QCOMPARE(map->regionAt(stockholm), QStringLiteral("eu-north-1"));
    QVERIFY(map->regionAt(QPointF(1, 1)).isEmpty()); // a corner of the map: no region
    QTest::mouseClick(map, Qt::LeftButton, {}, stockholm.toPoint());
    QCOMPARE(picker.selectedRegion(), QStringLiteral("eu-north-1"));

    // A search never changes the choice by itself: one that hides the chosen row
    // leaves it chosen (and says so), one that shows it again selects its row again.
    QLabel *chosen = picker.chosenLabel();
    QVERIFY(chosen->text().contains(QStringLiteral("eu-north-1")));
    for (const QString &search : {u"Tokyo"_s, u"eu-"_s, u"ap-northeast-1"_s, u"zzz"_s, u""_s}) {
        picker.searchEdit()->setText(search);
        QCOMPARE(picker.selectedRegion(), QStringLiteral("eu-north-1"));
        QCOMPARE(map->selectedRegion(), QStringLiteral("eu-north-1"));
        const bool shown = picker.isEntryShown(QStringLiteral("eu-north-1"));
        QCOMPARE(shown, search.isEmpty() || search == u"eu-"_s);
        const QModelIndexList rows = picker.view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), shown ? 1 : 0); // no other row is highlighted in its place
        QCOMPARE(chosen->text().contains(QStringLiteral("hidden by the search")), !shown);
        QVERIFY2(chosen->text().contains(QStringLiteral("eu-north-1")), qPrintable(chosen->text()));
    }
    // A row the user clicks in the filtered table is the new choice.
    picker.searchEdit()->setText(QStringLiteral("ap-northeast-1"));
    QCOMPARE(picker.view()->model()->rowCount(), 1);
    const QModelIndex tokyo = picker.view()->model()->index(0, 0);
    QTest::mouseClick(picker.view()->viewport(), Qt::LeftButton, {},
                      picker.view()->visualRect(tokyo).center());
    QCOMPARE(picker.selectedRegion(), QStringLiteral("ap-northeast-1"));
    QCOMPARE(map->selectedRegion(), QStringLiteral("ap-northeast-1"));

    // Clicking a dot whose row the search hides clears the search and chooses it.
    QTest::mouseClick(map, Qt::LeftButton, {}, stockholm.toPoint());
    QVERIFY(picker.searchEdit()->text().isEmpty());
    QCOMPARE(picker.selectedRegion(), QStringLiteral("eu-north-1"));

    // Selecting a row in the table rings its dot.
    picker.setCurrentRegion(QStringLiteral("us-west-2"));
    QCOMPARE(map->selectedRegion(), QStringLiteral("us-west-2"));

    // The scale runs green (clean) to red (dirty).
    const QColor clean = RegionMap::intensityColor(20);
    const QColor dirty = RegionMap::intensityColor(750);
    QVERIFY(clean.green() > clean.red());
    QVERIFY(dirty.red() > dirty.green());
    picker.close();
    window->document()->undoStack()->setClean();
}

void TestMainWindow::largeFileIsReadInBackground()
{
    // Enough copies of the sample's components to pass the background-read threshold.
    Project project = test::makeSampleProject();
    Stage &training = project.stages[2];
    QVERIFY(!training.components.empty());
    const Component prototype = training.components.front();
    for (int i = 0; i < 6000; ++i) {
        Component copy = prototype;
        copy.name = QStringLiteral("copy %1").arg(i);
        training.components.push_back(copy);
    }
    const QString path = m_dir.filePath(QStringLiteral("large.greenprint"));
    ProjectWriter writer;
    QVERIFY2(writer.writeFile(project, path), qPrintable(writer.errorString()));
    QVERIFY(QFileInfo(path).size() > BackgroundRead::BackgroundReadThresholdBytes);

    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->document()->project().stages[2].components.size(),
             training.components.size());
    QCOMPARE(m_window->document()->filePath(), path);
    QVERIFY(!m_window->document()->isModified());
}

void TestMainWindow::fitsASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : LanguageManager::availableLanguages())
        QTest::newRow(qPrintable(code)) << code;
}

void TestMainWindow::fitsASmallScreen()
{
    // 1280 x 720 logical pixels: a 1366 x 768 laptop less its panel, or a
    // 2560 x 1440 display at 200 % scaling. Every language must fit.
    QFETCH(QString, language);
    LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    std::unique_ptr<MainWindow> window = openExample();
    QVERIFY(window);
    QCoreApplication::processEvents();
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    languages.setLanguage(QStringLiteral("en"));
    QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 720,
             qPrintable(QStringLiteral("%1: minimum %2 x %3")
                            .arg(language)
                            .arg(minimum.width())
                            .arg(minimum.height())));
    window->document()->undoStack()->setClean();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
