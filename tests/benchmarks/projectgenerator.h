// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic, realistic projects of any size for the benchmarks and load tests.
#pragma once

#include "domain/project.h"
#include "domain/referencedata.h"

#include <cstdint>

namespace greenprint::bench {

/**
 * A project with `componentCount` components of every type, spread over the
 * four stages the way real plans are (compute, storage and transfer in data
 * processing; notebooks and compute in model building; compute and tuning in
 * training; endpoints and logs in inference). Instances, regions and storage
 * classes are drawn from `reference` (which must hold at least one instance
 * and one region); about one compute job in ten is sized from work instead of
 * hours. The same arguments always give the same project.
 */
Project generateProject(const ReferenceData &reference, int componentCount, std::uint32_t seed = 1);

} // namespace greenprint::bench
