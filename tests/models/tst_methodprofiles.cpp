// SPDX-License-Identifier: GPL-3.0-or-later
// Each methodology profile against worked examples computed by hand from the peer's
// published formula and constants (data/reference/METHOD-PROFILES.md).
#include "engine/estimator.h"
#include "referencedb.h"
#include "tolerance.h"

#include <QTest>

using namespace greenprint;

namespace {

Estimate run(Methodology methodology, const QString &instance, double hours, double utilization,
             const QString &region, bool includeEmbodied = false)
{
    Project p;
    p.name = QStringLiteral("profile example");
    p.region = region;
    p.settings.methodology = methodology;
    p.settings.includeEmbodied = includeEmbodied;
    Component c;
    c.name = QStringLiteral("job");
    c.spec =
        ComputeSpec{instance, 1, hours, utilization, std::nullopt, Pricing::OnDemand, std::nullopt};
    p.stage(StageKind::Training).components.push_back(c);
    return estimateProject(p, test::builtReferenceData());
}

} // namespace

class TestMethodProfiles : public QObject
{
    Q_OBJECT

private slots:
    void workedExamples_data();
    void workedExamples();
    void ccfIgnoresTheComponentsUtilization();
    void ccfEmbodiedFollowsTheDocumentedFormula();
    void greenAlgorithmsCountsNoEmbodied();
    void profileIsNamedInTheEstimate();
};

void TestMethodProfiles::workedExamples_data()
{
    QTest::addColumn<int>("methodology");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<double>("hours");
    QTest::addColumn<double>("utilization");
    QTest::addColumn<QString>("region");
    QTest::addColumn<double>("energyKWh");
    QTest::addColumn<double>("co2eKg");

    // CCF, m5.4xlarge (Skylake 0.65/4.26 W per vCPU), 100 h at CCF's 50 %, us-east-1:
    //   CPU    16 x 2.455 W x 100 h x 1.135 / 1000              = 4.45828 kWh
    //   memory m5 family's last size 96 vCPU / 384 GiB, 1 chip: 384 - 81.32 = 302.68 GB
    //          x 64/384 = 50.4467 GB x 100 h x 0.000392 x 1.135  = 2.2444731 kWh
    //   total 6.7027531 kWh x 379.069 g/kWh (SERC)               = 2.5408059 kg
    QTest::newRow("ccf m5.4xlarge us-east-1")
        << int(Methodology::CloudCarbonFootprint) << QStringLiteral("m5.4xlarge") << 100.0 << 0.5
        << QStringLiteral("us-east-1") << 6.7027530933 << 2.5408059123;
    // CCF, p4d.24xlarge, 10 h at 50 %, eu-west-1 (worked example (b), billing path):
    //   CPU 2.511528 + GPU 8 x (46 + 0.5 x 361) x 10 h x 1.135 / 1000 = 20.5662
    //   + memory (1152 - 98.12) x 10 h x 0.000392 x 1.135 = 4.6889229 -> 27.7666509 kWh
    //   x 278.6 g/kWh = 7.73579 kg
    QTest::newRow("ccf p4d.24xlarge eu-west-1")
        << int(Methodology::CloudCarbonFootprint) << QStringLiteral("p4d.24xlarge") << 10.0 << 0.8
        << QStringLiteral("eu-west-1") << 27.7666509 << 7.73578894;
    // Green Algorithms, m5.4xlarge, 100 h at 50 %, us-east-1 (Virginia 308 g/kWh):
    //   (16 cores x 12 W x 0.5 + 64 GB x 0.3725 W) x 1.2 = 143.808 W -> 14.3808 kWh -> 4.4292864 kg
    QTest::newRow("green-algorithms m5.4xlarge us-east-1")
        << int(Methodology::GreenAlgorithms) << QStringLiteral("m5.4xlarge") << 100.0 << 0.5
        << QStringLiteral("us-east-1") << 14.3808 << 4.4292864;
    // Green Algorithms, p4d.24xlarge, 10 h at 80 %, eu-west-1 (Ireland 335.99 g/kWh):
    //   (96 x 12 x 0.8 + 8 x 400 x 0.8 + 1152 x 0.3725) x 1.2 = 4692.864 W
    //   -> 46.92864 kWh -> 15.7675538 kg
    QTest::newRow("green-algorithms p4d.24xlarge eu-west-1")
        << int(Methodology::GreenAlgorithms) << QStringLiteral("p4d.24xlarge") << 10.0 << 0.8
        << QStringLiteral("eu-west-1") << 46.92864 << 15.7675538;
}

