// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/comparedialog.h"
#include "dialogs/reportdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/verifyreportdialog.h"
#include "displaynames.h"
#include "domain/costledger.h"
#include "import/importcontroller.h"
#include "models/databaseworker.h"
#include "models/runlistmodel.h"
#include "plaintext.h"
#include "report/reportbuilder.h"
#include "storage/database.h"
#include "theme.h"
#include "timeformat.h"
#include "views/budgetgauge.h"
#include "views/costsview.h"
#include "views/emptystatewidget.h"
#include "views/experimenttimelineview.h"
#include "views/reproducibilityview.h"
#include "views/runbrowser.h"
#include "views/runtimelineview.h"
#include "views/tokensview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTime>

#include <memory>

namespace runledger {

namespace {

struct Counts {
    qint64 experiments = 0, runs = 0, events = 0, rejected = 0;
};

} // namespace

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_db(std::make_unique<Database>())
    , m_worker(new DatabaseWorker(this))
    , m_imports(new ImportController(this, this)) {
    setWindowTitle(tr("RunLedger"));
    setAcceptDrops(true);
    resize(1280, 800);

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyStateWidget(m_stack);
    m_stack->addWidget(m_empty);

    m_mainSplitter = new QSplitter(Qt::Vertical, m_stack);
    m_browser = new RunBrowser(m_worker, m_mainSplitter);
    m_tabs = new QTabWidget(m_mainSplitter);
    m_runTimeline = new RunTimelineView(*m_db, m_worker, m_tabs);
    m_experimentTimeline = new ExperimentTimelineView(m_tabs);
    m_tabs->addTab(m_runTimeline, tr("Run timeline"));
    m_tabs->addTab(m_experimentTimeline, tr("Experiment timeline"));
    m_tokens = new TokensView(m_worker, m_tabs);
    m_costs = new CostsView(m_worker, m_tabs);
    m_tabs->addTab(m_tokens, tr("Tokens"));
    m_tabs->addTab(m_costs, tr("Costs && budget"));
    m_repro = new ReproducibilityView(m_worker, m_settings, m_tabs);
    m_tabs->addTab(m_repro, tr("Reproducibility"));
    m_tokens->setPrices(m_settings.priceTable());
    m_costs->setSettings(m_settings.budgetLimits(), m_settings.priceTable());
    m_mainSplitter->addWidget(m_browser);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_stack->addWidget(m_mainSplitter);
    setCentralWidget(m_stack);

    m_dbLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_importLabel = new QLabel(this);
    m_watchLabel = new QLabel(this);
    // File and folder names are data: never taken for rich text.
    for (QLabel* label : {m_dbLabel, m_watchLabel})
        label->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_watchLabel);
    statusBar()->addPermanentWidget(m_importLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_budgetLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_budgetLabel);

    createActions();

    connect(m_empty, &EmptyStateWidget::importFolderRequested, this,
            &MainWindow::chooseImportFolder);
    connect(m_empty, &EmptyStateWidget::sampleRequested, this, &MainWindow::openSampleData);
    connect(m_browser, &RunBrowser::runSelected, m_runTimeline, &RunTimelineView::showRun);
    connect(m_browser, &RunBrowser::runSelected, this, &MainWindow::updateCostContext);
    connect(m_browser, &RunBrowser::runSelected, m_repro, &ReproducibilityView::showRun);
    connect(m_repro, &ReproducibilityView::exportRequested, this, &MainWindow::exportReport);
    connect(m_repro, &ReproducibilityView::verificationFinished, this,
            [this](const VerifySummary& summary) {
                statusBar()->showMessage(DisplayNames::verifySummary(summary), 30000);
            });
    connect(m_repro, &ReproducibilityView::runActivated, m_browser, &RunBrowser::selectRun);
    connect(m_browser, &RunBrowser::runsLoaded, this, [this](int rows, qint64 ms) {
        m_experimentTimeline->setRuns(m_browser->model()->rows(), m_browser->scopeTitle());
        if (m_browser->selectedRun() == 0 && rows > 0)
            m_browser->table()->selectRow(0);
        emit runsShown(rows, ms);
    });
    connect(m_experimentTimeline, &ExperimentTimelineView::runActivated, this, [this](qint64 key) {
        m_browser->selectRun(key);
        m_tabs->setCurrentWidget(m_runTimeline);
    });
    connect(m_imports, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_imports, &ImportController::started, this, [this](bool interactive) {
        m_importLabel->setText(interactive ? tr("Importing…") : tr("Reading new lines…"));
    });
    connect(m_imports, &ImportController::watchingChanged, this, [this](const QString& folder) {
        m_watchLabel->setText(
            folder.isEmpty() ? QString() : tr("Watching %1").arg(QFileInfo(folder).fileName()));
        m_watchLabel->setToolTip(plainToolTip(folder));
        m_stopWatching->setEnabled(!folder.isEmpty());
        m_settings.setWatchedFolder(folder);
    });
    restoreState();
}

