// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ccfaws.h"
#include "methodprofile.h"

namespace greenprint {

/**
 * Cloud Carbon Footprint's AWS method, over CCF's own tables and code path
 * (CcfAws): instance types resolved from CCF's list, so every type CCF knows
 * is estimated as CCF does and a type it does not know is flagged; PUE,
 * utilization, grid factors and server lifespan are CCF's; embodied emissions
 * are also reported as energy, as CCF reports them.
 */
class CcfProfile final : public MethodProfile
{
public:
    CcfProfile(const ReferenceData &reference, const ProjectSettings &settings);

    Methodology methodology() const override { return Methodology::CloudCarbonFootprint; }
    std::optional<double> fixedUtilization() const override;
    std::optional<InstanceSpec> ownInstance(const QString &name,
                                            const InstanceSpec *catalog) const override;
    PowerBand instancePower(const InstanceSpec &instance, double utilization) const override;
    Pue pue(const RegionSpec *region) const override;
    IntensityBand intensity(const RegionSpec &region) const override;
    Co2eKgPerHour embodiedPerInstanceHour(const InstanceSpec &instance) const override;
    bool embodiedAsEnergy() const override { return true; }
    QStringList generalAssumptions() const override;
    QString methodSummary() const override;
    std::vector<UsedConstant> constants() const override;

private:
    PowerBand outsideCcf(const InstanceSpec &instance) const;

    const ReferenceData &m_reference;
    ProjectSettings m_settings;
    CcfAws m_ccf;
};

} // namespace greenprint
