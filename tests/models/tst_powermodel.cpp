// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/powermodel.h"
#include "strictqtest.h"
#include "tolerance.h"

#include <QTest>

using namespace greenprint;

class TestPowerModel : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void interpolate_data();
    void interpolate();
    void emptyCurveIsZero();
    void loadCurveFraction();
};

void TestPowerModel::interpolate_data()
{
    QTest::addColumn<double>("utilization");
    QTest::addColumn<double>("expectedW");
    // Curve: 0 -> 100 W, 0.1 -> 150 W, 0.5 -> 300 W, 1.0 -> 400 W (the four Teads points).
    QTest::newRow("idle") << 0.0 << 100.0;
    QTest::newRow("below zero clamps") << -0.5 << 100.0;
    QTest::newRow("5 %") << 0.05 << 125.0;
    QTest::newRow("10 % point") << 0.1 << 150.0;
    QTest::newRow("30 %") << 0.3 << 225.0;
    QTest::newRow("50 % point") << 0.5 << 300.0;
    QTest::newRow("75 %") << 0.75 << 350.0;
    QTest::newRow("full") << 1.0 << 400.0;
    QTest::newRow("above one clamps") << 1.5 << 400.0;
}

void TestPowerModel::interpolate()
{
    QFETCH(double, utilization);
    QFETCH(double, expectedW);
    const std::vector<LoadPoint> curve = {{0.0, 100.0}, {0.1, 150.0}, {0.5, 300.0}, {1.0, 400.0}};
    GP_COMPARE_NEAR(interpolatePower(curve, utilization).w, expectedW, 1e-12, 1e-12);
}

void TestPowerModel::emptyCurveIsZero()
{
    GP_COMPARE_NEAR(interpolatePower({}, 0.5).w, 0.0, 0.0, 0.0);
}

void TestPowerModel::loadCurveFraction()
{
    // A board at 20 % of TDP idle, 60 % at half duty, 100 % busy: linear between the points,
    // flat beyond them; a fraction of TDP, not watts.
    const std::vector<LoadCurvePoint> curve = {{0.0, 0.2}, {0.5, 0.6}, {1.0, 1.0}};
    GP_COMPARE_NEAR(interpolateLoadCurve(curve, 0.25), 0.4, 1e-12, 1e-12);
    GP_COMPARE_NEAR(interpolateLoadCurve(curve, 0.75), 0.8, 1e-12, 1e-12);
    GP_COMPARE_NEAR(interpolateLoadCurve(curve, -1.0), 0.2, 1e-12, 1e-12);
    GP_COMPARE_NEAR(interpolateLoadCurve(curve, 2.0), 1.0, 1e-12, 1e-12);
    GP_COMPARE_NEAR(interpolateLoadCurve({}, 0.5), 0.0, 0.0, 0.0);
}

QTEST_GUILESS_MAIN(TestPowerModel)
#include "tst_powermodel.moc"
