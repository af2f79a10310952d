// SPDX-License-Identifier: MIT
#pragma once

#include "import/importreport.h"
#include "integrity/checksumverifier.h"
#include "settings/appsettings.h"

#include <QMainWindow>
#include <QMap>
#include <QStringList>
#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace runledger {

class Database;
class DatabaseWorker;
class EmptyStateWidget;
class ExperimentTimelineView;
class ImportController;
class RunBrowser;
class RunTimelineView;
class TokensView;
class ReproducibilityView;
class CostsView;
class VerifyReportDialog;

// Wires the views, the import controller and the settings together; owns
// the UI thread's database connection. Logic lives in the views and core.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openDatabase(const QString& path);

    // What a rebuilt window (a language change) takes over from the old one.
    struct Session {
        QString database;
        int tab = 0;
        QString watchedFolder;
        qint64 selectedRun = 0;
    };
    Session session() const;
    void resume(const Session& session);
    void importPaths(const QStringList& paths, bool interactive = true);
    void openSampleData();
    QString databasePath() const;

    RunBrowser* browser() const { return m_browser; }
    RunTimelineView* runTimeline() const { return m_runTimeline; }
    ExperimentTimelineView* experimentTimeline() const { return m_experimentTimeline; }
    TokensView* tokens() const { return m_tokens; }
    ReproducibilityView* reproducibility() const { return m_repro; }
    void compareSelectedRuns();
    // Runs → Verify Selected Runs, Verify Experiment, Verify All Runs.
    void verifySelectedRuns();
    void verifyExperiment();
    void startVerification(const VerifyScope& scope);
    void exportReport(qint64 runKey);
    // File → Verify Report… once the file is chosen: the dialog, hashing.
    VerifyReportDialog* verifyReport(const QString& reportPath);
    CostsView* costs() const { return m_costs; }
    QString budgetText() const;
    ImportController* imports() const { return m_imports; }
    QTabWidget* detailTabs() const { return m_tabs; }
    bool showingEmptyState() const;

    // The bundled sample project (installed copy, else the source tree's).
    static QString sampleDataPath();

signals:
    void runsShown(int rows, qint64 queryMilliseconds);
    void countsUpdated(qint64 experiments, qint64 runs);
    // The user chose another language in Settings (already saved). The owner
    // installs the translators and rebuilds the window, whose strings are
    // set once when it is built.
    void languageChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void rebuildRecentMenus();
    void updateCounts();
    void updateBudget(bool notify);
    void updateCostContext();
    void onImportFinished(const ImportReport& report, bool interactive);
    void showSettings();
    void chooseImportFiles();
    void chooseImportFolder();
    void chooseWatchFolder();
    void chooseDatabase();
    void chooseReportToVerify();
    void restoreState();
    void saveState();

    AppSettings& m_settings;
    std::unique_ptr<Database> m_db;
    DatabaseWorker* m_worker;
    ImportController* m_imports;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_empty;
    QSplitter* m_mainSplitter;
    RunBrowser* m_browser;
    QTabWidget* m_tabs;
    RunTimelineView* m_runTimeline;
    ExperimentTimelineView* m_experimentTimeline;
    TokensView* m_tokens;
    ReproducibilityView* m_repro;
    CostsView* m_costs;
    QLabel* m_budgetLabel;
    QMap<int, int> m_budgetStatus; // period -> last status seen, for notifications
    QMenu* m_recentDatabases;
    QMenu* m_recentFolders;
    QAction* m_stopWatching;
    QLabel* m_dbLabel;
    QLabel* m_countsLabel;
    QLabel* m_importLabel;
    QLabel* m_watchLabel;
};

} // namespace runledger
