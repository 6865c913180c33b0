// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketbased.h"

#include <QCoreApplication>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::MarketBased)
};

} // namespace

MarketBasedFactor marketBasedFactor(const RegionSpec &region, int year,
                                    const ReferenceData &reference, GridIntensity locationBased)
{
    const bool matched = year == 2022 ? region.renewableMatched2022 : region.renewableMatched2023;
    if (matched)
        return {GridIntensity{0.0}, {}};
    if (const ResidualMixFactor *mix = reference.residualMix(region.countryIso3, year)) {
        QString text = Tr::tr("%1: market-based carbon uses the residual mix of %2, %3 gCO2/kWh "
                              "(%4): AWS lists the Region as not renewable-matched in %5")
                           .arg(region.id, mix->country)
                           .arg(mix->gCo2PerKWh, 0, 'f', 1)
                           .arg(mix->basis)
                           .arg(year);
        if (mix->dataYear != year)
            text += Tr::tr("; no %1 residual mix is stored, the %2 one stands in")
                        .arg(year)
                        .arg(mix->dataYear);
        if (mix->assumption)
            text += Tr::tr("; the %1 gCO2/kWh is taken from a third-party copy of the "
                           "publication, not re-read from it, because no copy of the original "
                           "is stored (residual_mix.csv names both)")
                        .arg(mix->gCo2PerKWh, 0, 'f', 2);
        return {GridIntensity{mix->gCo2PerKWh}, text};
    }
    return {locationBased,
            Tr::tr("%1 (%2): no residual mix published in the sources Greenprint stores; "
                   "location-based value used for market-based carbon (%3 gCO2/kWh), as AWS "
                   "lists the Region as not renewable-matched in %4")
                .arg(region.id, region.country.isEmpty() ? region.countryIso3 : region.country)
                .arg(locationBased.gPerKWh, 0, 'f', 1)
                .arg(year)};
}

} // namespace greenprint