MainWindow::~MainWindow() = default;

QString MainWindow::sampleDataPath() {
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/runledger/sample"));
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(RUNLEDGER_SOURCE_DIR "/resources/sample");
}

QString MainWindow::databasePath() const {
    return m_db->path();
}

bool MainWindow::showingEmptyState() const {
    return m_stack->currentWidget() == m_empty;
}

bool MainWindow::openDatabase(const QString& path) {
    {
        // Validate (and create or migrate) first, so a bad choice keeps the current database.
        Database probe;
        if (!probe.open(path)) {
            QMessageBox::warning(this, tr("Cannot open database"), probe.error());
            return false;
        }
    }
    if (!m_db->open(path)) {
        QMessageBox::warning(this, tr("Cannot open database"), m_db->error());
        return false;
    }
    m_runTimeline->showRun(-1, QString());
    m_worker->setDatabasePath(path);
    m_imports->setDatabasePath(path);
    m_repro->setDatabasePath(path);
    m_repro->showRun(0, QString());
    m_settings.addRecentDatabase(path);
    rebuildRecentMenus();
    // The file name; the whole path is in the tooltip and the About dialog.
    m_dbLabel->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
    m_dbLabel->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
    setWindowTitle(tr("%1 — RunLedger").arg(QFileInfo(path).fileName()));
    m_browser->reload();
    updateCounts();
    updateBudget(false);
    m_tokens->invalidate();
    m_costs->invalidate();
    return true;
}

void MainWindow::importPaths(const QStringList& paths, bool interactive) {
    for (const QString& p : paths) {
        if (QFileInfo(p).isDir())
            m_settings.addRecentFolder(p);
    }
    rebuildRecentMenus();
    m_imports->importPaths(paths, interactive);
}

