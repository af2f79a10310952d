// SPDX-License-Identifier: MIT
#pragma once

#include "integrity/checksumverifier.h"
#include "views/lazyview.h"

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QToolButton;

namespace runledger {

class AppSettings;
class Database;
class DatabaseWorker;
class VerificationRunner;

// How one run was made and whether its data is unchanged: identity, when its
// files were last verified, every data source with its recorded and current
// checksum, status and verification time; output checksums (config.yaml found
// in the experiment folder, the others against a file the user picks);
// configuration, environment, what changed since the previous run of the
// experiment, checksum drift across its runs, and the run's errors and
// warnings. Verify re-hashes the files of a selection of runs, an experiment
// or all runs in the background (VerificationRunner) with progress and
// Cancel; the totals of the last verification and the files that did not
// verify stay in the view.
class ReproducibilityView : public LazyView {
    Q_OBJECT
public:
    ReproducibilityView(DatabaseWorker* worker, AppSettings& settings, QWidget* parent = nullptr);
    ~ReproducibilityView() override;

    void showRun(qint64 runKey, const QString& runId);
    void setDatabasePath(const QString& path);
    // The Verify button's menu, its first action the button's own: the
    // window's Runs menu entries, which know the selection.
    void setVerifyActions(const QList<QAction*>& actions);
    // Starts verifying; false while a verification runs or without a database.
    bool verify(const VerifyScope& scope);
    void cancelVerification();
    bool isVerifying() const;
    qint64 runKey() const { return m_runKey; }
    // The totals of the last verification, as the view and the status bar say them.
    QString summaryText() const;

    QTableWidget* dataTable() const { return m_data; }
    QTableWidget* outputTable() const { return m_outputs; }
    QTableWidget* changesTable() const { return m_changes; }
    QTableWidget* driftTable() const { return m_drift; }
    QTableWidget* problemsTable() const { return m_problems; }
    QProgressBar* progressBar() const { return m_progress; }

    // Rows of the problems table (the tab's title gives the full count).
    static constexpr int kMaxProblemRows = 1000;

signals:
    void loaded();
    void verificationStarted();
    void verificationFinished(const runledger::VerifySummary& summary);
    void exportRequested(qint64 runKey);
    void runActivated(qint64 runKey); // a row of the problems table

protected:
    void reload() override;

private:
    struct Data;
    static Data load(Database& db, qint64 runKey);
    void apply(const Data& d);
    void onVerified(const VerifySummary& summary);
    void setVerifying(bool verifying);
    void verifyOutputAgainstFile(int row);

    DatabaseWorker* m_worker;
    AppSettings& m_settings;
    VerificationRunner* m_verifier;
    QString m_dbPath;
    qint64 m_runKey = 0;
    QString m_runId;
    quint64 m_generation = 0;
    QList<QAction*> m_verifyActions;
    QList<qint64> m_problemRuns; // run of each problems row

    QLabel* m_title;
    QLabel* m_summary;
    QToolButton* m_verifyButton;
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
    QTableWidget* m_problems;
};

} // namespace runledger
