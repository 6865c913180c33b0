// SPDX-License-Identifier: GPL-3.0-or-later
// The headline figures of a plan, a stage or a change: one value every layer uses.
#pragma once

/*
 * Totals
 * ======
 * Energy, carbon (location- and market-based) and cost in the unit types of
 * units.h. A Footprint holds them with its bands and drivers (Footprint::totals());
 * the file's saved estimate, a suggestion's savings, the what-if view's plan
 * totals and waterfall steps, and the region ranking each are Totals plus what
 * is theirs alone (a methodology, wall-clock hours, a figure status, a Region).
 * A difference of two Totals (baseline minus a changed copy) is a Totals too.
 */

#include "../units.h"

namespace greenprint {

struct Totals
{
    EnergyKWh energy; ///< facility energy: IT energy x PUE
    Co2eKg co2e; ///< location-based operational + embodied (when the project includes it)
    Co2eKg marketCo2e; ///< market-based operational (GHG Protocol Scope 2)
    CostUsd cost;

    friend Totals operator-(const Totals &a, const Totals &b)
    {
        return {a.energy - b.energy, a.co2e - b.co2e, a.marketCo2e - b.marketCo2e, a.cost - b.cost};
    }
    bool operator==(const Totals &) const = default;
};

} // namespace greenprint
