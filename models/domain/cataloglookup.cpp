// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloglookup.h"

#include "instancenames.h"

namespace greenprint {

InstanceSpec toInstanceSpec(const CatalogInstance &ci)
{
    InstanceSpec spec;
    spec.id = ci.id;
    spec.family = ci.id.section(u'.', 0, 0);
    spec.category = InstanceCategory::Custom;
    spec.vcpus = ci.vcpus;
    spec.memoryGiB = ci.memoryGiB;
    spec.accelerator = ci.accelerator;
    spec.acceleratorCount = ci.acceleratorCount;
    spec.idlePowerW = ci.idlePowerW;
    spec.maxPowerW = ci.maxPowerW;
    spec.loadPoints = {{0.0, ci.idlePowerW}, {1.0, ci.maxPowerW}};
    spec.powerMethod = QStringLiteral("project catalog");
    spec.embodiedCo2eKg = ci.embodiedCo2eKg;
    spec.priceUsdPerHour = ci.priceUsdPerHour;
    spec.notes = ci.name;
    spec.source = QStringLiteral("project catalog");
    spec.origin = DataOrigin::Project;
    return spec;
}

RegionSpec toRegionSpec(const CatalogRegion &cr)
{
    RegionSpec spec;
    spec.id = cr.id;
    spec.name = cr.name;
    spec.gridGCo2ePerKWh = cr.gridGCo2ePerKWh;
    spec.gridBasis = QStringLiteral("project catalog");
    spec.pue = cr.pue;
    spec.source = QStringLiteral("project catalog");
    spec.origin = DataOrigin::Project;
    return spec;
}

CatalogLookup::CatalogLookup(const Project &project, const ReferenceData &reference)
    : m_reference(reference)
{
    for (const CatalogInstance &ci : project.catalogInstances)
        m_instances.insert(ci.id, toInstanceSpec(ci));
    for (const CatalogRegion &cr : project.catalogRegions)
        m_regions.insert(cr.id, toRegionSpec(cr));
}

CatalogLookup::~CatalogLookup() = default;

const InstanceSpec *CatalogLookup::instance(const QString &id, QString *error) const
{
    if (auto it = m_instances.constFind(id); it != m_instances.cend())
        return &*it;
    if (const InstanceSpec *spec = m_reference.instance(id))
        return spec;
    auto it = m_derived.find(id);
    if (it == m_derived.end())
        it = m_derived.emplace(id, deriveInstance(m_reference, id)).first;
    if (error)
        *error = it->second.error;
    return it->second.spec ? &*it->second.spec : nullptr;
}

const RegionSpec *CatalogLookup::region(const QString &id) const
{
    if (auto it = m_regions.constFind(id); it != m_regions.cend())
        return &*it;
    return m_reference.region(id);
}

} // namespace greenprint
