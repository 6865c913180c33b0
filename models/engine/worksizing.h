// SPDX-License-Identifier: GPL-3.0-or-later
// Hours from work: FLOPs / (instances x peak throughput x achieved fraction of peak).
#pragma once

#include "../domain/project.h"
#include "../domain/referencedata.h"
#include "../units.h"

#include <QString>

#include <optional>

namespace greenprint {

struct WorkSizing
{
    double flops = 0.0;
    double instanceThroughputTflops = 0.0; ///< accelerators x peak at the work's precision
    double achievedLow = 0.0; ///< fractions of peak (MFU)
    double achievedCentral = 0.0;
    double achievedHigh = 0.0;
    Hours hoursLow; ///< wall-clock hours at the high MFU
    Hours hoursCentral;
    Hours hoursHigh; ///< at the low MFU
    QString achievedSource;
};

/** The class of accelerator the achieved-utilization table is keyed by. */
QString acceleratorClass(const InstanceSpec &instance);

/**
 * Sizes `work` on `count` instances. Returns nullopt with `error` set when the
 * instance has no accelerator throughput at the precision, or no achieved
 * utilization is known for its class and the work's task.
 */
std::optional<WorkSizing> sizeWork(const WorkSpec &work, const InstanceSpec &instance, int count,
                                   const MethodData &method, QString *error);

} // namespace greenprint
