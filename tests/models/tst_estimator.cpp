// SPDX-License-Identifier: GPL-3.0-or-later
// Every component type against hand-computed expectations (see referencefixture.h).
#include "advisortestprojects.h"
#include "engine/estimator.h"
#include "referencedb.h"
#include "referencefixture.h"
#include "strictqtest.h"
#include "tolerance.h"

#include <QTest>

using namespace greenprint;

Q_DECLARE_METATYPE(greenprint::Component)

namespace {

constexpr double kRel = 1e-9;
constexpr double kAbs = 1e-9;
/** Embodied kgCO2e per instance-hour of test.gpu: 1000 kg over a 4-year (35,040 h) life. */
constexpr double kEmb = 1000.0 / 52560.0; // 1000 kg over the default 6 years

Component make(ComponentSpec spec)
{
    Component c;
    c.name = QStringLiteral("component");
    c.spec = std::move(spec);
    return c;
}

Project projectWith(const Component &component, const QString &region = QStringLiteral("r-a"))
{
    Project p;
    p.name = QStringLiteral("test");
    p.region = region;
    p.stage(StageKind::Training).components.push_back(component);
    return p;
}

} // namespace

class TestEstimator : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void componentFootprint_data();
    void componentFootprint();
    void regionWithoutPueUsesAwsGlobalPue();
    void projectPueOverridesRegion();
    void embodiedExcludedWhenSettingOff();
    void stageRegionOverride();
    void totalsAreSumsOfStages();
    void unknownInstanceIsAnErrorWithPath();
    void unknownRegionIsAnError();
    void missingPriceAndEmbodiedAreWarnings();
    void projectCatalogShadowsReference();
    void estimateIsDeterministic();
    void provisionedEndpointIsBilledForItsHoursWhateverItServes();
};

