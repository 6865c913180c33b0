// SPDX-License-Identifier: GPL-3.0-or-later
// Strong quantity types used by the estimator.
#pragma once

/*
 * Units
 * =====
 * One struct per physical or monetary quantity, each holding a double whose
 * member name is its unit (energy.kWh, co2e.kg, cost.usd). Only the arithmetic
 * that makes physical sense is defined:
 *
 *   PowerW   x Hours            -> EnergyKWh
 *   EnergyKWh x GridIntensity   -> Co2eKg
 *   EnergyKWh x Pue             -> EnergyKWh (IT energy to facility energy)
 *   Co2eKgPerHour x Hours       -> Co2eKg
 *
 * plus sums and scaling within one quantity. Mixing quantities any other way
 * does not compile, which keeps W/kW and g/kg slips out of the formulas.
 */

#include <QtGlobal>

#include <compare>

namespace greenprint {

template<typename Derived>
struct QuantityOps
{
    friend constexpr Derived operator+(Derived a, Derived b) { return Derived{a.raw() + b.raw()}; }
    friend constexpr Derived operator-(Derived a, Derived b) { return Derived{a.raw() - b.raw()}; }
    friend constexpr Derived operator*(Derived a, double k) { return Derived{a.raw() * k}; }
    friend constexpr Derived operator*(double k, Derived a) { return Derived{a.raw() * k}; }
    friend constexpr Derived operator/(Derived a, double k) { return Derived{a.raw() / k}; }
    friend constexpr double operator/(Derived a, Derived b) { return a.raw() / b.raw(); }
    friend constexpr Derived &operator+=(Derived &a, Derived b)
    {
        a = a + b;
        return a;
    }
    friend constexpr Derived &operator-=(Derived &a, Derived b)
    {
        a = a - b;
        return a;
    }
    friend constexpr auto operator<=>(const QuantityOps &, const QuantityOps &) = default;
};

/** Electrical energy in kilowatt-hours. */
struct EnergyKWh : QuantityOps<EnergyKWh>
{
    double kWh = 0.0;
    constexpr EnergyKWh() = default;
    constexpr explicit EnergyKWh(double v)
        : kWh(v)
    { }
    constexpr double raw() const { return kWh; }
    constexpr double wh() const { return kWh * 1000.0; }
    friend constexpr auto operator<=>(EnergyKWh, EnergyKWh) = default;
};

/** Average electrical power in watts. */
struct PowerW : QuantityOps<PowerW>
{
    double w = 0.0;
    constexpr PowerW() = default;
    constexpr explicit PowerW(double v)
        : w(v)
    { }
    constexpr double raw() const { return w; }
    friend constexpr auto operator<=>(PowerW, PowerW) = default;
};

/** A duration in hours. */
struct Hours : QuantityOps<Hours>
{
    double h = 0.0;
    constexpr Hours() = default;
    constexpr explicit Hours(double v)
        : h(v)
    { }
    constexpr double raw() const { return h; }
    friend constexpr auto operator<=>(Hours, Hours) = default;
};

/** Greenhouse-gas emissions in kilograms of CO2 equivalent. */
struct Co2eKg : QuantityOps<Co2eKg>
{
    double kg = 0.0;
    constexpr Co2eKg() = default;
    constexpr explicit Co2eKg(double v)
        : kg(v)
    { }
    constexpr double raw() const { return kg; }
    constexpr double grams() const { return kg * 1000.0; }
    friend constexpr auto operator<=>(Co2eKg, Co2eKg) = default;
};

/** Carbon intensity of electricity in grams CO2e per kilowatt-hour. */
struct GridIntensity : QuantityOps<GridIntensity>
{
    double gPerKWh = 0.0;
    constexpr GridIntensity() = default;
    constexpr explicit GridIntensity(double v)
        : gPerKWh(v)
    { }
    constexpr double raw() const { return gPerKWh; }
    friend constexpr auto operator<=>(GridIntensity, GridIntensity) = default;
};

/** Money in US dollars. */
struct CostUsd : QuantityOps<CostUsd>
{
    double usd = 0.0;
    constexpr CostUsd() = default;
    constexpr explicit CostUsd(double v)
        : usd(v)
    { }
    constexpr double raw() const { return usd; }
    friend constexpr auto operator<=>(CostUsd, CostUsd) = default;
};

/** Emissions per hour of use, e.g. an instance's share of its server's embodied carbon. */
struct Co2eKgPerHour : QuantityOps<Co2eKgPerHour>
{
    double kgPerHour = 0.0;
    constexpr Co2eKgPerHour() = default;
    constexpr explicit Co2eKgPerHour(double v)
        : kgPerHour(v)
    { }
    constexpr double raw() const { return kgPerHour; }
    friend constexpr auto operator<=>(Co2eKgPerHour, Co2eKgPerHour) = default;
};

/**
 * Power usage effectiveness: a data centre's facility energy over its IT energy (1 or
 * more, dimensionless). It scales an energy and nothing else: two PUEs are not summed.
 */
struct Pue
{
    double ratio = 1.0;
    constexpr Pue() = default;
    constexpr explicit Pue(double v)
        : ratio(v)
    { }
    friend constexpr auto operator<=>(Pue, Pue) = default;
};

/** Facility energy of an IT energy. */
constexpr EnergyKWh operator*(EnergyKWh it, Pue pue)
{
    return EnergyKWh{it.kWh * pue.ratio};
}
constexpr EnergyKWh operator*(Pue pue, EnergyKWh it)
{
    return it * pue;
}

/** Emissions of a rate over a duration. */
constexpr Co2eKg operator*(Co2eKgPerHour rate, Hours t)
{
    return Co2eKg{rate.kgPerHour * t.h};
}
constexpr Co2eKg operator*(Hours t, Co2eKgPerHour rate)
{
    return rate * t;
}

/** Energy drawn by a constant power over a duration. */
constexpr EnergyKWh operator*(PowerW p, Hours t)
{
    return EnergyKWh{p.w * t.h / 1000.0};
}
constexpr EnergyKWh operator*(Hours t, PowerW p)
{
    return p * t;
}

/** Emissions of an amount of electricity at a grid intensity. */
constexpr Co2eKg operator*(EnergyKWh e, GridIntensity i)
{
    return Co2eKg{e.kWh * i.gPerKWh / 1000.0};
}
constexpr Co2eKg operator*(GridIntensity i, EnergyKWh e)
{
    return e * i;
}

/** Hours in an average month (8760 h / 12), the convention AWS pricing uses. */
inline constexpr double kHoursPerMonth = 730.0;
/** Hours in a 365-day year. */
inline constexpr double kHoursPerYear = 8760.0;

} // namespace greenprint
