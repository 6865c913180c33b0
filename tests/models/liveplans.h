// SPDX-License-Identifier: GPL-3.0-or-later
// Large plans and the CPU time of the thread that takes edits: for the tests of the
// computations that follow a document on a worker thread (LiveEstimate, LiveAdvisor).
#pragma once

#include "sampleproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <functional>

namespace greenprint::test {

/** The sample plan's eight components repeated to `components` (about). */
inline Project repeatedSampleProject(int components)
{
    Project plan = makeSampleProject();
    Project copy = plan;
    int count = 8;
    while (count < components) {
        for (int s = 0; s < kStageCount; ++s) {
            for (const Component &c : copy.stages[s].components)
                plan.stages[s].components.push_back(c);
        }
        count += 8;
    }
    return plan;
}

/** CPU time this thread has used, in milliseconds. The responsiveness checks compare the work
 *  the GUI thread does, not wall time: on a machine busy with other processes a thread waits
 *  for a core for an unpredictable time, which says nothing about what it was asked to do. */
inline qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

/** Runs the event loop while `busy()` (two minutes at most); the longest single pass, in ms of
 *  this thread's CPU time. */
inline qint64 longestEventLoopPass(const std::function<bool()> &busy)
{
    QElapsedTimer waited;
    waited.start();
    qint64 longest = 0;
    while (busy() && waited.elapsed() < 120000) {
        const qint64 passStartMs = threadCpuMs();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        longest = std::max(longest, threadCpuMs() - passStartMs);
        QTest::qSleep(1); // a GUI thread idles between events
    }
    return longest;
}

} // namespace greenprint::test
