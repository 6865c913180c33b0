// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/io: converts the components of a large file on a second thread while the
// parser reads on.
#pragma once

#include "jsondombuilder.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace greenprint::Internal {

/**
 * A ComponentSink that hands what it receives to `target` on a thread of its own, in the
 * order received: the conversion of each component (ComponentCollector, about a third of
 * reading a large plan) overlaps the parsing of the next ones.
 *
 * The elements travel in batches and come back converted, for the builder to empty and fill
 * again (no allocation per component for the object's members). At most kMaxPendingBatches wait at
 * once: a parser faster than the conversion waits, and memory stays bounded.
 *
 * Call finish() before reading what `target` received; it rethrows what `target` threw.
 * `target` is not used by any other thread until then.
 */
class ConcurrentComponentSink : public ComponentSink
{
public:
    /** Events per batch: a few hundred components, a few tens of KB. */
    static constexpr std::size_t kBatchEvents = 256;
    static constexpr std::size_t kMaxPendingBatches = 8;

    explicit ConcurrentComponentSink(ComponentSink &target);
    /** Waits for the thread (what `target` threw is dropped: call finish() to see it). */
    ~ConcurrentComponentSink() override;
    ConcurrentComponentSink(const ConcurrentComponentSink &) = delete;
    ConcurrentComponentSink &operator=(const ConcurrentComponentSink &) = delete;

    void component(std::size_t stageIndex, std::size_t index, const QString &path,
                   OrderedJson &element) override;
    void discard(std::size_t stageIndex, bool allStages) override;

    /** Returns once `target` has every event; rethrows the first exception it threw. */
    void finish();

private:
    struct Event
    {
        bool discard = false; ///< a discard() call, else a component() call
        bool allStages = false;
        std::size_t stageIndex = 0;
        std::size_t index = 0;
        QString path;
        OrderedJson element;
    };
    using Batch = std::vector<Event>;

    void send();
    /** Gives the builder the element of a converted event, emptied on this thread. */
    void recycle(OrderedJson &element);
    void run();
    /** Applies `batch` to the target. */
    void deliver(Batch &batch);

    ComponentSink &m_target;
    // The parser's thread only:
    Batch m_batch;
    /**
     * A batch the thread has converted: its elements go back to the builder, and its paths
     * and values are freed here, on the thread that allocated them, whose allocator then
     * serves the next ones from what they freed (freed on the other thread, every allocation
     * of the parser would go through the allocator's shared, locked lists).
     */
    Batch m_converted;
    std::size_t m_nextSpare = 0;
    // Guarded by m_mutex:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_pending;
    std::deque<Batch> m_returned; ///< converted, for m_converted
    bool m_closing = false;
    std::exception_ptr m_failure;

    std::thread m_thread;
};

} // namespace greenprint::Internal
