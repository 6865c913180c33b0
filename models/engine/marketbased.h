// SPDX-License-Identifier: GPL-3.0-or-later
// The market-based (GHG Protocol Scope 2) grid factor of a Region.
#pragma once

#include "../domain/referencedata.h"
#include "../units.h"

#include <QString>

namespace greenprint {

/** A market-based factor and, where it is not AWS's matching, what it assumes. */
struct MarketBasedFactor
{
    GridIntensity intensity;
    /** Empty for a renewable-matched Region; else the factor's basis, shown as an assumption. */
    QString assumption;
};

/**
 * The market-based intensity of `region` for the market-based `year`, the same
 * overlay for every profile (neither CCF nor Green Algorithms reports one):
 *
 *   1. 0 g/kWh where AWS reports the Region's electricity 100 % matched by
 *      renewable purchases that year;
 *   2. else the residual mix of the Region's country (GHG Protocol Scope 2
 *      guidance: the factor for electricity no contractual instrument covers),
 *      of that year or the nearest year the table holds;
 *   3. else `locationBased`, an assumption stated per Region.
 *
 * Operational only: embodied emissions are Scope 3 and never enter it.
 */
MarketBasedFactor marketBasedFactor(const RegionSpec &region, int year,
                                    const ReferenceData &reference, GridIntensity locationBased);

} // namespace greenprint
