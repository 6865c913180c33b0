// SPDX-License-Identifier: GPL-3.0-or-later
// Matching what ran to the plan and comparing: numbers worked out by hand on the test fixture.

// Qt headers first: moc (Qt 6.4) cannot parse <compare> unless a Qt header came before.
#include <QtGlobal>

#include "actuals/actualcomparison.h"
#include "actuals/actualmatcher.h"
#include "engine/estimator.h"
#include "referencedb.h"
#include "referencefixture.h"
#include "strictqtest.h"

#include <QTest>

using namespace greenprint;
using namespace greenprint::actuals;

namespace {

/*
 * Region r-a (400 g/kWh, PUE 1.2); embodied left out so that every figure is
 * energy x intensity. Training: "train", 1 x test.gpu for 10 h at 50 % (300 W).
 * Data processing: "corpus", 100 GB of S3 Standard for one month.
 */
Project makeProject()
{
    Project p;
    p.name = QStringLiteral("Actuals");
    p.region = QStringLiteral("r-a");
    p.settings.includeEmbodied = false;
    ComputeSpec train;
    train.instance = QStringLiteral("test.gpu");
    train.count = 1;
    train.hours = 10.0;
    train.utilization = 0.5;
    Component &training = p.stage(StageKind::Training).components.emplace_back();
    training.name = QStringLiteral("train");
    training.spec = train;
    StorageSpec corpus;
    corpus.storageClass = StorageClass::S3Standard;
    corpus.sizeGB = 100.0;
    corpus.months = 1.0;
    Component &stored = p.stage(StageKind::DataProcessing).components.emplace_back();
    stored.name = QStringLiteral("corpus");
    stored.spec = corpus;
    return p;
}

UsageRow usage(const QString &usageType, const QString &instance, const QString &region,
               double amount, double cost, UsageCategory category, const QString &tag = {},
               QDate day = QDate(2024, 5, 10))
{
    UsageRow r;
    r.day = day;
    r.account = QStringLiteral("1");
    r.region = region;
    r.product = QStringLiteral("AmazonSageMaker");
    r.usageType = usageType;
    r.instanceType = instance;
    r.componentTag = tag;
    r.category = category;
    r.unit = category == UsageCategory::Compute ? QStringLiteral("Hrs") : QStringLiteral("GB-Mo");
    r.usageAmount = amount;
    r.costUsd = cost;
    r.lineItems = 1;
    return r;
}

const ComponentComparison &component(const Comparison &c, StageKind kind, int index = 0)
{
    return c.stages[size_t(kind)].components[size_t(index)];
}

double driver(const ComponentComparison &c, Driver d)
{
    for (const DriverShare &share : c.drivers) {
        if (share.driver == d)
            return share.co2eKg;
    }
    return qQNaN();
}

constexpr double kTolerance = 1e-9;

} // namespace

class TestActualComparison : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void tagsNameComponents_data();
    void tagsNameComponents();
    void untaggedUsageMatchesStageAndInstance();
    void asPlannedGivesNoVariance();
    void driversSplitTheVariance();
    void workSizedJobAsPlannedGivesNoVariance();
    void unplannedUsageStaysVisible();
    void periodLeavesRowsOut();
    void awsFigureBesideGreenprints();
};

void TestActualComparison::tagsNameComponents_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("stage"); // -1: no component
    QTest::newRow("name") << QStringLiteral("train") << int(StageKind::Training);
    QTest::newRow("stage/name") << QStringLiteral("training/train") << int(StageKind::Training);
    QTest::newRow("wrong stage") << QStringLiteral("inference/train") << -1;
    QTest::newRow("unknown") << QStringLiteral("nothing") << -1;
    QTest::newRow("other component") << QStringLiteral("corpus") << int(StageKind::DataProcessing);
}

void TestActualComparison::tagsNameComponents()
{
    QFETCH(QString, tag);
    QFETCH(int, stage);
    const std::optional<ComponentRef> ref = componentForTag(makeProject(), tag);
    QCOMPARE(ref.has_value(), stage >= 0);
    if (ref)
        QCOMPARE(ref->stage, stage);
}

