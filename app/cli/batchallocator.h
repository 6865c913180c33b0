// SPDX-License-Identifier: GPL-3.0-or-later
// The command line runs once and exits: the C allocator keeps what it frees for reuse.
#pragma once

#include <cstddef>

namespace greenprint::cli {

/** The largest block the heap serves after keepFreedMemoryForReuse(); larger ones are mapped. */
inline constexpr std::size_t kHeapBlockMaxBytes = std::size_t(32) * 1024 * 1024;
/** Free memory at the top of the heap kept before any is given back to the system. */
inline constexpr std::size_t kKeptFreeBytes = std::size_t(256) * 1024 * 1024;

/**
 * Tunes glibc's allocator for a command that runs once and exits (never for the window,
 * which must give memory back): blocks up to kHeapBlockMaxBytes come from the heap instead
 * of a mapping of their own, and the heap keeps up to kKeptFreeBytes of freed memory.
 *
 * Why: reading a large plan grows each stage's vector of components by doubling, and the
 * file's bytes are freed once parsed. With glibc's defaults each of those blocks is a fresh
 * mapping, page-faulted page by page and unmapped when freed; the estimate that follows then
 * faults in new pages again. Kept in the heap, the freed blocks serve the next allocations.
 * False when the allocator refused a setting (the defaults then stay; nothing else changes).
 */
bool keepFreedMemoryForReuse();

} // namespace greenprint::cli
