// SPDX-License-Identifier: MIT
#pragma once

#include "integrity/checksumverifier.h"
#include "views/lazyview.h"

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace runledger {

class AppSettings;
class DatabaseWorker;

// How one run was made and whether its data is unchanged: identity, every
// data source with its recorded and current checksum, status and when it was
// last verified; output checksums (config.yaml found in the experiment folder,
// the others against a file the user picks); configuration, environment, what
// changed since the previous run of the experiment, checksum drift across
// its runs, and the run's errors and warnings. "Verify" re-hashes the files
// in the background (two at a time) with progress and cancel.
class ReproducibilityView : public LazyView {
    Q_OBJECT
public:
    ReproducibilityView(DatabaseWorker* worker, AppSettings& settings, QWidget* parent = nullptr);
    ~ReproducibilityView() override;

    void showRun(qint64 runKey, const QString& runId);
    void setDatabasePath(const QString& path) { m_dbPath = path; }
    void verify();
    void cancelVerification();
    bool isVerifying() const { return m_verifying; }
    qint64 runKey() const { return m_runKey; }

    QTableWidget* dataTable() const { return m_data; }
    QTableWidget* outputTable() const { return m_outputs; }
    QTableWidget* changesTable() const { return m_changes; }
    QTableWidget* driftTable() const { return m_drift; }

signals:
    void loaded();
    void verificationFinished(int files, int problems);
    void exportRequested(qint64 runKey);

protected:
    void reload() override;

private:
    struct Data;
    void apply(const Data& d);
    void verifyOutputAgainstFile(int row);

    DatabaseWorker* m_worker;
    AppSettings& m_settings;
    QString m_dbPath;
    qint64 m_runKey = 0;
    QString m_runId;
    QString m_experimentFolder;
    bool m_verifying = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;

    QLabel* m_title;
    QPushButton* m_verifyButton;
    QPushButton* m_cancelButton;
    QPushButton* m_exportButton;
    QProgressBar* m_progress;
    QTableWidget* m_data;
    QTableWidget* m_outputs;
    QTabWidget* m_tabs;
    QTableWidget* m_config;
    QTableWidget* m_environment;
    QTableWidget* m_changes;
    QTableWidget* m_drift;
    QTableWidget* m_messages;
};

} // namespace runledger
