// SPDX-License-Identifier: GPL-3.0-or-later
// Formats energy, carbon and cost with their unit symbols, as the preferences ask.
#pragma once

#include "preferences.h"

#include <QCoreApplication>
#include <QString>

namespace greenprint {

/** A display unit: multiply a value in the base unit (kWh, kg) by `factor` to get it in `symbol`.
 */
struct DisplayUnit
{
    double factor = 1.0;
    QString symbol;
};

class UnitFormatter
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::UnitFormatter)

public:
    /** Reads the unit choices from Preferences. */
    UnitFormatter();
    UnitFormatter(UnitChoice energy, UnitChoice carbon);

    /** The unit energy values of this magnitude (kWh) are shown in. */
    DisplayUnit energyUnit(double kWh) const;
    /** The unit carbon values of this magnitude (kgCO2e) are shown in. */
    DisplayUnit carbonUnit(double kg) const;

    QString energy(double kWh) const;
    QString carbon(double kg) const;
    /** "low–high unit", in the unit `central` (kWh) is shown in. */
    QString energyRange(double centralKWh, double lowKWh, double highKWh) const;
    /** "low–high unit", in the unit `central` (kgCO2e) is shown in. */
    QString carbonRange(double centralKg, double lowKg, double highKg) const;
    static QString cost(double usd);
    /** A number with about three significant digits, locale-formatted. */
    static QString number(double value);

private:
    UnitChoice m_energy;
    UnitChoice m_carbon;
};

} // namespace greenprint
