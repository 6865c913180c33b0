// SPDX-License-Identifier: GPL-3.0-or-later
// Every undo command: apply -> undo -> redo -> compare; merging; obsolete no-ops.
#include "sampleproject.h"

#include "commands/addremovescenario.h"
#include "commands/catalogcommands.h"
#include "commands/componentcommands.h"
#include "commands/componentfactory.h"
#include "commands/componentfields.h"
#include "commands/projectfields.h"
#include "commands/scenariofields.h"
#include "commands/workfields.h"
#include "document/projectdocument.h"
#include "strictqtest.h"
#include "tolerance.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

using CommandFactory = std::function<QUndoCommand *(ProjectDocument *)>;
Q_DECLARE_METATYPE(CommandFactory)

class TestCommands : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void init();
    void applyUndoRedo_data();
    void applyUndoRedo();
    void workFieldsApplyUndoRedo_data();
    void workFieldsApplyUndoRedo();
    void workParameterDragMergesIntoOneStep();
    void settingsMergeAndDropNoOps();
    void workKindSwitchKeepsProjectValid();
    void workFieldsWithoutWorkDoNothing();
    void spinBoxDragMergesIntoOneStep();
    void mergeBackToOriginalIsDropped();
    void noOpEditIsDropped();
    void differentComponentsDoNotMerge();
    void differentFieldsDoNotMerge();
    void removeHoldsComponentUntilUndone();
    void moveToSameRowIsDropped();
    void undoTextsAreSet();
    void duplicateNames_data();
    void duplicateNames();
    void duplicatingRepeatedlyNumbersTheCopies();
    void newComponentNamesAreUnique();
    void newEndpointIsProvisionedForThePlanPeriod();
    void newComponentsRunForThePlanPeriod();
    void scenarioCommandsApplyUndoRedo_data();
    void scenarioCommandsApplyUndoRedo();
    void scenarioOverrideTypingMergesIntoOneStep();
    void scenarioTogglesAreSeparateSteps();
    void scenarioInvalidEditsAreRefused();
    void addScenarioMakesTheNameUnique();

private:
    /** Pushes the command, then checks apply -> undo -> redo -> undo against `before`. */
    void checkApplyUndoRedo(const CommandFactory &factory);
    /** Resets the document to the sample project with two scenarios (clean undo stack). */
    void seedScenarios();
    /** Gives the Train compute component training work, outside the undo history. */
    void giveTrainWork();

    std::unique_ptr<ProjectDocument> m_doc;
};

void TestCommands::init()
{
    StrictTestCase::init();
    m_doc = std::make_unique<ProjectDocument>();
    m_doc->reset(test::makeSampleProject());
}

