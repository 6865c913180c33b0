// SPDX-License-Identifier: GPL-3.0-or-later
#include "greenprintprofile.h"

#include "memorypower.h"
#include "neuronpower.h"
#include "powermodel.h"

#include "../domain/names.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::GreenprintProfile)
};

const QString kCoefficientSet = QStringLiteral("ccf_coefficients_2026");
const QString kFallbackSet = QStringLiteral("ccf_app_constants");
const QString kFallbackMicroarchitecture =
    QStringLiteral("AWS average (unknown microarchitecture)");
constexpr int kVcpusPerChipRule = 96; // CCF: physical chips = ceil(host vCPUs / 96)

} // namespace

GreenprintProfile::GreenprintProfile(const ReferenceData &reference,
                                     const ProjectSettings &settings)
    : m_reference(reference)
    , m_settings(settings)
{ }

const CpuPowerCoefficient *GreenprintProfile::cpu(const QString &microarchitecture) const
{
    auto it = m_cpuCache.constFind(microarchitecture);
    if (it == m_cpuCache.cend())
        it = m_cpuCache.insert(microarchitecture,
                               m_reference.method.cpu(microarchitecture, kCoefficientSet));
    return *it;
}

const GreenprintProfile::AcceleratorTerms &GreenprintProfile::accelerator(const QString &name) const
{
    auto it = m_acceleratorCache.constFind(name);
    if (it != m_acceleratorCache.cend())
        return *it;
    AcceleratorTerms terms;
    if (const AcceleratorSpec *spec = m_reference.method.accelerator(name))
        terms.tdpW = spec->tdpW;
    if (isNeuronAccelerator(name)) {
        terms.neuron = deriveNeuronPower(name, *this, m_reference);
        if (terms.neuron) {
            terms.neuronAssumption = Tr::tr("%1: derived assumption, %2 per chip (%3)")
                                         .arg(name, terms.neuron->formula,
                                              terms.neuron->claimIds.join(QStringLiteral(", ")));
        }
    }
    return *m_acceleratorCache.insert(name, std::move(terms));
}

std::optional<DerivedAcceleratorPower> GreenprintProfile::neuronPower(const QString &name) const
{
    return accelerator(name).neuron;
}

double GreenprintProfile::acceleratorLoadFraction(double duty) const
{
    const std::vector<LoadCurvePoint> &curve = m_reference.method.acceleratorLoadCurve;
    if (curve.empty())
        return std::clamp(duty, 0.0, 1.0); // no measured curve: proportional to duty
    return interpolateLoadCurve(curve, duty);
}

PowerW GreenprintProfile::hostPower(const InstanceSpec &instance, double u,
                                    QStringList *assumptions) const
{
    const MethodData &m = m_reference.method;
    const CpuPowerCoefficient *c = cpu(instance.cpuMicroarchitecture);
    if (!c) {
        c = m.cpu(kFallbackMicroarchitecture, kFallbackSet);
        if (assumptions) {
            *assumptions << Tr::tr("%1: no per-vCPU watts for \"%2\"; AWS average used")
                                .arg(instance.id, instance.cpuMicroarchitecture);
        }
    }
    if (!c)
        return PowerW{0.0};
    const double uc = std::clamp(u, 0.0, 1.0);
    return PowerW{instance.vcpus * (c->minW + uc * (c->maxW - c->minW))};
}

PowerW GreenprintProfile::memoryPower(const InstanceSpec &instance) const
{
    const CpuPowerCoefficient *c = cpu(instance.cpuMicroarchitecture);
    if (!c || !c->gbPerChip || instance.vcpus <= 0)
        return PowerW{0.0};
    const int hostVcpus = std::max(instance.familyMaxVcpus, instance.vcpus);
    const int chips =
        std::max(1, static_cast<int>(std::ceil(hostVcpus / double(kVcpusPerChipRule))));
    // The instance's vCPU share of its host, whose memory is the instance's scaled up.
    const double share = instance.vcpus / double(hostVcpus);
    const double hostGB = instance.memoryGiB / share;
    const double excessHostGB = std::max(0.0, hostGB - *c->gbPerChip * chips);
    return PowerW{share
                  * MemoryPowerModel::fromReference(m_reference)
                        .hostExcessPower(excessHostGB, hostGB, chips)
                        .w};
}

