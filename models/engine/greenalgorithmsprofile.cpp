// SPDX-License-Identifier: GPL-3.0-or-later
#include "greenalgorithmsprofile.h"

#include "powermodel.h"

#include "../domain/names.h"

#include <QCoreApplication>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::GreenAlgorithmsProfile)
};

const QString kCpuKind = QStringLiteral("cpu_tdp_per_core_w");
const QString kGpuKind = QStringLiteral("gpu_tdp_w");
const QString kAny = QStringLiteral("Any");

} // namespace

QString greenAlgorithmsVersion(const MethodData &method)
{
    QString text =
        QStringLiteral("green-algorithms-tool data %1").arg(method.greenAlgorithmsRelease);
    if (!method.greenAlgorithmsCommit.isEmpty())
        text += QStringLiteral(" (GreenAlgorithms/green-algorithms-tool@%1)")
                    .arg(method.greenAlgorithmsCommit.left(12));
    return text;
}

GreenAlgorithmsProfile::GreenAlgorithmsProfile(const ReferenceData &reference,
                                               const ProjectSettings &settings)
    : m_reference(reference)
    , m_settings(settings)
{ }

double GreenAlgorithmsProfile::gpuTdp(const QString &accelerator, QStringList *assumptions) const
{
    // green_algorithms.csv keys the tool's GPU rows by our accelerator names
    // (data/reference/green-algorithms/greenprint-mapping.csv says which row each is).
    const MethodData &m = m_reference.method;
    if (auto w = m.greenAlgorithmsValue(kGpuKind, accelerator))
        return *w;
    const double any = m.greenAlgorithmsValue(kGpuKind, kAny).value_or(200.0);
    assumptions->append(
        Tr::tr("%1 is not in Green Algorithms' list; its \"Any\" GPU (%2 W) is used")
            .arg(accelerator)
            .arg(any));
    return any;
}

PowerBand GreenAlgorithmsProfile::instancePower(const InstanceSpec &instance, double u) const
{
    PowerBand band;
    if (instance.origin != DataOrigin::Reference) {
        band.central = band.low = band.high = interpolatePower(instance.loadPoints, u);
        return band;
    }
    const MethodData &m = m_reference.method;
    const QString processor = instance.processor.section(QStringLiteral(" ("), 0, 0);
    const double perCore = m.greenAlgorithmsValue(kCpuKind, processor)
                               .value_or(m.greenAlgorithmsValue(kCpuKind, kAny).value_or(12.0));
    double watts = instance.vcpus * perCore * u;
    if (instance.acceleratorCount > 0)
        watts += instance.acceleratorCount * gpuTdp(instance.accelerator, &band.assumptions) * u;
    watts += instance.memoryGiB
        * m.greenAlgorithmsValue(QStringLiteral("constant"), QStringLiteral("memory_w_per_gb"))
              .value_or(0.3725);
    band.central = band.low = band.high = PowerW{watts};
    return band;
}

Pue GreenAlgorithmsProfile::pue(const RegionSpec *) const
{
    if (m_settings.pue)
        return Pue{*m_settings.pue};
    return Pue{m_reference.method
                   .greenAlgorithmsValue(QStringLiteral("constant"), QStringLiteral("pue_aws"))
                   .value_or(1.2)};
}

IntensityBand GreenAlgorithmsProfile::intensity(const RegionSpec &region) const
{
    IntensityBand band;
    const auto g =
        m_reference.method.greenAlgorithmsValue(QStringLiteral("region_gco2e_per_kwh"), region.id);
    double value = region.gridGCo2ePerKWh;
    if (g) {
        value = *g;
        band.basis = Tr::tr("Green Algorithms intensity of the region's location");
    } else {
        band.basis = region.gridBasis;
        if (region.origin == DataOrigin::Reference) {
            band.assumptions << Tr::tr("%1: Green Algorithms has no intensity for this location; "
                                       "Greenprint's recommended value is used")
                                    .arg(region.id);
        }
    }
    band.low = band.central = band.high = GridIntensity{value};
    return band;
}

QStringList GreenAlgorithmsProfile::generalAssumptions() const
{
    const MethodData &m = m_reference.method;
    return {Tr::tr("Green Algorithms profile: reproduces %1 and its formula; vCPUs count as "
                   "cores, at its \"Any\" %2 W per core where the processor is not listed; "
                   "memory %3 W/GB, PUE %4, no embodied emissions; AWS regions are mapped to its "
                   "locations by Greenprint.")
                .arg(greenAlgorithmsVersion(m))
                .arg(m.greenAlgorithmsValue(kCpuKind, kAny).value_or(12.0))
                .arg(m.greenAlgorithmsValue(QStringLiteral("constant"),
                                            QStringLiteral("memory_w_per_gb"))
                         .value_or(0.3725))
                .arg(m.greenAlgorithmsValue(QStringLiteral("constant"), QStringLiteral("pue_aws"))
                         .value_or(1.2)),
            Tr::tr("Green Algorithms gives a single figure, so low = central = high. "
                   "Market-based figures apply AWS's renewable matching to its location-based "
                   "result (Green Algorithms reports no market-based figure).")};
}

QString GreenAlgorithmsProfile::methodSummary() const
{
    return Tr::tr("Green Algorithms method, with its own constants: cores × TDP per core × "
                  "usage, memory watts per GB, its PUE and its carbon intensity per location; "
                  "no embodied emissions.");
}

std::vector<UsedConstant> GreenAlgorithmsProfile::constants() const
{
    std::vector<UsedConstant> used;
    for (const PeerConstant &c : m_reference.method.greenAlgorithms) {
        if (c.kind == u"constant")
            used.push_back(
                usedPeerConstant(c, methodologyDisplayName(Methodology::GreenAlgorithms)));
    }
    return used;
}

} // namespace greenprint
