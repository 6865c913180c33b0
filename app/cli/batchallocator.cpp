// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchallocator.h"

#include <malloc.h>
#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace greenprint::cli {
namespace {

constexpr std::uintptr_t kHugePageBytes = 2 * 1024 * 1024;

/**
 * Grows the heap by `bytes` in blocks it serves itself, advises the span they cover for
 * huge pages, and frees them: they merge into the top of the heap, which keeps them (below
 * the trim threshold), and later allocations are carved from the advised span. Only the
 * blocks' headers are written, so the span costs address space, not memory, until used.
 */
void adviseHeapForHugePages(std::size_t bytes)
{
    const std::size_t blockBytes = kHeapBlockMaxBytes / 2; // well below the mmap threshold
    std::vector<void *> blocks;
    blocks.reserve(bytes / blockBytes + 1);
    for (std::size_t grown = 0; grown < bytes; grown += blockBytes) {
        void *block = std::malloc(blockBytes);
        if (!block)
            break;
        blocks.push_back(block);
    }
    if (!blocks.empty()) {
        const auto [low, high] = std::minmax_element(blocks.begin(), blocks.end());
        const auto first =
            (reinterpret_cast<std::uintptr_t>(*low) + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
        const auto last =
            (reinterpret_cast<std::uintptr_t>(*high) + blockBytes) & ~(kHugePageBytes - 1);
        // Advice: refused (no THP in this kernel) or not, the heap works the same.
        if (last > first)
            madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
    }
    for (void *block : blocks)
        std::free(block);
}

} // namespace

bool keepFreedMemoryForReuse()
{
    // mallopt() returns 1 on success. Setting either threshold also stops glibc from
    // moving the mmap threshold up and down on its own.
    const bool mapped = mallopt(M_MMAP_THRESHOLD, int(kHeapBlockMaxBytes)) == 1;
    const bool trimmed = mallopt(M_TRIM_THRESHOLD, int(kKeptFreeBytes)) == 1;
    if (mapped && trimmed)
        adviseHeapForHugePages(kHugePageHeapBytes);
    return mapped && trimmed;
}

} // namespace greenprint::cli