PowerBand GreenprintProfile::instancePower(const InstanceSpec &instance, double u) const
{
    PowerBand band;
    // Custom instances (user or project catalog) carry their own idle/max curve.
    if (instance.origin != DataOrigin::Reference || instance.cpuMicroarchitecture.isEmpty()) {
        band.central = interpolatePower(instance.loadPoints, u);
        band.low = band.high = band.central;
        return band;
    }

    PowerW host = hostPower(instance, u, &band.assumptions);
    PowerW memory = memoryPower(instance);
    PowerW accelerators{0.0};
    PowerW acceleratorsHigh{0.0};
    if (instance.acceleratorCount > 0) {
        const double fraction = acceleratorLoadFraction(u);
        const AcceleratorTerms &terms = accelerator(instance.accelerator);
        std::optional<double> tdp = terms.tdpW ? terms.tdpW : instance.acceleratorTdpW;
        if (isNeuronAccelerator(instance.accelerator)) {
            if (const auto &derived = terms.neuron) {
                accelerators = PowerW{instance.acceleratorCount * derived->centralW * fraction};
                acceleratorsHigh = PowerW{instance.acceleratorCount * derived->highW * fraction};
                band.assumptions << terms.neuronAssumption;
            }
        } else if (tdp) {
            accelerators = PowerW{instance.acceleratorCount * *tdp * fraction};
            acceleratorsHigh = accelerators;
        } else {
            band.assumptions << Tr::tr("%1: no TDP published; accelerator power not counted")
                                    .arg(instance.accelerator);
        }
    }

    band.central = host + memory + accelerators;
    band.low = band.central;
    band.high = host + memory + acceleratorsHigh;
    if (instance.teadsMeasured) {
        const PowerW measured = interpolatePower(instance.loadPoints, u);
        band.high = std::max(band.high, measured);
    }
    return band;
}

Pue GreenprintProfile::pue(const RegionSpec *region) const
{
    if (m_settings.pue)
        return Pue{*m_settings.pue};
    if (region && region->pue)
        return Pue{*region->pue};
    return Pue{m_reference.coefficientValue(CoefficientKey::AwsGlobalPue, 1.15)};
}

