// SPDX-License-Identifier: GPL-3.0-or-later
// The component keys a project file may leave out, their documented defaults, and whether a
// component still holds one.
#pragma once

/*
 * File defaults
 * =============
 * A person or a script writes only what they know: a component may leave out
 * the keys below, and the reader gives each its default (the same value the
 * schema states as `default`, data/schema/project.schema.json). The component
 * remembers which keys it took that way (Component::fileDefaults), so that
 *   - the estimate lists every default that moved a number under its
 *     assumptions (engine/defaultassumptions.h), and
 *   - saving writes the file back as it was: a key that still holds the
 *     default it was given is left out again. An edit to another value is an
 *     ordinary value and is written.
 *
 * Keys with no default a plan could rely on stay required: the instance, the
 * hours or work, sizes, durations, trials, a tuning strategy, a transfer's
 * destination and a notebook's hours per week.
 *
 * Optional keys whose absence is a meaning, not an assumed value, are no
 * FileDefault and add no assumption: a compute job without `recurrence` runs
 * once (ComputeSpec::runs()), as in every file written
 * before the key existed.
 */

#include "project.h"

#include <cstdint>

namespace greenprint {

/** One key a component may leave out (a bit of Component::fileDefaults). */
enum class FileDefault : std::uint16_t {
    Count = 1 << 0, ///< compute, tuning, endpoint, notebook: 1 instance
    Pricing = 1 << 1, ///< compute: on-demand
    Utilization = 1 << 2, ///< compute, tuning, endpoint without work: kDefaultUtilization
    ActiveUtilization = 1 << 3, ///< notebook: kDefaultUtilization while active
    Mode = 1 << 4, ///< endpoint: real-time
    ModelsHosted = 1 << 5, ///< endpoint: 1 model
    StorageClass = 1 << 6, ///< storage: S3 Standard
    RetentionMonths = 1 << 7, ///< logs: 0, never expire
};
inline constexpr int kFileDefaultCount = 8;

namespace FileDefaults {
/**
 * Average utilization of a server whose load the file does not state: CCF's
 * 50 % for hyperscale data centres (data/reference/coefficients.csv
 * `utilization.default`; tst_filedefaults checks the two agree).
 */
inline constexpr double kUtilization = 0.5;
inline constexpr int kCount = 1;
inline constexpr Pricing kPricing = Pricing::OnDemand; ///< the price AWS lists first
inline constexpr EndpointMode kEndpointMode = EndpointMode::RealTime; ///< SageMaker's default
inline constexpr int kModelsHosted = 1;
inline constexpr StorageClass kStorageClass = StorageClass::S3Standard; ///< S3's default class
inline constexpr double kRetentionMonths = 0.0; ///< a new CloudWatch log group never expires
/**
 * Inference work with output tokens but no `batchSize`: one request decoded at a time, what
 * a real-time endpoint serving requests as they arrive does at low traffic (and the
 * costliest case per token, so an estimate that assumes it does not flatter the plan).
 */
inline constexpr double kBatchSize = 1.0;
} // namespace FileDefaults

/** The file key of `key` (`utilization`, `storageClass`, ...). */
const char *fileDefaultKey(FileDefault key);

/** Every FileDefault, in bit order. */
const std::array<FileDefault, kFileDefaultCount> &allFileDefaults();

/** Marks `key` as taken from its default when the file left it out. */
inline void markFileDefault(Component &component, FileDefault key)
{
    component.fileDefaults |= static_cast<std::uint16_t>(key);
}

/**
 * True when `component` took `key` from its default and still holds that
 * value: the writer leaves the key out, and the estimate states it when the
 * value is used (holdsUsedFileDefault).
 */
bool holdsFileDefault(const Component &component, FileDefault key);

/** holdsFileDefault(), and the estimate uses the value (a utilization is unused with `work`). */
bool holdsUsedFileDefault(const Component &component, FileDefault key);

} // namespace greenprint
