// SPDX-License-Identifier: MIT
// Offscreen GUI tests: models (rows, filters, sorting), the import worker
// (progress, finish, cancel mid-file), timeline series, settings.
#include "dialogs/aboutdialog.h"
#include "dialogs/comparedialog.h"
#include "dialogs/importprogressdialog.h"
#include "dialogs/importreportdialog.h"
#include "dialogs/reportdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/verifyreportdialog.h"
#include "displaynames.h"
#include "import/importcontroller.h"
#include "import/importer.h"
#include "import/importreportexport.h"
#include "language.h"
#include "mainwindow.h"
#include "models/databaseworker.h"
#include "models/eventtablemodel.h"
#include "models/runlistmodel.h"
#include "plaintext.h"
#include "report/reportbuilder.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/runlookup.h"
#include "testsupport.h"
#include "timeformat.h"
#include "views/budgetgauge.h"
#include "views/chartpanel.h"
#include "views/costsview.h"
#include "views/experimenttimelineview.h"
#include "views/reproducibilityview.h"
#include "views/runbrowser.h"
#include "views/runtimelineview.h"
#include "views/timelinechartview.h"
#include "views/tokensview.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLocale>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace runledger;
using namespace runledger::test;

class TestGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Texts below are English with en_US number formats, whatever the
        // machine's locale.
        QVERIFY(Language::apply(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("gui.sqlite"));
        Database db;
        QVERIFY(db.open(m_dbPath));
        Importer importer(db);
        const ImportReport r =
            importer.importPaths({sourcePath(QStringLiteral("resources/sample"))});
        QCOMPARE(r.totals.rejected, 0);
    }

    void runListModelFilters_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("errorsOnly");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << QString() << QString() << false << 7;
        QTest::newRow("failed") << QString() << QStringLiteral("failed") << false << 1;
        QTest::newRow("completed") << QString() << QStringLiteral("completed") << false << 6;
        QTest::newRow("experiment name") << QStringLiteral("pricing") << QString() << false << 2;
        QTest::newRow("run id") << QStringLiteral("run-3f9b") << QString() << false << 1;
        // Any model a run used: run-19c6e4 calls gpt-4o in its validation step only.
        QTest::newRow("model") << QStringLiteral("gpt-4o") << QString() << false << 3;
        QTest::newRow("message text")
            << QStringLiteral("Run 2 of pricing") << QString() << false << 1;
        QTest::newRow("like wildcard is literal") << QStringLiteral("%") << QString() << false << 0;
        QTest::newRow("has errors") << QString() << QString() << true << 1;
    }
    void runListModelFilters() {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(bool, errorsOnly);
        QFETCH(int, rows);
        DatabaseWorker worker;
        worker.setDatabasePath(m_dbPath);
        RunListModel model(&worker);
        QSignalSpy reloaded(&model, &RunListModel::reloaded);
        RunFilter f;
        f.text = text;
        f.status = status;
        f.errorsOnly = errorsOnly;
        model.setFilter(f);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(model.rowCount(), rows);
        for (int r = 0; r < model.rowCount(); ++r) {
            if (!status.isEmpty())
                QCOMPARE(model.rowAt(r)->status, status);
        }
    }

    // The sample's run-19c6e4 calls claude-haiku-3.5 six times and gpt-4o
    // once (its validation step): the column names both, the tooltip counts.
    void runListModels() {
        DatabaseWorker worker;
        worker.setDatabasePath(m_dbPath);
        RunListModel model(&worker);
        QSignalSpy reloaded(&model, &RunListModel::reloaded);
        RunFilter f;
        f.text = QStringLiteral("run-19c6e4");
        model.setFilter(f);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex cell = model.index(0, RunListModel::ModelColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("claude-haiku-3.5 +1"));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("claude-haiku-3.5: 6 calls\ngpt-4o: 1 call"));
        QCOMPARE(RunListModel::modelsLabel({{QStringLiteral("m"), 0}}), QStringLiteral("m"));
        QCOMPARE(RunListModel::modelsTooltip({{QStringLiteral("m"), 0}}),
                 QStringLiteral("m: no calls"));
    }

    void runListSorting() {
        DatabaseWorker worker;
        worker.setDatabasePath(m_dbPath);
        RunListModel model(&worker);
        QSignalSpy reloaded(&model, &RunListModel::reloaded);
        model.refresh();
        QVERIFY(reloaded.wait(5000));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RunListModel::SortRole);
        proxy.sort(RunListModel::CostColumn, Qt::DescendingOrder);
        double previous = 1e9;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const double cost =
                proxy.index(r, RunListModel::CostColumn).data(RunListModel::SortRole).toDouble();
            QVERIFY(cost <= previous);
            previous = cost;
        }
        QCOMPARE(proxy.index(0, RunListModel::RunColumn).data().toString(),
                 QStringLiteral("run-5d3c62"));
        proxy.sort(RunListModel::StartedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, RunListModel::RunColumn).data().toString(),
                 QStringLiteral("run-a81e07"));
    }

    void eventModelPagesAndFilters() {
        Database db;
        QVERIFY(db.open(m_dbPath));
        DatabaseWorker worker;
        worker.setDatabasePath(m_dbPath);
        EventTableModel model(db, &worker);
        QSignalSpy reloaded(&model, &EventTableModel::reloaded);
        const qint64 run =
            scalar(db, QStringLiteral("SELECT id FROM runs WHERE run_id = 'run-a81e07'"));
        EventFilter f;
        f.runKey = run;
        model.setFilter(f, 0);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(model.rowCount(), 42);
        // Rows come in time order.
        qint64 previous = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const qint64 ts = model.index(r, 0).data(EventTableModel::TimestampRole).toLongLong();
            QVERIFY(ts >= previous);
            previous = ts;
        }
        f.levelMask = 1 << 0; // debug only
        model.setFilter(f, 0);
        QVERIFY(reloaded.wait(5000));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 42);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(EventTableModel::LevelRole).toInt(), 0);
        f.levelMask = 0xF;
        f.eventName = QStringLiteral("experiment_started");
        model.setFilter(f, 0);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, EventTableModel::EventColumn).data().toString(),
                 QStringLiteral("experiment_started"));
        // All events of the database, paged.
        model.setFilter(EventFilter{}, 0);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(model.rowCount(), 301);
        QVERIFY(!model.index(300, EventTableModel::EventColumn).data().toString().isEmpty());
    }

    // Text from logs in a tooltip is shown as written, never as rich text.
    void toolTipsShowLogTextAsWritten() {
        QCOMPARE(plainToolTip(QStringLiteral("<img src=x onerror=alert(1)>\n<b>x</b> & y")),
                 QStringLiteral("<p>&lt;img src=x onerror=alert(1)&gt;<br>\n&lt;b&gt;x&lt;/b&gt; "
                                "&amp; y</p>"));
        QVERIFY(Qt::mightBeRichText(plainToolTip(QStringLiteral("plain"))));
        QCOMPARE(plainToolTip(QString()), QString());

        TempDatabase t;
        QCOMPARE(t.import({dataPath(QStringLiteral("hostile"))}).totals.rejected, 0);
        DatabaseWorker worker;
        worker.setDatabasePath(t.path());
        EventTableModel model(t.db, &worker);
        QSignalSpy reloaded(&model, &EventTableModel::reloaded);
        EventFilter f;
        f.runKey = scalar(t.db, QStringLiteral("SELECT id FROM runs"));
        model.setFilter(f, 0);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, EventTableModel::MessageColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    }

    // Chart labels from the data are shown as written (Qt Charts draws them as
    // HTML); chart tables export text cells neutralised, numbers as numbers.
    void chartPanelShowsAndExportsDataSafely() {
        ChartPanel panel(QStringLiteral("Costs"));
        auto* chart = new QChart;
        auto* series = new QBarSeries;
        auto* set = new QBarSet(QStringLiteral("R&D"));
        *set << 1 << 2;
        series->append(set);
        series->setName(QStringLiteral("<img src=x>"));
        chart->addSeries(series);
        auto* axis = new QBarCategoryAxis;
        axis->append({QStringLiteral("<b>step</b>"), QStringLiteral("plain")});
        chart->addAxis(axis, Qt::AlignLeft);
        series->attachAxis(axis);
        panel.setChart(chart);
        QCOMPARE(axis->categories(),
                 (QStringList{QStringLiteral("&lt;b&gt;step&lt;/b&gt;"), QStringLiteral("plain")}));
        QCOMPARE(series->name(), QStringLiteral("&lt;img src=x&gt;"));
        QCOMPARE(set->label(), QStringLiteral("R&amp;D"));

        panel.setTable(
            {QStringLiteral("Key"), QStringLiteral("Cost")},
            {{QStringLiteral("=HYPERLINK(\"https://evil.example\")"), QStringLiteral("-3.5")},
             {QStringLiteral("-2+3"), QStringLiteral("0.25")}},
            {1});
        QCOMPARE(panel.csv(),
                 QByteArray("Key,Cost\r\n\"'=HYPERLINK(\"\"https://evil.example\"\")\","
                            "-3.5\r\n\"'-2+3\",0.25\r\n"));
    }

    // A folder the import could not read is listed with its reason.
    void importReportListsUnreadableFolders() {
        ImportReport report;
        FileReport folder;
        folder.path = QStringLiteral("/data/experiments/locked");
        folder.error = QStringLiteral("cannot list folder: Permission denied");
        folder.unreadable = true;
        report.files << folder;
        FileReport file;
        file.path = QStringLiteral("/data/experiments/open/experiment.jsonl");
        file.kind = FileKind::Events;
        file.notes = {QStringLiteral("<img src=x>")};
        report.files << file;
        report.totals.files = 1;
        report.totals.unreadablePaths = 1;
        ImportReportDialog dialog(report);
        auto* files = dialog.findChild<QTableWidget*>(QStringLiteral("filesTable"));
        QVERIFY(files);
        QCOMPARE(files->item(0, 1)->text(), QStringLiteral("not readable"));
        QCOMPARE(files->item(0, 7)->text(),
                 QStringLiteral("could not be read: cannot list folder: Permission denied"));
        QCOMPARE(files->item(1, 7)->toolTip(), QStringLiteral("<p>&lt;img src=x&gt;</p>"));
        QVERIFY(
            dialog.summaryText().endsWith(QLatin1String(" 1 folder or link could not be read.")));
        QVERIFY(importReportText(report).contains(
            QLatin1String("FAILED, not read: cannot list folder: Permission denied")));
    }

    void timelineSeries() {
        Database db;
        QVERIFY(db.open(m_dbPath));
        DatabaseWorker worker;
        worker.setDatabasePath(m_dbPath);
        RunTimelineView view(db, &worker);
        view.resize(1000, 700);
        QSignalSpy drawn(&view, &RunTimelineView::timelineDrawn);
        const qint64 run =
            scalar(db, QStringLiteral("SELECT id FROM runs WHERE run_id = 'run-3f9b52'"));
        view.showRun(run, QStringLiteral("run-3f9b52"));
        QVERIFY(drawn.wait(5000));
        QCOMPARE(
            view.chart()->pointCount(),
            scalar(db, QStringLiteral("SELECT count(*) FROM events WHERE run_ref = %1").arg(run)));
        // One scatter series per level, each point in its level's lane.
        const QList<QScatterSeries*> series = view.chart()->pointSeries();
        QCOMPARE(series.size(), 4);
        QCOMPARE(series.at(0)->name(), QStringLiteral("error"));
        QCOMPARE(view.chart()->markerCount(),
                 view.chart()->pointCount()); // sparse: one marker each
        QCOMPARE(series.at(0)->count(),
                 scalar(db, QStringLiteral(
                                "SELECT count(*) FROM events WHERE run_ref = %1 AND level = 3")
                                .arg(run)));
        for (const QPointF& p : series.at(0)->points())
            QCOMPARE(p.y(), 3.0); // lane "error", second from the top of five
        // LLM calls from started/completed pairs.
        QCOMPARE(
            view.chart()->barCount(),
            scalar(
                db,
                QStringLiteral(
                    "SELECT count(*) FROM events WHERE run_ref = %1 AND event = 'llm_call_started'")
                    .arg(run)));
        // Clicking a point selects its event in the table.
        QSignalSpy tableReady(view.eventModel(), &EventTableModel::reloaded);
        if (view.eventModel()->rowCount() == 0)
            QVERIFY(tableReady.wait(5000));
        const qint64 failedEvent = scalar(
            db, QStringLiteral(
                    "SELECT id FROM events WHERE run_ref = %1 AND event = 'experiment_failed'")
                    .arg(run));
        emit view.chart()->itemClicked(failedEvent);
        QCOMPARE(view.eventTable()->currentIndex().data(EventTableModel::EventIdRole).toLongLong(),
                 failedEvent);
        // Family lanes.
        view.setLaneMode(RunTimelineView::LaneMode::Family);
        QCOMPARE(
            view.chart()->pointCount(),
            scalar(db, QStringLiteral("SELECT count(*) FROM events WHERE run_ref = %1").arg(run)));
    }

    void timelineOf10kEventsDrawsQuickly() {
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("experiment.jsonl"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (int i = 0; i < 10000; ++i) {
            const char* name = i % 10 == 0
                                   ? "llm_call_started"
                                   : (i % 10 == 1 ? "llm_call_completed" : "persona_created");
            out.write(
                QStringLiteral(
                    R"({"timestamp": "2025-10-02T09:%1:%2.%3Z", "level": "%4", "event": "%5", "run_id": "run-big", "payload": {"call_id": "c%6"}, "message": ""})")
                    .arg(i / 6000, 2, 10, QLatin1Char('0'))
                    .arg((i / 100) % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 100 * 10, 3, 10, QLatin1Char('0'))
                    .arg(i % 97 == 0 ? QStringLiteral("error") : QStringLiteral("info"))
                    .arg(QLatin1String(name))
                    .arg(i / 10)
                    .toUtf8() +
                '\n');
        }
        out.close();
        QCOMPARE(t.import({path}).totals.imported, 10000);
        DatabaseWorker worker;
        worker.setDatabasePath(t.path());
        RunTimelineView view(t.db, &worker);
        view.resize(1200, 700);
        view.show();
        QSignalSpy drawn(&view, &RunTimelineView::timelineDrawn);
        view.showRun(scalar(t.db, QStringLiteral("SELECT id FROM runs")),
                     QStringLiteral("run-big"));
        QVERIFY(drawn.wait(10000));
        QCOMPARE(view.chart()->pointCount(), 10000);
        QVERIFY(view.chart()->markerCount() < 10000); // merged per pixel column
        QVERIFY(view.chart()->markerCount() > 100);
        QCOMPARE(view.chart()->barCount(), 1000);
        QElapsedTimer paint;
        paint.start();
        const QPixmap pixels = view.chart()->grab(); // a full render of the chart
        QVERIFY(!pixels.isNull());
        qInfo("10,000-event timeline: series built in %lld ms, rendered in %lld ms (%d markers)",
              view.lastDrawMilliseconds(), paint.elapsed(), view.chart()->markerCount());
    }

    void experimentTimelinePacksLanes() {
        QList<RunRow> runs;
        auto run = [](qint64 key, qint64 start, qint64 end) {
            RunRow r;
            r.key = key;
            r.runId = QStringLiteral("run-%1").arg(key);
            r.startedUs = start;
            r.endedUs = end;
            r.status = QStringLiteral("completed");
            return r;
        };
        runs << run(1, 0, 100) << run(2, 50, 150) << run(3, 120, 200) << run(4, 160, 170);
        int lanes = 0;
        const QList<int> lane = ExperimentTimelineView::packLanes(runs, &lanes);
        QCOMPARE(lanes, 2);
        QCOMPARE(lane, (QList<int>{0, 1, 0, 1}));
        ExperimentTimelineView view;
        view.show();
        view.setRuns(runs, QStringLiteral("test"));
        QCOMPARE(view.chart()->barCount(), 4);
        QSignalSpy activated(&view, &ExperimentTimelineView::runActivated);
        emit view.chart()->itemClicked(3);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), 3);
    }

    void importThroughWorker() {
        const QString db = m_dir.filePath(QStringLiteral("worker.sqlite"));
        QWidget window;
        ImportController controller(&window);
        controller.setShowReports(false);
        controller.setDatabasePath(db);
        QSignalSpy progress(&controller, &ImportController::progress);
        QSignalSpy finished(&controller, &ImportController::finished);
        controller.importPaths(
            {dataPath(QStringLiteral("tree")), dataPath(QStringLiteral("events_bad_lines.jsonl"))});
        QVERIFY(finished.wait(10000));
        QVERIFY(progress.count() >= 1);
        const ImportReport report = finished.first().first().value<ImportReport>();
        QVERIFY(report.totals.imported > 0);
        QCOMPARE(report.totals.rejected, 9);
        ImportReportDialog dialog(report);
        const QString csv = m_dir.filePath(QStringLiteral("rejected.csv"));
        QVERIFY(dialog.exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 10); // header + 9 rejected lines
        QVERIFY(lines.at(1).contains("events_bad_lines.jsonl,4,"));
    }

    void cancelMidFileRollsBack() {
        const QString big = bigLog();
        const QString db = m_dir.filePath(QStringLiteral("cancel.sqlite"));
        QWidget window;
        ImportController controller(&window);
        controller.setShowReports(false);
        controller.setDatabasePath(db);
        QSignalSpy progress(&controller, &ImportController::progress);
        QSignalSpy finished(&controller, &ImportController::finished);
        connect(&controller, &ImportController::progress, &controller,
                [&](const ImportProgress& p) {
                    if (p.linesDone > 0)
                        controller.cancel();
                });
        controller.importPaths({big});
        QVERIFY(finished.wait(20000));
        const ImportReport report = finished.first().first().value<ImportReport>();
        QVERIFY(report.cancelled);
        QCOMPARE(report.totals.imported, 0);
        Database check;
        QVERIFY(check.open(db));
        QCOMPARE(scalar(check, QStringLiteral("SELECT count(*) FROM events")), 0);
        QCOMPARE(scalar(check, QStringLiteral("SELECT count(*) FROM runs")), 0);
        QCOMPARE(scalar(check, QStringLiteral("SELECT count(*) FROM source_files")), 0);
    }

    // An interactive import shows the modal progress dialog; when the import
    // ends it closes, no modal window is left, and the report that follows
    // closes with its Close button. Imports queued behind it do the same.
    void importDialogsCloseWhenTheImportEnds() {
        QWidget window;
        window.show();
        ImportController controller(&window);
        controller.setDatabasePath(m_dir.filePath(QStringLiteral("dialogs.sqlite")));
        QSignalSpy finished(&controller, &ImportController::finished);
        // Each dialog as it opens: visible and the modal window.
        QList<QPointer<ImportProgressDialog>> shown;
        int modalWhenShown = 0;
        connect(&controller, &ImportController::started, this, [&]() {
            shown << controller.progressDialog();
            modalWhenShown += shown.last() && shown.last()->isVisible() &&
                              QApplication::activeModalWidget() == shown.last();
        });
        controller.importPaths({dataPath(QStringLiteral("tree"))});
        controller.importPaths({dataPath(QStringLiteral("events_bad_lines.jsonl"))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(modalWhenShown, 2);
        QTRY_VERIFY(!shown.at(0) && !shown.at(1)); // closed and deleted
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QVERIFY(!controller.isBusy());
        QCOMPARE(closeReports(window), 2);
        QTRY_VERIFY(window.findChildren<ImportReportDialog*>().isEmpty());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        // Watch passes run without dialogs.
        const QString root = m_dir.filePath(QStringLiteral("watched-dialogs"));
        QVERIFY(copyTree(dataPath(QStringLiteral("tree")), root));
        controller.watchFolder(root);
        QVERIFY(!controller.progressDialog());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
        controller.stopWatching();
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QVERIFY(window.findChildren<ImportReportDialog*>().isEmpty());
    }

    // Esc, the close button and Cancel ask to cancel a running import: the
    // dialog stays, says it is cancelling, and closes once the worker stops.
    void importDialogCancelsThenCloses_data() {
        QTest::addColumn<QString>("how");
        QTest::newRow("escape") << QStringLiteral("escape");
        QTest::newRow("close button") << QStringLiteral("close");
        QTest::newRow("cancel button") << QStringLiteral("cancel");
    }
    void importDialogCancelsThenCloses() {
        QFETCH(QString, how);
        const QString big = bigLog();
        QVERIFY(!big.isEmpty());
        QWidget window;
        window.show();
        ImportController controller(&window);
        controller.setDatabasePath(m_dir.filePath(QStringLiteral("cancel-%1.sqlite").arg(how)));
        QSignalSpy finished(&controller, &ImportController::finished);
        QSignalSpy progress(&controller, &ImportController::progress);
        controller.importPaths({big});
        QPointer<ImportProgressDialog> dialog = controller.progressDialog();
        QVERIFY(dialog);
        QSignalSpy cancelRequested(dialog.data(), &ImportProgressDialog::cancelRequested);
        QVERIFY(progress.wait(10000));
        QVERIFY(finished.isEmpty());
        if (how == QLatin1String("escape"))
            QTest::keyClick(dialog.data(), Qt::Key_Escape);
        else if (how == QLatin1String("close"))
            QVERIFY(!dialog->close()); // refused while the import stops
        else
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(cancelRequested.count(), 1);
        if (finished.isEmpty()) {
            QVERIFY(dialog && dialog->isVisible());
            QVERIFY(dialog->isCancelling());
            QVERIFY(!dialog->findChild<QDialogButtonBox*>()
                         ->button(QDialogButtonBox::Cancel)
                         ->isEnabled());
        }
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QVERIFY(finished.first().first().value<ImportReport>().cancelled);
        QTRY_VERIFY(!dialog);
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QCOMPARE(closeReports(window), 1);
        QTRY_VERIFY(window.findChildren<ImportReportDialog*>().isEmpty());
    }

    void watchFolderImportsAppendedLines() {
        const QString root = m_dir.filePath(QStringLiteral("watched"));
        QVERIFY(copyTree(dataPath(QStringLiteral("tree")), root));
        QWidget window;
        ImportController controller(&window);
        controller.setShowReports(false);
        controller.setDatabasePath(m_dir.filePath(QStringLiteral("watch.sqlite")));
        QSignalSpy finished(&controller, &ImportController::finished);
        controller.watchFolder(root);
        QVERIFY(finished.wait(10000));
        const qint64 first = finished.last().first().value<ImportReport>().totals.imported;
        QVERIFY(first > 0);
        finished.clear();
        QVERIFY(appendFile(dataPath(QStringLiteral("tree_append/beta_experiment.jsonl.part")),
                           root + QStringLiteral("/experiments/beta/logs/experiment.jsonl")));
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() &&
                                     finished.last().first().value<ImportReport>().totals.imported >
                                         0,
                                 5000);
        qInfo("appended lines imported %lld ms after the write", timer.elapsed());
        // Four new events and the line that was pending (the run's last, completed now).
        QCOMPARE(finished.last().first().value<ImportReport>().totals.imported, 5);
        controller.stopWatching();
    }

    void tokensView() {
        DatabaseWorker worker;
        worker.setDatabasePath(m_dbPath);
        TokensView view(&worker);
        view.setPrices(PriceTable::defaults());
        view.resize(1200, 900);
        QSignalSpy updated(&view, &TokensView::updated);
        view.show();
        QVERIFY(updated.wait(5000));
        // Steps of the sample project, stacked by component.
        QCOMPARE(view.byStep()->table()->rowCount(), 3);
        QCOMPARE(view.byModel()->table()->rowCount(), 3);
        // The donut: calls without a breakdown are their own slice.
        QTableWidget* comps = view.components()->table();
        QCOMPARE(comps->rowCount(), 6);
        QCOMPARE(comps->item(4, 0)->text(), QStringLiteral("no breakdown"));
        QCOMPARE(comps->item(4, 1)->text(), QStringLiteral("8,558"));
        // Exports.
        QTemporaryDir out;
        QVERIFY(view.byModel()->exportPng(out.filePath(QStringLiteral("m.png"))));
        QVERIFY(view.byModel()->exportSvg(out.filePath(QStringLiteral("m.svg"))));
        QVERIFY(view.byModel()->exportCsv(out.filePath(QStringLiteral("m.csv"))));
        QFile csv(out.filePath(QStringLiteral("m.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // header + 3 models
        QVERIFY(lines.at(0).startsWith("Key,Calls,system"));
        QFile svg(out.filePath(QStringLiteral("m.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    void costsViewBudgetsAndVariance() {
        DatabaseWorker worker;
        worker.setDatabasePath(m_dbPath);
        CostsView view(&worker);
        BudgetLimits limits;
        limits.daily = 1;
        limits.monthly = 10;
        limits.timeZone = "Europe/Berlin";
        view.resize(1200, 900);
        QSignalSpy updated(&view, &CostsView::updated);
        view.setSettings(limits, PriceTable::defaults());
        view.show();
        QVERIFY(updated.wait(5000));
        QCOMPARE(view.gauges().size(), 2);
        QCOMPARE(view.gauges().at(0)->status().range.period, BudgetPeriod::Daily);
        // Every run of the sample costs something, from exactly one source.
        QTableWidget* runs = view.perRun()->table();
        QCOMPARE(runs->rowCount(), 7);
        double sum = 0;
        for (int r = 0; r < runs->rowCount(); ++r)
            sum += runs->item(r, 1)->text().toDouble();
        QVERIFY(qAbs(sum - 1.100287) < 1e-6);
        // The one record whose variance disagrees is flagged.
        QTableWidget* variance = view.variance()->table();
        int flagged = 0;
        for (int r = 0; r < variance->rowCount(); ++r) {
            if (!variance->item(r, 6)->text().isEmpty()) {
                ++flagged;
                QCOMPARE(variance->item(r, 0)->text(), QStringLiteral("run-19c6e4"));
            }
        }
        QCOMPARE(flagged, 1);
        QVERIFY(view.coverageText().contains(QLatin1String("$1.1003")));
    }

    // The Costs view's "Cost by model" is the ledger's: a record's breakdown
    // charged to the models whose calls made each step.
    void costsViewSplitsRecordsAcrossModels() {
        TempDatabase t;
        QVERIFY(t.ok);
        for (const char* f : {"events.jsonl", "calls.jsonl", "costs.jsonl"})
            QCOMPARE(t.import({dataPath(QStringLiteral("cost_split/") + QLatin1String(f))})
                         .totals.rejected,
                     0);
        QFile file(dataPath(QStringLiteral("cost_split/prices.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<PriceTable> prices = PriceTable::fromJson(file.readAll(), &error);
        QVERIFY2(prices, qPrintable(error));
        DatabaseWorker worker;
        worker.setDatabasePath(t.path());
        CostsView view(&worker);
        view.resize(1200, 900);
        QSignalSpy updated(&view, &CostsView::updated);
        view.setSettings(BudgetLimits(), *prices);
        view.show();
        QVERIFY(updated.wait(5000));
        QHash<QString, QString> shown;
        const QTableWidget* table = view.byModel()->table();
        for (int r = 0; r < table->rowCount(); ++r)
            shown.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
        QHash<QString, QString> ledger;
        for (const CostRow& r :
             CostLedger(t.db.connection(), *prices).by(QStringLiteral("model"), {}, &error))
            ledger.insert(r.key, QString::number(r.usd, 'f', 6));
        QCOMPARE(shown, ledger);
        QCOMPARE(shown.value(QStringLiteral("claude-haiku-3.5")), QStringLiteral("0.200000"));
        QCOMPARE(shown.size(), 5);
    }

    void reproducibilityView() {
        AppSettings settings(m_dir.filePath(QStringLiteral("repro.ini")));
        DatabaseWorker worker;
        worker.setDatabasePath(m_dbPath);
        ReproducibilityView view(&worker, settings);
        view.setDatabasePath(m_dbPath);
        view.resize(1100, 800);
        view.show();
        QSignalSpy loaded(&view, &ReproducibilityView::loaded);
        Database db;
        QVERIFY(db.open(m_dbPath));
        view.showRun(scalar(db, QStringLiteral("SELECT id FROM runs WHERE run_id = 'run-19c6e4'")),
                     QStringLiteral("run-19c6e4"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view.dataTable()->rowCount(), 3);
        QSignalSpy verified(&view, &ReproducibilityView::verificationFinished);
        QVERIFY(view.verify(VerifyScope::runs({view.runKey()})));
        QVERIFY(view.isVerifying());
        QVERIFY(!view.verify(VerifyScope::all())); // one at a time
        QVERIFY(verified.wait(10000));
        const VerifySummary summary = verified.first().first().value<VerifySummary>();
        QCOMPARE(summary.totals.total(), 4);    // three data files and config.yaml
        QCOMPARE(summary.totals.problems(), 1); // survey-responses.csv was edited
        QCOMPARE(summary.runs, 1);
        QVERIFY(loaded.wait(5000));
        int mismatches = 0;
        for (int r = 0; r < view.dataTable()->rowCount(); ++r) {
            const QTableWidgetItem* status = view.dataTable()->item(r, 1);
            const bool mismatch = status->text() == QLatin1String("mismatch");
            mismatches += mismatch;
            // Red for a mismatch, green for a match.
            QCOMPARE(status->foreground().color(),
                     mismatch ? QColor(0xd6, 0x45, 0x45) : QColor(0x2e, 0x9e, 0x5b));
        }
        QCOMPARE(mismatches, 1);
        QCOMPARE(view.outputTable()->item(0, 0)->text(), QStringLiteral("config"));
        QCOMPARE(view.outputTable()->item(0, 2)->text(), QStringLiteral("ok"));
        // The same file recorded with two hashes across the experiment's runs.
        QCOMPARE(view.driftTable()->rowCount(), 1);
    }

    // Runs → Verify Selected Runs, Verify Experiment and Verify All Runs on
    // tests/data/verify: the totals of EXPECTED.json (those runledger-cli
    // verify prints) in the view and the status bar, each file stored with
    // the time it was checked, the problems listed.
    void verifySelectionExperimentAndAll() {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("verify"));
        QVERIFY(copyTree(dataPath(QStringLiteral("verify")), root));
        const QString dbPath = dir.filePath(QStringLiteral("verify.sqlite"));
        Database db;
        QVERIFY(db.open(dbPath));
        QCOMPARE(Importer(db).importPaths({root}).totals.rejected, 0);
        const QJsonObject expected = readJson(dataPath(QStringLiteral("EXPECTED.json")))
                                         .value(QStringLiteral("verify"))
                                         .toObject();
        AppSettings settings(dir.filePath(QStringLiteral("verify.ini")));
        MainWindow window(settings);
        QSignalSpy shown(&window, &MainWindow::runsShown);
        QVERIFY(window.openDatabase(dbPath));
        QVERIFY(shown.wait(5000));
        ReproducibilityView* view = window.reproducibility();
        QSignalSpy finished(view, &ReproducibilityView::verificationFinished);
        for (const QJsonValue v : expected.value(QStringLiteral("scopes")).toArray()) {
            const QJsonObject scope = v.toObject();
            QAction* action = nullptr;
            if (scope.contains(QStringLiteral("runs"))) {
                QList<qint64> keys;
                for (const QJsonValue run : scope.value(QStringLiteral("runs")).toArray())
                    keys << resolveRun(db.connection(), run.toString()).key;
                selectRuns(window, keys);
                action = window.findChild<QAction*>(QStringLiteral("verifySelectedRuns"));
            } else if (scope.contains(QStringLiteral("experiment"))) {
                // The selected run's experiment ("All experiments" is chosen).
                window.browser()->selectRun(
                    resolveRun(db.connection(), QStringLiteral("exp-c3a500/run-c30001")).key);
                action = window.findChild<QAction*>(QStringLiteral("verifyExperiment"));
            } else {
                action = window.findChild<QAction*>(QStringLiteral("verifyAllRuns"));
            }
            QVERIFY(action);
            const qint64 startUs = QDateTime::currentMSecsSinceEpoch() * 1000;
            finished.clear();
            action->trigger();
            QVERIFY(!action->isEnabled()); // until it is done
            QVERIFY(finished.wait(10000));
            QVERIFY(action->isEnabled());
            const VerifySummary s = finished.first().first().value<VerifySummary>();
            const QJsonObject totals = scope.value(QStringLiteral("totals")).toObject();
            for (const VerifyStatus status : kVerifyStatuses)
                QCOMPARE(s.totals.count(status), totals.value(verifyStatusName(status)).toInt());
            QCOMPARE(s.runs, scope.value(QStringLiteral("runs_verified")).toInt());
            QVERIFY(!s.cancelled);
            QCOMPARE(window.statusBar()->currentMessage(), view->summaryText());
            QCOMPARE(view->problemsTable()->rowCount(), s.totals.problems());
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM verification_results "
                                               "WHERE verified_at_us >= %1")
                                    .arg(startUs)),
                     s.totals.total());
        }
        QCOMPARE(view->summaryText(),
                 QStringLiteral("12 files verified (5 runs): 7 ok, 2 mismatch, 1 missing, "
                                "1 unreadable, 1 invalid checksum."));
        // Each run shows when its files were last verified.
        window.show();
        window.browser()->selectRun(
            resolveRun(db.connection(), QStringLiteral("exp-d4b600/run-d40001")).key);
        QTRY_COMPARE(view->dataTable()->rowCount(), 1);
        QCOMPARE(view->dataTable()->item(0, 0)->text(), QStringLiteral("data/input.txt"));
        QVERIFY(!view->dataTable()->item(0, 4)->text().isEmpty());
        // Nothing selected: nothing verified, and the status bar says why.
        window.browser()->table()->clearSelection();
        window.browser()->table()->setCurrentIndex(QModelIndex());
        window.verifySelectedRuns();
        QVERIFY(!view->isVerifying());
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Select one or more runs to verify."));
    }

    // A selection of thousands of runs: the window keeps responding while
    // they are verified, Cancel stops within moments, and what was verified
    // stays stored and counted.
    void verifyThousandsOfRunsThenCancel() {
        QTemporaryDir dir;
        const QString exp = dir.filePath(QStringLiteral("experiments/bulk"));
        QVERIFY(QDir().mkpath(exp + QStringLiteral("/data")));
        QFile big(exp + QStringLiteral("/data/big.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.write(QByteArray(8 << 20, 'x')) == (8 << 20));
        big.close();
        const QString sum = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(8 << 20, 'x'), QCryptographicHash::Sha256).toHex());
        constexpr int kRuns = 2000;
        for (int i = 0; i < kRuns; ++i) {
            const QDateTime start =
                QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
            const QString folder = exp + QStringLiteral("/outputs/") +
                                   start.toString(QStringLiteral("yyyyMMdd_HHmmss"));
            QVERIFY(QDir().mkpath(folder));
            QFile meta(folder + QStringLiteral("/metadata.json"));
            QVERIFY(meta.open(QIODevice::WriteOnly));
            meta.write(
                QStringLiteral(
                    R"({"metadata_version": "1.0", "generation": {"experiment_id": "exp-bulk", "run_id": "run-%1", "timestamp_start": "%2"}, "data_sources": {"files": ["data/big.bin"], "checksums": {"data/big.bin": "sha256:%3"}}})")
                    .arg(i)
                    .arg(start.toString(Qt::ISODate), sum)
                    .toUtf8());
        }
        const QString dbPath = dir.filePath(QStringLiteral("bulk.sqlite"));
        Database db;
        QVERIFY(db.open(dbPath));
        QCOMPARE(Importer(db).importPaths({exp}).totals.imported, kRuns);
        AppSettings settings(dir.filePath(QStringLiteral("bulk.ini")));
        MainWindow window(settings);
        window.show();
        QSignalSpy shown(&window, &MainWindow::runsShown);
        QVERIFY(window.openDatabase(dbPath));
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.last().first().toInt(), kRuns);
        window.browser()->table()->selectAll();
        ReproducibilityView* view = window.reproducibility();
        QSignalSpy finished(view, &ReproducibilityView::verificationFinished);
        QElapsedTimer clock;
        clock.start();
        window.findChild<QAction*>(QStringLiteral("verifySelectedRuns"))->trigger();
        const qint64 startMs = clock.elapsed();
        QVERIFY(view->isVerifying());
        // The event loop's longest pause while verifying, on a 10 ms timer.
        qint64 longest = 0, last = clock.elapsed();
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&]() {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(view->progressBar()->value() >= 20, 20000);
        QTest::qWait(500);
        tick.stop();
        QVERIFY(finished.isEmpty());
        clock.restart();
        view->cancelVerification();
        QVERIFY(finished.wait(5000));
        const qint64 cancelMs = clock.elapsed();
        qInfo("%d runs selected and started in %lld ms; longest event-loop pause %lld ms; "
              "cancel took %lld ms",
              kRuns, startMs, longest, cancelMs);
        QVERIFY2(startMs < 500, "starting must not wait for the database");
        QVERIFY2(longest < 500, "the window stalled while verifying");
        QVERIFY(cancelMs < 2000);
        const VerifySummary s = finished.first().first().value<VerifySummary>();
        QVERIFY(s.cancelled);
        QCOMPARE(s.filesTotal, kRuns);
        QVERIFY(s.totals.total() >= 20 && s.totals.total() < kRuns);
        QCOMPARE(s.totals.count(VerifyStatus::Ok), s.totals.total());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM verification_results")),
                 s.totals.total());
        QVERIFY(view->summaryText().startsWith(QLatin1String("Verification cancelled after")));
    }

    void compareDialog() {
        Database db;
        QVERIFY(db.open(m_dbPath));
        QString error;
        QList<RunFacts> facts;
        for (const char* id : {"run-a81e07", "run-3f9b52", "run-c04d7a"})
            facts << RunComparison::facts(
                db.connection(),
                scalar(db, QStringLiteral("SELECT id FROM runs WHERE run_id = '%1'")
                               .arg(QLatin1String(id))),
                &error);
        CompareDialog dialog(RunComparison::compare(facts));
        const int differing = dialog.table()->rowCount();
        QCOMPARE(dialog.table()->columnCount(), 3);
        dialog.setDifferencesOnly(false);
        QVERIFY(dialog.table()->rowCount() > differing);
        dialog.setTransposed(true);
        QCOMPARE(dialog.table()->rowCount(), 3);
        QVERIFY(dialog.markdown().startsWith(QLatin1String("| |")));
    }

    void reportDialogSaves() {
        Database db;
        QVERIFY(db.open(m_dbPath));
        QString error;
        const QJsonObject report =
            ReportBuilder(db.connection(), PriceTable::defaults(), BudgetLimits())
                .build(resolveRun(db.connection(), QStringLiteral("run-a81e07")).key,
                       QDateTime::currentDateTimeUtc(), &error);
        ReportDialog dialog(report);
        for (const char* format : {"md", "html", "pdf", "json"}) {
            const QString path = m_dir.filePath(QStringLiteral("report.") + QLatin1String(format));
            QCOMPARE(dialog.save(path, QLatin1String(format)), QString());
            QVERIFY(QFileInfo(path).size() > 100);
            QVERIFY(QFileInfo::exists(path + QStringLiteral(".sha256")));
        }
    }

    void settingsPersist() {
        const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings s(ini);
            QCOMPARE(s.timeDisplay(), TimeDisplay::Local);
            QCOMPARE(s.theme(), Theme::System);
            s.setDatabasePath(QStringLiteral("/tmp/x.sqlite"));
            s.setTimeDisplay(TimeDisplay::Utc);
            s.setTheme(Theme::Dark);
            for (int i = 0; i < AppSettings::kMaxRecent + 3; ++i)
                s.addRecentDatabase(QStringLiteral("/tmp/db%1.sqlite").arg(i));
            s.addRecentDatabase(QStringLiteral("/tmp/db5.sqlite"));
            s.setUiState(QStringLiteral("geometry"), QByteArray("abc"));
            s.sync();
        }
        AppSettings s(ini);
        QCOMPARE(s.databasePath(), QStringLiteral("/tmp/x.sqlite"));
        QCOMPARE(s.timeDisplay(), TimeDisplay::Utc);
        QCOMPARE(s.theme(), Theme::Dark);
        const QStringList recent = s.recentDatabases();
        QCOMPARE(recent.size(), AppSettings::kMaxRecent);
        QCOMPARE(recent.first(), QStringLiteral("/tmp/db5.sqlite"));
        QCOMPARE(recent.count(QStringLiteral("/tmp/db5.sqlite")), 1);
        QCOMPARE(s.uiState(QStringLiteral("geometry")), QByteArray("abc"));
    }

    void mainWindowShowsRuns() {
        AppSettings settings(m_dir.filePath(QStringLiteral("window.ini")));
        MainWindow window(settings);
        QSignalSpy shown(&window, &MainWindow::runsShown);
        QSignalSpy counts(&window, &MainWindow::countsUpdated);
        QVERIFY(window.openDatabase(m_dbPath));
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.last().first().toInt(), 7);
        if (counts.isEmpty())
            QVERIFY(counts.wait(5000));
        QVERIFY(!window.showingEmptyState());
        // An empty database shows the empty state.
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        QVERIFY(counts.wait(5000));
        QVERIFY(window.showingEmptyState());
    }

    // Each catalogue in translations/ is embedded and switches the window,
    // the core's vocabulary, plurals and number formats; English comes back.
    void languagesSwitchTheWindow_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("exceeded");
        QTest::addColumn<QString>("twoRuns");
        QTest::addColumn<QString>("money");
        QTest::addColumn<QString>("qtCancel");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei")
                                << QStringLiteral("überschritten") << QStringLiteral("2 Läufe")
                                << QStringLiteral("1.234,50\u00a0$") << QStringLiteral("Abbrechen");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("&Fichier")
                                << QStringLiteral("dépassé") << QStringLiteral("2 exécutions")
                                << QStringLiteral("1\u202f234,50\u00a0$")
                                << QStringLiteral("Annuler");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File")
                                 << QStringLiteral("exceeded") << QStringLiteral("2 runs")
                                 << QStringLiteral("$1,234.50") << QStringLiteral("Cancel");
    }

    void languagesSwitchTheWindow() {
        QFETCH(QString, code);
        QFETCH(QString, fileMenu);
        QFETCH(QString, exceeded);
        QFETCH(QString, twoRuns);
        QFETCH(QString, money);
        QFETCH(QString, qtCancel);
        const QDir catalogues(sourcePath(QStringLiteral("translations")));
        QVERIFY(catalogues.exists(QStringLiteral("runledger_%1.ts").arg(code)));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/runledger_%1.qm").arg(code)));
        QVERIFY(Language::apply(code));
        AppSettings settings(m_dir.filePath(QStringLiteral("language.ini")));
        {
            MainWindow window(settings);
            QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
        }
        QCOMPARE(DisplayNames::budgetStatus(BudgetStatus::Exceeded), exceeded);
        QCOMPARE(QCoreApplication::translate("runledger::MainWindow", "%Ln run(s)", nullptr, 2),
                 twoRuns);
        if (code != QLatin1String("en"))
            QCOMPARE(TimeFormat::money(1234.5), money);
        // Qt's own strings follow (qtbase catalogue).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
        QVERIFY(Language::apply(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(TimeFormat::money(1234.5), QStringLiteral("$1,234.50"));
    }

    // Everything the importer says about bad input follows the language:
    // every reason, note and skip reason of the fixtures differs between an
    // English and a German import, and a few read as they should.
    void importReasonsFollowTheLanguage() {
        auto collect = [this](const QString& code) {
            Language::apply(code);
            QTemporaryDir dir;
            Database db;
            [&] {
                QVERIFY(db.open(dir.filePath(QStringLiteral("reasons.sqlite"))));
            }();
            Importer importer(db);
            QStringList texts;
            for (const QString& name :
                 QDir(sourcePath(QStringLiteral("tests/data")))
                     .entryList({QStringLiteral("*.json*"), QStringLiteral("*.bin")}, QDir::Files,
                                QDir::Name)) {
                if (name == QLatin1String("EXPECTED.json"))
                    continue;
                const ImportReport r = importer.importPaths({dataPath(name)});
                for (const FileReport& f : r.files) {
                    for (const RejectedLine& line : f.rejectedLines)
                        texts
                            << QStringLiteral("%1:%2 %3").arg(name).arg(line.line).arg(line.reason);
                    for (const QString& note : f.notes)
                        texts << name + QLatin1Char(' ') + note;
                    if (!f.skipReason.isEmpty())
                        texts << name + QLatin1Char(' ') + f.skipReason;
                }
            }
            return texts;
        };
        const QStringList english = collect(QStringLiteral("en"));
        const QStringList german = collect(QStringLiteral("de"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(english.size() > 20);
        QCOMPARE(german.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i)
            QVERIFY2(german.at(i) != english.at(i), qPrintable(english.at(i)));
        QVERIFY(english.contains(QStringLiteral("events_bad_lines.jsonl:8 invalid UTF-8")));
        QVERIFY(german.contains(QStringLiteral("events_bad_lines.jsonl:8 ungültiges UTF-8")));
        QVERIFY2(german.contains(QStringLiteral(
                     "events_bad_lines.jsonl:13 Feld \u201etimestamp\u201c hat den falschen Typ "
                     "(erwartet: eine Zeichenkette, erhalten: eine Zahl)")),
                 qPrintable(german.join(QLatin1Char('\n'))));
    }

    void languageChoicesInSettings() {
        AppSettings settings(m_dir.filePath(QStringLiteral("choices.ini")));
        QCOMPARE(settings.language(), QString());
        SettingsDialog dialog(settings);
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentData().toString(), QString());
        combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
        dialog.save();
        QCOMPARE(AppSettings(m_dir.filePath(QStringLiteral("choices.ini"))).language(),
                 QStringLiteral("fr"));
        // Opened on another database (the sample project), Settings shows it
        // and keeps the configured database unless the field is edited.
        const QString configured = settings.databasePath();
        SettingsDialog onSample(settings, nullptr, m_dbPath);
        auto* edit = onSample.findChild<QLineEdit*>(QStringLiteral("databaseEdit"));
        QVERIFY(edit);
        QCOMPARE(edit->text(), m_dbPath);
        QVERIFY(!onSample.databaseChanged());
        onSample.save();
        QCOMPARE(settings.databasePath(), configured);
        edit->setText(m_dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY(onSample.databaseChanged());
        onSample.save();
        QCOMPARE(settings.databasePath(), m_dir.filePath(QStringLiteral("other.sqlite")));
    }

    // The price table exported from Settings is what `costs --prices` reads,
    // and an exported table imports back.
    void priceTableExportAndImport() {
        AppSettings settings(m_dir.filePath(QStringLiteral("prices.ini")));
        SettingsDialog dialog(settings);
        QString error;
        const QString exported = m_dir.filePath(QStringLiteral("exported-prices.json"));
        QVERIFY2(dialog.exportPrices(exported, &error), qPrintable(error));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const std::optional<PriceTable> back = PriceTable::fromJson(f.readAll(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->entries(), PriceTable::defaults().entries());
        QProcess cli;
        cli.start(QStringLiteral(RUNLEDGER_CLI_PATH),
                  {QStringLiteral("--db"), m_dbPath, QStringLiteral("costs"),
                   QStringLiteral("--prices"), exported, QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        // Importing replaces the rows shown; saving stores them.
        QVERIFY2(dialog.importPrices(dataPath(QStringLiteral("cost_split/prices.json")), &error),
                 qPrintable(error));
        QCOMPARE(dialog.priceTable().entries().size(), 4);
        QVERIFY(!dialog.importPrices(dataPath(QStringLiteral("cost_split/costs.jsonl")), &error));
        QVERIFY(error.contains(QLatin1String("is not a price table")));
        QCOMPARE(dialog.priceTable().entries().size(), 4); // unchanged by the failed import
        dialog.save();
        QCOMPARE(AppSettings(m_dir.filePath(QStringLiteral("prices.ini"))).priceTable().entries(),
                 dialog.priceTable().entries());
    }

    // A language change rebuilds the window: the new one takes over the
    // database, tab, selected run and watched folder.
    void rebuiltWindowResumesTheSession() {
        AppSettings settings(m_dir.filePath(QStringLiteral("session.ini")));
        MainWindow::Session session;
        {
            MainWindow window(settings);
            QSignalSpy shown(&window, &MainWindow::runsShown);
            QVERIFY(window.openDatabase(m_dbPath));
            QVERIFY(shown.wait(5000));
            Database db;
            QVERIFY(db.open(m_dbPath));
            const qint64 failed =
                scalar(db, QStringLiteral("SELECT id FROM runs WHERE status = 'failed'"));
            QVERIFY(failed > 0);
            window.browser()->selectRun(failed);
            window.detailTabs()->setCurrentIndex(3);
            window.imports()->watchFolder(m_dir.path());
            session = window.session();
            QCOMPARE(session.selectedRun, failed);
            QCOMPARE(session.watchedFolder, m_dir.path());
            window.close();
        }
        MainWindow rebuilt(settings);
        QSignalSpy shown(&rebuilt, &MainWindow::runsShown);
        rebuilt.resume(session);
        QVERIFY(shown.wait(5000));
        QCOMPARE(rebuilt.databasePath(), m_dbPath);
        QCOMPARE(rebuilt.detailTabs()->currentIndex(), 3);
        QCOMPARE(rebuilt.browser()->selectedRun(), session.selectedRun);
        QCOMPARE(rebuilt.imports()->watchedFolder(), m_dir.path());
        rebuilt.imports()->stopWatching();
    }

    void aboutNamesVersionsAndLicences() {
        const QString text = AboutDialog::text(QStringLiteral("/data/a<b>.sqlite"));
        QVERIFY(text.contains(QStringLiteral("RunLedger " RUNLEDGER_VERSION)));
        QVERIFY(text.contains(QStringLiteral("/data/a&lt;b&gt;.sqlite")));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        for (const char* name : {"SQLite", "simdjson", "OpenSSL", "LGPL-3.0-only", "Apache-2.0",
                                 "<td>Qt Charts</td>", "GPL-3.0-only"})
            QVERIFY2(text.contains(QLatin1String(name)), name);
        // Run-time versions, not placeholders: SQLite's looks like 3.x.y.
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("<td>SQLite</td><td>&nbsp;3\\.\\d+\\.\\d+"))));
    }

    // File → Verify Report…: the report is verified off the UI thread and
    // every data file shown with its status; data is shown as written; a file
    // that is not a report says why.
    void verifyReportDialog() {
        auto finished = [](VerifyReportDialog& dialog) {
            QSignalSpy done(&dialog, &VerifyReportDialog::verificationFinished);
            dialog.start();
            return done.wait(20000) ? done.first() : QList<QVariant>();
        };
        VerifyReportDialog dialog(dataPath(QStringLiteral("verify_report/study one/report.json")),
                                  {});
        dialog.show();
        QCOMPARE(finished(dialog), (QList<QVariant>{true, 0}));
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("data/données d'été.csv"));
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("ok"));
        QCOMPARE(dialog.table()->item(0, 1)->foreground().color(), QColor(0x2e, 0x9e, 0x5b));
        QVERIFY(dialog.checksumText().contains(QLatin1String("matches its checksum file")));
        QCOMPARE(dialog.totalsText(), QStringLiteral("2 data files: 2 ok, 0 mismatch, 0 missing, "
                                                     "0 unreadable, 0 invalid checksum. "
                                                     "Everything verifies."));

        VerifyReportDialog hostile(dataPath(QStringLiteral("verify_report/hostile.json")), {});
        QCOMPARE(finished(hostile), (QList<QVariant>{true, 1}));
        const QTableWidgetItem* path = hostile.table()->item(0, 0);
        QCOMPARE(path->text(),
                 QStringLiteral("data/\\x1b[2Jinvoice\\u202efdp.exe<script>alert(1)</script>.csv"));
        QCOMPARE(path->toolTip(), plainToolTip(path->text()));
        QVERIFY(path->toolTip().contains(QLatin1String("&lt;script&gt;")));
        QCOMPARE(hostile.table()->item(0, 1)->text(), QStringLiteral("missing"));

        VerifyReportDialog notOurs(dataPath(QStringLiteral("verify_report/not_ours.json")), {});
        QCOMPARE(finished(notOurs), (QList<QVariant>{false, 0}));
        QCOMPARE(notOurs.table()->rowCount(), 0);

        AppSettings settings(m_dir.filePath(QStringLiteral("verify-menu.ini")));
        MainWindow window(settings);
        auto* action = window.findChild<QAction*>(QStringLiteral("verifyReportAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Verify Report…"));
    }

    // Cancel stops the hashing; closing the dialog while it hashes (Esc, its
    // Close button, the window manager's close button) cancels and deletes it
    // at once.
    void verifyReportDialogCancelsAndCloses() {
        QTemporaryDir dir;
        QJsonArray sources;
        for (int i = 0; i < 8; ++i) { // 32 GiB of holes: a minute of hashing
            const QString big = dir.filePath(QStringLiteral("big%1.bin").arg(i));
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(qint64(4) << 30));
            sources.append(QJsonObject{{QStringLiteral("path"), big},
                                       {QStringLiteral("recorded_checksum"),
                                        QString(QStringLiteral("sha256:") + QString(64, u'0'))}});
        }
        const QString report = dir.filePath(QStringLiteral("big.json"));
        QFile f(report);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("generator"),
                                           QJsonObject{{QStringLiteral("name"),
                                                        QStringLiteral("RunLedger")}}},
                                          {QStringLiteral("data_sources"), sources}})
                    .toJson());
        f.close();

        VerifyReportDialog dialog(report, {});
        QSignalSpy done(&dialog, &VerifyReportDialog::verificationFinished);
        dialog.start();
        QTest::qWait(200);
        QElapsedTimer timer;
        timer.start();
        dialog.cancel();
        QVERIFY(done.wait(5000));
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(!dialog.isRunning());
        QVERIFY2(dialog.totalsText().contains(QLatin1String("Cancelled")),
                 qPrintable(dialog.totalsText()));

        AppSettings settings(m_dir.filePath(QStringLiteral("verify-close.ini")));
        MainWindow window(settings);
        window.show();
        QPointer<VerifyReportDialog> shown = window.verifyReport(report);
        QVERIFY(shown->isVisible() && shown->isRunning());
        QTest::qWait(200);
        timer.restart();
        QVERIFY(shown->close()); // what the window manager's close button does
        QTRY_VERIFY_WITH_TIMEOUT(shown.isNull(), 5000);
        QVERIFY(timer.elapsed() < 3000);
    }