void TestCommands::applyUndoRedo_data()
{
    QTest::addColumn<CommandFactory>("factory");
    const ComponentRef etl{0, 0}, storage{0, 1}, notebook{1, 0}, train{2, 0}, sweep{2, 1},
        transfer{2, 2}, serve{3, 0}, logs{3, 1};
    auto row = [](const char *name, CommandFactory f) { QTest::newRow(name) << f; };
    using namespace ComponentField;
    row("name",
        [=](ProjectDocument *d) { return new ChangeValue<Name>(d, etl, QStringLiteral("Spark")); });
    row("instance", [=](ProjectDocument *d) {
        return new ChangeValue<Instance>(d, train, QStringLiteral("test.cpu"));
    });
    row("count", [=](ProjectDocument *d) { return new ChangeValue<Count>(d, train, 8); });
    row("compute hours",
        [=](ProjectDocument *d) { return new ChangeValue<ComputeHours>(d, train, 42.0); });
    row("compute utilization",
        [=](ProjectDocument *d) { return new ChangeValue<ComputeUtilization>(d, train, 0.9); });
    row("measured power", [=](ProjectDocument *d) {
        return new ChangeValue<ComputeMeasuredPower>(d, train, std::optional<double>(250.0));
    });
    row("pricing", [=](ProjectDocument *d) {
        return new ChangeValue<ComputePricing>(d, train, Pricing::Spot);
    });
    row("storage class", [=](ProjectDocument *d) {
        return new ChangeValue<StorageClassField>(d, storage, StorageClass::EbsGp3);
    });
    row("storage size",
        [=](ProjectDocument *d) { return new ChangeValue<StorageSize>(d, storage, 1000.0); });
    row("storage months",
        [=](ProjectDocument *d) { return new ChangeValue<StorageMonths>(d, storage, 6.0); });
    row("transfer size",
        [=](ProjectDocument *d) { return new ChangeValue<TransferSize>(d, transfer, 1.0); });
    row("transfer region", [=](ProjectDocument *d) {
        return new ChangeValue<TransferRegion>(d, transfer, QStringLiteral("r-a"));
    });
    row("notebook active", [=](ProjectDocument *d) {
        return new ChangeValue<NotebookActiveHours>(d, notebook, 30.0);
    });
    row("notebook idle",
        [=](ProjectDocument *d) { return new ChangeValue<NotebookIdleHours>(d, notebook, 0.0); });
    row("notebook weeks",
        [=](ProjectDocument *d) { return new ChangeValue<NotebookWeeks>(d, notebook, 52.0); });
    row("notebook utilization",
        [=](ProjectDocument *d) { return new ChangeValue<NotebookUtilization>(d, notebook, 0.1); });
    row("tuning strategy", [=](ProjectDocument *d) {
        return new ChangeValue<TuningStrategyField>(d, sweep, TuningStrategy::Grid);
    });
    row("tuning trials",
        [=](ProjectDocument *d) { return new ChangeValue<TuningTrials>(d, sweep, 100); });
    row("tuning hours",
        [=](ProjectDocument *d) { return new ChangeValue<TuningHoursPerTrial>(d, sweep, 0.5); });
    row("tuning utilization",
        [=](ProjectDocument *d) { return new ChangeValue<TuningUtilization>(d, sweep, 0.2); });
    row("endpoint mode", [=](ProjectDocument *d) {
        return new ChangeValue<EndpointModeField>(d, serve, EndpointMode::Serverless);
    });
    row("endpoint hours",
        [=](ProjectDocument *d) { return new ChangeValue<EndpointHours>(d, serve, 100.0); });
    row("endpoint utilization",
        [=](ProjectDocument *d) { return new ChangeValue<EndpointUtilization>(d, serve, 0.6); });
    row("endpoint models",
        [=](ProjectDocument *d) { return new ChangeValue<EndpointModels>(d, serve, 3); });
    row("logs volume",
        [=](ProjectDocument *d) { return new ChangeValue<LogsGbPerMonth>(d, logs, 50.0); });
    row("logs retention",
        [=](ProjectDocument *d) { return new ChangeValue<LogsRetention>(d, logs, 0.0); });
    row("logs months",
        [=](ProjectDocument *d) { return new ChangeValue<LogsMonths>(d, logs, 1.0); });
    row("project name", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::Name>(d, {}, QStringLiteral("Other"));
    });
    row("project region", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::Region>(d, {}, QStringLiteral("r-b"));
    });
    row("stage region", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::StageRegion>(d, 2, QStringLiteral("r-b"));
    });
    row("methodology", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::Methodology>(d, {}, Methodology::CloudCarbonFootprint);
    });
    row("include embodied", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::IncludeEmbodied>(d, {}, false);
    });
    row("pue override", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::Pue>(d, {}, std::optional<double>(1.5));
    });
    row("spot discount", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::SpotDiscount>(d, {}, std::optional<double>(0.7));
    });
    row("grid dataset", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::GridDataset>(d, {}, GridDatasetChoice::OwidEmber);
    });
    row("server lifetime", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::ServerLifetime>(d, {}, 4.0);
    });
    row("market-based year", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::MarketBasedYear>(d, {}, 2022);
    });
    row("allowed regions", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::AllowedRegions>(
            d, {}, QStringList{QStringLiteral("r-a"), QStringLiteral("r-b")});
    });
    row("accuracy floor", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::AccuracyFloor>(d, {}, std::optional<double>(0.98));
    });
    row("latency ceiling", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::LatencyCeiling>(d, {}, std::optional<double>(150.0));
    });
    row("edge devices", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::ServesEdgeDevices>(d, {}, true);
    });
    row("users' region", [](ProjectDocument *d) {
        return new ChangeValue<ProjectField::UsersRegion>(d, {}, QStringLiteral("r-b"));
    });
    row("size compute by work", [=](ProjectDocument *d) {
        return new ChangeValue<Work>(d, train, defaultWork(WorkSpec::Kind::Training));
    });
    row("size tuning by work", [=](ProjectDocument *d) {
        return new ChangeValue<Work>(d, sweep, defaultWork(WorkSpec::Kind::Training));
    });
    row("size endpoint by work", [=](ProjectDocument *d) {
        return new ChangeValue<Work>(d, serve, defaultWork(WorkSpec::Kind::Inference));
    });
    row("add component", [](ProjectDocument *d) {
        return new AddComponent(d, {1, 1},
                                makeComponent(ComponentType::Logs, d->project().stages[1], {}));
    });
    row("duplicate component",
        [=](ProjectDocument *d) { return AddComponent::duplicate(d, train).release(); });
    row("remove component", [=](ProjectDocument *d) { return new RemoveComponent(d, sweep); });
    row("move component down", [](ProjectDocument *d) { return new MoveComponent(d, 2, 0, 2); });
    row("move component up", [](ProjectDocument *d) { return new MoveComponent(d, 2, 2, 1); });
    row("add catalog instance", [](ProjectDocument *d) {
        CatalogInstance ci;
        ci.id = QStringLiteral("my.box");
        ci.maxPowerW = 300;
        return new AddCatalogInstance(d, ci);
    });
    row("add catalog region", [](ProjectDocument *d) {
        CatalogRegion cr;
        cr.id = QStringLiteral("onprem");
        cr.gridGCo2ePerKWh = 50;
        return new AddCatalogRegion(d, cr);
    });
}

