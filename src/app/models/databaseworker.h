// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace runledger {

// Runs read queries on a thread of its own, with its own connection to the
// database, so that no query blocks the UI. Work items run in submission
// order; each result is delivered on the thread of `context` (usually the
// UI thread) and dropped if `context` is gone by then.
class DatabaseWorker : public QObject {
    Q_OBJECT
public:
    explicit DatabaseWorker(QObject* parent = nullptr);
    ~DatabaseWorker() override;

    // (Re)opens the worker's connection; queued like any work item.
    void setDatabasePath(const QString& path);

    template <typename T>
    void run(QObject* context, std::function<T(Database&)> work, std::function<void(T)> done) {
        QPointer<QObject> guard(context);
        // The result goes back through this object, which lives on the
        // context's thread and outlives all queued work; the guard is only
        // read there, so a context destroyed meanwhile is never touched.
        QMetaObject::invokeMethod(
            m_receiver,
            [this, guard, work = std::move(work), done = std::move(done)]() {
                auto result = std::make_shared<T>(work(*m_db));
                QMetaObject::invokeMethod(
                    this,
                    [guard, done, result]() {
                        if (guard)
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Blocks until every queued item has run (tests, shutdown).
    void drain();

private:
    QThread m_thread;
    QObject* m_receiver;            // lives in m_thread
    std::unique_ptr<Database> m_db; // used only in m_thread
};

} // namespace runledger
