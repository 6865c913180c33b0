// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodprofile.h"
#include "neuronpower.h"

#include <QHash>

#include <optional>
#include <vector>

namespace greenprint {

/**
 * Greenprint's own method: one consistent power model for every instance (see methodprofile.h).
 *
 * Lookups that depend only on the reference data (CPU coefficients by
 * microarchitecture, accelerator specs and derived Neuron power by name) are
 * memoised on first use, so a profile must not be shared between threads.
 */
class GreenprintProfile final : public MethodProfile
{
public:
    GreenprintProfile(const ReferenceData &reference, const ProjectSettings &settings);

    Methodology methodology() const override { return Methodology::Greenprint; }
    PowerBand instancePower(const InstanceSpec &instance, double utilization) const override;
    Pue pue(const RegionSpec *region) const override;
    IntensityBand intensity(const RegionSpec &region) const override;
    Co2eKgPerHour embodiedPerInstanceHour(const InstanceSpec &instance) const override;
    QStringList embodiedAssumptions(const InstanceSpec &instance) const override;
    QStringList generalAssumptions() const override;
    QString methodSummary() const override;
    std::vector<UsedConstant> constants() const override;

    /** Embodied kgCO2e of one instance (not per hour) and the assumptions it rests on. */
    struct EmbodiedShare
    {
        std::optional<double> kg; ///< empty: no figure, embodied carbon is not counted
        QStringList assumptions;
    };
    EmbodiedShare instanceEmbodied(const InstanceSpec &instance) const;

    /** Whole-board power of one accelerator as a fraction of TDP at a duty (measured H100 curve).
     */
    double acceleratorLoadFraction(double duty) const;
    /** Host CPU watts: vCPUs x (min + u x (max - min)) of the microarchitecture. */
    PowerW hostPower(const InstanceSpec &instance, double utilization,
                     QStringList *assumptions) const;
    /** Memory above the per-chip baseline x the memory coefficient. */
    PowerW memoryPower(const InstanceSpec &instance) const;
    /** The derived power of a Neuron chip under this profile's host and memory model. */
    std::optional<DerivedAcceleratorPower> neuronPower(const QString &acceleratorName) const;

private:
    /** What instancePower() needs to know about one accelerator model. */
    struct AcceleratorTerms
    {
        std::optional<double> tdpW; ///< from accelerators.csv (the instance's own TDP is separate)
        std::optional<DerivedAcceleratorPower> neuron;
        QString neuronAssumption; ///< the "derived assumption" line of a Neuron chip
    };

    const CpuPowerCoefficient *cpu(const QString &microarchitecture) const;
    const AcceleratorTerms &accelerator(const QString &name) const;

    const ReferenceData &m_reference;
    ProjectSettings m_settings;
    mutable QHash<QString, const CpuPowerCoefficient *> m_cpuCache;
    mutable QHash<QString, AcceleratorTerms> m_acceleratorCache;
};

} // namespace greenprint
