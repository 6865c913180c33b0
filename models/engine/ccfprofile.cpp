// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccfprofile.h"

#include "powermodel.h"

#include <QCoreApplication>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::CcfProfile)
};

} // namespace

CcfProfile::CcfProfile(const ReferenceData &reference, const ProjectSettings &settings)
    : m_reference(reference)
    , m_settings(settings)
    , m_ccf(reference.method)
{ }

std::optional<double> CcfProfile::fixedUtilization() const
{
    return m_ccf.utilization();
}

std::optional<InstanceSpec> CcfProfile::ownInstance(const QString &name,
                                                    const InstanceSpec *catalog) const
{
    const std::optional<CcfInstanceHour> hour = m_ccf.instanceHour(name);
    if (!hour)
        return std::nullopt;
    const CcfInstanceType *type = m_reference.method.ccfInstanceType(hour->type);
    // Keep the catalog's price and accelerator model (for work sizing); the
    // sizes and the embodied figure are CCF's.
    InstanceSpec spec = catalog ? *catalog : InstanceSpec{};
    spec.id = name;
    if (!catalog) {
        spec.family = hour->type.section(u'.', 0, 0);
        spec.acceleratorCount = type->gpuCount;
        spec.accelerator = type->gpuProcessors.join(QStringLiteral(", "));
        spec.cpuMicroarchitecture = type->cpuProcessors.join(QStringLiteral(", "));
        spec.source =
            QStringLiteral("npm:@cloud-carbon-footprint/aws@%1 src/lib/AWSInstanceTypes.ts")
                .arg(m_reference.method.ccfAwsVersion);
        spec.origin = DataOrigin::Reference;
    }
    spec.vcpus = type->vcpus;
    spec.memoryGiB = type->memoryGiB;
    spec.embodiedCo2eKg = type->embodiedKg;
    return spec;
}

PowerBand CcfProfile::instancePower(const InstanceSpec &instance, double) const
{
    const std::optional<CcfInstanceHour> h = m_ccf.instanceHour(instance.id);
    if (!h)
        return outsideCcf(instance);
    PowerBand band;
    const PowerW watts{h->cpuW + h->gpuW + h->memoryW};
    band.low = band.central = band.high = watts;
    if (h->sagemaker) {
        band.assumptions << Tr::tr("%1: as CCF does for SageMaker usage, \"ml.\" is stripped to "
                                   "find the vCPUs and GPUs, but the processors are looked up "
                                   "under the full name, which CCF does not list: its average "
                                   "watts, and no memory")
                                .arg(instance.id);
    } else if (h->averageCpuWatts) {
        band.assumptions << Tr::tr("%1: CCF has no watts for its processors; CCF's averages "
                                   "(%2–%3 W per vCPU) are used, as CCF does")
                                .arg(instance.id)
                                .arg(m_ccf.constant(QStringLiteral("min_watts_avg"), 0.74))
                                .arg(m_ccf.constant(QStringLiteral("max_watts_avg"), 3.5));
    }
    if (h->averageGpuWatts && !h->sagemaker) {
        band.assumptions << Tr::tr("%1: CCF has no watts for its GPUs; as CCF's code does, its "
                                   "average CPU watts are used per GPU")
                                .arg(instance.id);
    }
    if (const CcfInstanceType *t = m_reference.method.ccfInstanceType(h->type);
        t && t->burstableBaselinePct) {
        band.assumptions << Tr::tr("%1: burstable; CCF counts its %2 % baseline of %3 vCPUs")
                                .arg(instance.id)
                                .arg(*t->burstableBaselinePct)
                                .arg(t->vcpus);
    }
    return band;
}

