// SPDX-License-Identifier: GPL-3.0-or-later
// The item models under QAbstractItemModelTester, mutated through the document.
#include "sampleproject.h"

#include "commands/catalogcommands.h"
#include "commands/componentcommands.h"
#include "commands/componentfactory.h"
#include "commands/componentfields.h"
#include "commands/projectfields.h"
#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "domain/estimate.h"
#include "itemmodels/instancetablemodel.h"
#include "itemmodels/issuesmodel.h"
#include "itemmodels/regiontablemodel.h"
#include "itemmodels/stagetreemodel.h"
#include "referencedb.h"
#include "referencefixture.h"
#include "engine/instanceefficiency.h"

#include "strictqtest.h"
#include "tolerance.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace greenprint;

class TestItemModels : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void stageTreeShape();
    void stageTreeFollowsStructuralCommands();
    void stageTreeDataChangesOnEdit();
    void stageTreeSetDataPushesCommand();
    void stageTreeInvalidIndexes();
    void stageTreeReset();
    void instanceTable();
    void instanceTableEfficiencyColumns();
    void regionTable();
    void issuesFollowEstimate();

private:
    ReferenceData m_reference;
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<LiveEstimate> m_live;

    void push(QUndoCommand *command) { m_doc->undoStack()->push(command); }
};

void TestItemModels::init()
{
    StrictTestCase::init();
    m_reference = test::makeReferenceFixture();
    m_doc = std::make_unique<ProjectDocument>();
    m_doc->reset(test::makeSampleProject());
    m_live = std::make_unique<LiveEstimate>(m_doc.get(), &m_reference);
}

void TestItemModels::cleanup()
{
    m_live.reset();
    m_doc.reset();
}

void TestItemModels::stageTreeShape()
{
    StageTreeModel model(m_doc.get(), m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(StageTreeModel::ColumnCount));
    QCOMPARE(model.rowCount(model.stageIndex(2)), 3);
    const QModelIndex train = model.componentIndex({2, 0});
    QCOMPARE(train.data().toString(), QStringLiteral("Train"));
    QCOMPARE(model.componentRef(train), (ComponentRef{2, 0}));
    QCOMPARE(model.stageOf(train), 2);
    QCOMPARE(train.parent(), model.stageIndex(2));
    QCOMPARE(model.componentIndex({2, 0}, StageTreeModel::Instance).data().toString(),
             QStringLiteral("test.gpu"));
    QCOMPARE(model.componentIndex({2, 0}, StageTreeModel::Region).data().toString(),
             QStringLiteral("r-a"));
    QVERIFY(model.componentIndex({2, 0}, StageTreeModel::Carbon)
                .data(StageTreeModel::ValueRole)
                .toDouble()
            > 0.0);
    QCOMPARE(model.stageIndex(2, StageTreeModel::Carbon).data(StageTreeModel::ValueRole).toDouble(),
             m_live->estimate().stages[2].footprint.co2e.kg);
    QCOMPARE(model.headerData(StageTreeModel::Energy, Qt::Horizontal).toString(),
             QStringLiteral("Energy (kWh)"));
}

void TestItemModels::stageTreeFollowsStructuralCommands()
{
    StageTreeModel model(m_doc.get(), m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

    push(new AddComponent(m_doc.get(), {1, 0},
                          makeComponent(ComponentType::Storage, m_doc->project().stages[1], {})));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(model.stageIndex(1)), 2);
    QCOMPARE(model.componentIndex({1, 0}).data().toString(), QStringLiteral("Storage"));

    push(new RemoveComponent(m_doc.get(), {2, 1}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(model.stageIndex(2)), 2);

    push(new MoveComponent(m_doc.get(), 2, 0, 1));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.componentIndex({2, 1}).data().toString(), QStringLiteral("Train"));

    m_doc->undo();
    m_doc->undo();
    m_doc->undo();
    QCOMPARE(model.rowCount(model.stageIndex(1)), 1);
    QCOMPARE(model.rowCount(model.stageIndex(2)), 3);
    QCOMPARE(model.componentIndex({2, 1}).data().toString(), QStringLiteral("Sweep"));
}

