// SPDX-License-Identifier: GPL-3.0-or-later
// How a plan's instance and region names resolve: one lookup for the estimator and the advisor.
#pragma once

/*
 * Catalog lookup
 * ==============
 * A name in a plan resolves, first match wins, to
 *   1. the project's own catalog (`catalog.instances` / `catalog.regions` in the
 *      file: DataOrigin::Project),
 *   2. the reference data, which the application has already merged with the
 *      user's catalog (refdata/userrepository.h: DataOrigin::User),
 *   3. for instances only, a size the catalog lacks of a CPU family it knows,
 *      derived by vCPU (instancenames.h), memoised.
 * The estimator, the advisor's rules and the feasibility checks all ask this
 * class, so a name means the same hardware wherever it is read.
 */

#include "project.h"
#include "referencedata.h"

#include <QHash>
#include <QString>

#include <map>

namespace greenprint {

struct InstanceResolution;

/** A project-local catalog instance in the form the estimator uses (DataOrigin::Project). */
InstanceSpec toInstanceSpec(const CatalogInstance &instance);
/** A project-local catalog region in the form the estimator uses (DataOrigin::Project). */
RegionSpec toRegionSpec(const CatalogRegion &region);

/**
 * The catalogs one project sees. Holds a reference to `reference`, which must outlive
 * it; copies the project's own catalog. Not thread-safe (derived sizes are memoised).
 */
class CatalogLookup
{
public:
    CatalogLookup(const Project &project, const ReferenceData &reference);
    ~CatalogLookup();
    CatalogLookup(const CatalogLookup &) = delete;
    CatalogLookup &operator=(const CatalogLookup &) = delete;

    /**
     * The project's, the user's or the reference row of `id`; else a size derived by
     * vCPU; else nullptr with `error` (naming the closest known types) set.
     */
    const InstanceSpec *instance(const QString &id, QString *error = nullptr) const;
    /** The project's, the user's or the reference region `id`; else nullptr. */
    const RegionSpec *region(const QString &id) const;

    const ReferenceData &reference() const { return m_reference; }

private:
    const ReferenceData &m_reference;
    QHash<QString, InstanceSpec> m_instances;
    QHash<QString, RegionSpec> m_regions;
    // std::map: pointers into it stay valid while more names are resolved.
    mutable std::map<QString, InstanceResolution> m_derived;
};

} // namespace greenprint
