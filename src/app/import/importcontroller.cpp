// SPDX-License-Identifier: MIT
#include "importcontroller.h"

#include "dialogs/importprogressdialog.h"
#include "dialogs/importreportdialog.h"
#include "folderwatcher.h"
#include "importworker.h"

#include <QWidget>

namespace runledger {

ImportController::ImportController(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_worker(new ImportWorker)
    , m_watcher(new FolderWatcher(this)) {
    m_thread.setObjectName(QStringLiteral("runledger-import"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::progress, this, [this](const ImportProgress& p) {
        if (m_progress)
            m_progress->setProgress(p);
        emit progress(p);
    });
    connect(m_worker, &ImportWorker::finished, this, &ImportController::onFinished);
    connect(m_watcher, &FolderWatcher::changed, this, [this]() {
        if (m_watcher->isWatching())
            importPaths({m_watcher->folder()}, false);
    });
    m_thread.start();
}

ImportController::~ImportController() {
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void ImportController::importPaths(const QStringList& paths, bool interactive) {
    if (!interactive) {
        // A watch pass already queued covers this one.
        for (const auto& queued : std::as_const(m_queue)) {
            if (!queued.second && queued.first == paths)
                return;
        }
    }
    m_queue.append({paths, interactive});
    if (!m_busy)
        startNext();
}

void ImportController::startNext() {
    if (m_queue.isEmpty())
        return;
    const auto [paths, interactive] = m_queue.takeFirst();
    m_busy = true;
    m_currentInteractive = interactive;
    if (interactive && m_showReports) {
        m_progress = new ImportProgressDialog(m_window);
        m_progress->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_progress, &ImportProgressDialog::cancelRequested, this,
                &ImportController::cancel);
        m_progress->show();
    }
    emit started(interactive);
    m_worker->resetCancel();
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection, Q_ARG(QStringList, paths),
                              Q_ARG(QString, m_databasePath));
}

void ImportController::cancel() {
    m_worker->cancel();
    // Queued interactive imports are cancelled too; watching goes on.
    QList<QPair<QStringList, bool>> kept;
    for (const auto& q : std::as_const(m_queue)) {
        if (!q.second)
            kept.append(q);
    }
    m_queue = kept;
}

void ImportController::onFinished(const ImportReport& report) {
    m_busy = false;
    const bool interactive = m_currentInteractive;
    if (m_progress) {
        m_progress->finish();
        m_progress = nullptr;
    }
    emit finished(report, interactive);
    if (interactive && m_showReports) {
        auto* dialog = new ImportReportDialog(report, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    startNext();
}

void ImportController::watchFolder(const QString& folder) {
    m_watcher->watch(folder);
    emit watchingChanged(m_watcher->folder());
    importPaths({m_watcher->folder()}, false);
}

void ImportController::stopWatching() {
    m_watcher->stop();
    emit watchingChanged(QString());
}

ImportProgressDialog* ImportController::progressDialog() const {
    return m_progress.data();
}

QString ImportController::watchedFolder() const {
    return m_watcher->folder();
}

} // namespace runledger
