// SPDX-License-Identifier: GPL-3.0-or-later
// The arithmetic of the quantity types (units.h): each product gives the unit it names,
// with magnitudes worked out by hand in the comments.
#include "strictqtest.h"
#include "tolerance.h"

#include "units.h"

#include <QTest>

using namespace greenprint;

class TestUnits : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void powerOverTimeIsEnergy();
    void energyAtIntensityIsCarbon();
    void pueScalesEnergy();
    void ratePerHourOverTimeIsCarbon();
    void sumsAndRatiosWithinOneQuantity();
};

void TestUnits::powerOverTimeIsEnergy()
{
    // 400 W for 2.5 h = 1000 Wh = 1 kWh.
    GP_COMPARE_NEAR((PowerW{400.0} * Hours{2.5}).kWh, 1.0, 1e-15, 1e-15);
    GP_COMPARE_NEAR((Hours{2.5} * PowerW{400.0}).kWh, 1.0, 1e-15, 1e-15);
}

void TestUnits::energyAtIntensityIsCarbon()
{
    // 10 kWh at 400 g/kWh = 4000 g = 4 kg.
    GP_COMPARE_NEAR((EnergyKWh{10.0} * GridIntensity{400.0}).kg, 4.0, 1e-15, 1e-15);
    GP_COMPARE_NEAR((GridIntensity{400.0} * EnergyKWh{10.0}).kg, 4.0, 1e-15, 1e-15);
}

void TestUnits::pueScalesEnergy()
{
    // 200 kWh of IT energy at PUE 1.135 (CCF's AWS figure) = 227 kWh at the facility.
    GP_COMPARE_NEAR((EnergyKWh{200.0} * Pue{1.135}).kWh, 227.0, 1e-12, 1e-15);
    GP_COMPARE_NEAR((Pue{1.135} * EnergyKWh{200.0}).kWh, 227.0, 1e-12, 1e-15);
    QCOMPARE(Pue{}.ratio, 1.0); // no overhead until a figure says otherwise
    QVERIFY(Pue{1.2} > Pue{1.135});
    // Scaling by a PUE is the same arithmetic as scaling by the bare ratio, bit for bit.
    QCOMPARE((EnergyKWh{0.1} * Pue{1.15}).kWh, (EnergyKWh{0.1} * 1.15).kWh);
}

void TestUnits::ratePerHourOverTimeIsCarbon()
{
    // A 3000 kg server over 4 years (35040 h) is 0.0856164... kg/h; 8760 h of it is 750 kg.
    const Co2eKgPerHour rate{3000.0 / 35040.0};
    GP_COMPARE_NEAR((rate * Hours{8760.0}).kg, 750.0, 1e-12, 1e-12);
    GP_COMPARE_NEAR((Hours{8760.0} * rate).kg, 750.0, 1e-12, 1e-12);
    // Two instances' rates add; 8 of one share are 8 x the rate.
    GP_COMPARE_NEAR((Co2eKgPerHour{0.5} + Co2eKgPerHour{0.25}).kgPerHour, 0.75, 0.0, 0.0);
    GP_COMPARE_NEAR((Co2eKgPerHour{0.5} * 8.0).kgPerHour, 4.0, 0.0, 0.0);
}

void TestUnits::sumsAndRatiosWithinOneQuantity()
{
    GP_COMPARE_NEAR((Co2eKg{3.0} - Co2eKg{1.0}).kg, 2.0, 0.0, 0.0);
    GP_COMPARE_NEAR(EnergyKWh{3.0} / EnergyKWh{4.0}, 0.75, 0.0, 0.0);
    GP_COMPARE_NEAR((CostUsd{10.0} / 4.0).usd, 2.5, 0.0, 0.0);
    GP_COMPARE_NEAR(EnergyKWh{1.5}.wh(), 1500.0, 0.0, 0.0);
    GP_COMPARE_NEAR(Co2eKg{0.25}.grams(), 250.0, 0.0, 0.0);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