IntensityBand GreenprintProfile::intensity(const RegionSpec &region) const
{
    IntensityBand band;
    std::optional<double> chosen;
    const GridDatasetChoice dataset = m_settings.gridDataset;
    switch (dataset) {
    case GridDatasetChoice::Recommended:
        break;
    case GridDatasetChoice::ElectricityMaps2023:
        chosen = region.electricityMapsGCo2ePerKWh;
        break;
    case GridDatasetChoice::Ccf:
        chosen = region.ccfGCo2ePerKWh;
        break;
    case GridDatasetChoice::OwidEmber:
        chosen = region.owidGCo2ePerKWh;
        break;
    }

    double central = region.gridGCo2ePerKWh;
    band.basis = region.gridBasis;
    if (chosen) {
        central = *chosen;
        band.basis = gridDatasetKey(dataset);
    } else if (dataset != GridDatasetChoice::Recommended
               && region.origin == DataOrigin::Reference) {
        band.assumptions << Tr::tr("%1: no %2 value; the recommended intensity (%3) is used")
                                .arg(region.id, gridDatasetKey(dataset), region.gridBasis);
    }

    double lo = central;
    double hi = central;
    for (const std::optional<double> &v :
         {std::optional<double>(region.gridGCo2ePerKWh), region.electricityMapsGCo2ePerKWh,
          region.ccfGCo2ePerKWh, region.owidGCo2ePerKWh}) {
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    band.central = GridIntensity{central};
    band.low = GridIntensity{lo};
    band.high = GridIntensity{hi};
    return band;
}

GreenprintProfile::EmbodiedShare
GreenprintProfile::instanceEmbodied(const InstanceSpec &instance) const
{
    EmbodiedShare share;
    if (instance.acceleratorCount <= 0) {
        share.kg = instance.embodiedCo2eKg; // CPU hosts: the server's share by vCPU (CCF's figure)
        return share;
    }
    // One basis for every accelerated instance: its share of the host server without
    // accelerators (CCF's server formula) plus each accelerator from its die and memory.
    const MethodData &method = m_reference.method;
    const PlatformEmbodied *platform = method.embodiedPlatform(instance.family);
    double kg = 0.0;
    if (platform && platform->familyMaxVcpus > 0) {
        kg += platform->hostKg * instance.vcpus / platform->familyMaxVcpus;
        if (platform->assumption)
            share.assumptions << Tr::tr("%1 host embodied (%2 kgCO2e for the whole server): %3")
                                     .arg(instance.family)
                                     .arg(platform->hostKg, 0, 'f', 0)
                                     .arg(platform->notes);
    } else if (instance.embodiedCo2eKg) {
        kg += *instance.embodiedCo2eKg;
        share.assumptions << Tr::tr("%1: no host figure without accelerators; the catalog's "
                                    "server share is used, which may already count its GPUs")
                                 .arg(instance.id);
    } else {
        return share; // no host figure: embodied carbon cannot be counted
    }
    if (const AcceleratorEmbodied *chip = method.embodiedAccelerator(instance.accelerator)) {
        kg += instance.acceleratorCount * chip->embodiedKg;
        if (chip->assumption)
            share.assumptions << Tr::tr("%1: %2 kgCO2e embodied per accelerator; assumption: %3")
                                     .arg(chip->accelerator)
                                     .arg(chip->embodiedKg, 0, 'f', 0)
                                     .arg(chip->notes);
    } else {
        share.assumptions << Tr::tr("%1: no die area or memory figure for %2; its accelerators' "
                                    "embodied carbon is not counted")
                                 .arg(instance.id, instance.accelerator);
    }
    share.kg = kg;
    return share;
}

Co2eKgPerHour GreenprintProfile::embodiedPerInstanceHour(const InstanceSpec &instance) const
{
    const std::optional<double> kg = instanceEmbodied(instance).kg;
    return Co2eKgPerHour{kg ? *kg / (m_settings.serverLifetimeYears * kHoursPerYear) : 0.0};
}

QStringList GreenprintProfile::embodiedAssumptions(const InstanceSpec &instance) const
{
    return instanceEmbodied(instance).assumptions;
}

QStringList GreenprintProfile::generalAssumptions() const
{
    return {
        Tr::tr("Accelerator power follows the load curve measured on one H100 (whole-board watts "
               "/ TDP), scaled by each accelerator's TDP."),
        memoryAssumption(MemoryPowerModel::fromReference(m_reference)),
        Tr::tr("Embodied emissions are amortised over %1 years (AWS amortises IT hardware over "
               "6, CCF over 4).")
            .arg(m_settings.serverLifetimeYears),
        Tr::tr("Embodied carbon of an accelerated instance: its vCPU share of the host server "
               "without accelerators (CCF's server formula) plus each GPU or Neuron chip from its "
               "die area and memory (Boavizta's component model); CPU-only instances keep CCF's "
               "server share.")};
}

QString GreenprintProfile::methodSummary() const
{
    return Tr::tr("Greenprint method. Instance power is the host's per-vCPU watts for its CPU "
                  "generation at the component's utilization, plus memory above the per-chip "
                  "baseline, plus each accelerator's TDP scaled by a measured load curve. "
                  "A job stated as work runs for FLOPs / (peak × achieved fraction of peak), "
                  "the fraction fitted on published training runs, and draws the power of the "
                  "load that fraction implies. "
                  "Facility energy is IT energy × PUE; operational carbon is facility energy × "
                  "the region's grid intensity; embodied carbon is the server's manufacturing "
                  "share over the hours used. The band spans the P10-P90 interval of the "
                  "achieved fraction of peak, the grid-intensity datasets and the power bounds.");
}

std::vector<UsedConstant> GreenprintProfile::constants() const
{
    // The coefficients pue() and memoryPower() read, with the same fallbacks.
    return {usedCoefficient(m_reference, CoefficientKey::AwsGlobalPue, 1.15),
            usedCoefficient(m_reference, CoefficientKey::MemoryKWhPerGBHour, 0.000392)};
}

} // namespace greenprint