void TestItemModels::stageTreeDataChangesOnEdit()
{
    StageTreeModel model(m_doc.get(), m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const double before =
        model.stageIndex(2, StageTreeModel::Carbon).data(StageTreeModel::ValueRole).toDouble();
    push(new ChangeValue<ComponentField::Count>(m_doc.get(), {2, 0}, 10));
    QVERIFY(!dataChanged.isEmpty());
    bool carbonColumnSignalled = false;
    for (const QList<QVariant> &args : dataChanged) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.column() <= StageTreeModel::Carbon
            && bottomRight.column() >= StageTreeModel::Carbon && !topLeft.parent().isValid())
            carbonColumnSignalled = true;
    }
    QVERIFY(carbonColumnSignalled);
    QVERIFY(model.stageIndex(2, StageTreeModel::Carbon).data(StageTreeModel::ValueRole).toDouble()
            > before);
}

void TestItemModels::stageTreeSetDataPushesCommand()
{
    StageTreeModel model(m_doc.get(), m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex train = model.componentIndex({2, 0});
    QVERIFY(model.flags(train).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.flags(model.stageIndex(2)).testFlag(Qt::ItemIsEditable));
    QVERIFY(model.setData(train, QStringLiteral("Pretrain")));
    QCOMPARE(m_doc->component({2, 0})->name, QStringLiteral("Pretrain"));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Rename component"));
    QVERIFY(!model.setData(train, QStringLiteral("   ")));
    QVERIFY(!model.setData(model.stageIndex(2), QStringLiteral("x")));
    m_doc->undo();
    QCOMPARE(train.data().toString(), QStringLiteral("Train"));
}

void TestItemModels::stageTreeInvalidIndexes()
{
    StageTreeModel model(m_doc.get(), m_live.get());
    QVERIFY(!model.index(4, 0).isValid());
    QVERIFY(!model.index(0, StageTreeModel::ColumnCount).isValid());
    QVERIFY(!model.index(9, 0, model.stageIndex(2)).isValid());
    QVERIFY(!model.componentRef(QModelIndex()).isValid());
    QVERIFY(!model.componentRef(model.stageIndex(0)).isValid());
    QCOMPARE(model.stageOf(QModelIndex()), -1);
    QVERIFY(!model.data(QModelIndex()).isValid());
    QVERIFY(!model.componentIndex({7, 0}).isValid());
    QCOMPARE(model.rowCount(model.componentIndex({2, 0})), 0);
}

void TestItemModels::stageTreeReset()
{
    StageTreeModel model(m_doc.get(), m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_doc->reset();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(model.stageIndex(2)), 0);
}

void TestItemModels::instanceTable()
{
    InstanceTableModel model(m_doc.get(), &m_reference);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    const int gpu = model.rowOf(QStringLiteral("test.gpu"));
    QVERIFY(gpu >= 0);
    QCOMPARE(model.index(gpu, InstanceTableModel::MaxPower)
                 .data(InstanceTableModel::ValueRole)
                 .toDouble(),
             400.0);
    QCOMPARE(model.index(gpu, InstanceTableModel::Category)
                 .data(InstanceTableModel::CategoryRole)
                 .toInt(),
             int(InstanceCategory::NvidiaGpu));
    const int cpu = model.rowOf(QStringLiteral("test.cpu"));
    QCOMPARE(model.index(cpu, InstanceTableModel::Price).data().toString(), QStringLiteral("–"));
    QVERIFY(!model.index(5, 0).isValid());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    CatalogInstance custom;
    custom.id = QStringLiteral("my.box");
    custom.maxPowerW = 250;
    push(new AddCatalogInstance(m_doc.get(), custom));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.rowOf(QStringLiteral("my.box")) >= 0);
    m_doc->undo();
    QCOMPARE(model.rowCount(), 2);
}

