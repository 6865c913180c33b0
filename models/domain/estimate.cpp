// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

namespace greenprint {

Footprint &Footprint::operator+=(const Footprint &other)
{
    itEnergy += other.itEnergy;
    energy += other.energy;
    operationalCo2e += other.operationalCo2e;
    embodiedCo2e += other.embodiedCo2e;
    co2e += other.co2e;
    cost += other.cost;
    return *this;
}

} // namespace greenprint
