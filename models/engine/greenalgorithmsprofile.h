// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodprofile.h"

namespace greenprint {

/**
 * Green Algorithms (Lannelongue et al. 2021; constants in
 * data/reference/green_algorithms.csv): cores x TDP per core x usage + GPUs x
 * TDP x usage + memory GB x 0.3725 W, PUE 1.2 for AWS, its carbon intensity of
 * the Region's location. It has no embodied emissions.
 */
/** "green-algorithms-tool data v3.0 (commit 30df2fe)": the release the profile reproduces. */
QString greenAlgorithmsVersion(const MethodData &method);

class GreenAlgorithmsProfile final : public MethodProfile
{
public:
    GreenAlgorithmsProfile(const ReferenceData &reference, const ProjectSettings &settings);

    Methodology methodology() const override { return Methodology::GreenAlgorithms; }
    PowerBand instancePower(const InstanceSpec &instance, double utilization) const override;
    Pue pue(const RegionSpec *region) const override;
    IntensityBand intensity(const RegionSpec &region) const override;
    Co2eKgPerHour embodiedPerInstanceHour(const InstanceSpec &) const override
    {
        return Co2eKgPerHour{0.0};
    }
    QStringList generalAssumptions() const override;
    QString methodSummary() const override;
    std::vector<UsedConstant> constants() const override;

private:
    double gpuTdp(const QString &accelerator, QStringList *assumptions) const;

    const ReferenceData &m_reference;
    ProjectSettings m_settings;
};

} // namespace greenprint
