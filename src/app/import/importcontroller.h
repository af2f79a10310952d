// SPDX-License-Identifier: MIT
#pragma once

#include "import/importreport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

class QWidget;

namespace runledger {

class FolderWatcher;
class ImportProgressDialog;
class ImportWorker;

// Starts imports on the import worker and shows them: an interactive import
// gets the progress dialog (with Cancel) and then the report; imports of the
// watched folder run silently and only announce their result. One import runs
// at a time; requests made meanwhile are queued (watch requests coalesce).
class ImportController : public QObject {
    Q_OBJECT
public:
    ImportController(QWidget* window, QObject* parent = nullptr);
    ~ImportController() override;

    void setDatabasePath(const QString& path) { m_databasePath = path; }
    void importPaths(const QStringList& paths, bool interactive = true);
    bool isBusy() const { return m_busy; }
    void cancel();

    // Follows a folder: imports it now and whenever it changes.
    void watchFolder(const QString& folder);
    void stopWatching();
    QString watchedFolder() const;

    // Shows report dialogs (off in tests, where the report is inspected directly).
    void setShowReports(bool show) { m_showReports = show; }
    ImportProgressDialog* progressDialog() const;

signals:
    void started(bool interactive);
    void progress(const runledger::ImportProgress& p);
    void finished(const runledger::ImportReport& report, bool interactive);
    void watchingChanged(const QString& folder);

private:
    void startNext();
    void onFinished(const ImportReport& report);

    QWidget* m_window;
    QThread m_thread;
    ImportWorker* m_worker;
    FolderWatcher* m_watcher;
    QString m_databasePath;
    QList<QPair<QStringList, bool>> m_queue;
    bool m_busy = false;
    bool m_currentInteractive = false;
    bool m_showReports = true;
    QPointer<ImportProgressDialog> m_progress;
};

} // namespace runledger
