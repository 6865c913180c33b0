// SPDX-License-Identifier: GPL-3.0-or-later
// The footprint of one unit of billed usage, estimated with the plan's own method.
#pragma once

#include "../domain/project.h"
#include "../domain/referencedata.h"
#include "actualcomparison.h"

#include <QHash>
#include <QString>

#include <optional>

namespace greenprint::actuals {

/**
 * Runs the estimator on a one-component copy of the project (same settings,
 * catalog and method) to value one instance-hour, one GB-month of storage or
 * one GB transferred in a region. Every footprint is linear in those units,
 * so a CUR of millions of rows needs one estimate per distinct kind of unit
 * (cached). nullopt when the estimate cannot be made (unknown instance type
 * or region): callers show that, never a number.
 */
class UnitEstimator
{
public:
    UnitEstimator(const Project &project, const ReferenceData &reference);

    std::optional<Quantities> instanceHour(const QString &instance, const QString &region,
                                           double utilization,
                                           std::optional<double> measuredPowerW = std::nullopt);
    std::optional<Quantities> storageGBMonth(StorageClass storageClass, const QString &region);
    std::optional<Quantities> transferGB(const QString &region);

private:
    std::optional<Quantities> estimate(const QString &key, const QString &region,
                                       const ComponentSpec &spec);

    Project m_base;
    const ReferenceData &m_reference;
    QHash<QString, std::optional<Quantities>> m_cache;
};

} // namespace greenprint::actuals
