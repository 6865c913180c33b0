// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodprofile.h"

namespace greenprint {

/** Greenprint's own method: one consistent power model for every instance (see methodprofile.h). */
class GreenprintProfile final : public MethodProfile
{
public:
    GreenprintProfile(const ReferenceData &reference, const ProjectSettings &settings);

    Methodology methodology() const override { return Methodology::Greenprint; }
    PowerBand instancePower(const InstanceSpec &instance, double utilization) const override;
    double pue(const RegionSpec *region) const override;
    IntensityBand intensity(const RegionSpec &region) const override;
    double embodiedKgPerInstanceHour(const InstanceSpec &instance) const override;
    QStringList generalAssumptions() const override;

    /** Whole-board power of one accelerator as a fraction of TDP at a duty (measured H100 curve). */
    double acceleratorLoadFraction(double duty) const;
    /** Host CPU watts: vCPUs x (min + u x (max - min)) of the microarchitecture. */
    PowerW hostPower(const InstanceSpec &instance, double utilization, QStringList *assumptions) const;
    /** Memory above the per-chip baseline x the memory coefficient. */
    PowerW memoryPower(const InstanceSpec &instance) const;

private:
    const ReferenceData &m_reference;
    ProjectSettings m_settings;
};

} // namespace greenprint