void TestCommands::applyUndoRedo()
{
    QFETCH(CommandFactory, factory);
    checkApplyUndoRedo(factory);
}

void TestCommands::checkApplyUndoRedo(const CommandFactory &factory)
{
    const Project before = m_doc->project();
    QSignalSpy changed(m_doc.get(), &ProjectDocument::changed);
    m_doc->undoStack()->push(factory(m_doc.get()));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(!changed.isEmpty());
    QVERIFY(m_doc->isModified());
    const Project after = m_doc->project();
    QVERIFY(!(after == before));

    m_doc->undo();
    QVERIFY(m_doc->project() == before);
    QVERIFY(!m_doc->isModified());
    m_doc->redo();
    QVERIFY(m_doc->project() == after);
    m_doc->undo();
    QVERIFY(m_doc->project() == before);
}

void TestCommands::giveTrainWork()
{
    Component train = *m_doc->component({2, 0});
    std::get<ComputeSpec>(train.spec).work = defaultWork(WorkSpec::Kind::Training);
    m_doc->setComponent({2, 0}, train);
    m_doc->undoStack()->setClean();
}

void TestCommands::workFieldsApplyUndoRedo_data()
{
    QTest::addColumn<CommandFactory>("factory");
    const ComponentRef train{2, 0};
    auto row = [](const char *name, CommandFactory f) { QTest::newRow(name) << f; };
    using namespace ComponentField;
    row("work kind", [=](ProjectDocument *d) {
        const WorkSpec work = *Work::get(*d, train);
        return new ChangeValue<Work>(d, train, withKind(work, WorkSpec::Kind::Inference));
    });
    row("parameters",
        [=](ProjectDocument *d) { return new ChangeValue<WorkParameters>(d, train, 7e9); });
    row("tokens", [=](ProjectDocument *d) { return new ChangeValue<WorkTokens>(d, train, 2e12); });
    row("epochs", [=](ProjectDocument *d) { return new ChangeValue<WorkEpochs>(d, train, 3.0); });
    row("requests",
        [=](ProjectDocument *d) { return new ChangeValue<WorkRequests>(d, train, 5e6); });
    row("tokens per request",
        [=](ProjectDocument *d) { return new ChangeValue<WorkTokensPerRequest>(d, train, 256.0); });
    row("precision", [=](ProjectDocument *d) {
        return new ChangeValue<WorkPrecision>(d, train, Precision::Fp8);
    });
    row("back to hours",
        [=](ProjectDocument *d) { return new ChangeValue<Work>(d, train, std::nullopt); });
}

