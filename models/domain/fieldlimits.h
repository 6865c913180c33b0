// SPDX-License-Identifier: GPL-3.0-or-later
// The finite range of every number a project file may hold, chosen from physics.
#pragma once

namespace greenprint::limits {

/*
 * Every number of a project is bounded above, so that no product the estimator
 * forms overflows a double and no estimate of a valid file is inf or NaN.
 * Each bound is far beyond any real workload yet finite, and at least the
 * maximum the window's editors allow, so that whatever the window makes can be
 * saved and read again. The largest product, the FLOPs of training work
 * ((6 x parameters + 12 x layers x hiddenSize x sequenceLength) x tokens x epochs
 * = 1.2e37), divided by the slowest instance and multiplied by price and count,
 * stays below 1e60: nowhere near 1.8e308.
 */

/** Hours of one job or endpoint: a century is 876,600 h; rounded up to 1e6 (114 years). */
inline constexpr double kMaxHours = 1e6;
/** Instances of one component: ten times the largest accelerator clusters (~100,000). */
inline constexpr int kMaxInstanceCount = 1'000'000;
/** Trials of one tuning job: a million training jobs. */
inline constexpr int kMaxTrials = 1'000'000;
/** Models behind one endpoint: multi-model endpoints host thousands; 100,000. */
inline constexpr int kMaxModelsHosted = 100'000;
/** Months of storage or logs: a century. */
inline constexpr double kMaxMonths = 1200.0;
/** Weeks a notebook runs: a century. */
inline constexpr double kMaxWeeks = 5218.0;
/** Gigabytes stored, moved or logged per month: an exabyte. */
inline constexpr double kMaxGigabytes = 1e9;
/** Model parameters: a million billion, 500 times the largest published models. */
inline constexpr double kMaxParameters = 1e15;
/** Training tokens per epoch: a million billion, 30 times the largest published runs. */
inline constexpr double kMaxTokens = 1e15;
/** Passes over the training tokens. */
inline constexpr double kMaxEpochs = 1e4;
/** Inference requests: a million billion. */
inline constexpr double kMaxRequests = 1e15;
/** Tokens per request: ten million, beyond the longest context windows. */
inline constexpr double kMaxTokensPerRequest = 1e7;
/** Transformer layers of a model: 10,000, a hundred times the deepest published LLMs. */
inline constexpr int kMaxLayers = 10'000;
/** Hidden size (attention heads x head dimension): a million, 40 times the widest models. */
inline constexpr int kMaxHiddenSize = 1'000'000;
/** Requests decoded together by one replica: a million, far beyond any accelerator's memory. */
inline constexpr double kMaxBatchSize = 1e6;
/** A work's busy-time factor: 10, a job ten times slower than its work implies. */
inline constexpr double kMaxBusyTimeFactor = 10.0;
/** Power of one instance, idle, maximum or measured (W): a megawatt, ~8 racks of GB200 NVL72. */
inline constexpr double kMaxPowerW = 1e6;
/** vCPUs or accelerators of one catalog instance. */
inline constexpr int kMaxVcpus = 100'000;
inline constexpr int kMaxAccelerators = 100'000;
/** Memory of one catalog instance (GiB): a pebibyte. */
inline constexpr double kMaxMemoryGiB = 1048576.0;
/** On-demand price of one instance (USD per hour). */
inline constexpr double kMaxPriceUsdPerHour = 1e6;
/** Embodied emissions of one instance (kgCO2e): ten tonnes is a large server; 10,000 t. */
inline constexpr double kMaxEmbodiedCo2eKg = 1e7;
/**
 * Grid carbon intensity (gCO2e/kWh): lignite, the dirtiest source, emits about
 * 1,100 g/kWh over its life cycle (IPCC AR5 WGIII Annex III); twice that.
 */
inline constexpr double kMaxGridGCo2ePerKWh = 2000.0;
/** A latency ceiling (ms): a day. */
inline constexpr double kMaxLatencyMs = 86'400'000.0;

} // namespace greenprint::limits
