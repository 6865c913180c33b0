// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a pure computation off the calling thread and hands back only the newest request's result.
#pragma once

/*
 * LatestJob
 * =========
 * A document recomputes something (the estimate, the region ranking) after every edit. On a
 * large plan that takes longer than a frame, so the computation runs on a worker thread while
 * the GUI thread keeps painting and taking edits. Edits come faster than results, so:
 *
 *   - every request() gets a generation number, one higher than the last;
 *   - one job runs at a time; requests made meanwhile collapse into one, started when the
 *     running job ends (the edits in between are never computed at all);
 *   - a result is delivered only if its generation is still the newest request's: a
 *     stale result is dropped, never shown;
 *   - the job works on a snapshot: request() takes a `prepare` function that runs on the
 *     owner's thread when the job starts and returns the work to run on the worker, which
 *     must hold copies of everything it reads (a project that the next edit changes is
 *     never read by the worker).
 *
 * `deliver` runs on the thread of `context` (a queued call), which must own this object
 * (destroying it waits for the running job). runNow() computes on the caller's thread
 * instead, for work too small to be worth a thread hop; finish() blocks until the newest
 * request is delivered, for callers that must read a current result now (a user's
 * explicit action, tests, screenshots).
 */

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace greenprint {

template<typename Result>
class LatestJob
{
public:
    using Work = std::function<Result()>;
    using Prepare = std::function<Work()>;
    using Deliver = std::function<void(Result &&, quint64 generation)>;

    LatestJob(QObject *context, Deliver deliver)
        : m_context(context)
        , m_deliver(std::move(deliver))
        , m_slot(std::make_shared<Slot>())
    {
        m_pool.setMaxThreadCount(1);
    }
    ~LatestJob()
    {
        m_prepare = nullptr;
        m_pool.waitForDone();
    }
    LatestJob(const LatestJob &) = delete;
    LatestJob &operator=(const LatestJob &) = delete;

    /** A new generation, computed on the worker (now, or when the running job ends). */
    void request(Prepare prepare)
    {
        if (m_shutDown)
            return;
        ++m_requested;
        m_prepare = std::move(prepare);
        if (!m_running)
            start();
    }

    /** A new generation, computed on this thread before returning; a running job's result
     * becomes stale. */
    void runNow(const Prepare &prepare)
    {
        if (m_shutDown)
            return;
        const quint64 generation = ++m_requested;
        m_prepare = nullptr;
        Result result = prepare()();
        m_delivered = generation;
        m_deliver(std::move(result), generation);
    }

    /** Blocks until the newest request's result has been delivered. */
    void finish()
    {
        while (m_running) {
            m_pool.waitForDone();
            collect();
        }
    }

    /**
     * Drops the pending request, waits for the running job and drops its result; later
     * requests are ignored. For an owner about to free what the jobs read.
     */
    void shutDown()
    {
        m_shutDown = true;
        m_prepare = nullptr;
        m_pool.waitForDone();
        const QMutexLocker lock(&m_slot->mutex);
        m_slot->result.reset();
        m_running = false;
    }

    /** A request is not delivered yet: what was delivered last is out of date. */
    bool busy() const { return m_delivered != m_requested; }
    quint64 requestedGeneration() const { return m_requested; }
    quint64 deliveredGeneration() const { return m_delivered; }

private:
    struct Slot
    {
        QMutex mutex;
        std::optional<Result> result;
        quint64 generation = 0;
    };

    void start()
    {
        m_running = true;
        const quint64 generation = m_requested;
        Work work = std::exchange(m_prepare, nullptr)();
        m_pool.start([this, work = std::move(work), slot = m_slot, generation] {
            Result result = work();
            {
                const QMutexLocker lock(&slot->mutex);
                slot->result = std::move(result);
                slot->generation = generation;
            }
            // `this` is a member of the context: the call is dropped if the context is gone,
            // and the context cannot be gone before this job ends (the destructor waits).
            QMetaObject::invokeMethod(
                m_context, [this] { collect(); }, Qt::QueuedConnection);
        });
    }

    /** Takes a finished job's result (at most once: finish() may have taken it already). */
    void collect()
    {
        std::optional<Result> result;
        quint64 generation = 0;
        {
            const QMutexLocker lock(&m_slot->mutex);
            if (!m_slot->result)
                return;
            result = std::exchange(m_slot->result, std::nullopt);
            generation = m_slot->generation;
        }
        m_running = false;
        if (generation == m_requested) {
            m_delivered = generation;
            m_deliver(std::move(*result), generation);
        }
        if (m_prepare && !m_running) // a newer request waited for this job
            start();
    }

    QObject *m_context;
    Deliver m_deliver;
    std::shared_ptr<Slot> m_slot;
    Prepare m_prepare; ///< the newest request not started yet
    quint64 m_requested = 0;
    quint64 m_delivered = 0;
    bool m_running = false;
    bool m_shutDown = false;
    QThreadPool m_pool; ///< one worker; declared last, so destroyed (and waited for) first
};

} // namespace greenprint
