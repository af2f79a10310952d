// SPDX-License-Identifier: MIT
#pragma once

#include "rowbatch.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace runledger {

// A bounded, closable hand-over queue of batches between the parsing and the
// writing thread. Thread-safe.
class BatchQueue {
public:
    explicit BatchQueue(size_t capacity)
        : m_capacity(capacity) {}

    // Blocks while full; returns false once closed.
    bool push(std::unique_ptr<RowBatch> batch) {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    // Blocks while empty; returns nullptr when finished and drained, or closed.
    std::unique_ptr<RowBatch> pop() {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_closed || m_finished || !m_items.empty(); });
        if (m_closed || m_items.empty())
            return nullptr;
        auto batch = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return batch;
    }
    // Producer: no more batches will come.
    void finish() {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    // Consumer: stop the producer; pending batches are dropped.
    void close() {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_items.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<std::unique_ptr<RowBatch>> m_items;
    size_t m_capacity;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace runledger
