// SPDX-License-Identifier: GPL-3.0-or-later
#include "banddrivers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace greenprint {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::BandDrivers)
};
} // namespace

QString bandDriverKey(BandDriver driver)
{
    switch (driver) {
    case BandDriver::AchievedFraction:
        return QStringLiteral("achievedFraction");
    case BandDriver::InstancePower:
        return QStringLiteral("instancePower");
    case BandDriver::GridIntensity:
        return QStringLiteral("gridIntensity");
    }
    return {};
}

QString bandDriverDisplayName(BandDriver driver)
{
    switch (driver) {
    case BandDriver::AchievedFraction:
        return Tr::tr("Fraction of peak");
    case BandDriver::InstancePower:
        return Tr::tr("Instance power");
    case BandDriver::GridIntensity:
        return Tr::tr("Grid intensity");
    }
    return {};
}

QString bandDriverExplanation(BandDriver driver)
{
    switch (driver) {
    case BandDriver::AchievedFraction:
        return Tr::tr("How much of its peak a job sized from work reaches: the P10 to P90 "
                      "spread of the fit on published runs, or the class range where no fit "
                      "applies. It sets the hours and the load together.");
    case BandDriver::InstancePower:
        return Tr::tr("The power model's range at the component's load: measured, "
                      "interpolated or derived, as the instance table says.");
    case BandDriver::GridIntensity:
        return Tr::tr("The spread between the grid-intensity datasets that cover the Region.");
    }
    return {};
}

namespace {

/** central x or / exp(sqrt(sum of squared log ratios)) of the ends beyond `central`. */
double combinedEnd(double central, const std::array<double, kBandDriverCount> &ends, bool above)
{
    if (!(central > 0.0))
        return central;
    double sumOfSquares = 0.0;
    for (const double end : ends) {
        if (!(end > 0.0))
            continue; // a zero end (no energy at all) carries no ratio
        // An end on the other side of central, or at it, adds nothing: tested before the
        // logarithm, which 100,000 components would otherwise take 1.2 million times,
        // mostly of a ratio of 1 (a fifth of estimating them to JSON, in a profile).
        if (above ? !(end > central) : !(end < central))
            continue;
        const double logRatio = std::log(end / central);
        if (above ? logRatio > 0.0 : logRatio < 0.0)
            sumOfSquares += logRatio * logRatio;
    }
    if (sumOfSquares == 0.0)
        return central; // exp(0) = 1
    const double spread = std::exp(std::sqrt(sumOfSquares));
    return above ? central * spread : central / spread;
}

} // namespace

CombinedBand combineDrivers(const Band &central,
                            const std::array<DriverRange, kBandDriverCount> &drivers)
{
    std::array<double, kBandDriverCount> energyLow{}, energyHigh{}, co2eLow{}, co2eHigh{};
    for (std::size_t d = 0; d < drivers.size(); ++d) {
        energyLow[d] = drivers[d].low.energy.kWh;
        energyHigh[d] = drivers[d].high.energy.kWh;
        co2eLow[d] = drivers[d].low.co2e.kg;
        co2eHigh[d] = drivers[d].high.co2e.kg;
    }
    CombinedBand band;
    band.low.energy = EnergyKWh{combinedEnd(central.energy.kWh, energyLow, false)};
    band.high.energy = EnergyKWh{combinedEnd(central.energy.kWh, energyHigh, true)};
    band.low.co2e = Co2eKg{combinedEnd(central.co2e.kg, co2eLow, false)};
    band.high.co2e = Co2eKg{combinedEnd(central.co2e.kg, co2eHigh, true)};
    return band;
}

std::vector<RankedDriver> rankedDrivers(const Footprint &footprint)
{
    std::vector<RankedDriver> ranked;
    ranked.reserve(kBandDriverCount);
    for (int d = 0; d < kBandDriverCount; ++d) {
        const DriverRange &range = footprint.drivers[std::size_t(d)];
        // The width, whichever way the driver moves the total: a faster run at the
        // favourable end of the fraction of peak can draw more than it saves in hours.
        ranked.push_back({BandDriver(d), range, std::abs(range.high.co2e.kg - range.low.co2e.kg),
                          std::abs(range.high.energy.kWh - range.low.energy.kWh)});
    }
    std::stable_sort(
        ranked.begin(), ranked.end(),
        [](const RankedDriver &a, const RankedDriver &b) { return a.co2eSpanKg > b.co2eSpanKg; });
    return ranked;
}

} // namespace greenprint