void TestActualComparison::untaggedUsageMatchesStageAndInstance()
{
    const Project project = makeProject();
    const std::vector<UsageRow> rows = {
        usage(QStringLiteral("USE1-Train:ml.test.gpu"), QStringLiteral("ml.test.gpu"),
              QStringLiteral("r-a"), 4, 8, UsageCategory::Compute),
        // Hosting is inference: the plan has no endpoint on test.gpu.
        usage(QStringLiteral("USE1-Host:ml.test.gpu"), QStringLiteral("ml.test.gpu"),
              QStringLiteral("r-a"), 4, 8, UsageCategory::Compute),
        usage(QStringLiteral("TimedStorage-ByteHrs"), {}, QStringLiteral("r-a"), 100, 2.3,
              UsageCategory::Storage),
    };
    const Matching m = matchActuals(project, rows, {});
    QCOMPARE(int(m.usage.size()), 2);
    const ComponentRef train{int(StageKind::Training), 0};
    QCOMPARE(int(m.usage.at(train).size()), 1);
    QCOMPARE(m.usage.at(train).front().rule, MatchRule::StageAndInstance);
    QCOMPARE(m.usage.at({int(StageKind::DataProcessing), 0}).front().rule, MatchRule::StorageClass);
    QCOMPARE(int(m.unplanned.size()), 1);
    QCOMPARE(m.unplanned.front().row.usageType, QStringLiteral("USE1-Host:ml.test.gpu"));
}

void TestActualComparison::asPlannedGivesNoVariance()
{
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    const Estimate plan = estimateProject(project, reference);
    ActualInputs inputs;
    inputs.usage = {usage(QStringLiteral("USE1-Train:ml.test.gpu"), QStringLiteral("ml.test.gpu"),
                          QStringLiteral("r-a"), 10, 20, UsageCategory::Compute),
                    usage(QStringLiteral("TimedStorage-ByteHrs"), {}, QStringLiteral("r-a"), 100,
                          2.3, UsageCategory::Storage)};
    const Comparison c = compareActuals(project, plan, reference, inputs);
    const ComponentComparison &train = component(c, StageKind::Training);
    // 300 W x 10 h x PUE 1.2 = 3.6 kWh; x 400 g/kWh = 1.44 kg.
    QVERIFY(qAbs(train.planned.energyKWh - 3.6) < kTolerance);
    QVERIFY(qAbs(train.actual.energyKWh - 3.6) < kTolerance);
    QVERIFY(qAbs(train.actual.co2eKg - 1.44) < kTolerance);
    QCOMPARE(train.actual.hours, 10.0);
    QCOMPARE(train.actual.costUsd, 20.0);
    QCOMPARE(train.actualInstance, QStringLiteral("test.gpu"));
    for (const DriverShare &d : train.drivers)
        QVERIFY2(qAbs(d.co2eKg) < kTolerance, qPrintable(d.detail));
    const ComponentComparison &corpus = component(c, StageKind::DataProcessing);
    QVERIFY(corpus.planned.energyKWh > 0.0);
    QVERIFY(qAbs(corpus.actual.energyKWh - corpus.planned.energyKWh) < kTolerance);
    QVERIFY(c.unplanned.empty());
    QVERIFY(c.actualTotal.complete);
}

void TestActualComparison::driversSplitTheVariance()
{
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    const Estimate plan = estimateProject(project, reference);
    ActualInputs inputs;
    // Twice the hours, in r-b (100 g/kWh, PUE 1.15 by the global fallback), at 100 % load.
    inputs.usage = {usage(QStringLiteral("USE1-Train:ml.test.gpu"), QStringLiteral("ml.test.gpu"),
                          QStringLiteral("r-b"), 20, 40, UsageCategory::Compute,
                          QStringLiteral("train"))};
    actuals::Measurement measured;
    measured.source = SourceKind::CloudWatch;
    measured.resource = QStringLiteral("i-1");
    measured.componentTag = QStringLiteral("train");
    measured.hours = 20.0;
    measured.averageUtilization = 1.0;
    inputs.measurements = {measured};
    const Comparison c = compareActuals(project, plan, reference, inputs);
    const ComponentComparison &train = component(c, StageKind::Training);
    QCOMPARE(train.measuredUtilization, std::optional<double>(1.0));
    // 400 W x 20 h x 1.15 x 0.1 kg/kWh = 0.92 kg.
    QVERIFY(qAbs(train.actual.co2eKg - 0.92) < kTolerance);
    // Hours: 20 h instead of 10 at the plan's 0.144 kg/h: +1.44.
    QVERIFY(qAbs(driver(train, Driver::Hours) - 1.44) < kTolerance);
    QVERIFY(qAbs(driver(train, Driver::Instance)) < kTolerance);
    // Region: 20 h x 0.3 kW x (1.15 x 0.1 - 1.2 x 0.4) = -2.19.
    QVERIFY(qAbs(driver(train, Driver::Region) + 2.19) < kTolerance);
    // Utilization: 20 h x (0.4 - 0.3) kW x 1.15 x 0.1 = +0.23.
    QVERIFY(qAbs(driver(train, Driver::Utilization) - 0.23) < kTolerance);
    QVERIFY(qAbs(driver(train, Driver::Other)) < kTolerance);
    double sum = 0.0;
    for (const DriverShare &d : train.drivers)
        sum += d.co2eKg;
    QVERIFY(qAbs(sum - (train.actual.co2eKg - train.planned.co2eKg)) < kTolerance);
}

