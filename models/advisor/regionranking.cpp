// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionranking.h"

#include "domain/cataloglookup.h"
#include "domain/estimate.h"
#include "domain/project.h"
#include "domain/referencedata.h"
#include "engine/estimator.h"

#include <algorithm>

namespace greenprint {

std::vector<RegionResult> rankRegions(const Project &project, const ReferenceData &reference)
{
    std::vector<RegionSpec> regions = reference.regions;
    for (const CatalogRegion &custom : project.catalogRegions)
        regions.push_back(toRegionSpec(custom));

    std::vector<RegionResult> results;
    results.reserve(regions.size());
    Project copy = project;
    for (Stage &stage : copy.stages)
        stage.region.clear();
    for (const RegionSpec &region : regions) {
        if (region.gridGCo2ePerKWh <= 0.0)
            continue;
        if (region.id != project.region && !project.constraints.allowsRegion(region.id))
            continue;
        if (std::any_of(results.begin(), results.end(),
                        [&](const RegionResult &r) { return r.region == region.id; }))
            continue;
        copy.region = region.id;
        const Estimate estimate = estimateProject(copy, reference);
        results.push_back(
            {estimate.total.totals(), region.id, region.name, region.id == project.region});
    }
    std::stable_sort(results.begin(), results.end(),
                     [](const RegionResult &a, const RegionResult &b) { return a.co2e < b.co2e; });
    return results;
}

} // namespace greenprint
