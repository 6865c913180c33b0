// SPDX-License-Identifier: GPL-3.0-or-later
// keepFreedMemoryForReuse() (cli/batchallocator.h): a one-shot command's large blocks come from
// the heap, and what it frees stays there for the next allocation.
#include "strictqtest.h"

#include "cli/batchallocator.h"

#include <QTest>

#include <malloc.h>

#include <cstdlib>
#include <cstring>

using namespace greenprint;

namespace {

/** Where blocks are kept, so that the compiler cannot leave an allocation out. */
void *volatile g_block = nullptr;

/** Allocates and touches `bytes`; returns how many more blocks are mapped of their own. */
std::size_t mappedBlocksFor(std::size_t bytes)
{
    const std::size_t before = mallinfo2().hblks;
    g_block = std::malloc(bytes);
    std::memset(g_block, 1, bytes);
    return mallinfo2().hblks - before;
}

} // namespace

class TestBatchAllocator : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void largeBlocksComeFromTheHeapAndStayForReuse();
};

void TestBatchAllocator::largeBlocksComeFromTheHeapAndStayForReuse()
{
    // glibc's defaults map a block of 8 MiB on its own (threshold 128 KiB, rising only as
    // mapped blocks are freed, up to 32 MiB).
    constexpr std::size_t kBlock = std::size_t(8) * 1024 * 1024;
    QVERIFY(cli::keepFreedMemoryForReuse());
    QCOMPARE(mappedBlocksFor(kBlock), std::size_t(0));
    std::free(g_block);
    // Freed, it stays in the heap: the next block of its size needs no new memory.
    QVERIFY(mallinfo2().fordblks >= kBlock);
    const std::size_t heapBytes = mallinfo2().arena;
    QCOMPARE(mappedBlocksFor(kBlock), std::size_t(0));
    QCOMPARE(mallinfo2().arena, heapBytes);
    std::free(g_block);
    // Beyond the heap's largest block, a block is mapped of its own, as before.
    QCOMPARE(mappedBlocksFor(cli::kHeapBlockMaxBytes + kBlock), std::size_t(1));
    std::free(g_block);
}

QTEST_GUILESS_MAIN(TestBatchAllocator)
#include "tst_batchallocator.moc"
