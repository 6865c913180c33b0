// SPDX-License-Identifier: GPL-3.0-or-later
// Memory power of a host beyond the memory CCF's per-vCPU watts already include.
#pragma once

#include "../units.h"

#include <QString>

namespace greenprint {

struct ReferenceData;

/**
 * The greenprint profile's memory model (the ccf and green-algorithms profiles keep their
 * tools' own linear coefficients, for parity). DRAM power follows the number of modules a
 * host holds more than its gigabytes: a 2 TB host carries larger modules, not more of them,
 * so a per-GB rate measured on 8 GB desktop modules (CCF's 0.392 W/GB) overstates it
 * several times. The excess memory of a host (above CCF's per-chip baseline) draws
 *
 *   min(excess GB x W per GB,
 *       chips x modules per chip x W per module x excess GB / host GB)
 *
 * the per-GB rate, bounded by what the host's modules can draw (all module slots at the
 * per-module figure), shared in proportion to the excess. All three values come from
 * coefficients.csv (memory.kwh_per_gb_hour, memory.w_per_module, memory.modules_per_chip).
 */
struct MemoryPowerModel
{
    double wPerGB = 0.392;
    double wPerModule = 5.0;
    double modulesPerChip = 16.0;

    static MemoryPowerModel fromReference(const ReferenceData &reference);

    /** The most the modules of a host with `chips` CPU chips draw. */
    PowerW hostModulesCap(int chips) const;
    /** Watts of `excessGB` above the baseline of a host of `hostGB` on `chips` chips. */
    PowerW hostExcessPower(double excessGB, double hostGB, int chips) const;
};

/** The model in words, with its values: one of the greenprint profile's assumptions. */
QString memoryAssumption(const MemoryPowerModel &model);

} // namespace greenprint