void TestEstimator::componentFootprint_data()
{
    QTest::addColumn<Component>("component");
    QTest::addColumn<double>("itKWh");
    QTest::addColumn<double>("embodiedKg");
    QTest::addColumn<double>("costUsd");
    QTest::addColumn<double>("hours");

    // 2 x 10 h at 25 %: 100 + 0.5 x (300 - 100) = 200 W -> 4 kWh; 1000 kg x 20 h / 35,040 h.
    QTest::newRow("compute interpolated")
        << make(ComputeSpec{QStringLiteral("test.gpu"), 2, 10.0, 0.25, std::nullopt,
                            Pricing::OnDemand, std::nullopt, std::nullopt})
        << 4.0 << kEmb * 20 << 40.0 << 10.0;
    QTest::newRow("compute at a load point")
        << make(ComputeSpec{QStringLiteral("test.gpu"), 1, 10.0, 0.5, std::nullopt,
                            Pricing::OnDemand, std::nullopt, std::nullopt})
        << 3.0 << kEmb * 10 << 20.0 << 10.0;
    QTest::newRow("compute clamps utilization above 1")
        << make(ComputeSpec{QStringLiteral("test.gpu"), 1, 10.0, 1.7, std::nullopt,
                            Pricing::OnDemand, std::nullopt, std::nullopt})
        << 4.0 << kEmb * 10 << 20.0 << 10.0;
    QTest::newRow("compute measured watts replace the curve")
        << make(ComputeSpec{QStringLiteral("test.gpu"), 2, 10.0, 0.25, 250.0, Pricing::OnDemand,
                            std::nullopt, std::nullopt})
        << 5.0 << kEmb * 20 << 40.0 << 10.0;
    QTest::newRow("compute spot is 60 % off")
        << make(ComputeSpec{QStringLiteral("test.gpu"), 2, 10.0, 0.25, std::nullopt, Pricing::Spot,
                            std::nullopt, std::nullopt})
        << 4.0 << kEmb * 20 << 16.0 << 10.0;
    QTest::newRow("compute zero hours")
        << make(ComputeSpec{QStringLiteral("test.gpu"), 3, 0.0, 0.5, std::nullopt,
                            Pricing::OnDemand, std::nullopt, std::nullopt})
        << 0.0 << 0.0 << 0.0 << 0.0;
    // 20 h active at 30 W + 40 h idle at 10 W = 0.6 + 0.4 kWh.
    QTest::newRow("notebook active and idle")
        << make(NotebookSpec{QStringLiteral("test.cpu"), 10.0, 20.0, 2.0, 0.5}) << 1.0 << 0.0 << 0.0
        << 60.0;
    // 4 trials x 2 h at 400 W = 3.2 kWh; 8 h x 2 USD; 1000 x 8 / 10,000 = 0.8 kg.
    QTest::newRow("tuning") << make(TuningSpec{QStringLiteral("test.gpu"), 1,
                                               TuningStrategy::Random, 4, 2.0, 1.0, std::nullopt})
                            << 3.2 << kEmb * 8 << 16.0 << 8.0;
    QTest::newRow("tuning two instances per trial") << make(
        TuningSpec{QStringLiteral("test.gpu"), 2, TuningStrategy::Grid, 4, 2.0, 1.0, std::nullopt})
                                                    << 6.4 << kEmb * 16 << 32.0 << 8.0;
    // 100 h at 300 W.
    QTest::newRow("endpoint real-time") << make(EndpointSpec{
        EndpointMode::RealTime, QStringLiteral("test.gpu"), 1, 100.0, 0.5, 1, std::nullopt})
                                        << 30.0 << kEmb * 100 << 200.0 << 100.0;
    // Busy 10 % of 100 h, at full load: 10 h x 400 W.
    QTest::newRow("endpoint serverless counts busy hours") << make(EndpointSpec{
        EndpointMode::Serverless, QStringLiteral("test.gpu"), 1, 100.0, 0.1, 1, std::nullopt})
                                                           << 4.0 << kEmb * 10 << 20.0 << 10.0;
    // 1 TB x 730 h x 0.65 Wh/TBh x 6 copies = 2.847 kWh; 1000 GB x 0.023.
    QTest::newRow("storage s3 standard") << make(StorageSpec{StorageClass::S3Standard, 1000.0, 1.0})
                                         << 2.847 << 0.0 << 23.0 << 730.0;
    // 0.5 TB x 1460 h x 1.2 x 2 = 1.752 kWh; 500 x 2 x 0.08.
    QTest::newRow("storage ebs gp3 ssd")
        << make(StorageSpec{StorageClass::EbsGp3, 500.0, 2.0}) << 1.752 << 0.0 << 80.0 << 1460.0;
    QTest::newRow("transfer") << make(TransferSpec{500.0, QStringLiteral("r-b")}) << 0.5 << 0.0
                              << 10.0 << 0.0;
    // GB-months: 10 x (3^2/2 + 3 x 9) = 315 -> 315 x 730 GB-h = 229.95 TB-h x 0.65 x 6 / 1000.
    QTest::newRow("logs with retention")
        << make(LogsSpec{10.0, 3.0, 12.0}) << 0.896805 << 0.0 << 69.45 << 8760.0;
    // Never expire: 10 x 12^2 / 2 = 720 GB-months.
    QTest::newRow("logs never expire")
        << make(LogsSpec{10.0, 0.0, 12.0}) << 720.0 * 730.0 / 1000.0 * 0.65 * 6.0 / 1000.0 << 0.0
        << 60.0 + 0.03 * 720.0 << 8760.0;
}

void TestEstimator::componentFootprint()
{
    QFETCH(Component, component);
    QFETCH(double, itKWh);
    QFETCH(double, embodiedKg);
    QFETCH(double, costUsd);
    QFETCH(double, hours);

    const ReferenceData ref = test::makeReferenceFixture();
    const Estimate e = estimateProject(projectWith(component), ref);
    const ComponentEstimate &c = e.stages[2].components.at(0);
    const Footprint &f = c.footprint;
    GP_COMPARE_NEAR(f.itEnergy.kWh, itKWh, kRel, kAbs);
    GP_COMPARE_NEAR(f.energy.kWh, itKWh * 1.2, kRel, kAbs);
    GP_COMPARE_NEAR(f.operationalCo2e.kg, itKWh * 1.2 * 0.4, kRel, kAbs);
    GP_COMPARE_NEAR(f.embodiedCo2e.kg, embodiedKg, kRel, kAbs);
    GP_COMPARE_NEAR(f.co2e.kg, itKWh * 1.2 * 0.4 + embodiedKg, kRel, kAbs);
    GP_COMPARE_NEAR(f.cost.usd, costUsd, kRel, kAbs);
    GP_COMPARE_NEAR(c.hours.h, hours, kRel, kAbs);
    QCOMPARE(c.region, QStringLiteral("r-a"));
}

