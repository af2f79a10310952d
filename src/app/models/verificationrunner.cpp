// SPDX-License-Identifier: MIT
#include "verificationrunner.h"

#include "storage/database.h"

#include <QElapsedTimer>

namespace runledger {

VerificationRunner::VerificationRunner(QObject* parent)
    : QObject(parent)
    , m_receiver(new QObject) {
    qRegisterMetaType<VerifySummary>();
    m_thread.setObjectName(QStringLiteral("runledger-verify"));
    m_receiver->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_receiver, &QObject::deleteLater);
    m_thread.start();
}

VerificationRunner::~VerificationRunner() {
    m_cancel.store(true);
    m_thread.quit();
    m_thread.wait();
}

bool VerificationRunner::start(const VerifyScope& scope, const QList<PathMapping>& mappings) {
    if (m_running || m_dbPath.isEmpty())
        return false;
    m_running = true;
    m_cancel.store(false);
    QMetaObject::invokeMethod(
        m_receiver,
        [this, scope, mappings, dbPath = m_dbPath]() {
            VerifySummary summary;
            Database db;
            if (db.open(dbPath)) {
                QElapsedTimer sinceLast;
                sinceLast.start();
                // Called on the hashing threads, one call at a time.
                const auto report = [this, &sinceLast](const VerifyProgress& p) {
                    if (sinceLast.elapsed() < 100 && p.filesDone < p.filesTotal)
                        return;
                    sinceLast.restart();
                    QMetaObject::invokeMethod(
                        this, [this, p]() { emit progress(p.filesDone, p.filesTotal); },
                        Qt::QueuedConnection);
                };
                summary = ChecksumVerifier::verifyScope(db.connection(), scope, mappings, &m_cancel,
                                                        report, false);
            } else {
                summary.error = db.error();
            }
            QMetaObject::invokeMethod(
                this,
                [this, summary]() {
                    m_running = false;
                    emit finished(summary);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return true;
}

} // namespace runledger
