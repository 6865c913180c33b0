// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitformatter.h"

#include "numberformat.h"

#include <QLocale>

#include <cmath>

namespace greenprint {

UnitFormatter::UnitFormatter()
{
    Preferences prefs;
    m_energy = static_cast<UnitChoice>(qBound(0, prefs.energyUnit.get(), 3));
    m_carbon = static_cast<UnitChoice>(qBound(0, prefs.carbonUnit.get(), 3));
}

UnitFormatter::UnitFormatter(UnitChoice energy, UnitChoice carbon)
    : m_energy(energy)
    , m_carbon(carbon)
{ }

DisplayUnit UnitFormatter::energyUnit(double kWh) const
{
    UnitChoice choice = m_energy;
    if (choice == UnitChoice::Auto) {
        const double a = std::abs(kWh);
        choice = a >= 1000.0     ? UnitChoice::Large
            : a > 0.0 && a < 1.0 ? UnitChoice::Small
                                 : UnitChoice::Medium;
    }
    switch (choice) {
    case UnitChoice::Small:
        return {1000.0, tr("Wh")};
    case UnitChoice::Large:
        return {0.001, tr("MWh")};
    default:
        return {1.0, tr("kWh")};
    }
}

DisplayUnit UnitFormatter::carbonUnit(double kg) const
{
    UnitChoice choice = m_carbon;
    if (choice == UnitChoice::Auto) {
        const double a = std::abs(kg);
        choice = a >= 1000.0     ? UnitChoice::Large
            : a > 0.0 && a < 1.0 ? UnitChoice::Small
                                 : UnitChoice::Medium;
    }
    switch (choice) {
    case UnitChoice::Small:
        return {1000.0, tr("gCO2e")};
    case UnitChoice::Large:
        return {0.001, tr("tCO2e")};
    default:
        return {1.0, tr("kgCO2e")};
    }
}

QString UnitFormatter::energy(double kWh) const
{
    const DisplayUnit unit = energyUnit(kWh);
    return tr("%1 %2").arg(number(kWh * unit.factor), unit.symbol);
}

QString UnitFormatter::carbon(double kg) const
{
    const DisplayUnit unit = carbonUnit(kg);
    return tr("%1 %2").arg(number(kg * unit.factor), unit.symbol);
}

QString UnitFormatter::energyRange(double centralKWh, double lowKWh, double highKWh) const
{
    const DisplayUnit unit = energyUnit(centralKWh);
    return tr("%1–%2 %3")
        .arg(number(lowKWh * unit.factor), number(highKWh * unit.factor), unit.symbol);
}

QString UnitFormatter::carbonRange(double centralKg, double lowKg, double highKg) const
{
    const DisplayUnit unit = carbonUnit(centralKg);
    return tr("%1–%2 %3")
        .arg(number(lowKg * unit.factor), number(highKg * unit.factor), unit.symbol);
}

QString UnitFormatter::cost(double usd)
{
    return tr("%1 USD").arg(NumberFormat::fixed(usd, std::abs(usd) >= 1000.0 ? 0 : 2));
}

QString UnitFormatter::number(double value)
{
    return NumberFormat::compact(value);
}

} // namespace greenprint