void TestItemModels::instanceTableEfficiencyColumns()
{
    // The built reference data has accelerator throughput, Neuron derivations and CPU indexes.
    const ReferenceData &built = test::builtReferenceData();
    InstanceTableModel model(m_doc.get(), &built);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(InstanceTableModel::ColumnCount));
    for (int column : {InstanceTableModel::PeakTflops, InstanceTableModel::TypicalPower,
                       InstanceTableModel::TflopsPerKW, InstanceTableModel::TflopsPerUsdHour,
                       InstanceTableModel::CpuIndex}) {
        const QString header = model.headerData(column, Qt::Horizontal).toString();
        QVERIFY2(!header.isEmpty(), qPrintable(QString::number(column)));
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }

    const int gpu = model.rowOf(QStringLiteral("p4d.24xlarge"));
    QVERIFY(gpu >= 0);
    const InstanceEfficiency expected = instanceEfficiency(*model.instanceAt(gpu), built);
    QVERIFY(expected.peakTflops && expected.tflopsPerKW && expected.tflopsPerUsdHour);
    auto value = [&](int row, int column) {
        return model.index(row, column).data(InstanceTableModel::ValueRole);
    };
    GP_COMPARE_NEAR(value(gpu, InstanceTableModel::PeakTflops).toDouble(), *expected.peakTflops,
                    1e-12, 0.0);
    GP_COMPARE_NEAR(value(gpu, InstanceTableModel::TypicalPower).toDouble(), expected.typicalPowerW,
                    1e-12, 0.0);
    GP_COMPARE_NEAR(value(gpu, InstanceTableModel::TflopsPerKW).toDouble(), *expected.tflopsPerKW,
                    1e-12, 0.0);
    GP_COMPARE_NEAR(value(gpu, InstanceTableModel::TflopsPerUsdHour).toDouble(),
                    *expected.tflopsPerUsdHour, 1e-12, 0.0);
    QCOMPARE(model.index(gpu, InstanceTableModel::CpuIndex).data().toString(), QStringLiteral("–"));
    QVERIFY(!model.index(gpu, 0).data(InstanceTableModel::DerivedAssumptionRole).toBool());
    QVERIFY(!model.index(gpu, InstanceTableModel::TypicalPower).data().toString().endsWith(u'*'));

    // Neuron power is a derived assumption: an asterisk and a tooltip that says so.
    const int neuron = model.rowOf(QStringLiteral("inf2.xlarge"));
    QVERIFY(neuron >= 0);
    QVERIFY(model.index(neuron, 0).data(InstanceTableModel::DerivedAssumptionRole).toBool());
    QVERIFY(model.index(neuron, InstanceTableModel::TypicalPower).data().toString().endsWith(u'*'));
    QVERIFY(model.index(neuron, InstanceTableModel::TypicalPower)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("derived assumption")));
    QVERIFY(value(neuron, InstanceTableModel::TypicalPower).toDouble() > 0.0);

    // CPU-only instances have a throughput index instead of TFLOPS.
    const int cpu = model.rowOf(QStringLiteral("m7g.xlarge"));
    QVERIFY(cpu >= 0);
    QVERIFY(value(cpu, InstanceTableModel::CpuIndex).toDouble() > 0.0);
    QCOMPARE(model.index(cpu, InstanceTableModel::PeakTflops).data().toString(),
             QStringLiteral("–"));

    // A project instance joins the table with its efficiency computed too.
    CatalogInstance custom;
    custom.id = QStringLiteral("aaa.custom");
    custom.vcpus = 4;
    custom.maxPowerW = 250;
    push(new AddCatalogInstance(m_doc.get(), custom));
    const int customRow = model.rowOf(QStringLiteral("aaa.custom"));
    QVERIFY(customRow >= 0);
    QVERIFY(value(customRow, InstanceTableModel::TypicalPower).toDouble() >= 0.0);
    m_doc->undo();
    QCOMPARE(model.rowOf(QStringLiteral("aaa.custom")), -1);
}

void TestItemModels::regionTable()
{
    RegionTableModel model(m_doc.get(), &m_reference);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    const int a = model.rowOf(QStringLiteral("r-a"));
    QCOMPARE(
        model.index(a, RegionTableModel::Intensity).data(RegionTableModel::ValueRole).toDouble(),
        400.0);
    QCOMPARE(
        model.index(model.rowOf(QStringLiteral("r-b")), RegionTableModel::Pue).data().toString(),
        QStringLiteral("–"));
    CatalogRegion custom;
    custom.id = QStringLiteral("onprem");
    custom.gridGCo2ePerKWh = 20;
    push(new AddCatalogRegion(m_doc.get(), custom));
    QCOMPARE(model.rowCount(), 3);
    push(new RemoveCatalogRegion(m_doc.get(), 0));
    QCOMPARE(model.rowCount(), 2);
}

void TestItemModels::issuesFollowEstimate()
{
    IssuesModel model(m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    push(new ChangeValue<ComponentField::Instance>(m_doc.get(), {2, 0}, QStringLiteral("no.such")));
    QVERIFY(model.rowCount() > before);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(IssuesModel::PathRole).toString()
            == QStringLiteral("stages[2].components[0].instance")) {
            found = true;
            QCOMPARE(model.index(row, IssuesModel::Severity).data().toString(),
                     QStringLiteral("Error"));
        }
    }
    QVERIFY(found);
    m_doc->undo();
    QCOMPARE(model.rowCount(), before);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