void TestEstimator::regionWithoutPueUsesAwsGlobalPue()
{
    const ReferenceData ref = test::makeReferenceFixture();
    const auto c = make(ComputeSpec{QStringLiteral("test.gpu"), 1, 10.0, 1.0, std::nullopt,
                                    Pricing::OnDemand, std::nullopt, std::nullopt});
    const Estimate e = estimateProject(projectWith(c, QStringLiteral("r-b")), ref);
    GP_COMPARE_NEAR(e.total.energy.kWh, 4.0 * 1.15, kRel, kAbs);
    GP_COMPARE_NEAR(e.total.operationalCo2e.kg, 4.0 * 1.15 * 0.1, kRel, kAbs);
    QCOMPARE(e.stages[2].components[0].pue.ratio, 1.15);
}

void TestEstimator::projectPueOverridesRegion()
{
    const ReferenceData ref = test::makeReferenceFixture();
    const auto c = make(ComputeSpec{QStringLiteral("test.gpu"), 1, 10.0, 1.0, std::nullopt,
                                    Pricing::OnDemand, std::nullopt, std::nullopt});
    Project p = projectWith(c);
    p.settings.pue = 1.5;
    const Estimate e = estimateProject(p, ref);
    GP_COMPARE_NEAR(e.total.energy.kWh, 6.0, kRel, kAbs);
}

void TestEstimator::embodiedExcludedWhenSettingOff()
{
    const ReferenceData ref = test::makeReferenceFixture();
    const auto c = make(ComputeSpec{QStringLiteral("test.gpu"), 1, 10.0, 1.0, std::nullopt,
                                    Pricing::OnDemand, std::nullopt, std::nullopt});
    Project p = projectWith(c);
    p.settings.includeEmbodied = false;
    const Estimate e = estimateProject(p, ref);
    GP_COMPARE_NEAR(e.total.embodiedCo2e.kg, 0.0, kRel, kAbs);
    GP_COMPARE_NEAR(e.total.co2e.kg, e.total.operationalCo2e.kg, kRel, kAbs);
    QVERIFY(!e.includeEmbodied);
}

void TestEstimator::stageRegionOverride()
{
    const ReferenceData ref = test::makeReferenceFixture();
    const auto c = make(ComputeSpec{QStringLiteral("test.gpu"), 1, 10.0, 1.0, std::nullopt,
                                    Pricing::OnDemand, std::nullopt, std::nullopt});
    Project p = projectWith(c);
    p.stage(StageKind::Training).region = QStringLiteral("r-b");
    const Estimate e = estimateProject(p, ref);
    QCOMPARE(e.stages[2].region, QStringLiteral("r-b"));
    GP_COMPARE_NEAR(e.total.operationalCo2e.kg, 4.0 * 1.15 * 0.1, kRel, kAbs);
}

void TestEstimator::totalsAreSumsOfStages()
{
    const ReferenceData ref = test::makeReferenceFixture();
    Project p;
    p.region = QStringLiteral("r-a");
    p.stage(StageKind::DataProcessing)
        .components.push_back(make(StorageSpec{StorageClass::S3Standard, 2000.0, 3.0}));
    p.stage(StageKind::ModelBuilding)
        .components.push_back(
            make(NotebookSpec{QStringLiteral("test.cpu"), 20.0, 100.0, 4.0, 0.3}));
    p.stage(StageKind::Training)
        .components.push_back(
            make(ComputeSpec{QStringLiteral("test.gpu"), 8, 72.0, 0.9, std::nullopt, Pricing::Spot,
                             std::nullopt, std::nullopt}));
    p.stage(StageKind::Training).components.push_back(make(LogsSpec{5.0, 1.0, 3.0}));
    p.stage(StageKind::Inference)
        .components.push_back(make(EndpointSpec{EndpointMode::Async, QStringLiteral("test.gpu"), 2,
                                                720.0, 0.2, 3, std::nullopt}));
    const Estimate e = estimateProject(p, ref);
    Footprint sum;
    for (const StageEstimate &s : e.stages) {
        Footprint stageSum;
        for (const ComponentEstimate &c : s.components)
            stageSum += c.footprint;
        GP_COMPARE_NEAR(s.footprint.co2e.kg, stageSum.co2e.kg, 1e-12, 1e-12);
        GP_COMPARE_NEAR(s.footprint.cost.usd, stageSum.cost.usd, 1e-12, 1e-12);
        sum += s.footprint;
    }
    GP_COMPARE_NEAR(e.total.energy.kWh, sum.energy.kWh, 1e-12, 1e-12);
    GP_COMPARE_NEAR(e.total.co2e.kg, sum.co2e.kg, 1e-12, 1e-12);
    QCOMPARE(e.stages.size(), std::size_t(4));
    QVERIFY(e.total.co2e.kg > 0.0);
}

