// SPDX-License-Identifier: MIT
#pragma once

#include "import/importreport.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace runledger {

// Runs imports on its own thread with its own database connection. Lives in
// a worker QThread; start() is invoked through a queued call, cancel() may be
// called from any thread. Progress is reported at most ten times a second.
class ImportWorker : public QObject {
    Q_OBJECT
public:
    explicit ImportWorker(QObject* parent = nullptr);

    void cancel() { m_cancel.store(true); }
    // Called by the controller before it queues a job, so that a Cancel
    // pressed between queuing and starting is not forgotten.
    void resetCancel() { m_cancel.store(false); }

public slots:
    void start(const QStringList& paths, const QString& databasePath);

signals:
    void progress(const runledger::ImportProgress& progress);
    void finished(const runledger::ImportReport& report);

private:
    std::atomic_bool m_cancel{false};
};

} // namespace runledger