void TestCommands::workFieldsApplyUndoRedo()
{
    QFETCH(CommandFactory, factory);
    giveTrainWork();
    checkApplyUndoRedo(factory);
}

void TestCommands::workParameterDragMergesIntoOneStep()
{
    giveTrainWork();
    const ComponentRef train{2, 0};
    for (double billions = 1.5; billions <= 7.0; billions += 0.5) {
        m_doc->undoStack()->push(
            new ChangeValue<ComponentField::WorkParameters>(m_doc.get(), train, billions * 1e9));
    }
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change model parameters"));
    GP_COMPARE_NEAR(std::get<ComputeSpec>(m_doc->component(train)->spec).work->parameters, 7e9,
                    1e-12, 0.0);
    // Another field of the work is its own step; the same field of another job too.
    m_doc->undoStack()->push(new ChangeValue<ComponentField::WorkTokens>(m_doc.get(), train, 5e10));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undo();
    m_doc->undo();
    GP_COMPARE_NEAR(std::get<ComputeSpec>(m_doc->component(train)->spec).work->parameters, 1e9,
                    1e-12, 0.0);
    QVERIFY(!m_doc->isModified());
}

void TestCommands::settingsMergeAndDropNoOps()
{
    for (double years = 7.0; years <= 10.0; years += 1.0)
        m_doc->undoStack()->push(
            new ChangeValue<ProjectField::ServerLifetime>(m_doc.get(), {}, years));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    GP_COMPARE_NEAR(m_doc->project().settings.serverLifetimeYears, 10.0, 1e-12, 0.0);
    m_doc->undoStack()->push(new ChangeValue<ProjectField::ServerLifetime>(m_doc.get(), {}, 6.0));
    QCOMPARE(m_doc->undoStack()->count(), 0); // merged back to the original: dropped
    m_doc->undoStack()->push(new ChangeValue<ProjectField::MarketBasedYear>(m_doc.get(), {}, 2023));
    m_doc->undoStack()->push(new ChangeValue<ProjectField::GridDataset>(
        m_doc.get(), {}, GridDatasetChoice::Recommended));
    QCOMPARE(m_doc->undoStack()->count(), 0); // already the values: no-ops
    m_doc->undoStack()->push(
        new ChangeValue<ProjectField::GridDataset>(m_doc.get(), {}, GridDatasetChoice::Ccf));
    m_doc->undoStack()->push(new ChangeValue<ProjectField::MarketBasedYear>(m_doc.get(), {}, 2022));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change market-based year"));
    m_doc->undo();
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change grid-intensity dataset"));
}

void TestCommands::workKindSwitchKeepsProjectValid()
{
    Component train = *m_doc->component({2, 0});
    WorkSpec training;
    training.parameters = 1e9;
    training.tokens = 1e10;
    std::get<ComputeSpec>(train.spec).work = training; // as read from a file: no request keys
    m_doc->setComponent({2, 0}, train);
    m_doc->undoStack()->push(new ChangeValue<ComponentField::Work>(
        m_doc.get(), {2, 0}, withKind(training, WorkSpec::Kind::Inference)));
    const WorkSpec &work = *std::get<ComputeSpec>(m_doc->component({2, 0})->spec).work;
    QCOMPARE(work.kind, WorkSpec::Kind::Inference);
    QVERIFY(work.tokensPerRequest > 0.0);
    m_doc->undo();
    QVERIFY(*m_doc->component({2, 0}) == train);
}

void TestCommands::workFieldsWithoutWorkDoNothing()
{
    // The Train job states hours: work fields read defaults and a Work kind edit is a no-op.
    QCOMPARE(ComponentField::WorkPrecision::get(*m_doc, {2, 0}), Precision::Bf16);
    QVERIFY(!ComponentField::Work::get(*m_doc, {2, 0}));
    QVERIFY(!ComponentField::Work::get(*m_doc, {0, 1})); // storage has no work at all
    m_doc->undoStack()->push(
        new ChangeValue<ComponentField::WorkParameters>(m_doc.get(), {2, 0}, 5e9));
    QVERIFY(m_doc->project() == test::makeSampleProject());
}

