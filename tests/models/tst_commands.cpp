// SPDX-License-Identifier: GPL-3.0-or-later
// Every undo command: apply -> undo -> redo -> compare; merging; obsolete no-ops.
#include "sampleproject.h"

#include "commands/catalogcommands.h"
#include "commands/componentcommands.h"
#include "commands/componentfactory.h"
#include "commands/componentfields.h"
#include "commands/projectfields.h"
#include "document/projectdocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace greenprint;

using CommandFactory = std::function<QUndoCommand *(ProjectDocument *)>;
Q_DECLARE_METATYPE(CommandFactory)

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void applyUndoRedo_data();
    void applyUndoRedo();
    void spinBoxDragMergesIntoOneStep();
    void mergeBackToOriginalIsDropped();
    void noOpEditIsDropped();
    void differentComponentsDoNotMerge();
    void differentFieldsDoNotMerge();
    void removeHoldsComponentUntilUndone();
    void moveToSameRowIsDropped();
    void undoTextsAreSet();
    void newComponentNamesAreUnique();

private:
    std::unique_ptr<ProjectDocument> m_doc;
};

void TestCommands::init()
{
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
    QCOMPARE(m_doc->component({2, 1})->name, QStringLiteral("Copy of Train"));
    m_doc->undoStack()->push(new RemoveComponent(m_doc.get(), {2, 1}));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Remove component"));
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

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