void TestMethodProfiles::workedExamples()
{
    QFETCH(int, methodology);
    QFETCH(QString, instance);
    QFETCH(double, hours);
    QFETCH(double, utilization);
    QFETCH(QString, region);
    QFETCH(double, energyKWh);
    QFETCH(double, co2eKg);
    const Estimate e = run(Methodology(methodology), instance, hours, utilization, region);
    QVERIFY(!hasErrors(e.issues));
    GP_COMPARE_NEAR(e.total.energy.kWh, energyKWh, 1e-7, 1e-9);
    GP_COMPARE_NEAR(e.total.co2e.kg, co2eKg, 1e-7, 1e-9);
}

void TestMethodProfiles::ccfIgnoresTheComponentsUtilization()
{
    const Estimate a = run(Methodology::CloudCarbonFootprint, QStringLiteral("c5.4xlarge"), 10, 0.1,
                           QStringLiteral("us-east-1"));
    const Estimate b = run(Methodology::CloudCarbonFootprint, QStringLiteral("c5.4xlarge"), 10, 0.9,
                           QStringLiteral("us-east-1"));
    GP_COMPARE_NEAR(a.total.energy.kWh, b.total.energy.kWh, 0.0, 0.0);
    const Estimate c = run(Methodology::Greenprint, QStringLiteral("c5.4xlarge"), 10, 0.1,
                           QStringLiteral("us-east-1"));
    const Estimate d = run(Methodology::Greenprint, QStringLiteral("c5.4xlarge"), 10, 0.9,
                           QStringLiteral("us-east-1"));
    QVERIFY(d.total.energy.kWh > c.total.energy.kWh);
}

void TestMethodProfiles::ccfEmbodiedFollowsTheDocumentedFormula()
{
    const Estimate e = run(Methodology::CloudCarbonFootprint, QStringLiteral("p4d.24xlarge"), 10,
                           0.5, QStringLiteral("eu-west-1"), true);
    const InstanceSpec *spec = test::builtReferenceData().instance(QStringLiteral("p4d.24xlarge"));
    QVERIFY(spec && spec->embodiedCo2eKg);
    // embodied x hours / 35,040 (the instance figure already holds the vCPU share)
    GP_COMPARE_NEAR(e.total.embodiedCo2e.kg, *spec->embodiedCo2eKg * 10.0 / 35040.0, 1e-12, 0.0);
}

void TestMethodProfiles::greenAlgorithmsCountsNoEmbodied()
{
    const Estimate e = run(Methodology::GreenAlgorithms, QStringLiteral("p4d.24xlarge"), 10, 0.5,
                           QStringLiteral("eu-west-1"), true);
    GP_COMPARE_NEAR(e.total.embodiedCo2e.kg, 0.0, 0.0, 0.0);
}

void TestMethodProfiles::profileIsNamedInTheEstimate()
{
    const Estimate e = run(Methodology::CloudCarbonFootprint, QStringLiteral("m5.4xlarge"), 1, 0.5,
                           QStringLiteral("us-east-1"));
    QCOMPARE(e.methodology, Methodology::CloudCarbonFootprint);
    QVERIFY(!e.assumptions.isEmpty());
    QVERIFY(e.assumptions.front().contains(QStringLiteral("Cloud Carbon Footprint")));
}

QTEST_GUILESS_MAIN(TestMethodProfiles)
#include "tst_methodprofiles.moc"
