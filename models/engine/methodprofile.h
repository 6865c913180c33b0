// SPDX-License-Identifier: GPL-3.0-or-later
// A methodology profile: how instance power, PUE, grid intensity and embodied carbon are chosen.
#pragma once

/*
 * Methodology profiles
 * ====================
 * The estimator does the bookkeeping (hours, counts, sums, bands); a profile
 * decides the physics and the constants:
 *
 *   greenprint        host power from per-vCPU watts of the CPU generation +
 *                     accelerators x TDP x the measured H100 load curve +
 *                     memory above the per-chip baseline; derived Neuron
 *                     power; Teads bounds the band from above; the project's
 *                     grid dataset with the spread of all datasets as band.
 *   ccf               Cloud Carbon Footprint's AWS method and constants.
 *   green-algorithms  Green Algorithms' formula and constants.
 *
 * The same inputs therefore give each peer tool's own numbers. Profiles are
 * immutable and cheap to create per estimate.
 */

#include "../domain/estimate.h"
#include "../domain/project.h"
#include "../domain/referencedata.h"
#include "../units.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace greenprint {

/** Average power of one instance: central value and band, with the assumptions used. */
struct PowerBand
{
    PowerW low;
    PowerW central;
    PowerW high;
    QStringList assumptions;
    /** Problems the estimate should show as warnings (e.g. a type the peer tool does not know). */
    QStringList warnings;
};

/** Grid intensity of one region: central, band and market-based, with its basis. A profile
 * fills the location-based figures; the estimator adds `market` (marketbased.h), the same
 * overlay for every profile. */
struct IntensityBand
{
    GridIntensity low;
    GridIntensity central;
    GridIntensity high;
    GridIntensity market;
    QString basis;
    QStringList assumptions;
};

class MethodProfile
{
public:
    virtual ~MethodProfile() = default;

    virtual Methodology methodology() const = 0;
    /** A utilization the profile always uses instead of the component's, if any. */
    virtual std::optional<double> fixedUtilization() const { return std::nullopt; }
    /**
     * The instance to estimate `name` with. `catalog` is the project's or
     * Greenprint's entry (nullptr if neither has one); a peer profile that
     * lists its own types returns its own reading of the name instead.
     */
    virtual std::optional<InstanceSpec> ownInstance(const QString &name,
                                                    const InstanceSpec *catalog) const
    {
        Q_UNUSED(name);
        Q_UNUSED(catalog);
        return std::nullopt;
    }
    virtual PowerBand instancePower(const InstanceSpec &instance, double utilization) const = 0;
    /** Facility overhead for a region (nullptr: unknown region). */
    virtual Pue pue(const RegionSpec *region) const = 0;
    virtual IntensityBand intensity(const RegionSpec &region) const = 0;
    /** Embodied kgCO2e per instance-hour; 0 where the profile does not count it. */
    virtual Co2eKgPerHour embodiedPerInstanceHour(const InstanceSpec &instance) const = 0;
    /** What the embodied figure of `instance` assumes (shown with the estimate's assumptions). */
    virtual QStringList embodiedAssumptions(const InstanceSpec &) const { return {}; }
    /**
     * Whether the profile also reports embodied emissions as energy, converted
     * at the region's grid factor (Cloud Carbon Footprint does).
     */
    virtual bool embodiedAsEnergy() const { return false; }
    /** Assumptions that hold for the whole estimate (shown once). */
    virtual QStringList generalAssumptions() const { return {}; }
    /**
     * The method in a few sentences, its numbers read from the data it uses
     * (Estimate::methodSummary: views render it instead of restating the method).
     */
    virtual QString methodSummary() const = 0;
    /** The constants the profile's own formulas read, with their sources (shown once). */
    virtual std::vector<UsedConstant> constants() const = 0;
};

/**
 * The row `key` of the reference data's coefficients as the estimate used it, or
 * `fallback` flagged as a built-in assumption when the data has no such row (the
 * value ReferenceData::coefficientValue() returns either way).
 */
UsedConstant usedCoefficient(const ReferenceData &reference, QStringView key, double fallback);

/** A peer tool's own constant (CCF, Green Algorithms) as the estimate used it. */
UsedConstant usedPeerConstant(const PeerConstant &constant, const QString &tool);

/** The profile the project's settings ask for, over `reference` (which must outlive it). */
std::unique_ptr<MethodProfile> makeMethodProfile(const ProjectSettings &settings,
                                                 const ReferenceData &reference);

} // namespace greenprint