void TestEstimator::unknownInstanceIsAnErrorWithPath()
{
    const ReferenceData ref = test::makeReferenceFixture();
    Project p =
        projectWith(make(ComputeSpec{QStringLiteral("x9.nonexistent"), 1, 10.0, 0.5, std::nullopt,
                                     Pricing::OnDemand, std::nullopt, std::nullopt}));
    const Estimate e = estimateProject(p, ref);
    QVERIFY(hasErrors(e.issues));
    QCOMPARE(e.issues.front().path, QStringLiteral("stages[2].components[0].instance"));
    QVERIFY(e.issues.front().message.contains(QStringLiteral("x9.nonexistent")));
    GP_COMPARE_NEAR(e.total.energy.kWh, 0.0, 0, 0);
    // The 0 above is a partial sum: the status says so at every level.
    QCOMPARE(figureStatus(e.stages[2].components[0].footprint), FigureStatus::NotEstimated);
    QCOMPARE(figureStatus(e.stages[2].footprint), FigureStatus::NotEstimated);
    QCOMPARE(figureStatus(e.total), FigureStatus::NotEstimated);
    QCOMPARE(figureStatus(e.stages[0].footprint),
             FigureStatus::Known); // no component: nothing lost
}

void TestEstimator::unknownRegionIsAnError()
{
    const ReferenceData ref = test::makeReferenceFixture();
    Project p = projectWith(make(StorageSpec{StorageClass::S3Standard, 10.0, 1.0}),
                            QStringLiteral("mars-1"));
    const Estimate e = estimateProject(p, ref);
    QVERIFY(hasErrors(e.issues));
    QCOMPARE(e.issues.front().path, QStringLiteral("region"));
    // Without a grid intensity the operational carbon is missing: no figure stands.
    QVERIFY(!e.stages[2].components[0].footprint.complete);
    QCOMPARE(figureStatus(e.total), FigureStatus::NotEstimated);
}

void TestEstimator::missingPriceAndEmbodiedAreWarnings()
{
    const ReferenceData ref = test::makeReferenceFixture();
    Project p = projectWith(make(ComputeSpec{QStringLiteral("test.cpu"), 1, 10.0, 0.5, std::nullopt,
                                             Pricing::OnDemand, std::nullopt, std::nullopt}));
    const Estimate e = estimateProject(p, ref);
    QVERIFY(!hasErrors(e.issues));
    QCOMPARE(e.issues.size(), std::size_t(2));
    for (const Issue &i : e.issues) {
        QCOMPARE(i.severity, Issue::Severity::Warning);
        QCOMPARE(i.path, QStringLiteral("stages[2].components[0].instance"));
    }
    // Energy and carbon stand; the cost is a partial sum (unknown, never 0).
    QVERIFY(e.total.complete);
    QCOMPARE(figureStatus(e.stages[2].components[0].footprint), FigureStatus::CostUnknown);
    QCOMPARE(figureStatus(e.total), FigureStatus::CostUnknown);
    QVERIFY(e.total.co2e.kg > 0.0);

    // Adding a priced component does not make the total's cost known.
    p.stage(StageKind::Inference)
        .components.push_back(
            make(ComputeSpec{QStringLiteral("test.gpu"), 1, 10.0, 0.5, std::nullopt,
                             Pricing::OnDemand, std::nullopt, std::nullopt}));
    const Estimate mixed = estimateProject(p, ref);
    QCOMPARE(figureStatus(mixed.stages[3].footprint), FigureStatus::Known);
    QCOMPARE(figureStatus(mixed.total), FigureStatus::CostUnknown);
}

