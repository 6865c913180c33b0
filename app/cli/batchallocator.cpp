// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchallocator.h"

#include <malloc.h>

namespace greenprint::cli {

bool keepFreedMemoryForReuse()
{
    // mallopt() returns 1 on success. Setting either threshold also stops glibc from
    // moving the mmap threshold up and down on its own.
    const bool mapped = mallopt(M_MMAP_THRESHOLD, int(kHeapBlockMaxBytes)) == 1;
    const bool trimmed = mallopt(M_TRIM_THRESHOLD, int(kKeptFreeBytes)) == 1;
    return mapped && trimmed;
}

} // namespace greenprint::cli
