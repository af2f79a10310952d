// SPDX-License-Identifier: MIT
#pragma once

#include "integrity/checksumverifier.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace runledger {

// Verifies the data files of a selection of runs, an experiment or all runs
// (ChecksumVerifier::verifyScope, as `runledger-cli verify` does) on a thread
// of its own with its own database connection, so that neither hashing nor
// storing the results blocks the UI. One verification at a time; progress at
// most ten times a second; cancel() stops it within one 1 MiB read per file
// and keeps what was verified. The summary lists only the results that are
// not ok.
class VerificationRunner : public QObject {
    Q_OBJECT
public:
    explicit VerificationRunner(QObject* parent = nullptr);
    ~VerificationRunner() override;

    void setDatabasePath(const QString& path) { m_dbPath = path; }
    // False (and nothing starts) while a verification runs or without a database.
    bool start(const VerifyScope& scope, const QList<PathMapping>& mappings);
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_running; }

signals:
    void progress(int filesDone, int filesTotal);
    void finished(const runledger::VerifySummary& summary);

private:
    QThread m_thread;
    QObject* m_receiver; // lives in m_thread
    QString m_dbPath;
    bool m_running = false;
    std::atomic_bool m_cancel{false};
};

} // namespace runledger