void MainWindow::openSampleData() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(dir).filePath(QStringLiteral("sample.sqlite"));
    if (openDatabase(path))
        importPaths({sampleDataPath()}, false);
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importFiles =
        file->addAction(tr("&Import Files…"), this, &MainWindow::chooseImportFiles);
    importFiles->setShortcut(QKeySequence(tr("Ctrl+I")));
    QAction* importFolder =
        file->addAction(tr("Import &Folder…"), this, &MainWindow::chooseImportFolder);
    importFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    QAction* watch = file->addAction(tr("&Watch Folder…"), this, &MainWindow::chooseWatchFolder);
    watch->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    m_stopWatching =
        file->addAction(tr("&Stop Watching"), this, [this]() { m_imports->stopWatching(); });
    m_stopWatching->setEnabled(false);
    file->addSeparator();
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    m_recentDatabases = file->addMenu(tr("Recent &Databases"));
    m_recentFolders = file->addMenu(tr("Recent Fo&lders"));
    file->addAction(tr("Open S&ample Data"), this, &MainWindow::openSampleData);
    file->addSeparator();
    QAction* verifyReport =
        file->addAction(tr("&Verify Report…"), this, &MainWindow::chooseReportToVerify);
    verifyReport->setObjectName(QStringLiteral("verifyReportAction"));
    verifyReport->setStatusTip(
        tr("Re-hash the data files a JSON report lists and check the report against its .sha256"));
    file->addSeparator();
    QAction* settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reload = view->addAction(tr("&Reload"), this, [this]() {
        m_browser->reload();
        m_runTimeline->refresh();
        updateCounts();
    });
    reload->setShortcut(QKeySequence::Refresh);
    QAction* find = view->addAction(tr("&Find Runs"), this, [this]() { m_browser->focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    QAction* runTab = view->addAction(tr("Run &Timeline"), this,
                                      [this]() { m_tabs->setCurrentWidget(m_runTimeline); });
    runTab->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction* expTab = view->addAction(tr("&Experiment Timeline"), this,
                                      [this]() { m_tabs->setCurrentWidget(m_experimentTimeline); });
    expTab->setShortcut(QKeySequence(tr("Ctrl+2")));
    QAction* tokensTab =
        view->addAction(tr("To&kens"), this, [this]() { m_tabs->setCurrentWidget(m_tokens); });
    tokensTab->setShortcut(QKeySequence(tr("Ctrl+3")));
    QAction* costsTab = view->addAction(tr("&Costs && Budget"), this,
                                        [this]() { m_tabs->setCurrentWidget(m_costs); });
    costsTab->setShortcut(QKeySequence(tr("Ctrl+4")));
    QAction* reproTab = view->addAction(tr("Re&producibility"), this,
                                        [this]() { m_tabs->setCurrentWidget(m_repro); });
    reproTab->setShortcut(QKeySequence(tr("Ctrl+5")));
    QMenu* runs = menuBar()->addMenu(tr("&Runs"));
    QAction* compare =
        runs->addAction(tr("&Compare Selected Runs…"), this, &MainWindow::compareSelectedRuns);
    compare->setShortcut(QKeySequence(tr("Ctrl+D")));
    QAction* verifySelected =
        runs->addAction(tr("&Verify Selected Runs"), this, &MainWindow::verifySelectedRuns);
    verifySelected->setObjectName(QStringLiteral("verifySelectedRuns"));
    verifySelected->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    verifySelected->setToolTip(tr("Re-hash the data files of the selected runs and compare them "
                                  "with the recorded SHA-256 (Ctrl+Shift+V)"));
    QAction* verifyExperiment =
        runs->addAction(tr("Verify E&xperiment"), this, &MainWindow::verifyExperiment);
    verifyExperiment->setObjectName(QStringLiteral("verifyExperiment"));
    verifyExperiment->setToolTip(
        tr("Verify every run of the experiment chosen on the left, or of the selected run"));
    QAction* verifyAll = runs->addAction(tr("Verify &All Runs"), this,
                                         [this]() { startVerification(VerifyScope::all()); });
    verifyAll->setObjectName(QStringLiteral("verifyAllRuns"));
    verifyAll->setToolTip(tr("Verify the data files of every run in the database"));
    m_repro->setVerifyActions({verifySelected, verifyExperiment, verifyAll});
    QAction* report = runs->addAction(tr("&Export Report…"), this, [this]() {
        const QModelIndex current = m_browser->table()->currentIndex();
        if (current.isValid())
            exportReport(current.data(RunListModel::RunKeyRole).toLongLong());
    });
    report->setShortcut(QKeySequence(tr("Ctrl+E")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About RunLedger"), this,
                    [this]() { AboutDialog::show(this, m_db->path()); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    rebuildRecentMenus();
}

void MainWindow::rebuildRecentMenus() {
    m_recentDatabases->clear();
    for (const QString& path : m_settings.recentDatabases())
        m_recentDatabases->addAction(QDir::toNativeSeparators(path), this,
                                     [this, path]() { openDatabase(path); });
    m_recentDatabases->setEnabled(!m_recentDatabases->isEmpty());
    m_recentFolders->clear();
    for (const QString& path : m_settings.recentFolders())
        m_recentFolders->addAction(QDir::toNativeSeparators(path), this,
                                   [this, path]() { importPaths({path}); });
    m_recentFolders->setEnabled(!m_recentFolders->isEmpty());
}

void MainWindow::updateCounts() {
    m_worker->run<Counts>(
        this,
        [](Database& db) {
            Counts c;
            QSqlQuery q(db.connection());
            if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM experiments), count(*), "
                                      "coalesce(sum(event_count + structured_count), 0), "
                                      "(SELECT count(*) FROM rejected_lines) FROM runs")) &&
                q.next()) {
                c.experiments = q.value(0).toLongLong();
                c.runs = q.value(1).toLongLong();
                c.events = q.value(2).toLongLong();
                c.rejected = q.value(3).toLongLong();
            }
            return c;
        },
        [this](Counts c) {
            m_countsLabel->setText(
                QStringLiteral("%1 · %2 · %3")
                    .arg(tr("%Ln experiment(s)", nullptr, static_cast<int>(c.experiments)),
                         tr("%Ln run(s)", nullptr, static_cast<int>(c.runs)),
                         tr("%Ln event(s)", nullptr, static_cast<int>(c.events))));
            m_stack->setCurrentWidget(c.runs == 0 ? static_cast<QWidget*>(m_empty)
                                                  : m_mainSplitter);
            emit countsUpdated(c.experiments, c.runs);
        });
}

