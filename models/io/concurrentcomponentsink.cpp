// SPDX-License-Identifier: GPL-3.0-or-later
#include "concurrentcomponentsink.h"

#include <utility>

namespace greenprint::Internal {

ConcurrentComponentSink::ConcurrentComponentSink(ComponentSink &target)
    : m_target(target)
{
    m_batch.reserve(kBatchEvents);
    m_thread = std::thread([this] { run(); });
}

ConcurrentComponentSink::~ConcurrentComponentSink()
{
    try {
        finish();
    } catch (...) {
        // Dropped, as documented: the caller that wants it calls finish().
    }
}

void ConcurrentComponentSink::component(std::size_t stageIndex, std::size_t index,
                                        const QString &path, OrderedJson &element)
{
    m_batch.push_back({false, false, stageIndex, index, path, {}});
    std::swap(m_batch.back().element, element);
    recycle(element);
    if (m_batch.size() >= kBatchEvents)
        send();
}

void ConcurrentComponentSink::recycle(OrderedJson &element)
{
    for (;;) {
        while (m_nextSpare < m_converted.size()) {
            OrderedJson &spare = m_converted[m_nextSpare++].element;
            if (spare.is_object()) {
                spare.get_ref<OrderedJson::object_t &>().clear();
                std::swap(element, spare);
                return;
            }
        }
        m_converted.clear();
        m_nextSpare = 0;
        const std::lock_guard lock(m_mutex);
        if (m_returned.empty())
            return; // none converted yet: the builder makes a new one
        m_converted = std::move(m_returned.front());
        m_returned.pop_front();
    }
}

void ConcurrentComponentSink::discard(std::size_t stageIndex, bool allStages)
{
    m_batch.push_back({true, allStages, stageIndex, 0, {}, {}});
    if (m_batch.size() >= kBatchEvents)
        send();
}

void ConcurrentComponentSink::send()
{
    if (m_batch.empty())
        return;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_pending.size() < kMaxPendingBatches; });
    m_pending.push_back(std::move(m_batch));
    lock.unlock();
    m_changed.notify_all();
    m_batch = {};
    m_batch.reserve(kBatchEvents);
}

void ConcurrentComponentSink::finish()
{
    if (m_thread.joinable()) {
        send();
        {
            const std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    if (m_failure)
        std::rethrow_exception(std::exchange(m_failure, nullptr));
}

void ConcurrentComponentSink::run()
{
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_pending.empty() || m_closing; });
            if (m_pending.empty())
                return; // closing, and every batch delivered
            batch = std::move(m_pending.front());
            m_pending.pop_front();
        }
        m_changed.notify_all(); // room for another batch
        deliver(batch);
        const std::lock_guard lock(m_mutex);
        // Bounded as m_pending is: the builder takes one back for each it sends.
        if (m_returned.size() < kMaxPendingBatches)
            m_returned.push_back(std::move(batch));
    }
}

void ConcurrentComponentSink::deliver(Batch &batch)
{
    for (Event &event : batch) {
        if (m_failure)
            return; // the first exception is the one finish() rethrows; the rest is skipped
        try {
            if (event.discard)
                m_target.discard(event.stageIndex, event.allStages);
            else
                m_target.component(event.stageIndex, event.index, event.path, event.element);
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            m_failure = std::current_exception();
        }
    }
}

} // namespace greenprint::Internal
