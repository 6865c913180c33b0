// SPDX-License-Identifier: GPL-3.0-or-later
// What the estimator reports it used, for views to render instead of restating it:
// the load applied on the power curve, the hours of one run of the work, the method
// in prose and the constants read. Expected values are the reference data's own
// figures, written out here (ccf_constants.csv, coefficients.csv, green_algorithms.csv).
#include "engine/estimator.h"
#include "referencedb.h"
#include "strictqtest.h"
#include "tolerance.h"

#include <QTest>

using namespace greenprint;

namespace {

WorkSpec trainingWork()
{
    WorkSpec w;
    w.kind = WorkSpec::Kind::Training;
    w.parameters = 1e9;
    w.tokens = 2e10;
    w.epochs = 1.0;
    w.precision = Precision::Bf16;
    return w;
}

Component compute(const QString &instance, double hours, double utilization,
                  std::optional<WorkSpec> work = std::nullopt)
{
    Component c;
    c.name = QStringLiteral("job");
    c.spec = ComputeSpec{instance,          2,    hours,       utilization, std::nullopt,
                         Pricing::OnDemand, work, std::nullopt};
    return c;
}

Component notebook(double idleHoursPerWeek)
{
    Component c;
    c.name = QStringLiteral("notebook");
    NotebookSpec s;
    s.instance = QStringLiteral("m5.4xlarge");
    s.activeHoursPerWeek = 10.0;
    s.idleHoursPerWeek = idleHoursPerWeek;
    s.weeks = 4.0;
    s.activeUtilization = 0.3;
    c.spec = s;
    return c;
}

Estimate run(Methodology methodology, const ComponentList &components)
{
    Project p;
    p.name = QStringLiteral("engine account");
    p.region = QStringLiteral("us-east-1");
    p.settings.methodology = methodology;
    for (const Component &c : components)
        p.stage(StageKind::Training).components.push_back(c);
    return estimateProject(p, test::builtReferenceData());
}

const UsedConstant *constant(const Estimate &e, const QString &key)
{
    for (const UsedConstant &c : e.constants) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestEngineAccount : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void appliedLoadIsTheMethods_data();
    void appliedLoadIsTheMethods();
    void workSizedJobReportsItsHoursAndLoad();
    void ccfReportsItsFixedLoadBesideTheWorks();
    void notebookIdleHoursHaveTheirOwnLoad();
    void measuredPowerHasNoModelledLoad();
    void failedSizingReportsNoLoad();
    void constantsAreTheOnesRead_data();
    void constantsAreTheOnesRead();
    void componentsAddTheConstantsTheyRead();
    void projectSpotDiscountIsReportedAsTheProjects();
    void methodSummaryStatesTheDataNumbers();
};

void TestEngineAccount::appliedLoadIsTheMethods_data()
{
    QTest::addColumn<int>("methodology");
    QTest::addColumn<double>("utilization");
    QTest::addColumn<double>("applied");
    // Greenprint and Green Algorithms apply the component's utilization; CCF its own
    // AVG_CPU_UTILIZATION_2020, 50 % (ccf_constants.csv), whatever the component says.
    QTest::newRow("greenprint") << int(Methodology::Greenprint) << 0.3 << 0.3;
    QTest::newRow("green-algorithms") << int(Methodology::GreenAlgorithms) << 0.3 << 0.3;
    QTest::newRow("ccf 0.3") << int(Methodology::CloudCarbonFootprint) << 0.3 << 0.5;
    QTest::newRow("ccf 0.9") << int(Methodology::CloudCarbonFootprint) << 0.9 << 0.5;
}

void TestEngineAccount::appliedLoadIsTheMethods()
{
    QFETCH(int, methodology);
    QFETCH(double, utilization);
    QFETCH(double, applied);
    const Estimate e =
        run(Methodology(methodology), {compute(QStringLiteral("m5.4xlarge"), 100.0, utilization)});
    const ComponentEstimate &c = e.stages[int(StageKind::Training)].components.at(0);
    QVERIFY(c.appliedLoadFraction);
    GP_COMPARE_NEAR(*c.appliedLoadFraction, applied, 1e-12, 0.0);
    QVERIFY(!c.idleLoadFraction);
    QVERIFY(!c.workHoursPerRun); // the hours are stated
}

void TestEngineAccount::workSizedJobReportsItsHoursAndLoad()
{
    const Estimate e = run(Methodology::Greenprint,
                           {compute(QStringLiteral("p4d.24xlarge"), 0.0, 0.6, trainingWork())});
    const ComponentEstimate &c = e.stages[int(StageKind::Training)].components.at(0);
    QVERIFY(c.hoursDerived && c.workHoursPerRun && c.acceleratorLoad && c.appliedLoadFraction);
    // One run: the hours per instance are the work's hours.
    GP_COMPARE_NEAR(c.workHoursPerRun->h, c.hours.h, 1e-12, 0.0);
    // 6 x 1e9 x 2e10 FLOPs on 2 x 8 A100 (312 TFLOPS dense bf16 each): 1.2e20 /
    // (4992e12 x 3600) = 6.68 h at full peak; a realistic fraction of peak (0.2-0.6)
    // puts it between 11 and 34 h.
    QVERIFY2(c.workHoursPerRun->h > 11.0 && c.workHoursPerRun->h < 34.0,
             qPrintable(QString::number(c.workHoursPerRun->h)));
    // Greenprint applies the load the achieved fraction implies.
    GP_COMPARE_NEAR(*c.appliedLoadFraction, *c.acceleratorLoad, 1e-12, 0.0);
    QVERIFY(*c.appliedLoadFraction > 0.0 && *c.appliedLoadFraction <= 1.0);
}

void TestEngineAccount::ccfReportsItsFixedLoadBesideTheWorks()
{
    const Estimate e = run(Methodology::CloudCarbonFootprint,
                           {compute(QStringLiteral("p4d.24xlarge"), 0.0, 0.6, trainingWork())});
    const ComponentEstimate &c = e.stages[int(StageKind::Training)].components.at(0);
    QVERIFY(c.workHoursPerRun && c.acceleratorLoad && c.appliedLoadFraction);
    GP_COMPARE_NEAR(*c.appliedLoadFraction, 0.5, 1e-12, 0.0);
    QVERIFY(*c.acceleratorLoad != 0.5); // what the work implies, which CCF does not apply
}

void TestEngineAccount::notebookIdleHoursHaveTheirOwnLoad()
{
    const Estimate greenprint = run(Methodology::Greenprint, {notebook(30.0), notebook(0.0)});
    const auto &gp = greenprint.stages[int(StageKind::Training)].components;
    QVERIFY(gp.at(0).appliedLoadFraction && gp.at(0).idleLoadFraction);
    GP_COMPARE_NEAR(*gp.at(0).appliedLoadFraction, 0.3, 1e-12, 0.0);
    GP_COMPARE_NEAR(*gp.at(0).idleLoadFraction, 0.0, 0.0, 0.0);
    QVERIFY(!gp.at(1).idleLoadFraction); // no idle hours, no idle load

    // CCF's fixed 50 % holds for idle hours too.
    const Estimate ccf = run(Methodology::CloudCarbonFootprint, {notebook(30.0)});
    const ComponentEstimate &c = ccf.stages[int(StageKind::Training)].components.at(0);
    QVERIFY(c.appliedLoadFraction && c.idleLoadFraction);
    GP_COMPARE_NEAR(*c.appliedLoadFraction, 0.5, 1e-12, 0.0);
    GP_COMPARE_NEAR(*c.idleLoadFraction, 0.5, 1e-12, 0.0);
}

void TestEngineAccount::measuredPowerHasNoModelledLoad()
{
    Component c = compute(QStringLiteral("m5.4xlarge"), 100.0, 0.3);
    std::get<ComputeSpec>(c.spec).measuredPowerW = 250.0;
    const Estimate e = run(Methodology::Greenprint, {c});
    const ComponentEstimate &ce = e.stages[int(StageKind::Training)].components.at(0);
    QVERIFY(!ce.appliedLoadFraction);
    GP_COMPARE_NEAR(ce.averagePower.w, 250.0, 1e-12, 0.0);
}

void TestEngineAccount::failedSizingReportsNoLoad()
{
    // A CPU instance cannot be sized from work: an error, and no figure stands.
    const Estimate e = run(Methodology::Greenprint,
                           {compute(QStringLiteral("m5.4xlarge"), 0.0, 0.6, trainingWork())});
    const ComponentEstimate &c = e.stages[int(StageKind::Training)].components.at(0);
    QVERIFY(!c.footprint.complete);
    QVERIFY(!c.appliedLoadFraction);
    QVERIFY(!c.workHoursPerRun);
}

void TestEngineAccount::constantsAreTheOnesRead_data()
{
    QTest::addColumn<int>("methodology");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    // coefficients.csv
    QTest::newRow("greenprint PUE fallback")
        << int(Methodology::Greenprint) << QStringLiteral("datacenter.aws_global_pue") << 1.15
        << QStringLiteral("ratio");
    // ccf_constants.csv, AWS_CLOUD_CONSTANTS
    QTest::newRow("ccf PUE") << int(Methodology::CloudCarbonFootprint) << QStringLiteral("pue")
                             << 1.135 << QStringLiteral("ratio");
    QTest::newRow("ccf utilization")
        << int(Methodology::CloudCarbonFootprint) << QStringLiteral("avg_cpu_utilization_pct")
        << 50.0 << QStringLiteral("percent");
    // green_algorithms.csv
    QTest::newRow("green-algorithms memory")
        << int(Methodology::GreenAlgorithms) << QStringLiteral("memory_w_per_gb") << 0.3725
        << QStringLiteral("W per GB");
    QTest::newRow("green-algorithms PUE")
        << int(Methodology::GreenAlgorithms) << QStringLiteral("pue_aws") << 1.2
        << QStringLiteral("ratio");
}

void TestEngineAccount::constantsAreTheOnesRead()
{
    QFETCH(int, methodology);
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(QString, unit);
    const Estimate e =
        run(Methodology(methodology), {compute(QStringLiteral("m5.4xlarge"), 100.0, 0.3)});
    const UsedConstant *c = constant(e, key);
    QVERIFY2(c, qPrintable(key));
    GP_COMPARE_NEAR(c->value, value, 1e-12, 0.0);
    QCOMPARE(c->unit, unit);
    QVERIFY(!c->source.isEmpty());
    // Each once; CCF's per-region emission factors belong to the regions, not here.
    QSet<QString> keys;
    for (const UsedConstant &u : e.constants) {
        QVERIFY2(!keys.contains(u.key), qPrintable(u.key));
        keys.insert(u.key);
        QVERIFY2(!u.key.startsWith(u"emissions_factor."), qPrintable(u.key));
    }
}

void TestEngineAccount::componentsAddTheConstantsTheyRead()
{
    const QString network = QStringLiteral("network.kwh_per_gb");
    const QString hdd = QStringLiteral("storage.hdd_wh_per_tb_hour");
    const QString spot = QStringLiteral("pricing.spot_discount_fraction");
    const Estimate bare =
        run(Methodology::Greenprint, {compute(QStringLiteral("m5.4xlarge"), 100.0, 0.3)});
    QVERIFY(!constant(bare, network) && !constant(bare, hdd) && !constant(bare, spot));

    Component transfer;
    transfer.name = QStringLiteral("copy");
    transfer.spec = TransferSpec{100.0, QStringLiteral("eu-west-1")};
    Component storage;
    storage.name = QStringLiteral("data");
    StorageSpec s;
    s.storageClass = StorageClass::S3Standard;
    s.sizeGB = 100.0;
    s.months = 1.0;
    storage.spec = s;
    Component spotJob = compute(QStringLiteral("m5.4xlarge"), 100.0, 0.3);
    std::get<ComputeSpec>(spotJob.spec).pricing = Pricing::Spot;
    const Estimate e = run(Methodology::Greenprint, {transfer, storage, spotJob});
    // coefficients.csv: 0.001 kWh per GB moved (CCF's network coefficient), 0.65 Wh per
    // TB-hour of HDD (CCF counts every S3 class as HDD: storage_classes.csv).
    QVERIFY(constant(e, network));
    GP_COMPARE_NEAR(constant(e, network)->value, 0.001, 1e-12, 0.0);
    QVERIFY(constant(e, hdd));
    GP_COMPARE_NEAR(constant(e, hdd)->value, 0.65, 1e-12, 0.0);
    QVERIFY(constant(e, spot));
}

void TestEngineAccount::projectSpotDiscountIsReportedAsTheProjects()
{
    Project p;
    p.name = QStringLiteral("spot");
    p.region = QStringLiteral("us-east-1");
    p.settings.spotDiscountFraction = 0.7;
    Component job = compute(QStringLiteral("m5.4xlarge"), 100.0, 0.3);
    std::get<ComputeSpec>(job.spec).pricing = Pricing::Spot;
    p.stage(StageKind::Training).components.push_back(job);
    const Estimate e = estimateProject(p, test::builtReferenceData());
    const UsedConstant *c = constant(e, QStringLiteral("pricing.spot_discount_fraction"));
    QVERIFY(c);
    GP_COMPARE_NEAR(c->value, 0.7, 1e-12, 0.0);
    QVERIFY(c->source.isEmpty()); // the project's own figure, not the reference data's
}

void TestEngineAccount::methodSummaryStatesTheDataNumbers()
{
    for (Methodology m : {Methodology::Greenprint, Methodology::CloudCarbonFootprint,
                          Methodology::GreenAlgorithms}) {
        const Estimate e = run(m, {compute(QStringLiteral("m5.4xlarge"), 1.0, 0.3)});
        QVERIFY(!e.methodSummary.isEmpty());
    }
    const Estimate ccf =
        run(Methodology::CloudCarbonFootprint, {compute(QStringLiteral("m5.4xlarge"), 1.0, 0.3)});
    // CCF's 50 % from ccf_constants.csv, and the package version it reproduces.
    QVERIFY2(ccf.methodSummary.contains(QStringLiteral("at 50 % utilization")),
             qPrintable(ccf.methodSummary));
    QVERIFY2(ccf.methodSummary.contains(QStringLiteral("@cloud-carbon-footprint/aws")),
             qPrintable(ccf.methodSummary));
}

QTEST_GUILESS_MAIN(TestEngineAccount)
#include "tst_engineaccount.moc"
