// SPDX-License-Identifier: GPL-3.0-or-later
// The command line runs once and exits: the C allocator keeps what it frees for reuse, and
// its heap is backed by huge pages where the system allows them.
#pragma once

#include <cstddef>

namespace greenprint::cli {

/**
 * The largest block the heap grows for after keepFreedMemoryForReuse(); a larger one is mapped
 * of its own unless the heap's free memory already holds it.
 */
inline constexpr std::size_t kHeapBlockMaxBytes = std::size_t(32) * 1024 * 1024;
/** Free memory at the top of the heap kept before any is given back to the system. */
inline constexpr std::size_t kKeptFreeBytes = std::size_t(256) * 1024 * 1024;
/**
 * The heap grown ahead of use by keepFreedMemoryForReuse() and advised for huge pages: a
 * 100,000-component plan peaks near 110 MB. Below kKeptFreeBytes, so it is never trimmed;
 * address space only, until touched.
 */
inline constexpr std::size_t kHugePageHeapBytes = std::size_t(192) * 1024 * 1024;

/**
 * Tunes glibc's allocator for a command that runs once and exits (never for the window,
 * which must give memory back): blocks up to kHeapBlockMaxBytes come from the heap instead
 * of a mapping of their own, and the heap keeps up to kKeptFreeBytes of freed memory.
 *
 * Why: reading a large plan grows each stage's vector of components by doubling, and the
 * file's bytes are freed once parsed. With glibc's defaults each of those blocks is a fresh
 * mapping, page-faulted page by page and unmapped when freed; the estimate that follows then
 * faults in new pages again. Kept in the heap, the freed blocks serve the next allocations.
 *
 * Then the heap is grown by kHugePageHeapBytes and advised for transparent huge pages
 * (madvise(MADV_HUGEPAGE), what glibc's tunable glibc.malloc.hugetlb=1 does): a large plan
 * is then faulted in 2 MiB at a time instead of 4 KiB, and a tenth to a sixth of its run
 * time, spent in the kernel's page-fault handler, goes. Where the kernel has huge pages
 * disabled the advice does nothing.
 * False when the allocator refused a setting (the defaults then stay; nothing else changes).
 */
bool keepFreedMemoryForReuse();

} // namespace greenprint::cli
