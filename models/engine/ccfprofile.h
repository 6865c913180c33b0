// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodprofile.h"

namespace greenprint {

/**
 * Cloud Carbon Footprint's AWS method (aws@0.15.0 / core@0.17.3 constants in
 * data/reference/ccf_method.csv): per-vCPU min/max watts of CCF's processor
 * table and GPU min/max watts at CCF's fixed 50 % utilization, memory above
 * the per-chip baseline of the family's last-listed size, PUE 1.135, CCF's
 * grid factors, embodied by the documented formula over 4 years.
 */
class CcfProfile final : public MethodProfile
{
public:
    CcfProfile(const ReferenceData &reference, const ProjectSettings &settings);

    Methodology methodology() const override { return Methodology::CloudCarbonFootprint; }
    std::optional<double> fixedUtilization() const override;
    PowerBand instancePower(const InstanceSpec &instance, double utilization) const override;
    double pue(const RegionSpec *region) const override;
    IntensityBand intensity(const RegionSpec &region) const override;
    double embodiedKgPerInstanceHour(const InstanceSpec &instance) const override;
    QStringList generalAssumptions() const override;

    /** CCF's key for a microarchitecture ("Cascade Lake" -> "cascade_lake"), or "unknown". */
    QString processorKey(const QString &microarchitecture) const;

private:
    std::optional<double> gpuKey(const QString &accelerator, bool max) const;

    const ReferenceData &m_reference;
    ProjectSettings m_settings;
};

} // namespace greenprint
