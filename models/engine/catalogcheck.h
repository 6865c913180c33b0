// SPDX-License-Identifier: GPL-3.0-or-later
// Checks of a project's own catalog and constraints against the reference data.
#pragma once

#include "domain/issue.h"
#include "domain/project.h"
#include "domain/referencedata.h"

#include <QStringList>

namespace greenprint {

/**
 * Reports, with their JSON paths, what only the reference data can tell:
 *
 * - a project catalog instance or region that reuses a reference id replaces
 *   the reference entry for this project (a colleague's `m6i.4xlarge` at 0 W
 *   would silently zero every estimate on it): an error, unless the entry says
 *   `"overridesReference": true`; then the replacement is listed in
 *   `assumptions` with its values;
 * - a region of `constraints.allowedRegions`, or `constraints.usersRegion`,
 *   that neither the reference data nor the project's catalog defines.
 */
void checkProjectCatalog(const Project &project, const ReferenceData &reference, Issues &issues,
                         QStringList &assumptions);

} // namespace greenprint
