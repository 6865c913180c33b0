// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceefficiency.h"

#include "greenprintprofile.h"
#include "neuronpower.h"

namespace greenprint {

InstanceEfficiency instanceEfficiency(const InstanceSpec &instance, const ReferenceData &reference)
{
    InstanceEfficiency e;
    const GreenprintProfile profile(reference, ProjectSettings{});
    const double utilization = reference.coefficientValue(CoefficientKey::DefaultUtilization, 0.5);
    e.typicalPowerW = profile.instancePower(instance, utilization).central.w;
    e.idlePowerW = profile.instancePower(instance, 0.0).central.w;
    e.maxPowerW = profile.instancePower(instance, 1.0).central.w;
    e.powerIsDerivedAssumption = isNeuronAccelerator(instance.accelerator);

    if (instance.acceleratorCount > 0) {
        if (const AcceleratorSpec *a = reference.method.accelerator(instance.accelerator)) {
            if (const auto peak = a->peak(Precision::Bf16))
                e.peakTflops = instance.acceleratorCount * *peak;
        }
    } else if (const auto perVcpu =
                   reference.method.cpuRelativePerVcpu(instance.cpuMicroarchitecture)) {
        e.cpuIndex = instance.vcpus * *perVcpu;
    }
    if (e.peakTflops && e.typicalPowerW > 0.0)
        e.tflopsPerKW = *e.peakTflops / (e.typicalPowerW / 1000.0);
    if (e.peakTflops && instance.priceUsdPerHour && *instance.priceUsdPerHour > 0.0)
        e.tflopsPerUsdHour = *e.peakTflops / *instance.priceUsdPerHour;
    return e;
}

} // namespace greenprint