void TestCommands::spinBoxDragMergesIntoOneStep()
{
    const ComponentRef train{2, 0};
    for (int n = 3; n <= 9; ++n)
        m_doc->undoStack()->push(new ChangeValue<ComponentField::Count>(m_doc.get(), train, n));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(std::get<ComputeSpec>(m_doc->component(train)->spec).count, 9);
    m_doc->undo();
    QCOMPARE(std::get<ComputeSpec>(m_doc->component(train)->spec).count, 2);
    QCOMPARE(m_doc->undoStack()->undoText(), QString());
    QCOMPARE(m_doc->undoStack()->redoText(), QStringLiteral("Change instance count"));
}

void TestCommands::mergeBackToOriginalIsDropped()
{
    const ComponentRef train{2, 0};
    m_doc->undoStack()->push(
        new ChangeValue<ComponentField::ComputeHours>(m_doc.get(), train, 11.0));
    m_doc->undoStack()->push(
        new ChangeValue<ComponentField::ComputeHours>(m_doc.get(), train, 10.0));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isModified());
    QVERIFY(m_doc->project() == test::makeSampleProject());
}

void TestCommands::noOpEditIsDropped()
{
    QSignalSpy changed(m_doc.get(), &ProjectDocument::changed);
    m_doc->undoStack()->push(
        new ChangeValue<ComponentField::ComputeHours>(m_doc.get(), {2, 0}, 10.0));
    m_doc->undoStack()->push(
        new ChangeValue<ProjectField::Name>(m_doc.get(), {}, QStringLiteral("Sample")));
    m_doc->undoStack()->push(new MoveComponent(m_doc.get(), 2, 1, 1));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestCommands::differentComponentsDoNotMerge()
{
    m_doc->undoStack()->push(new ChangeValue<ComponentField::Count>(m_doc.get(), {2, 0}, 3));
    m_doc->undoStack()->push(new ChangeValue<ComponentField::Count>(m_doc.get(), {3, 0}, 3));
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestCommands::differentFieldsDoNotMerge()
{
    m_doc->undoStack()->push(
        new ChangeValue<ComponentField::ComputeHours>(m_doc.get(), {2, 0}, 3.0));
    m_doc->undoStack()->push(
        new ChangeValue<ComponentField::ComputeUtilization>(m_doc.get(), {2, 0}, 0.3));
    m_doc->undoStack()->push(
        new ChangeValue<ComponentField::ComputeHours>(m_doc.get(), {2, 0}, 4.0));
    QCOMPARE(m_doc->undoStack()->count(), 3);
}

void TestCommands::removeHoldsComponentUntilUndone()
{
    const Component removed = *m_doc->component({2, 1});
    m_doc->undoStack()->push(new RemoveComponent(m_doc.get(), {2, 1}));
    QCOMPARE(m_doc->project().stages[2].components.size(), size_t(2));
    QCOMPARE(m_doc->component({2, 1})->name, QStringLiteral("Copy out"));
    m_doc->undo();
    QVERIFY(*m_doc->component({2, 1}) == removed);
    // Destroying the stack with the command undone or done must not leak or crash.
    m_doc->redo();
    m_doc->undoStack()->clear();
    QCOMPARE(m_doc->project().stages[2].components.size(), size_t(2));
}

void TestCommands::moveToSameRowIsDropped()
{
    m_doc->undoStack()->push(new MoveComponent(m_doc.get(), 2, 0, 0));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestCommands::undoTextsAreSet()
{
    m_doc->undoStack()->push(
        new ChangeValue<ComponentField::ComputeHours>(m_doc.get(), {2, 0}, 3.0));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change hours"));
    m_doc->undoStack()->push(AddComponent::duplicate(m_doc.get(), {2, 0}).release());
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Duplicate component"));
    QCOMPARE(m_doc->component({2, 1})->name, QStringLiteral("Train (2)"));
    m_doc->undoStack()->push(new RemoveComponent(m_doc.get(), {2, 1}));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Remove component"));
}

void TestCommands::duplicateNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("others"); // the other names in the stage
    QTest::addColumn<QString>("expected");
    QTest::newRow("first copy") << u"Train"_s << QStringList{} << u"Train (2)"_s;
    QTest::newRow("next free number")
        << u"Train"_s << QStringList{u"Train (2)"_s} << u"Train (3)"_s;
    QTest::newRow("copy of a copy") << u"Train (2)"_s << QStringList{u"Train"_s} << u"Train (3)"_s;
    QTest::newRow("copy of a copy, skipping taken")
        << u"Train (2)"_s << QStringList{u"Train"_s, u"Train (3)"_s} << u"Train (4)"_s;
    QTest::newRow("number that is part of the name")
        << u"GPT (175B)"_s << QStringList{} << u"GPT (175B) (2)"_s;
    QTest::newRow("no copy of a copy of")
        << u"Copy of Train"_s << QStringList{} << u"Copy of Train (2)"_s;
}

void TestCommands::duplicateNames()
{
    QFETCH(QString, name);
    QFETCH(QStringList, others);
    QFETCH(QString, expected);
    Stage stage;
    for (const QString &n : others << name) {
        Component c;
        c.name = n;
        stage.components.push_back(c);
    }
    QCOMPARE(duplicateName(name, stage), expected);
}

// Duplicating four times makes four distinct, numbered names, never "Copy of Copy of ...".
void TestCommands::duplicatingRepeatedlyNumbersTheCopies()
{
    for (int i = 0; i < 3; ++i)
        m_doc->undoStack()->push(AddComponent::duplicate(m_doc.get(), {2, 0}).release());
    QStringList names;
    for (const Component &c : m_doc->project().stages[2].components)
        names << c.name;
    QCOMPARE(names.mid(0, 4),
             (QStringList{u"Train"_s, u"Train (4)"_s, u"Train (3)"_s, u"Train (2)"_s}));
}

void TestCommands::newComponentNamesAreUnique()
{
    Stage stage;
    stage.components.push_back(makeComponent(ComponentType::Compute, stage, QStringLiteral("x")));
    stage.components.push_back(makeComponent(ComponentType::Compute, stage, QStringLiteral("x")));
    QCOMPARE(stage.components[0].name, QStringLiteral("Compute"));
    QCOMPARE(stage.components[1].name, QStringLiteral("Compute 2"));
    QCOMPARE(stage.components[1].instance(), QStringLiteral("x"));
}

void TestCommands::newEndpointIsProvisionedForThePlanPeriod()
{
    // A new endpoint is always on for the period a job made to recur recurs for: a year of
    // 365 days, 8760 h (pinned apart from the code's 12 x 730 h), not one month of 730 h.
    Stage stage;
    const Component endpoint =
        makeComponent(ComponentType::Endpoint, stage, QStringLiteral("inf2.xlarge"));
    const auto &spec = std::get<EndpointSpec>(endpoint.spec);
    QCOMPARE(spec.hoursProvisioned, 365.0 * 24.0);
    // Its traffic per month is served over that year: 2 million a month is 24 million.
    EndpointSpec served = spec;
    WorkSpec work;
    work.kind = WorkSpec::Kind::Inference;
    work.requests = 2e6;
    work.requestsPerMonth = true;
    served.work = work;
    GP_COMPARE_NEAR(served.servedWork()->requests, 24e6, 1e-12, 0.0);
    // A one-off job made weekly recurs for the same months: the two are one plan's year.
    Project project;
    Stage &processing = project.stage(StageKind::DataProcessing);
    processing.components.push_back(
        makeComponent(ComponentType::Compute, processing, QStringLiteral("m7g.xlarge")));
    m_doc->reset(project);
    m_doc->undoStack()->push(new ChangeValue<ComponentField::ComputeRecurrenceEvery>(
        m_doc.get(), {0, 0}, RecurrencePeriod::Week));
    const auto &job = std::get<ComputeSpec>(m_doc->component({0, 0})->spec);
    QVERIFY(job.recurrence);
    GP_COMPARE_NEAR(job.recurrence->months * 730.0, spec.hoursProvisioned, 1e-12, 0.0);
}

void TestCommands::newComponentsRunForThePlanPeriod()
{
    // Storage, logs and notebooks added to a plan last the year a new endpoint is provisioned
    // for (365 days, 8760 h), not one month or four weeks: one plan adds up over one period.
    Stage stage;
    const double yearH = 365.0 * 24.0;
    const auto storage =
        std::get<StorageSpec>(makeComponent(ComponentType::Storage, stage, u"x"_s).spec);
    GP_COMPARE_NEAR(storage.months * 730.0, yearH, 1e-12, 0.0);
    const auto logs = std::get<LogsSpec>(makeComponent(ComponentType::Logs, stage, u"x"_s).spec);
    GP_COMPARE_NEAR(logs.months * 730.0, yearH, 1e-12, 0.0);
    QCOMPARE(logs.retentionMonths, 1.0); // how long each month's logs are kept, not the period
    const auto notebook =
        std::get<NotebookSpec>(makeComponent(ComponentType::Notebook, stage, u"x"_s).spec);
    // 8760 h / 168 h = 52.142857 weeks, as many as a weekly job's runs over the year.
    GP_COMPARE_NEAR(notebook.weeks, 52.142857, 1e-6, 0.0);
    GP_COMPARE_NEAR(notebook.weeks * 168.0, yearH, 1e-12, 0.0);
    const auto endpoint =
        std::get<EndpointSpec>(makeComponent(ComponentType::Endpoint, stage, u"x"_s).spec);
    QCOMPARE(endpoint.hoursProvisioned, yearH);
}

// What-if scenarios are edited through undoable commands.
void TestCommands::seedScenarios()
{
    Project project = test::makeSampleProject();
    Scenario first;
    first.name = QStringLiteral("Greener");
    first.suggestions = {QStringLiteral("idle-notebook/model-building/0")};
    first.overrides = {{QStringLiteral("stages[2].region"), "\"r-b\"", {}},
                       {QStringLiteral("stages[2].components[0].count"), "2", {}}};
    Scenario second;
    second.name = QStringLiteral("Cheaper");
    project.scenarios = {first, second};
    m_doc->reset(project);
}

void TestCommands::scenarioCommandsApplyUndoRedo_data()
{
    QTest::addColumn<CommandFactory>("factory");
    auto row = [](const char *name, CommandFactory f) { QTest::newRow(name) << f; };
    auto release = [](std::unique_ptr<QUndoCommand> c) {
        if (!c)
            qFatal("command refused");
        return c.release();
    };
    row("add", [](ProjectDocument *d) {
        Scenario s;
        s.name = QStringLiteral("New");
        return new AddScenario(d, s);
    });
    row("add at front", [](ProjectDocument *d) {
        return new AddScenario(d, d->project().scenarios[0], 0); // a duplicate, renamed
    });
    row("remove", [](ProjectDocument *d) { return new RemoveScenario(d, 0); });
    row("rename", [=](ProjectDocument *d) {
        return release(ScenarioEdits::rename(d, 1, QStringLiteral("Cheapest")));
    });
    row("tick", [=](ProjectDocument *d) {
        return release(ScenarioEdits::setSuggestion(d, 0, QStringLiteral("spot/training/0"), true));
    });
    row("untick", [=](ProjectDocument *d) {
        return release(ScenarioEdits::setSuggestion(
            d, 0, QStringLiteral("idle-notebook/model-building/0"), false));
    });
    row("add override", [=](ProjectDocument *d) {
        return release(ScenarioEdits::setOverride(d, 1, QStringLiteral("region"), "\"r-b\""));
    });
    row("change override", [=](ProjectDocument *d) {
        return release(
            ScenarioEdits::setOverride(d, 0, QStringLiteral("stages[2].components[0].count"), "4"));
    });
    row("rename override", [=](ProjectDocument *d) {
        return release(ScenarioEdits::renameOverride(d, 0, QStringLiteral("stages[2].region"),
                                                     QStringLiteral("stages[3].region")));
    });
    row("remove override", [=](ProjectDocument *d) {
        return release(ScenarioEdits::removeOverride(d, 0, QStringLiteral("stages[2].region")));
    });
}

void TestCommands::scenarioCommandsApplyUndoRedo()
{
    QFETCH(CommandFactory, factory);
    seedScenarios();
    checkApplyUndoRedo(factory);
}

void TestCommands::scenarioOverrideTypingMergesIntoOneStep()
{
    seedScenarios();
    const auto before = m_doc->project().scenarios[0].overrides;
    const QString path = QStringLiteral("stages[2].components[0].count");
    for (const char *value : {"3", "4", "5"})
        m_doc->undoStack()->push(ScenarioEdits::setOverride(m_doc.get(), 0, path, value).release());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->project().scenarios[0].overrides[1].value, QByteArray("5"));
    // Removing is a step of its own, and typing back the original value drops the step.
    m_doc->undoStack()->push(ScenarioEdits::removeOverride(m_doc.get(), 0, path).release());
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undo();
    m_doc->undoStack()->push(ScenarioEdits::setOverride(m_doc.get(), 0, path, "2").release());
    QCOMPARE(m_doc->undoStack()->index(), 0);
    QVERIFY(m_doc->project().scenarios[0].overrides == before);
}

void TestCommands::scenarioTogglesAreSeparateSteps()
{
    seedScenarios();
    const QString a = QStringLiteral("spot/training/0"), b = QStringLiteral("x/inference/0");
    m_doc->undoStack()->push(ScenarioEdits::setSuggestion(m_doc.get(), 1, a, true).release());
    m_doc->undoStack()->push(ScenarioEdits::setSuggestion(m_doc.get(), 1, b, true).release());
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->project().scenarios[1].suggestions, QStringList({a, b}));
    QCOMPARE(m_doc->undoStack()->text(1), QStringLiteral("Apply suggestion"));
    // Ticking a ticked suggestion changes nothing and leaves no step.
    m_doc->undoStack()->push(ScenarioEdits::setSuggestion(m_doc.get(), 1, a, true).release());
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undo();
    QCOMPARE(m_doc->project().scenarios[1].suggestions, QStringList({a}));
}