void MainWindow::onImportFinished(const ImportReport& report, bool interactive) {
    const ImportTotals& t = report.totals;
    QString text = tr("Last import at %1: %Ln new record(s)", nullptr, static_cast<int>(t.imported))
                       .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    if (t.rejected > 0)
        text += tr(", %1 rejected").arg(TimeFormat::count(t.rejected));
    if (t.failedFiles > 0)
        text += tr(", %Ln file(s) failed", nullptr, static_cast<int>(t.failedFiles));
    if (t.unreadablePaths > 0)
        text += tr(", %Ln folder(s) or link(s) not readable", nullptr,
                   static_cast<int>(t.unreadablePaths));
    m_importLabel->setText(text);
    if (!report.error.isEmpty())
        QMessageBox::warning(this, tr("Import failed"), report.error);
    if (!interactive && (t.rejected > 0 || t.failedFiles > 0 || t.unreadablePaths > 0))
        statusBar()->showMessage(tr("Some lines could not be imported: see File → Import Files… on "
                                    "that folder for the report."),
                                 8000);
    if (t.imported > 0 || interactive) {
        m_browser->reload();
        m_runTimeline->refresh();
        m_tokens->invalidate();
        m_costs->invalidate();
    }
    updateCounts();
    updateBudget(t.imported > 0);
}

void MainWindow::verifySelectedRuns() {
    QList<qint64> keys = m_browser->selectedRuns();
    if (keys.isEmpty() && m_browser->selectedRun() > 0)
        keys << m_browser->selectedRun();
    if (keys.isEmpty()) {
        statusBar()->showMessage(tr("Select one or more runs to verify."), 8000);
        return;
    }
    startVerification(VerifyScope::runs(keys));
}

// The experiment chosen in the experiments list, else the selected run's.
void MainWindow::verifyExperiment() {
    qint64 experiment = m_browser->currentFilter().experimentKey;
    if (experiment == 0)
        experiment =
            m_browser->table()->currentIndex().data(RunListModel::ExperimentKeyRole).toLongLong();
    if (experiment == 0) {
        statusBar()->showMessage(tr("Choose an experiment, or one of its runs, to verify it."),
                                 8000);
        return;
    }
    startVerification(VerifyScope::experiment(experiment));
}

void MainWindow::startVerification(const VerifyScope& scope) {
    m_tabs->setCurrentWidget(m_repro);
    if (m_repro->verify(scope))
        statusBar()->showMessage(tr("Verifying data files…"));
}

