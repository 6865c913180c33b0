// SPDX-License-Identifier: GPL-3.0-or-later
// A band combined from its drivers: each driver's range as its P10-P90 interval, combined in
// quadrature in log space (engine/banddrivers.h). Expected values are worked by hand below.
#include "engine/banddrivers.h"
#include "strictqtest.h"
#include "tolerance.h"

#include <QTest>

#include <cmath>

using namespace greenprint;

namespace {

Band band(double kWh, double kg)
{
    return Band{EnergyKWh{kWh}, Co2eKg{kg}};
}

/** Drivers of a 100 kWh, 100 kgCO2e central figure, each (low, high) in carbon only. */
std::array<DriverRange, kBandDriverCount> carbonDrivers(std::pair<double, double> fraction,
                                                        std::pair<double, double> power,
                                                        std::pair<double, double> grid)
{
    std::array<DriverRange, kBandDriverCount> d;
    d[int(BandDriver::AchievedFraction)] = {band(100, fraction.first), band(100, fraction.second)};
    d[int(BandDriver::InstancePower)] = {band(100, power.first), band(100, power.second)};
    d[int(BandDriver::GridIntensity)] = {band(100, grid.first), band(100, grid.second)};
    return d;
}

} // namespace

class TestBandDrivers : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void combined_data()
    {
        QTest::addColumn<double>("fractionLow");
        QTest::addColumn<double>("fractionHigh");
        QTest::addColumn<double>("gridLow");
        QTest::addColumn<double>("gridHigh");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // One driver alone: the band is its range.
        QTest::newRow("grid alone") << 100.0 << 100.0 << 80.0 << 150.0 << 80.0 << 150.0;
        // Two equal drivers of x2 each: e^(sqrt(2) ln 2) = 2^1.41421 = 2.66514 (not 4, the
        // product of both at their ends); below, 100 / 2.66514 = 37.5215.
        QTest::newRow("two equal") << 50.0 << 200.0 << 50.0 << 200.0 << 37.5215 << 266.514;
        // x1.25 and x2: sqrt(ln(1.25)^2 + ln(2)^2) = sqrt(0.049793 + 0.480453) = 0.728180,
        // e^0.728180 = e^0.7 x e^0.028180 = 2.013753 x 1.028581 = 2.071308. Below only the
        // fraction (0.8): its own range, 80.
        QTest::newRow("uneven") << 80.0 << 125.0 << 100.0 << 200.0 << 80.0 << 207.1308;
        // A driver whose ends both lie above the central figure widens only the top.
        QTest::newRow("one-sided") << 100.0 << 100.0 << 110.0 << 130.0 << 100.0 << 130.0;
    }

    void combined()
    {
        QFETCH(double, fractionLow);
        QFETCH(double, fractionHigh);
        QFETCH(double, gridLow);
        QFETCH(double, gridHigh);
        QFETCH(double, low);
        QFETCH(double, high);
        const CombinedBand b = combineDrivers(
            band(100, 100),
            carbonDrivers({fractionLow, fractionHigh}, {100, 100}, {gridLow, gridHigh}));
        GP_COMPARE_NEAR(b.low.co2e.kg, low, 1e-5, 1e-4);
        GP_COMPARE_NEAR(b.high.co2e.kg, high, 1e-5, 1e-4);
        // Energy has no driver here: it stays central.
        QCOMPARE(b.low.energy.kWh, 100.0);
        QCOMPARE(b.high.energy.kWh, 100.0);
        // Never narrower than the widest driver, never wider than all at their ends.
        QVERIFY(b.high.co2e.kg >= std::max(fractionHigh, gridHigh) - 1e-9);
        QVERIFY(b.high.co2e.kg <= 100.0 * (fractionHigh / 100.0) * (gridHigh / 100.0) + 1e-9);
        QVERIFY(b.low.co2e.kg <= std::min(fractionLow, gridLow) + 1e-9);
    }

    void nothingToCombine()
    {
        // An empty component (no energy, no carbon) has an empty band, never NaN.
        const CombinedBand b = combineDrivers(band(0, 0), carbonDrivers({0, 0}, {0, 0}, {0, 0}));
        QCOMPARE(b.low.co2e.kg, 0.0);
        QCOMPARE(b.high.co2e.kg, 0.0);
        QCOMPARE(b.high.energy.kWh, 0.0);
    }

    void rankedWidestFirst()
    {
        Footprint f;
        f.drivers = carbonDrivers({90, 110}, {70, 160}, {99, 101});
        const std::vector<RankedDriver> ranked = rankedDrivers(f);
        QCOMPARE(int(ranked.size()), kBandDriverCount);
        QCOMPARE(ranked[0].driver, BandDriver::InstancePower);
        QCOMPARE(ranked[0].co2eSpanKg, 90.0);
        QCOMPARE(ranked[1].driver, BandDriver::AchievedFraction);
        QCOMPARE(ranked[2].driver, BandDriver::GridIntensity);
        QCOMPARE(bandDriverKey(ranked[0].driver), QStringLiteral("instancePower"));
    }
};

QTEST_GUILESS_MAIN(TestBandDrivers)
#include "tst_banddrivers.moc"
