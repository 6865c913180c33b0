// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccfaws.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace greenprint {
namespace {

const QString kSageMakerPrefix = QStringLiteral("ml.");

double average(const std::vector<double> &values)
{
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/** The family part of a type name: "m5zn" of "m5zn.large". */
QString familyOf(const QString &type)
{
    return type.section(u'.', 0, 0);
}

} // namespace

CcfAws::CcfAws(const MethodData &method)
    : m_method(method)
{ }

double CcfAws::constant(const QString &key, double fallback) const
{
    return m_method.ccf(key).value_or(fallback);
}

double CcfAws::pue() const
{
    return constant(QStringLiteral("pue"), 1.135);
}

double CcfAws::utilization() const
{
    return constant(QStringLiteral("avg_cpu_utilization_pct"), 50.0) / 100.0;
}

double CcfAws::lifespanHours() const
{
    return constant(QStringLiteral("server_lifespan_hours"), 35040.0);
}

QString CcfAws::versions() const
{
    return QStringLiteral("@cloud-carbon-footprint/aws %1 on @cloud-carbon-footprint/core %2")
        .arg(m_method.ccfAwsVersion, m_method.ccfCoreVersion);
}

double CcfAws::gridGCo2ePerKWh(const QString &region, bool *listed) const
{
    std::optional<double> tPerKWh = m_method.ccf(QStringLiteral("emissions_factor.") + region);
    if (listed)
        *listed = tPerKWh.has_value() && *tPerKWh > 0.0;
    // estimateCo2() takes the "Unknown" factor for a region it has none (or zero) for.
    if (!tPerKWh || *tPerKWh <= 0.0)
        tPerKWh = m_method.ccf(QStringLiteral("emissions_factor.Unknown"));
    return tPerKWh.value_or(0.0) * 1e6;
}

std::optional<double> CcfAws::groupWatts(const QStringList &processors, bool max) const
{
    const QStringList names =
        processors.isEmpty() ? QStringList{QStringLiteral("Unknown")} : processors;
    std::vector<double> values;
    for (const QString &name : names) {
        const CcfProcessor *p = m_method.ccfProcessor(name);
        const std::optional<double> w = p ? (max ? p->maxW : p->minW) : std::nullopt;
        if (!w)
            return std::nullopt; // CCF's average of an undefined is NaN: its fallback applies
        values.push_back(*w);
    }
    const bool median_ = names.contains(u"Sandy Bridge") || names.contains(u"Ivy Bridge");
    const double w = median_ ? median(values) : average(values);
    if (!std::isfinite(w) || w == 0.0)
        return std::nullopt;
    return w;
}

double CcfAws::memoryGbPerChip(const QStringList &processors) const
{
    const QStringList names =
        processors.isEmpty() ? QStringList{QStringLiteral("Unknown")} : processors;
    std::vector<double> values;
    for (const QString &name : names) {
        const CcfProcessor *p = m_method.ccfProcessor(name);
        if (!p || !p->memoryGbPerChip)
            return constant(QStringLiteral("memory_avg_gb_per_chip"), 80.69);
        values.push_back(*p->memoryGbPerChip);
    }
    return average(values);
}

std::optional<CcfInstanceHour> CcfAws::instanceHour(const QString &name) const
{
    CcfInstanceHour h;
    h.sagemaker = name.startsWith(kSageMakerPrefix);
    h.type = h.sagemaker ? name.mid(kSageMakerPrefix.size()) : name;
    const CcfInstanceType *t = m_method.ccfInstanceType(h.type);
    if (!t)
        return std::nullopt;

    const double u = utilization();
    h.vcpuHoursPerHour = t->burstableBaselinePct ? t->vcpus * (*t->burstableBaselinePct / 100.0) / u
                                                 : static_cast<double>(t->vcpus);

    // SageMaker: CCF looks the processors up under "ml.<type>", which it does not list.
    const QStringList cpus = h.sagemaker ? QStringList{} : t->cpuProcessors;
    const std::optional<double> minW = groupWatts(cpus, false);
    const std::optional<double> maxW = groupWatts(cpus, true);
    h.averageCpuWatts = !minW || !maxW;
    const double cpuMin = minW.value_or(constant(QStringLiteral("min_watts_avg"), 0.74));
    const double cpuMax = maxW.value_or(constant(QStringLiteral("max_watts_avg"), 3.5));
    h.cpuW = h.vcpuHoursPerHour * (cpuMin + u * (cpuMax - cpuMin));

    if (t->gpuCount > 0) {
        const QStringList gpus = h.sagemaker ? QStringList{} : t->gpuProcessors;
        const std::optional<double> gMin = groupWatts(gpus, false);
        const std::optional<double> gMax = groupWatts(gpus, true);
        h.averageGpuWatts = !gMin || !gMax;
        const double lo = gMin.value_or(constant(QStringLiteral("min_watts_avg"), 0.74));
        const double hi = gMax.value_or(constant(QStringLiteral("max_watts_avg"), 3.5));
        h.gpuW = t->gpuCount * (lo + u * (hi - lo));
    }

    // Memory: never for SageMaker names (CCF reads "ml" as the family) nor burstable types.
    if (!h.sagemaker && !t->burstableBaselinePct) {
        const QString family = familyOf(t->id);
        const int chips = family == u"m5zn" || family == u"z1d"
            ? 2
            : static_cast<int>(std::ceil(t->familyLastVcpus / 96.0));
        const double excessGb = t->familyLastMemoryGiB / chips - memoryGbPerChip(t->cpuProcessors);
        if (excessGb > 0.0) {
            const double gbPerHour = excessGb / (t->familyLastMemoryGiB / t->memoryGiB);
            h.memoryW =
                gbPerHour * constant(QStringLiteral("memory_kwh_per_gb_hour"), 0.000392) * 1000.0;
        }
    }

    if (t->embodiedKg && *t->embodiedKg > 0.0) {
        const double hoursPerVcpu = 1.0 / t->vcpus; // CCF: usageTimePeriod = usage / vCPUs
        h.embodiedKg = *t->embodiedKg * (hoursPerVcpu / lifespanHours())
            * (static_cast<double>(t->vcpus) / t->familyLastVcpus);
    }
    return h;
}

} // namespace greenprint
