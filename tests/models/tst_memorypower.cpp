// SPDX-License-Identifier: GPL-3.0-or-later
// Memory power that follows modules, not gigabytes, on large hosts (greenprint profile).
#include "engine/greenprintprofile.h"
#include "engine/memorypower.h"
#include "referencedb.h"
#include "strictqtest.h"
#include "tolerance.h"

#include <QTest>

using namespace greenprint;

class TestMemoryPower : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void excessMemoryWatts_data();
    void excessMemoryWatts();
    void modelReadsItsCoefficients();
    void assumptionStatesTheModel();
};

void TestMemoryPower::excessMemoryWatts_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<double>("watts");
    // By hand. Chips = ceil(host vCPUs / 96) (CCF); baseline = CCF's GB per chip
    // (ccf_coefficients_2026: Ice Lake 136, Skylake 75.1, Cascade Lake 105.97) x chips; 0.392 W/GB
    // (CCF); the modules bound is chips x 16 modules x 5 W, shared by excess / host GB.
    // x2idn.32xlarge, 2 TB: 2 chips, excess 2048 - 272 = 1776 GB; 1776 x 0.392 = 696.2 W,
    // bound 160 W x 1776 / 2048 = 138.75 W: the modules bound.
    QTest::newRow("2 TB host (x2idn.32xlarge)") << QStringLiteral("x2idn.32xlarge") << 138.75;
    // Half of that host (64 of its 128 vCPUs): half its watts.
    QTest::newRow("half a 2 TB host (x2idn.16xlarge)")
        << QStringLiteral("x2idn.16xlarge") << 69.375;
    // r6i.32xlarge, 1 TB: excess 1024 - 272 = 752 GB; 294.8 W linear, 160 x 752 / 1024 = 117.5.
    QTest::newRow("1 TB host (r6i.32xlarge)") << QStringLiteral("r6i.32xlarge") << 117.5;
    // m5.24xlarge: 1 chip, excess 384 - 75.1 = 308.9 GB; 121.1 W linear,
    // 80 x 308.9 / 384 = 64.3541667 W.
    QTest::newRow("384 GiB on one chip (m5.24xlarge)")
        << QStringLiteral("m5.24xlarge") << 80.0 * 308.9 / 384.0;
    // c5.24xlarge (Cascade Lake, 105.97 GB per chip): 1 chip, excess 192 - 105.97 = 86.03 GB;
    // 86.03 x 0.392 = 33.72376 W below 80 x 86.03 / 192 = 35.8 W: small hosts keep the
    // per-GB rate.
    QTest::newRow("192 GiB host keeps the per-GB rate (c5.24xlarge)")
        << QStringLiteral("c5.24xlarge") << 33.72376;
}

void TestMemoryPower::excessMemoryWatts()
{
    QFETCH(QString, instance);
    QFETCH(double, watts);
    const ReferenceData &ref = test::builtReferenceData();
    const InstanceSpec *spec = ref.instance(instance);
    QVERIFY2(spec, qPrintable(instance));
    const GreenprintProfile profile(ref, ProjectSettings{});
    GP_COMPARE_NEAR(profile.memoryPower(*spec).w, watts, 1e-9, 1e-9);
}

void TestMemoryPower::modelReadsItsCoefficients()
{
    const MemoryPowerModel m = MemoryPowerModel::fromReference(test::builtReferenceData());
    GP_COMPARE_NEAR(m.wPerGB, 0.392, 1e-12, 0.0);
    GP_COMPARE_NEAR(m.wPerModule, 5.0, 1e-12, 0.0);
    GP_COMPARE_NEAR(m.modulesPerChip, 16.0, 1e-12, 0.0);
    GP_COMPARE_NEAR(m.hostModulesCap(2).w, 160.0, 1e-12, 0.0);
    QCOMPARE(m.hostExcessPower(0.0, 2048.0, 2).w, 0.0);
    // Whole host in excess: never more than its modules draw.
    GP_COMPARE_NEAR(m.hostExcessPower(4096.0, 4096.0, 2).w, 160.0, 1e-12, 0.0);
}

void TestMemoryPower::assumptionStatesTheModel()
{
    const GreenprintProfile profile(test::builtReferenceData(), ProjectSettings{});
    bool stated = false;
    for (const QString &a : profile.generalAssumptions())
        stated = stated
            || (a.contains(QStringLiteral("0.392 W per GB"))
                && a.contains(QStringLiteral("16 modules")) && a.contains(QStringLiteral("5 W")));
    QVERIFY(stated);
}

QTEST_GUILESS_MAIN(TestMemoryPower)
#include "tst_memorypower.moc"
