// SPDX-License-Identifier: GPL-3.0-or-later
// "This plan in every region": the project re-estimated with each region as its region.
#pragma once

#include "domain/totals.h"

#include <QString>

#include <vector>

namespace greenprint {

struct Project;
struct ReferenceData;

/** The plan's totals with every stage in one Region. */
struct RegionResult : Totals
{
    QString region;
    QString name;
    bool current = false; ///< the project's own region
};

/**
 * Estimates a copy of `project` once per reference region (and project
 * catalog region) with that region as the project region and every stage
 * override cleared, so the whole plan moves. Regions without a grid
 * intensity are skipped, and so are the regions the project's constraints do
 * not allow (constraints.allowedRegions), except the project's own region,
 * which is always ranked so that the plan can be compared. Sorted by carbon,
 * lowest first. Pure.
 */
std::vector<RegionResult> rankRegions(const Project &project, const ReferenceData &reference);

} // namespace greenprint