PowerBand CcfProfile::outsideCcf(const InstanceSpec &instance) const
{
    PowerBand band;
    if (instance.origin != DataOrigin::Reference) {
        band.central = band.low = band.high = interpolatePower(instance.loadPoints, 0.5);
        band.assumptions << Tr::tr("%1: not in CCF's instance list; the power figures of your "
                                   "catalog are used (Greenprint's extrapolation, not CCF's)")
                                .arg(instance.id);
        return band;
    }
    const double u = m_ccf.utilization();
    const double minW = m_ccf.constant(QStringLiteral("min_watts_avg"), 0.74);
    const double maxW = m_ccf.constant(QStringLiteral("max_watts_avg"), 3.5);
    band.central = band.low = band.high = PowerW{instance.vcpus * (minW + u * (maxW - minW))};
    band.warnings << Tr::tr("\"%1\" is not covered by CCF (%2 lists no such type): CCF would "
                            "estimate it only from the vCPU count of the bill. Greenprint's "
                            "extrapolation: its %3 vCPUs at CCF's average watts; accelerators, "
                            "memory and embodied emissions are not counted")
                         .arg(instance.id, m_ccf.versions())
                         .arg(instance.vcpus);
    return band;
}

Pue CcfProfile::pue(const RegionSpec *) const
{
    return Pue{m_settings.pue.value_or(m_ccf.pue())};
}

IntensityBand CcfProfile::intensity(const RegionSpec &region) const
{
    IntensityBand band;
    double g = 0.0;
    bool listed = false;
    if (region.origin != DataOrigin::Reference) {
        g = region.gridGCo2ePerKWh;
        band.basis = region.gridBasis;
    } else {
        g = m_ccf.gridGCo2ePerKWh(region.id, &listed);
        band.basis = listed ? Tr::tr("CCF emission factor") : Tr::tr("CCF \"Unknown\" factor");
        if (!listed) {
            band.assumptions << Tr::tr("%1: CCF lists no factor; its \"Unknown\" average is used, "
                                       "as CCF does")
                                    .arg(region.id);
        }
    }
    band.low = band.central = band.high = GridIntensity{g};
    return band;
}

Co2eKgPerHour CcfProfile::embodiedPerInstanceHour(const InstanceSpec &instance) const
{
    const std::optional<CcfInstanceHour> h = m_ccf.instanceHour(instance.id);
    return Co2eKgPerHour{h ? h->embodiedKg : 0.0};
}

QStringList CcfProfile::generalAssumptions() const
{
    return {
        Tr::tr("Cloud Carbon Footprint profile: reproduces %1 (npm), its instance list, "
               "coefficients and code path; utilization fixed at CCF's %2 %, PUE %3, CCF's "
               "emission factors.")
            .arg(m_ccf.versions())
            .arg(m_ccf.utilization() * 100.0)
            .arg(m_ccf.pue()),
        Tr::tr("CCF embodied emissions: its scope-3 figure of the server x hours / vCPUs / "
               "%1 h x vCPUs / the family's largest vCPUs, as CCF's code computes it (CCF fixes "
               "the server life at %1 h; the project's %2-year setting applies to the "
               "greenprint profile only).")
            .arg(m_ccf.lifespanHours())
            .arg(m_settings.serverLifetimeYears),
        Tr::tr("As CCF does, the energy includes embodied emissions converted to kWh at the "
               "region's factor; that part is not electricity drawn."),
        Tr::tr("CCF gives a single figure, so low = central = high. Market-based figures "
               "apply AWS's renewable matching to CCF's location-based result (CCF reports "
               "no market-based figure).")};
}

QString CcfProfile::methodSummary() const
{
    return Tr::tr("Cloud Carbon Footprint method, reproducing %1 (npm) over CCF's own "
                  "instance list and tables: per-vCPU min/max watts of the type's processors "
                  "at %2 % utilization, GPUs and memory as CCF counts them, CCF's PUE, emission "
                  "factors and embodied emissions as its code computes them (also reported as "
                  "energy, as CCF does), so that the numbers match that tool. A type CCF does "
                  "not list is flagged.")
        .arg(m_ccf.versions())
        .arg(m_ccf.utilization() * 100.0);
}

std::vector<UsedConstant> CcfProfile::constants() const
{
    // CCF's constants; its emission factors are per region (the regions table) and its
    // versions name the package (methodSummary()).
    std::vector<UsedConstant> used;
    for (const PeerConstant &c : m_reference.method.ccfConstants) {
        if (!c.key.startsWith(u"emissions_factor.") && !c.key.startsWith(u"version."))
            used.push_back(usedPeerConstant(c, Tr::tr("CCF")));
    }
    return used;
}

} // namespace greenprint
