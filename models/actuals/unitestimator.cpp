// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitestimator.h"

#include "../engine/estimator.h"

namespace greenprint::actuals {

UnitEstimator::UnitEstimator(const Project &project, const ReferenceData &reference)
    : m_base(project)
    , m_reference(reference)
{
    m_base.scenarios.clear();
    m_base.constraints = {};
    for (Stage &stage : m_base.stages) {
        stage.components.clear();
        stage.region.clear();
    }
}

std::optional<Quantities> UnitEstimator::estimate(const QString &key, const QString &region,
                                                  const ComponentSpec &spec)
{
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    std::optional<Quantities> result;
    if (!region.isEmpty()) {
        Project project = m_base;
        project.region = region;
        project.stage(StageKind::Training).components.push_back({QStringLiteral("unit"), spec, {}});
        const Estimate estimate = estimateProject(project, m_reference);
        if (!hasErrors(estimate.issues)) {
            Quantities q;
            q.energyKWh = estimate.total.energy.kWh;
            q.co2eKg = estimate.total.co2e.kg;
            q.operationalCo2eKg = estimate.total.operationalCo2e.kg;
            q.marketCo2eKg = estimate.total.marketCo2e.kg;
            result = q;
        }
    }
    m_cache.insert(key, result);
    return result;
}

std::optional<Quantities> UnitEstimator::instanceHour(const QString &instance,
                                                      const QString &region, double utilization,
                                                      std::optional<double> measuredPowerW)
{
    ComputeSpec spec;
    spec.instance = instance;
    spec.count = 1;
    spec.hours = 1.0;
    spec.utilization = utilization;
    spec.measuredPowerW = measuredPowerW;
    const QString key = QStringLiteral("i|%1|%2|%3|%4")
                            .arg(instance, region)
                            .arg(utilization, 0, 'g', 17)
                            .arg(measuredPowerW ? *measuredPowerW : -1.0, 0, 'g', 17);
    std::optional<Quantities> q = estimate(key, region, spec);
    if (q)
        q->hours = 1.0;
    return q;
}

std::optional<Quantities> UnitEstimator::storageGBMonth(StorageClass storageClass,
                                                        const QString &region)
{
    StorageSpec spec;
    spec.storageClass = storageClass;
    spec.sizeGB = 1.0;
    spec.months = 1.0;
    return estimate(QStringLiteral("s|%1|%2").arg(static_cast<int>(storageClass)).arg(region),
                    region, spec);
}

std::optional<Quantities> UnitEstimator::transferGB(const QString &region)
{
    TransferSpec spec;
    spec.sizeGB = 1.0;
    spec.toRegion = region; // the energy per GB does not depend on the destination
    return estimate(QStringLiteral("t|%1").arg(region), region, spec);
}

} // namespace greenprint::actuals
