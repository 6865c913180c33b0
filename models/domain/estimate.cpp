// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

namespace greenprint {

Band &Band::operator+=(const Band &other)
{
    energy += other.energy;
    co2e += other.co2e;
    return *this;
}

DriverRange &DriverRange::operator+=(const DriverRange &other)
{
    low += other.low;
    high += other.high;
    return *this;
}

Footprint &Footprint::operator+=(const Footprint &other)
{
    itEnergy += other.itEnergy;
    energy += other.energy;
    operationalCo2e += other.operationalCo2e;
    embodiedCo2e += other.embodiedCo2e;
    co2e += other.co2e;
    marketCo2e += other.marketCo2e;
    cost += other.cost;
    low += other.low;
    high += other.high;
    for (std::size_t d = 0; d < drivers.size(); ++d)
        drivers[d] += other.drivers[d];
    complete = complete && other.complete;
    costKnown = costKnown && other.costKnown;
    return *this;
}

FigureStatus figureStatus(const Footprint &footprint)
{
    if (!footprint.complete)
        return FigureStatus::NotEstimated;
    return footprint.costKnown ? FigureStatus::Known : FigureStatus::CostUnknown;
}

} // namespace greenprint