// A job sized from work runs at the load its work implies, whatever its `utilization` field
// says (0.9 here, about twice the work's load on p4d): billed exactly its planned hours and not
// measured, it must show no variance. Valued at the field, the same run showed one.
void TestActualComparison::workSizedJobAsPlannedGivesNoVariance()
{
    Project project;
    project.name = QStringLiteral("Work");
    project.region = QStringLiteral("us-east-1");
    WorkSpec work;
    work.kind = WorkSpec::Kind::Training;
    work.parameters = 7e9;
    work.tokens = 2e10;
    ComputeSpec train;
    train.instance = QStringLiteral("p4d.24xlarge");
    train.count = 1;
    train.utilization = 0.9;
    train.work = work;
    Component &training = project.stage(StageKind::Training).components.emplace_back();
    training.name = QStringLiteral("train");
    training.spec = train;
    const ReferenceData &reference = test::builtReferenceData();
    const Estimate plan = estimateProject(project, reference);
    const ComponentEstimate &job = plan.stages[size_t(StageKind::Training)].components[0];
    QVERIFY(job.appliedLoadFraction && qAbs(*job.appliedLoadFraction - 0.9) > 0.1);
    ActualInputs inputs;
    inputs.usage = {usage(QStringLiteral("BoxUsage:p4d.24xlarge"), QStringLiteral("p4d.24xlarge"),
                          QStringLiteral("us-east-1"), job.hours.h, 100.0, UsageCategory::Compute,
                          QStringLiteral("train"))};
    const Comparison c = compareActuals(project, plan, reference, inputs);
    const ComponentComparison &compared = component(c, StageKind::Training);
    QCOMPARE(compared.plannedUtilization, job.appliedLoadFraction);
    QVERIFY2(qAbs(compared.actual.co2eKg / compared.planned.co2eKg - 1.0) < 1e-9,
             qPrintable(QStringLiteral("%1 against %2")
                            .arg(compared.actual.co2eKg)
                            .arg(compared.planned.co2eKg)));
    for (const DriverShare &d : compared.drivers)
        QVERIFY2(qAbs(d.co2eKg) < 1e-6 * compared.planned.co2eKg, qPrintable(d.detail));
}

