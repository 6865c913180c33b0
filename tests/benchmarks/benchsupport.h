// SPDX-License-Identifier: GPL-3.0-or-later
// What every benchmark executable shares: the reference data, example paths and memory figures.
#pragma once

#include "domain/referencedata.h"

#include <QString>

namespace greenprint::bench {

/** The built reference database (GREENPRINT_REFERENCE_DB or the build tree), loaded once. */
const ReferenceData &referenceData();

/** An example under data/examples/, e.g. "llm-pretraining-p4d-p5". */
QString examplePath(const QString &name);
/** Every .greenprint file in data/examples/. */
QStringList examplePaths();
/** The example with the most components (ties: the largest file). */
QString largestExamplePath();

/** A field of /proc/self/status in MiB ("VmHWM", "VmRSS"), or -1 where unavailable. */
double procStatusMiB(const char *field);
/** CPU time of the calling thread in milliseconds (not inflated by other processes). */
double threadCpuMs();

/** Resets VmHWM to the current RSS (Linux: writes "5" to /proc/self/clear_refs). */
bool resetPeakRss();

} // namespace greenprint::bench
