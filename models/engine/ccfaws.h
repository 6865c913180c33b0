// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/*
 * Cloud Carbon Footprint's AWS estimate of one instance-hour
 * ==========================================================
 * The code path of CCF's Cost-and-Usage-Report estimate (npm
 * @cloud-carbon-footprint/aws, versions in MethodData::ccfAwsVersion), over
 * CCF's own tables (data/reference/ccf_*.csv, generated from the package):
 *
 *   name         "ml.<type>" is a SageMaker usage type: CCF strips "ml." to find
 *                the vCPUs, GPUs and embodied figure, but looks its processors up
 *                under the unstripped name, so they are "Unknown" (CCF's averages)
 *                and it counts no memory. Any other name is an EC2 type.
 *   compute      vCPUs (burstable: x baseline / 50 %) x (min + 50 % x (max - min)),
 *                min/max the average of the type's processors (the median when
 *                Sandy Bridge or Ivy Bridge is among them), CCF's averages when
 *                any processor has no figure; GPUs the same way per GPU.
 *   memory       GB above the per-chip memory of the processors, on the family's
 *                last-listed size (chips = ceil(vCPUs / 96), 2 for m5zn and z1d),
 *                scaled to this size; none for burstable types.
 *   embodied     scope 3 x (hours / vCPUs) / lifespan x vCPUs / family's last vCPUs:
 *                CCF's code divides the instance-hours by the vCPUs.
 *
 * Types missing from CCF's list get nothing here: CCF would estimate nothing.
 */

#include "../domain/methoddata.h"

#include <QString>

#include <optional>

namespace greenprint {

/** CCF's figures for one hour of one instance, before PUE and grid factor. */
struct CcfInstanceHour
{
    QString type; ///< CCF's key, "ml." stripped
    bool sagemaker = false;
    double vcpuHoursPerHour = 0.0; ///< vCPUs, or the burstable share of them
    double cpuW = 0.0; ///< average watts of the vCPUs
    double gpuW = 0.0; ///< average watts of the GPUs
    double memoryW = 0.0; ///< memory above CCF's baseline (kWh per GB-hour x 1000)
    double embodiedKg = 0.0; ///< embodied kgCO2e allocated to the hour
    bool averageCpuWatts = false; ///< CCF's average min/max were used for the CPU
    bool averageGpuWatts = false; ///< ... for the GPUs
};

class CcfAws
{
public:
    explicit CcfAws(const MethodData &method);

    /** CCF's figures for `name`, or nullopt where CCF lists no such type. */
    std::optional<CcfInstanceHour> instanceHour(const QString &name) const;
    /** CCF's grid factor for an AWS region in gCO2e/kWh (its "Unknown" average if unlisted). */
    double gridGCo2ePerKWh(const QString &region, bool *listed = nullptr) const;

    double pue() const;
    double utilization() const; ///< 0..1
    double lifespanHours() const;
    double constant(const QString &key, double fallback) const;

    /** "@cloud-carbon-footprint/aws 0.15.0 on @cloud-carbon-footprint/core 1.0.0". */
    QString versions() const;

private:
    /** min or max watts of a processor group by CCF's rule; nullopt: use CCF's average. */
    std::optional<double> groupWatts(const QStringList &processors, bool max) const;
    double memoryGbPerChip(const QStringList &processors) const;

    const MethodData &m_method;
};

} // namespace greenprint
