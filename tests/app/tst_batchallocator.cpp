// SPDX-License-Identifier: GPL-3.0-or-later
// keepFreedMemoryForReuse() (cli/batchallocator.h): a one-shot command's large blocks come from
// the heap, what it frees stays there for the next allocation, and the heap is grown ahead of
// use, advised for huge pages, without taking memory until used.
#include "strictqtest.h"

#include "cli/batchallocator.h"

#include <QFile>
#include <QTest>

#include <malloc.h>

#include <algorithm>
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

/** The resident anonymous memory of this process, from /proc/self/status, in KiB. */
qint64 residentAnonymousKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/** The largest mapping of this process whose flags include huge-page advice ("hg"), in KiB. */
qint64 largestHugePageAdvisedKiB()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return -1;
    qint64 largest = 0;
    qint64 size = 0;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        if (line.startsWith("Size:"))
            size = line.mid(5).trimmed().split(' ').value(0).toLongLong();
        else if (line.startsWith("VmFlags:") && line.split(' ').contains("hg"))
            largest = std::max(largest, size);
    }
    return largest;
}

/**
 * True when this build's malloc is glibc's. AddressSanitizer replaces it with its own
 * allocator, which the glibc tuning under test does not apply to (mallopt() fails there).
 */
constexpr bool kGlibcMalloc =
#if defined(__SANITIZE_ADDRESS__)
    false;
#else
    true;
#endif

/** True when the kernel gives huge pages to memory advised for them (THP not "never"). */
bool kernelAdvisesHugePages()
{
    QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return mode.open(QIODevice::ReadOnly) && !mode.readAll().contains("[never]");
}

} // namespace

class TestBatchAllocator : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void heapIsGrownForHugePagesWithoutTakingMemory();
    void largeBlocksComeFromTheHeapAndStayForReuse();
};

void TestBatchAllocator::heapIsGrownForHugePagesWithoutTakingMemory()
{
    if (!kGlibcMalloc)
        QSKIP("built with AddressSanitizer: malloc is the sanitizer's, not glibc's");
    const qint64 residentBeforeKiB = residentAnonymousKiB();
    QVERIFY(residentBeforeKiB >= 0);
    QVERIFY(cli::keepFreedMemoryForReuse());
    // The heap holds the reservation, free for the allocations to come.
    QVERIFY(mallinfo2().arena >= cli::kHugePageHeapBytes);
    QVERIFY(mallinfo2().fordblks >= cli::kHugePageHeapBytes);
    // Address space, not memory: 192 MiB grown, well under 16 MiB of it resident.
    QVERIFY2(residentAnonymousKiB() - residentBeforeKiB < 16 * 1024,
             qPrintable(QStringLiteral("resident %1 -> %2 KiB")
                            .arg(residentBeforeKiB)
                            .arg(residentAnonymousKiB())));
    if (!kernelAdvisesHugePages())
        QSKIP("transparent huge pages are disabled in this kernel: the advice does nothing");
    // All of it but the partial 2 MiB pages at its two ends is advised for huge pages.
    QVERIFY2(largestHugePageAdvisedKiB() * 1024
                 >= qint64(cli::kHugePageHeapBytes) - 4 * 1024 * 1024,
             qPrintable(QString::number(largestHugePageAdvisedKiB())));
}

void TestBatchAllocator::largeBlocksComeFromTheHeapAndStayForReuse()
{
    if (!kGlibcMalloc)
        QSKIP("built with AddressSanitizer: malloc is the sanitizer's, not glibc's");
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
    // Beyond the heap's largest block, and larger than its free memory, a block is mapped of
    // its own, as before (the free top of the heap serves what it can hold).
    QCOMPARE(mappedBlocksFor(cli::kHugePageHeapBytes + cli::kHeapBlockMaxBytes), std::size_t(1));
    std::free(g_block);
}

QTEST_GUILESS_MAIN(TestBatchAllocator)
#include "tst_batchallocator.moc"