void TestActualComparison::unplannedUsageStaysVisible()
{
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    const Estimate plan = estimateProject(project, reference);
    ActualInputs inputs;
    inputs.usage = {
        usage(QStringLiteral("BoxUsage:test.cpu"), QStringLiteral("test.cpu"),
              QStringLiteral("r-a"), 5, 1, UsageCategory::Compute, {}, QDate(2024, 5, 1)),
        usage(QStringLiteral("BoxUsage:test.cpu"), QStringLiteral("test.cpu"),
              QStringLiteral("r-a"), 5, 1, UsageCategory::Compute, {}, QDate(2024, 5, 2)),
        usage(QStringLiteral("BoxUsage:x9.huge"), QStringLiteral("x9.huge"), QStringLiteral("r-a"),
              3, 9, UsageCategory::Compute),
        usage(QStringLiteral("USE1-Train:ml.test.gpu"), QStringLiteral("ml.test.gpu"),
              QStringLiteral("r-a"), 2, 4, UsageCategory::Compute, QStringLiteral("ghost")),
    };
    const Comparison c = compareActuals(project, plan, reference, inputs);
    QCOMPARE(int(c.unplanned.size()), 3); // the two test.cpu days are summed
    const UnplannedComparison &cpu = c.unplanned.front();
    QCOMPARE(cpu.row.day, QDate(2024, 5, 1));
    QCOMPARE(cpu.lastDay, QDate(2024, 5, 2));
    QCOMPARE(cpu.row.usageAmount, 10.0);
    // At the planner's default 50 %: (10 + 0.5 x 40) W x 10 h x 1.2 x 0.4 kg/kWh = 0.144 kg.
    QVERIFY(qAbs(cpu.actual.co2eKg - 0.144) < kTolerance);
    const UnplannedComparison &unknown = c.unplanned[1];
    QVERIFY(!unknown.actual.complete);
    QCOMPARE(unknown.actual.hours, 3.0);
    QCOMPARE(unknown.actual.co2eKg, 0.0);
    QVERIFY(c.unplanned[2].reason.contains(QStringLiteral("ghost")));
    QVERIFY(!c.actualTotal.complete);
    QCOMPARE(c.actualTotal.costUsd, 1.0 + 1.0 + 9.0 + 4.0);
}

void TestActualComparison::periodLeavesRowsOut()
{
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    ActualInputs inputs;
    for (int day = 1; day <= 5; ++day) {
        inputs.usage.push_back(usage(QStringLiteral("USE1-Train:ml.test.gpu"),
                                     QStringLiteral("ml.test.gpu"), QStringLiteral("r-a"), 1, 2,
                                     UsageCategory::Compute, {}, QDate(2024, 5, day)));
    }
    inputs.options.from = QDate(2024, 5, 2);
    inputs.options.to = QDate(2024, 5, 4);
    const Comparison c =
        compareActuals(project, estimateProject(project, reference), reference, inputs);
    QCOMPARE(c.rowsOutsidePeriod, 2);
    QCOMPARE(component(c, StageKind::Training).actual.hours, 3.0);
    QCOMPARE(c.firstDay, QDate(2024, 5, 2));
    QCOMPARE(c.lastDay, QDate(2024, 5, 4));
}

void TestActualComparison::awsFigureBesideGreenprints()
{
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    ActualInputs inputs;
    inputs.usage = {usage(QStringLiteral("USE1-Train:ml.test.gpu"), QStringLiteral("ml.test.gpu"),
                          QStringLiteral("r-a"), 10, 20, UsageCategory::Compute),
                    // Another region and another month: outside AWS's rows below.
                    usage(QStringLiteral("USE1-Train:ml.test.gpu"), QStringLiteral("ml.test.gpu"),
                          QStringLiteral("r-b"), 10, 20, UsageCategory::Compute),
                    usage(QStringLiteral("USE1-Train:ml.test.gpu"), QStringLiteral("ml.test.gpu"),
                          QStringLiteral("r-a"), 10, 20, UsageCategory::Compute, {},
                          QDate(2024, 6, 3))};
    CarbonRow aws;
    aws.periodStart = QDate(2024, 5, 1);
    aws.periodEnd = QDate(2024, 6, 1);
    aws.region = QStringLiteral("r-a");
    aws.product = QStringLiteral("AmazonSageMaker");
    aws.modelVersion = QStringLiteral("v2.0.0");
    aws.locationMtco2e = 0.002;
    aws.marketMtco2e = 0.0;
    inputs.carbon = {aws};
    const Comparison c =
        compareActuals(project, estimateProject(project, reference), reference, inputs);
    QVERIFY(c.aws);
    QCOMPARE(c.aws->awsLocationCo2eKg, 2.0);
    QCOMPARE(c.aws->awsMarketCo2eKg, std::optional<double>(0.0));
    QCOMPARE(c.aws->regions, QStringList{QStringLiteral("r-a")});
    // Only May in r-a: 10 h x 0.144 kg/h.
    QVERIFY(qAbs(c.aws->greenprint.co2eKg - 1.44) < kTolerance);
    QCOMPARE(c.aws->gapReasons.size(), 5);
    QVERIFY(c.aws->gapReasons.front().contains(QStringLiteral("v2.0.0")));
}

QTEST_GUILESS_MAIN(TestActualComparison)
#include "tst_actualcomparison.moc"
