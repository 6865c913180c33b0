// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccfprofile.h"

#include "powermodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::CcfProfile)
};

/** CCF's GPU keys by a fragment of our accelerator names. */
constexpr std::pair<const char16_t *, const char16_t *> kGpuKeys[] = {
    {u"A100", u"nvidia_tesla_a100"},
    {u"V100", u"nvidia_tesla_v100"},
    {u"A10G", u"nvidia_a10g"},
    {u"T4", u"nvidia_t4"},
};

} // namespace

CcfProfile::CcfProfile(const ReferenceData &reference, const ProjectSettings &settings)
    : m_reference(reference)
    , m_settings(settings)
{ }

std::optional<double> CcfProfile::fixedUtilization() const
{
    return m_reference.method.ccf(QStringLiteral("utilization.default_avg_cpu")).value_or(50.0)
        / 100.0;
}

QString CcfProfile::processorKey(const QString &microarchitecture) const
{
    QString key = microarchitecture.toLower();
    key.replace(u' ', u'_');
    if (key.startsWith(u"graviton"))
        key.prepend(QStringLiteral("aws_"));
    if (m_reference.method.ccf(QStringLiteral("cpu.%1.min_w").arg(key)))
        return key;
    return QStringLiteral("unknown");
}

std::optional<double> CcfProfile::gpuKey(const QString &accelerator, bool max) const
{
    for (const auto &[fragment, key] : kGpuKeys) {
        if (accelerator.contains(QStringView(fragment))) {
            return m_reference.method.ccf(
                QStringLiteral("gpu.%1.%2").arg(QStringView(key)).arg(max ? u"max_w" : u"min_w"));
        }
    }
    return std::nullopt;
}

PowerBand CcfProfile::instancePower(const InstanceSpec &instance, double u) const
{
    PowerBand band;
    if (instance.origin != DataOrigin::Reference || instance.cpuMicroarchitecture.isEmpty()) {
        band.central = band.low = band.high = interpolatePower(instance.loadPoints, u);
        return band;
    }
    const MethodData &m = m_reference.method;
    const QString key = processorKey(instance.cpuMicroarchitecture);
    if (key == u"unknown" && !instance.cpuMicroarchitecture.isEmpty()) {
        band.assumptions
            << Tr::tr("%1: CCF has no watts for \"%2\"; its average is used (as CCF does)")
                   .arg(instance.id, instance.cpuMicroarchitecture);
    }
    const double minW = m.ccf(QStringLiteral("cpu.%1.min_w").arg(key)).value_or(0.74);
    const double maxW = m.ccf(QStringLiteral("cpu.%1.max_w").arg(key)).value_or(3.5);
    double watts = instance.vcpus * (minW + u * (maxW - minW));

    if (instance.acceleratorCount > 0) {
        const auto gMin = gpuKey(instance.accelerator, false);
        const auto gMax = gpuKey(instance.accelerator, true);
        if (gMin && gMax) {
            watts += instance.acceleratorCount * (*gMin + u * (*gMax - *gMin));
        } else {
            band.assumptions << Tr::tr("%1: CCF models no power for %2; only the host is counted")
                                    .arg(instance.id, instance.accelerator);
        }
    }

    // Memory above the per-chip baseline of the family's last-listed size,
    // scaled to this size by its memory share (CCF's memory estimator).
    // The family, not the name's prefix: a SageMaker "ml.p4d.24xlarge" is family p4d.
    const QString family =
        instance.family.isEmpty() ? instance.id.section(u'.', 0, 0) : instance.family;
    if (const CcfInstance *largest = m.ccfLargestOfFamily(family);
        largest && instance.memoryGiB > 0.0) {
        const double gbPerChip =
            m.ccf(QStringLiteral("memory.gb_per_chip.%1").arg(key))
                .value_or(m.ccf(QStringLiteral("memory.gb_per_chip.unknown")).value_or(80.69));
        const double excess =
            std::max(0.0, largest->memoryGiB / largest->physicalChips - gbPerChip);
        const double gb = excess / (largest->memoryGiB / instance.memoryGiB);
        const double kWhPerGBHour =
            m.ccf(QStringLiteral("memory.kwh_per_gb_hour")).value_or(0.000392);
        watts += gb * kWhPerGBHour * 1000.0;
    }
    band.central = band.low = band.high = PowerW{watts};
    return band;
}

double CcfProfile::pue(const RegionSpec *) const
{
    if (m_settings.pue)
        return *m_settings.pue;
    return m_reference.method.ccf(QStringLiteral("pue.aws"))
        .value_or(m_reference.coefficientValue(CoefficientKey::CcfPue, 1.135));
}

IntensityBand CcfProfile::intensity(const RegionSpec &region) const
{
    IntensityBand band;
    const MethodData &m = m_reference.method;
    std::optional<double> tPerKWh = m.ccf(QStringLiteral("emissions_factor.%1").arg(region.id));
    double g = 0.0;
    if (tPerKWh) {
        g = *tPerKWh * 1e6;
        band.basis = Tr::tr("CCF emission factor");
    } else if (region.origin != DataOrigin::Reference) {
        g = region.gridGCo2ePerKWh;
        band.basis = region.gridBasis;
    } else {
        g = m.ccf(QStringLiteral("emissions_factor.Unknown")).value_or(0.00039278188) * 1e6;
        band.basis = Tr::tr("CCF \"Unknown\" factor");
        band.assumptions
            << Tr::tr("%1: CCF lists no factor; its \"Unknown\" average is used").arg(region.id);
    }
    band.low = band.central = band.high = GridIntensity{g};
    band.market = marketBasedIntensity(region, m_settings, band.central);
    return band;
}

double CcfProfile::embodiedKgPerInstanceHour(const InstanceSpec &instance) const
{
    if (!instance.embodiedCo2eKg)
        return 0.0;
    const double lifespan =
        m_reference.method.ccf(QStringLiteral("embodied.server_lifespan_hours")).value_or(35040.0);
    return *instance.embodiedCo2eKg / lifespan;
}

QStringList CcfProfile::generalAssumptions() const
{
    return {
        Tr::tr("Cloud Carbon Footprint profile: utilization fixed at CCF's 50 % default, PUE "
               "1.135, CCF's emission factors; embodied by CCF's documented formula over 4 years."),
        Tr::tr("CCF gives a single figure, so low = central = high. Market-based figures "
               "apply AWS's renewable matching to CCF's location-based result (CCF reports "
               "no market-based figure).")};
}

} // namespace greenprint
