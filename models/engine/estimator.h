// SPDX-License-Identifier: GPL-3.0-or-later
// The footprint estimator: a pure function of (Project, ReferenceData).
#pragma once

/*
 * Estimator
 * =========
 * estimateProject() turns a Project into an Estimate: per component, summed per
 * stage and in total, IT energy (kWh), facility energy (IT x PUE), operational
 * location-based kgCO2e (facility kWh x the region's grid intensity), embodied
 * kgCO2e (manufacturing share over the hours used) and cost (USD).
 *
 * It does no I/O, emits no signals and keeps no state, so every formula can be
 * table-tested (tests/models/tst_estimator.cpp) and the what-if view can run it
 * on copies of a project. Lookups go project catalog first, then the reference
 * data (which the app has already merged with the user's own catalog).
 * Anything it cannot resolve (unknown instance or region, a missing price)
 * becomes an Issue with the JSON path of the field; the rest still counts.
 *
 * The formulas and their sources are described in README.md ("Method").
 */

#include "../domain/estimate.h"
#include "../domain/project.h"
#include "../domain/referencedata.h"

namespace greenprint {

/** Estimates the whole project. Never fails; problems are in Estimate::issues. */
[[nodiscard]] Estimate estimateProject(const Project &project, const ReferenceData &reference);

/**
 * Stamps the project's provenance with the estimate's reference-data version and
 * totals; call it on the copy being saved (the document and `greenprint upgrade` do).
 */
void recordProvenance(Project &project, const Estimate &estimate);

/** Converts a project-local catalog instance into the form the estimator uses. */
InstanceSpec toInstanceSpec(const CatalogInstance &instance);
/** Converts a project-local catalog region into the form the estimator uses. */
RegionSpec toRegionSpec(const CatalogRegion &region);

} // namespace greenprint