private:
    // A log big enough that an import is still reading it when Cancel arrives.
    QString bigLog() {
        const QString big = m_dir.filePath(QStringLiteral("big.jsonl"));
        if (QFileInfo::exists(big))
            return big;
        QFile out(big);
        if (!out.open(QIODevice::WriteOnly))
            return QString();
        for (int i = 0; i < 300000; ++i)
            out.write(
                QStringLiteral(
                    R"({"timestamp": "2025-10-02T09:00:00.%1Z", "level": "info", "event": "custom", "run_id": "run-%2", "payload": {"i": %3}, "message": ""})")
                    .arg(i % 1000000, 6, 10, QLatin1Char('0'))
                    .arg(i / 1000)
                    .arg(i)
                    .toUtf8() +
                '\n');
        return big;
    }

    // Selects exactly these runs in the window's run list.
    static void selectRuns(MainWindow& window, const QList<qint64>& keys) {
        QTableView* table = window.browser()->table();
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
        table->clearSelection();
        for (const qint64 key : keys) {
            const int row = window.browser()->model()->rowOfKey(key);
            table->selectionModel()->select(
                proxy->mapFromSource(window.browser()->model()->index(row, 0)),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    // The import report dialogs the controller opened on `window`; closes them
    // through their Close button.
    static int closeReports(QWidget& window) {
        int closed = 0;
        for (ImportReportDialog* d : window.findChildren<ImportReportDialog*>()) {
            if (!d->isVisible())
                continue;
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click();
            ++closed;
        }
        return closed;
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