void TestEstimator::projectCatalogShadowsReference()
{
    const ReferenceData ref = test::makeReferenceFixture();
    Project p = projectWith(make(ComputeSpec{QStringLiteral("test.gpu"), 1, 10.0, 0.5, std::nullopt,
                                             Pricing::OnDemand, std::nullopt, std::nullopt}),
                            QStringLiteral("onprem"));
    CatalogInstance ci;
    ci.id = QStringLiteral("test.gpu");
    ci.idlePowerW = 50.0;
    ci.maxPowerW = 150.0;
    ci.priceUsdPerHour = 1.0;
    ci.embodiedCo2eKg = 500.0;
    ci.overridesReference = true; // without it, reusing a reference id is an error
    p.catalogInstances.push_back(ci);
    CatalogRegion cr;
    cr.id = QStringLiteral("onprem");
    cr.gridGCo2ePerKWh = 50.0;
    cr.pue = 1.5;
    p.catalogRegions.push_back(cr);
    const Estimate e = estimateProject(p, ref);
    QVERIFY(!hasErrors(e.issues));
    QVERIFY(e.assumptions.contains(QStringLiteral(
        "The project's catalog replaces the reference instance test.gpu on purpose: 50 W idle, "
        "150 W at full load.")));
    // Two-point curve 50..150 W at 50 % = 100 W x 10 h = 1 kWh; x 1.5 PUE; x 50 g.
    GP_COMPARE_NEAR(e.total.itEnergy.kWh, 1.0, kRel, kAbs);
    GP_COMPARE_NEAR(e.total.operationalCo2e.kg, 1.5 * 0.05, kRel, kAbs);
    GP_COMPARE_NEAR(e.total.embodiedCo2e.kg, 500.0 * 10.0 / 52560.0, kRel, kAbs);
    GP_COMPARE_NEAR(e.total.cost.usd, 10.0, kRel, kAbs);
}

void TestEstimator::estimateIsDeterministic()
{
    const ReferenceData ref = test::makeReferenceFixture();
    Project p = projectWith(make(EndpointSpec{EndpointMode::Batch, QStringLiteral("test.gpu"), 3,
                                              12.5, 0.77, 2, std::nullopt}));
    const Estimate a = estimateProject(p, ref);
    const Estimate b = estimateProject(p, ref);
    QCOMPARE(a.total, b.total);
}

// A real-time endpoint with work is busy part of its hours and idle the rest; the bill is the
// provisioned hours all the same, so a change of the work alone (int8 instead of fp16) must
// leave the cost as it is to the last bit, not move it by the rounding of busy plus idle.
void TestEstimator::provisionedEndpointIsBilledForItsHoursWhateverItServes()
{
    const ReferenceData &ref = test::builtReferenceData();
    double fp16Kwh = 0.0;
    double fp16Usd = 0.0;
    for (Precision precision : {Precision::Fp16, Precision::Int8}) {
        const Project p =
            test::projectWith(StageKind::Inference,
                              test::endpoint(QStringLiteral("E"), QStringLiteral("g4dn.xlarge"), 2,
                                             0.5, true, EndpointMode::RealTime, precision));
        const Estimate e = estimateProject(p, ref);
        QVERIFY(!hasErrors(e.issues));
        // instances.csv: g4dn.xlarge 0.526 USD/h (us-east-1); 2 instances x 8760 h.
        GP_COMPARE_NEAR(e.total.cost.usd, 0.526 * 8760.0 * 2.0, 1e-12, 0.0);
        if (precision == Precision::Fp16) {
            fp16Kwh = e.total.energy.kWh;
            fp16Usd = e.total.cost.usd;
        } else {
            QVERIFY(e.total.energy.kWh < fp16Kwh); // the work is lighter
            QVERIFY(e.total.cost.usd == fp16Usd); // to the bit
        }
    }
}

QTEST_GUILESS_MAIN(TestEstimator)
#include "tst_estimator.moc"