void TestCommands::scenarioInvalidEditsAreRefused()
{
    seedScenarios();
    QVERIFY(!ScenarioEdits::rename(m_doc.get(), 1, QStringLiteral("Greener")));
    QVERIFY(!ScenarioEdits::rename(m_doc.get(), 1, QStringLiteral("  ")));
    QVERIFY(!ScenarioEdits::rename(m_doc.get(), 5, QStringLiteral("x")));
    QVERIFY(!ScenarioEdits::setOverride(m_doc.get(), 0, QString(), "1"));
    QVERIFY(!ScenarioEdits::removeOverride(m_doc.get(), 0, QStringLiteral("nope")));
    QVERIFY(!ScenarioEdits::renameOverride(m_doc.get(), 0, QStringLiteral("stages[2].region"),
                                           QStringLiteral("stages[2].components[0].count")));
    QVERIFY(!ScenarioEdits::setSuggestion(m_doc.get(), -1, QStringLiteral("a"), true));
}

void TestCommands::addScenarioMakesTheNameUnique()
{
    seedScenarios();
    Scenario copy = m_doc->project().scenarios[0];
    m_doc->undoStack()->push(new AddScenario(m_doc.get(), copy));
    m_doc->undoStack()->push(new AddScenario(m_doc.get(), copy));
    m_doc->undoStack()->push(new AddScenario(m_doc.get(), Scenario()));
    const auto &scenarios = m_doc->project().scenarios;
    QCOMPARE(scenarios.size(), std::size_t(5));
    QCOMPARE(scenarios[2].name, QStringLiteral("Greener 2"));
    QCOMPARE(scenarios[3].name, QStringLiteral("Greener 3"));
    QCOMPARE(scenarios[4].name, QStringLiteral("Scenario"));
    QVERIFY(scenarios[2].overrides == copy.overrides);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
