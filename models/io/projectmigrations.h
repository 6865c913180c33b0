// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/io: step-by-step upgrades of older project files.
#pragma once

/*
 * Format migrations
 * =================
 * Each format version step is one named function on the parsed JSON document,
 * run in order before the reader validates the document as the current
 * format, so the reader only knows the newest format:
 *
 *   1 -> 2  migrateV1ToV2: adds `provenance` (reference-data version and
 *           saved totals), with the data version unknown (null).
 *
 * A file of a newer format than this build knows is left alone (the reader
 * refuses it with a clear message). Fixtures for every version live in
 * tests/data/projects/v<N>/.
 */

#include "jsondombuilder.h"

namespace greenprint::Internal {

/** Format 1 -> 2 (see above). `document` must be a format 1 project object. */
void migrateV1ToV2(OrderedJson &document);

/**
 * Upgrades `document` in place to the current format when it is an older one.
 * Returns the format version the file had, or 0 when it has none the
 * migrations understand (the reader then reports the problem).
 */
int upgradeProjectDocument(OrderedJson &document);

} // namespace greenprint::Internal
