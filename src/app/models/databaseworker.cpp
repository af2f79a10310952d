// SPDX-License-Identifier: MIT
#include "databaseworker.h"

namespace runledger {

DatabaseWorker::DatabaseWorker(QObject* parent)
    : QObject(parent)
    , m_receiver(new QObject)
    , m_db(std::make_unique<Database>()) {
    m_thread.setObjectName(QStringLiteral("runledger-db-reader"));
    m_receiver->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_receiver, &QObject::deleteLater);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker() {
    QMetaObject::invokeMethod(
        m_receiver, [this]() { m_db->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::setDatabasePath(const QString& path) {
    QMetaObject::invokeMethod(
        m_receiver,
        [this, path]() {
            if (m_db->path() != path || !m_db->isOpen())
                m_db->open(path);
        },
        Qt::QueuedConnection);
}

void DatabaseWorker::drain() {
    QMetaObject::invokeMethod(
        m_receiver, []() {}, Qt::BlockingQueuedConnection);
}

} // namespace runledger