void MainWindow::compareSelectedRuns() {
    const QList<qint64> keys = m_browser->selectedRuns();
    if (keys.size() < 2) {
        QMessageBox::information(
            this, tr("Compare runs"),
            tr("Select two or more runs in the list (Ctrl+click or Shift+click), then compare."));
        return;
    }
    m_worker->run<Comparison>(
        this,
        [keys](Database& db) {
            QList<RunFacts> facts;
            QString error;
            for (const qint64 k : keys)
                facts << RunComparison::facts(db.connection(), k, &error);
            return RunComparison::compare(facts);
        },
        [this](Comparison c) {
            auto* dialog = new CompareDialog(c, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
}

void MainWindow::exportReport(qint64 runKey) {
    const PriceTable prices = m_settings.priceTable();
    const BudgetLimits limits = m_settings.budgetLimits();
    m_worker->run<QJsonObject>(
        this,
        [runKey, prices, limits](Database& db) {
            QString error;
            return ReportBuilder(db.connection(), prices, limits)
                .build(runKey, QDateTime::currentDateTimeUtc(), &error);
        },
        [this](QJsonObject report) {
            if (report.isEmpty())
                return;
            auto* dialog = new ReportDialog(report, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
}

void MainWindow::chooseReportToVerify() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Verify Report"), QString(),
                                                      tr("JSON reports (*.json);;All files (*)"));
    if (!path.isEmpty())
        verifyReport(path);
}

VerifyReportDialog* MainWindow::verifyReport(const QString& reportPath) {
    auto* dialog = new VerifyReportDialog(reportPath, m_settings.pathMappings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
    return dialog;
}

QString MainWindow::budgetText() const {
    return m_budgetLabel->text();
}

void MainWindow::updateCostContext() {
    const QModelIndex current = m_browser->table()->currentIndex();
    const qint64 runKey =
        current.isValid() ? current.data(RunListModel::RunKeyRole).toLongLong() : 0;
    const qint64 experimentKey =
        current.isValid() ? current.data(RunListModel::ExperimentKeyRole).toLongLong() : 0;
    const int row = m_browser->model()->rowOfKey(runKey);
    const RunRow* r = m_browser->model()->rowAt(row);
    const QString experimentName =
        r ? (r->experimentName.isEmpty() ? r->experimentId : r->experimentName) : QString();
    const RunFilter f = m_browser->currentFilter();
    m_tokens->setContext(runKey, r ? r->runId : QString(), experimentKey, experimentName, f.fromUs,
                         f.toUs);
    m_costs->setContext(experimentKey, experimentName);
}

// The worst status of the configured budget periods, always visible in the
// status bar; a notification when new data pushes a period to a worse status.
void MainWindow::updateBudget(bool notify) {
    const BudgetLimits limits = m_settings.budgetLimits();
    const PriceTable prices = m_settings.priceTable();
    m_worker->run<QList<PeriodStatus>>(
        this,
        [limits, prices](Database& db) {
            QString error;
            CostLedger ledger(db.connection(), prices);
            const BudgetCalendar calendar(limits);
            return ledger.budget(
                limits, calendar.localDate(QDateTime::currentMSecsSinceEpoch() * 1000), &error);
        },
        [this, notify](QList<PeriodStatus> periods) {
            if (periods.isEmpty()) {
                m_budgetLabel->setText(tr("No budget set"));
                m_budgetLabel->setStyleSheet(QString());
                return;
            }
            QStringList parts;
            BudgetStatus worst = BudgetStatus::Ok;
            QStringList worse;
            for (const PeriodStatus& p : periods) {
                //: Status bar budget part, e.g. "daily 45%".
                parts << tr("%1 %2").arg(DisplayNames::budgetPeriod(p.range.period),
                                         TimeFormat::percent(p.percentUsed, 0));
                worst = std::max(worst, p.status);
                const int key = static_cast<int>(p.range.period);
                if (notify && m_budgetStatus.contains(key) &&
                    static_cast<int>(p.status) > m_budgetStatus.value(key))
                    worse << tr("%1: %2 of %3 spent (%4)")
                                 .arg(DisplayNames::budgetTitle(p.range.period),
                                      TimeFormat::money(p.spent), TimeFormat::money(p.limit),
                                      DisplayNames::budgetStatus(p.status));
                m_budgetStatus.insert(key, static_cast<int>(p.status));
            }
            m_budgetLabel->setText(
                tr("Budget %1: %2")
                    .arg(DisplayNames::budgetStatus(worst), parts.join(QStringLiteral(" · "))));
            const QColor color = BudgetGauge::statusColor(worst);
            m_budgetLabel->setStyleSheet(
                worst == BudgetStatus::Ok
                    ? QString()
                    : QStringLiteral("color: %1; font-weight: bold").arg(color.name()));
            if (!worse.isEmpty()) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Budget"),
                                            tr("New costs changed the budget status:\n%1")
                                                .arg(worse.join(QLatin1Char('\n'))),
                                            QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->show();
            }
        });
}

void MainWindow::showSettings() {
    SettingsDialog dialog(m_settings, this, databasePath());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString oldLanguage = m_settings.language();
    dialog.save();
    TimeFormat::setDisplay(dialog.timeDisplay());
    applyTheme(dialog.theme());
    m_tokens->setPrices(m_settings.priceTable());
    m_costs->setSettings(m_settings.budgetLimits(), m_settings.priceTable());
    if (dialog.databaseChanged())
        openDatabase(dialog.databasePath());
    else
        m_browser->reload();
    m_runTimeline->refresh();
    m_tokens->invalidate();
    updateBudget(false);
    if (dialog.language() != oldLanguage) {
        if (m_imports->isBusy() || m_repro->isVerifying())
            statusBar()->showMessage(tr("The new language applies when RunLedger next starts; "
                                        "an import or a verification is running."));
        else
            emit languageChanged();
    }
}

void MainWindow::chooseImportFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Persona log files"), QString(),
        tr("Persona logs (*.jsonl *.json *.ndjson *.log);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseImportFolder() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Import a Persona experiments folder"));
    if (!dir.isEmpty())
        importPaths({dir});
}

void MainWindow::chooseWatchFolder() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Watch a Persona experiments folder"));
    if (!dir.isEmpty()) {
        m_settings.addRecentFolder(dir);
        m_imports->watchFolder(dir);
    }
}

void MainWindow::chooseDatabase() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Open or create a database"), databasePath(),
                                     tr("RunLedger databases (*.sqlite *.db);;All files (*)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        importPaths(paths);
        event->acceptProposedAction();
    }
}

