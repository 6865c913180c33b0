// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/io: the `provenance` object of format 2.
#pragma once

#include "jsondombuilder.h"

#include "domain/issue.h"
#include "domain/project.h"

#include <QString>

namespace greenprint::Internal {

/**
 * Reads `provenance`: `referenceDataVersion` (string or null, required) and the
 * optional `savedEstimate` {methodology, energyKWh, co2eKg, marketCo2eKg,
 * costUsd}. Problems go to `issues` with their paths under `path`.
 */
Provenance readProvenance(const OrderedJson &json, const QString &path, Issues &issues);

} // namespace greenprint::Internal
