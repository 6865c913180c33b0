// SPDX-License-Identifier: GPL-3.0-or-later
// The perf-per-watt table: throughput, typical watts, perf per watt and perf per dollar.
#pragma once

#include "../domain/project.h"
#include "../domain/referencedata.h"

#include <optional>

namespace greenprint {

struct InstanceEfficiency
{
    std::optional<double> peakTflops; ///< all accelerators, bf16 (fp16 where bf16 is unpublished)
    std::optional<double> cpuIndex; ///< vCPUs x relative throughput per vCPU (Skylake = 1)
    double typicalPowerW = 0.0; ///< Greenprint method at the default utilization, no PUE
    double idlePowerW = 0.0; ///< Greenprint method at 0 % utilization, no PUE
    double maxPowerW = 0.0; ///< Greenprint method at 100 %, accelerators (Neuron too) included
    bool powerIsDerivedAssumption = false; ///< Neuron chips: derived from AWS claims
    std::optional<double> tflopsPerKW;
    std::optional<double> tflopsPerUsdHour;
};

/** Efficiency figures of one instance with the Greenprint power model. */
InstanceEfficiency instanceEfficiency(const InstanceSpec &instance, const ReferenceData &reference);

} // namespace greenprint