MainWindow::Session MainWindow::session() const {
    return {databasePath(), m_tabs->currentIndex(), m_imports->watchedFolder(),
            m_browser->selectedRun()};
}

void MainWindow::resume(const Session& session) {
    // The run is selected once the runs are shown (they load on the worker).
    auto reselect = std::make_shared<QMetaObject::Connection>();
    *reselect = connect(this, &MainWindow::runsShown, this, [this, reselect, session]() {
        disconnect(*reselect);
        m_browser->selectRun(session.selectedRun);
    });
    openDatabase(session.database);
    m_tabs->setCurrentIndex(session.tab);
    if (!session.watchedFolder.isEmpty())
        m_imports->watchFolder(session.watchedFolder);
}

void MainWindow::restoreState() {
    const QByteArray geometry = m_settings.uiState(QStringLiteral("geometry"));
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    // Without a saved layout the views' size hints would leave the runs table
    // three rows: give it two fifths of the height.
    if (!m_mainSplitter->restoreState(m_settings.uiState(QStringLiteral("mainSplitter"))))
        m_mainSplitter->setSizes({400, 600});
    if (!m_browser->splitter()->restoreState(m_settings.uiState(QStringLiteral("browserSplitter"))))
        m_browser->splitter()->setSizes({240, 1040});
    m_browser->table()->horizontalHeader()->restoreState(
        m_settings.uiState(QStringLiteral("runsHeader")));
    m_runTimeline->splitter()->restoreState(m_settings.uiState(QStringLiteral("timelineSplitter")));
}

void MainWindow::saveState() {
    m_settings.setUiState(QStringLiteral("geometry"), saveGeometry());
    m_settings.setUiState(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    m_settings.setUiState(QStringLiteral("browserSplitter"), m_browser->splitter()->saveState());
    m_settings.setUiState(QStringLiteral("runsHeader"),
                          m_browser->table()->horizontalHeader()->saveState());
    m_settings.setUiState(QStringLiteral("timelineSplitter"),
                          m_runTimeline->splitter()->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_imports->isBusy())
        m_imports->cancel();
    saveState();
    event->accept();
}

} // namespace runledger
