// SPDX-License-Identifier: GPL-3.0-or-later
#include "methoddata.h"

#include <algorithm>
#include <cmath>

namespace greenprint {

std::optional<double> AcceleratorSpec::peak(Precision precision) const
{
    const auto at = [this](Precision p) { return peakTflops[static_cast<int>(p)]; };
    if (at(precision))
        return at(precision);
    // 16-bit figures stand in for each other (T4 and V100 publish fp16 only).
    if (precision == Precision::Bf16 && at(Precision::Fp16))
        return at(Precision::Fp16);
    if (precision == Precision::Fp16 && at(Precision::Bf16))
        return at(Precision::Bf16);
    return std::nullopt;
}

const AcceleratorEmbodied *MethodData::embodiedAccelerator(const QString &name) const
{
    const auto it =
        std::find_if(acceleratorEmbodied.begin(), acceleratorEmbodied.end(),
                     [&](const AcceleratorEmbodied &a) { return a.accelerator == name; });
    return it == acceleratorEmbodied.end() ? nullptr : &*it;
}

const PlatformEmbodied *MethodData::embodiedPlatform(const QString &family) const
{
    const auto it = std::find_if(platformEmbodied.begin(), platformEmbodied.end(),
                                 [&](const PlatformEmbodied &p) { return p.family == family; });
    return it == platformEmbodied.end() ? nullptr : &*it;
}

const AcceleratorSpec *MethodData::accelerator(const QString &name) const
{
    for (const AcceleratorSpec &a : accelerators) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

const CpuPowerCoefficient *MethodData::cpu(const QString &microarchitecture,
                                           const QString &set) const
{
    for (const CpuPowerCoefficient &c : cpuPower) {
        if (c.microarchitecture == microarchitecture && c.coefficientSet == set)
            return &c;
    }
    return nullptr;
}

const GpuPowerCoefficient *MethodData::gpu(const QString &model) const
{
    for (const GpuPowerCoefficient &g : gpuPower) {
        if (g.model == model)
            return &g;
    }
    return nullptr;
}

const AchievedUtilization *MethodData::utilization(const QString &acceleratorClass,
                                                   WorkTask task) const
{
    for (const AchievedUtilization &u : achievedUtilization) {
        if (u.acceleratorClass == acceleratorClass && u.task == task)
            return &u;
    }
    return nullptr;
}

const AchievedUtilizationFit *MethodData::utilizationFit(const QString &accelerator,
                                                         WorkTask task) const
{
    for (const AchievedUtilizationFit &f : achievedUtilizationFits) {
        if (f.task == task && f.accelerators.contains(accelerator))
            return &f;
    }
    return nullptr;
}

const AchievedThroughput *MethodData::achievedThroughput(const QString &accelerator,
                                                         WorkTask task) const
{
    for (const AchievedThroughput &t : achievedThroughputs) {
        if (t.accelerator == accelerator && t.task == task)
            return &t;
    }
    return nullptr;
}

double AchievedThroughput::tflopsPerDevice() const
{
    const double flopsPerToken = (task == WorkTask::Training ? 6.0 : 2.0) * parameters;
    return flopsPerToken * tokensPerSample * samplesPerSecond / std::max(1, devices) / 1e12;
}

double AchievedUtilizationFit::central(double parameters) const
{
    const double billions = std::max(parameters, 1.0) / 1e9;
    return std::clamp(mfuAt1BParameters * std::pow(billions, sizeExponent), floor, ceiling);
}

std::optional<double> MethodData::cpuRelativePerVcpu(const QString &microarchitecture) const
{
    double factor = 1.0;
    QString current = microarchitecture;
    for (int depth = 0; depth < 16; ++depth) {
        const CpuThroughput *row = nullptr;
        for (const CpuThroughput &t : cpuThroughput) {
            if (t.microarchitecture == current)
                row = &t;
        }
        if (!row || !row->relativePerVcpu)
            return std::nullopt;
        factor *= *row->relativePerVcpu;
        if (row->baseline == current || row->baseline.isEmpty())
            return factor;
        current = row->baseline;
    }
    return std::nullopt;
}

std::optional<double> MethodData::ccf(const QString &key) const
{
    for (const PeerConstant &c : ccfConstants) {
        if (c.key == key)
            return c.value;
    }
    return std::nullopt;
}

std::optional<double> MethodData::greenAlgorithmsValue(const QString &kind,
                                                       const QString &key) const
{
    for (const PeerConstant &c : greenAlgorithms) {
        if (c.kind == kind && c.key == key)
            return c.value;
    }
    return std::nullopt;
}

const CcfInstanceType *MethodData::ccfInstanceType(const QString &id) const
{
    for (const CcfInstanceType &t : ccfInstanceTypes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const CcfProcessor *MethodData::ccfProcessor(const QString &name) const
{
    for (const CcfProcessor &p : ccfProcessors) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace greenprint
