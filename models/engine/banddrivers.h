// SPDX-License-Identifier: GPL-3.0-or-later
// What drives a band: each uncertain input alone at its ends, ranked by the width it gives.
#pragma once

/*
 * Band drivers
 * ============
 * A footprint's low and high ends put every range at its favourable or
 * unfavourable end at once. To show which assumption makes the band wide (the
 * tornado chart of the dashboard and the PDF, `drivers` in the estimate JSON),
 * the estimator also computes, per component, the band with one input at its
 * ends and the others central (Footprint::drivers):
 *
 *   achievedFraction  the fraction of peak a job sized from work reaches: it
 *                     sets the hours and the load on the power curve together
 *                     (a slower run draws less); embodied follows the hours
 *   instancePower     the profile's power band at the component's load
 *   gridIntensity     the spread of the grid-intensity datasets for the Region
 *
 * Bands of components add up per driver (one assumption moves every component
 * it touches the same way), so stage and plan carry their own drivers.
 *
 * A component's band itself (Footprint::low / high) is combined from its
 * drivers, not taken with every range at its end at once (which is far less
 * likely than any P10 or P90): each driver's range is read as its P10-P90
 * interval, and the drivers, being independent, are combined in quadrature in
 * log space, above and below the central figure separately:
 *
 *   high = central x exp( sqrt( sum_d ln(high_d / central)^2 ) )
 *   low  = central / exp( sqrt( sum_d ln(central / low_d)^2 ) )
 *
 * This is the error propagation for products of the 2006 IPCC Guidelines
 * (Vol. 1, ch. 3, Approach 1, equation 3.1) on log-normal factors. One input
 * alone gives its own range; the band is never narrower than the widest driver
 * and never wider than all of them at their ends.
 */

#include "../domain/estimate.h"

#include <QString>

#include <vector>

namespace greenprint {

/** Stable keyword of the estimate JSON ("achievedFraction", ...); never translated. */
QString bandDriverKey(BandDriver driver);
/** The driver as people read it, translated ("Fraction of peak"). */
QString bandDriverDisplayName(BandDriver driver);
/** One sentence on what the driver's range is and where it comes from, translated. */
QString bandDriverExplanation(BandDriver driver);

/** Low and high ends combined from `drivers` around `central` (see above). */
struct CombinedBand
{
    Band low;
    Band high;
};
CombinedBand combineDrivers(const Band &central,
                            const std::array<DriverRange, kBandDriverCount> &drivers);

/**
 * A driver with its carbon and energy span (|high − low|: the favourable end of an input
 * need not give the lower total), for ranking and charts.
 */
struct RankedDriver
{
    BandDriver driver = BandDriver::AchievedFraction;
    DriverRange range;
    double co2eSpanKg = 0.0;
    double energySpanKWh = 0.0;
};

/** The drivers of `footprint`, widest carbon span first (ties in enum order). */
std::vector<RankedDriver> rankedDrivers(const Footprint &footprint);

} // namespace greenprint
