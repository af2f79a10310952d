// SPDX-License-Identifier: MIT
// Re-imports: appended lines, pending tails, rewritten and rotated files,
// and the incremental run aggregates against a full rebuild.
#include "domain/runderiver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace runledger;
using namespace runledger::test;

namespace {

QString runStatus(Database& db, const QString& runId) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status FROM runs WHERE run_id = ?"));
    q.addBindValue(runId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList runModelsSnapshot(Database& db) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT * FROM run_models ORDER BY run_ref, model, provider"));
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 10; ++i)
            row << q.value(i).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

QStringList runsSnapshot(Database& db) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT run_id, experiment_ref, started_us, ended_us, status, model, "
                          "llm_calls, input_tokens, output_tokens, cost_usd, cost_source, "
                          "event_count, structured_count, error_count, warning_count, "
                          "activity_first_us, activity_last_us FROM runs ORDER BY run_id"));
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 17; ++i)
            row << q.value(i).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

void checkDb(Database& db, const QJsonObject& want) {
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM experiments")),
             want.value(QStringLiteral("experiments")).toInteger());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM runs")),
             want.value(QStringLiteral("runs")).toInteger());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM events")),
             want.value(QStringLiteral("events")).toInteger());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM structured_entries")),
             want.value(QStringLiteral("structured")).toInteger());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM llm_calls")),
             want.value(QStringLiteral("llm_calls")).toInteger());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cost_records")),
             want.value(QStringLiteral("cost_records")).toInteger());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM run_metadata")),
             want.value(QStringLiteral("metadata")).toInteger());
}

} // namespace

class TestIncremental : public QObject {
    Q_OBJECT
private slots:
    void treeScenario() {
        const QJsonObject tree = readJson(dataPath(QStringLiteral("EXPECTED.json")))
                                     .value(QStringLiteral("tree"))
                                     .toObject();
        TempDatabase t;
        const QString root = t.dir.filePath(QStringLiteral("project"));
        QVERIFY(copyTree(dataPath(QStringLiteral("tree")), root));

        // Step 1: the first import of the folder.
        const QJsonObject step1 = tree.value(QStringLiteral("step1_initial_import")).toObject();
        ImportReport r1 = t.import({root});
        const QJsonObject files1 = step1.value(QStringLiteral("files")).toObject();
        qint64 wantImported = 0, wantDuplicates = 0, gotPending = 0;
        for (auto it = files1.begin(); it != files1.end(); ++it) {
            wantImported += it.value().toObject().value(QStringLiteral("imported")).toInteger();
            wantDuplicates += it.value().toObject().value(QStringLiteral("duplicates")).toInteger();
        }
        QCOMPARE(r1.totals.imported, wantImported);
        QCOMPARE(r1.totals.duplicates, wantDuplicates);
        QCOMPARE(r1.totals.rejected, 0);
        for (const FileReport& f : r1.files) {
            const QString rel = QDir(root).relativeFilePath(f.path);
            if (files1.contains(rel)) {
                QCOMPARE(kindName(f.kind),
                         files1.value(rel).toObject().value(QStringLiteral("kind")).toString());
                QCOMPARE(f.pendingBytes, files1.value(rel)
                                             .toObject()
                                             .value(QStringLiteral("pending_bytes"))
                                             .toInteger());
                gotPending += f.pendingBytes;
            }
        }
        QVERIFY(gotPending > 0);
        checkDb(t.db, step1.value(QStringLiteral("db")).toObject());
        QCOMPARE(textIndexMismatches(t.db), 0);
        const QJsonObject status1 = step1.value(QStringLiteral("run_status")).toObject();
        for (auto it = status1.begin(); it != status1.end(); ++it)
            QCOMPARE(runStatus(t.db, it.key()), it.value().toString());
        // Experiments are named after their folders.
        QCOMPARE(
            scalar(t.db, QStringLiteral(
                             "SELECT count(*) FROM experiments WHERE name IN ('alpha', 'beta')")),
            2);

        // Step 2: appends (completing the pending line) and new files.
        const QJsonObject step2 = tree.value(QStringLiteral("step2_append")).toObject();
        for (const QJsonValue v : step2.value(QStringLiteral("actions")).toArray()) {
            const QJsonObject a = v.toObject();
            const QString to = QDir(root).filePath(a.value(QStringLiteral("to")).toString());
            if (a.contains(QStringLiteral("append"))) {
                QVERIFY(appendFile(dataPath(a.value(QStringLiteral("append")).toString()), to));
            } else {
                QVERIFY(QDir().mkpath(QFileInfo(to).path()));
                QVERIFY(QFile::copy(dataPath(a.value(QStringLiteral("copy")).toString()), to));
            }
        }
        ImportReport r2 = t.import({root});
        const QJsonObject newRecords =
            step2.value(QStringLiteral("new_records_per_file")).toObject();
        qint64 want2 = 0;
        for (auto it = newRecords.begin(); it != newRecords.end(); ++it)
            want2 += it.value().toInteger();
        QCOMPARE(r2.totals.imported, want2);
        QCOMPARE(r2.totals.rejected, 0);
        for (const FileReport& f : r2.files) {
            const QString rel = QDir(root).relativeFilePath(f.path);
            QCOMPARE(f.pendingBytes, 0);
            QVERIFY2(!f.restarted, qPrintable(rel));
            if (!newRecords.contains(rel) && f.kind != FileKind::Unknown)
                QVERIFY2(f.unchanged, qPrintable(rel));
        }
        checkDb(t.db, step2.value(QStringLiteral("db")).toObject());
        const QJsonObject status2 = step2.value(QStringLiteral("run_status")).toObject();
        for (auto it = status2.begin(); it != status2.end(); ++it)
            QCOMPARE(runStatus(t.db, it.key()), it.value().toString());

        QCOMPARE(textIndexMismatches(t.db), 0);

        // Step 3: nothing new.
        const QStringList before = runsSnapshot(t.db);
        const QStringList modelsBefore = runModelsSnapshot(t.db);
        ImportReport r3 = t.import({root});
        QCOMPARE(r3.totals.imported, 0);
        QCOMPARE(r3.totals.rejected, 0);
        checkDb(t.db, step2.value(QStringLiteral("db")).toObject());
        QCOMPARE(runsSnapshot(t.db), before);

        // The incremental aggregates equal a rebuild from scratch.
        QVERIFY(t.db.connection().transaction());
        QCOMPARE(RunDeriver(t.db.connection()).rebuildAll(), QString());
        QVERIFY(t.db.connection().commit());
        QCOMPARE(runsSnapshot(t.db), before);
        QVERIFY(!modelsBefore.isEmpty());
        QCOMPARE(runModelsSnapshot(t.db), modelsBefore);
        QCOMPARE(runModelsMismatches(t.db), 0);
        QCOMPARE(textIndexMismatches(t.db), 0);
        // So do the token rollups, after three imports of the tree.
        QVERIFY(scalar(t.db, QStringLiteral("SELECT count(*) FROM call_rollup")) > 0);
        QCOMPARE(rollupMismatches(t.db), 0);
    }

    void pendingTailCompletedLater() {
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("experiment.jsonl"));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("events_partial_tail.jsonl")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        FileReport f = t.import({path}).files.first();
        QCOMPARE(f.imported, 6);
        QCOMPARE(f.pendingBytes, 198);
        QCOMPARE(f.rejected, 0);
        // Unchanged file: still pending, nothing reported twice.
        f = t.import({path}).files.first();
        QVERIFY(f.unchanged);
        QCOMPARE(f.pendingBytes, 198);
        QVERIFY(appendFile(dataPath(QStringLiteral("events_partial_tail.rest")), path));
        f = t.import({path}).files.first();
        QCOMPARE(f.imported, 1);
        QCOMPARE(f.pendingBytes, 0);
        QCOMPARE(f.rejected, 0);
        QCOMPARE(f.lines, 1);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events")), 7);
        // The completed line keeps its physical line number.
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT max(line) FROM events")), 7);
    }

    // A token usage file has no final newline: its last record imports, and
    // an append that starts with the separating newline continues cleanly.
    void unterminatedLastRecordThenAppend() {
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("token_usage.jsonl"));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("token_usage_good.jsonl")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const FileReport first = t.import({path}).files.first();
        QCOMPARE(first.pendingBytes, 0);
        const qint64 calls = scalar(t.db, QStringLiteral("SELECT count(*) FROM llm_calls"));
        QCOMPARE(calls, first.imported);
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n{\"timestamp\": \"2025-10-09T10:00:00Z\", \"event\": \"llm_call\", \"run_id\": "
                "\"run-new\", \"model\": \"gpt-4o\", \"tokens\": {\"input\": 10, \"output\": 5}, "
                "\"cost_usd\": 0.001}");
        f.close();
        const FileReport second = t.import({path}).files.first();
        QCOMPARE(second.imported, 1);
        QCOMPARE(second.duplicates, 0);
        QCOMPARE(second.rejected, 0);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM llm_calls")), calls + 1);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT line FROM llm_calls WHERE run_ref = (SELECT "
                                             "id FROM runs WHERE run_id = 'run-new')")),
                 first.lines + 1);
        QCOMPARE(rollupMismatches(t.db), 0);
    }

    // A token usage file big enough for the bulk load: its repeated records
    // are removed after the load, and the rollup counts each call once.
    void bulkTokenLoadKeepsTheRollupExact() {
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("token_usage.jsonl"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        qint64 lines = 0, repeats = 0;
        const QByteArray pad(300, 'p');
        while (out.size() < (9 << 20)) {
            const int i = static_cast<int>(lines);
            const bool breakdown = i % 3 != 0;
            const QByteArray line =
                QStringLiteral(
                    R"({"timestamp": "2025-10-0%1T%2:%3:00Z", "event": "llm_call", "run_id": "run-%4", "step": "%5", "model": "%6", "tokens": {"input": %7, "output": %8%9}, "cost_usd": 0.001, "note": "%10"})")
                    .arg(1 + i % 3)
                    .arg((i / 60) % 24, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i / 400)
                    .arg(i % 4 == 0 ? QStringLiteral("generate") : QStringLiteral("summarise"))
                    .arg(i % 5 == 0 ? QStringLiteral("gpt-4o-mini") : QStringLiteral("gpt-4o"))
                    .arg(100 + i % 50)
                    .arg(10 + i % 7)
                    .arg(
                        breakdown
                            ? QStringLiteral(
                                  R"(, "breakdown": {"system": 40, "data": 30, "instructions": 20, "other": 10})")
                            : QString())
                    .arg(QString::fromLatin1(pad))
                    .toUtf8();
            out.write(line + '\n');
            ++lines;
            if (i % 997 == 5) {
                out.write(line + '\n');
                ++lines;
                ++repeats;
            }
        }
        out.close();
        const FileReport f = t.import({path}).files.first();
        QCOMPARE(f.rejected, 0);
        QVERIFY(repeats > 10);
        QCOMPARE(f.duplicates, repeats);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT sum(calls) FROM call_rollup")), f.imported);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT sum(calls) FROM call_totals")), f.imported);
        QCOMPARE(rollupMismatches(t.db), 0);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT sum(calls) FROM run_models")), f.imported);
        QCOMPARE(runModelsMismatches(t.db), 0);
    }

    // A file rewritten with other content (or truncated) is read again from
    // the start: nothing lost, nothing doubled.
    void rewrittenFile() {
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("experiment.jsonl"));
        QFile good(dataPath(QStringLiteral("events_good.jsonl")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = good.readAll().split('\n');
        auto write = [&](int from, int to) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            for (int i = from; i < to; ++i)
                f.write(lines.at(i) + '\n');
        };
        write(0, 15);
        QCOMPARE(t.import({path}).totals.imported, 15);
        write(10, 12); // truncated to two lines already stored
        FileReport f = t.import({path}).files.first();
        QVERIFY(f.restarted);
        QCOMPARE(f.imported, 0);
        QCOMPARE(f.duplicates, 2);
        write(5, 20); // rewritten: overlap plus five new events
        f = t.import({path}).files.first();
        QCOMPARE(f.imported, 5);
        QCOMPARE(f.duplicates, 10);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events")), 20);
        // Each event indexed once for search, however often it was read.
        QCOMPARE(textIndexMismatches(t.db), 0);
    }

    // Rotation renames experiment.jsonl and starts a new one: the parts are
    // one stream, nothing is imported twice.
    void rotation() {
        TempDatabase t;
        const QString logs = t.dir.filePath(QStringLiteral("exp/logs"));
        QVERIFY(QDir().mkpath(logs));
        const QString current = logs + QStringLiteral("/experiment.jsonl");
        QFile good(dataPath(QStringLiteral("events_good.jsonl")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = good.readAll().split('\n');
        {
            QFile f(current);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 12; ++i)
                f.write(lines.at(i) + '\n');
        }
        QCOMPARE(t.import({t.dir.path()}).totals.imported, 12);
        QVERIFY(QFile::rename(current, logs + QStringLiteral("/experiment_20251002_090000.jsonl")));
        {
            QFile f(current);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 12; i < 20; ++i)
                f.write(lines.at(i) + '\n');
        }
        const ImportReport r = t.import({t.dir.path()});
        QCOMPARE(r.totals.imported, 8);
        QCOMPARE(r.totals.duplicates, 12);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events")), 20);
        QCOMPARE(
            scalar(t.db, QStringLiteral("SELECT count(*) FROM experiments WHERE name = 'exp'")), 1);
    }

    // An edit past the first 4 KiB is caught by the fingerprint of the bytes
    // before the resume point: the file is read again, nothing is lost.
    void rewriteBeyondTheHead() {
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("experiment.jsonl"));
        const QString pad(5000, QLatin1Char('p'));
        auto line = [&](int i, const QString& message) -> QByteArray {
            return QStringLiteral(
                       R"({"timestamp": "2025-10-02T09:00:0%1Z", "level": "info", "event": "custom", "run_id": "run-1", "payload": {"pad": "%2"}, "message": "%3"})")
                       .arg(i)
                       .arg(pad, message)
                       .toUtf8() +
                   '\n';
        };
        auto write = [&](const QByteArray& content) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        };
        write(line(1, QStringLiteral("one")) + line(2, QStringLiteral("two")));
        const ImportReport first = t.import({path});
        QVERIFY2(first.files.value(0).error.isEmpty(),
                 qPrintable(first.files.value(0).error + first.files.value(0).skipReason));
        QCOMPARE(first.totals.imported, 2);
        write(line(1, QStringLiteral("one")) + line(3, QStringLiteral("three, longer than two")) +
              line(4, QStringLiteral("four")));
        const FileReport f = t.import({path}).files.first();
        QVERIFY(f.restarted);
        QCOMPARE(f.rejected, 0);
        QCOMPARE(f.imported, 2);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events")), 4);
    }

    // A pass that reads nothing (the file was only touched) keeps knowing that
    // the last line had no newline, so later line numbers stay right.
    void touchKeepsTheUnterminatedTail() {
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("experiment.jsonl"));
        const QByteArray e =
            R"({"timestamp": "2025-10-02T09:00:0%1Z", "level": "info", "event": "custom", "run_id": "run-1", "payload": {}, "message": ""})";
        auto ev = [&](int i) {
            return QByteArray(e).replace("%1", QByteArray::number(i));
        };
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(ev(1) + '\n' + ev(2) + '\n' + ev(3));
        }
        QCOMPARE(t.import({path}).totals.imported, 3);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            QFile f(path); // touch: same bytes, new mtime
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.setFileTime(QDateTime::currentDateTime().addSecs(5),
                          QFileDevice::FileModificationTime);
        }
        QCOMPARE(t.import({path}).totals.imported, 0);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n" + ev(4) + "\ngarbage\n" + ev(5) + '\n');
        }
        const FileReport r = t.import({path}).files.first();
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.blank, 0);
        QCOMPARE(r.rejectedLines.size(), 1);
        QCOMPARE(r.rejectedLines.first().line, 5);
        QSqlQuery q(t.db.connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT group_concat(line) FROM (SELECT line FROM events ORDER BY line)")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1,2,3,4,6"));
    }

    // A bulk load (large file into an empty table) finds in-file repeats
    // after the fact and reports them as duplicates, like the checked path.
    void bulkLoadDeduplicates() {
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("big.jsonl"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray pad(400, 'p');
        qint64 lines = 0, repeats = 0;
        while (out.size() < (9 << 20)) {
            const int i = static_cast<int>(lines);
            const QByteArray line =
                QStringLiteral(
                    R"({"timestamp": "2025-10-02T09:%1:%2.%3Z", "level": "%4", "event": "%5", "run_id": "run-%6", "payload": {"pad": "%7"}, "message": ""})")
                    .arg((i / 60000) % 60, 2, 10, QLatin1Char('0'))
                    .arg((i / 1000) % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 1000, 3, 10, QLatin1Char('0'))
                    .arg(i % 10 == 0 ? QStringLiteral("error") : QStringLiteral("info"))
                    .arg(i % 500 == 499 ? QStringLiteral("run_completed")
                                        : QStringLiteral("custom"))
                    .arg(i / 500)
                    .arg(QString::fromLatin1(pad))
                    .toUtf8();
            out.write(line + '\n');
            ++lines;
            if (i % 1000 == 7) { // a repeat of the line just written
                out.write(line + '\n');
                ++lines;
                ++repeats;
            }
        }
        out.close();
        const FileReport f = t.import({path}).files.first();
        QCOMPARE(f.lines, lines);
        QVERIFY(repeats > 10);
        QCOMPARE(f.duplicates, repeats);
        QCOMPARE(f.imported + f.duplicates, lines);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events")), f.imported);
        const QStringList incremental = runsSnapshot(t.db);
        QVERIFY(t.db.connection().transaction());
        QCOMPARE(RunDeriver(t.db.connection()).rebuildAll(), QString());
        QVERIFY(t.db.connection().commit());
        QCOMPARE(runsSnapshot(t.db), incremental);
        QCOMPARE(runStatus(t.db, QStringLiteral("run-0")), QStringLiteral("completed"));
        // The search index holds every stored event once and no removed repeat.
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events_fts WHERE events_fts "
                                             "MATCH 'pad'")),
                 f.imported);
        QCOMPARE(textIndexMismatches(t.db), 0);
        // Indexes are back after the bulk load.
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                             "'index' AND tbl_name = 'events'")),
                 1);
    }

    // A file that fails after its rows were indexed for search (here its
    // final bookkeeping) rolls the index back with the rows.
    void failedFileLeavesNoSearchRows() {
        TempDatabase t;
        QSqlQuery q(t.db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_bookkeeping AFTER UPDATE ON "
                                      "source_files BEGIN SELECT RAISE(ABORT, 'injected'); END")));
        const FileReport f =
            t.import({dataPath(QStringLiteral("events_good.jsonl"))}).files.first();
        QVERIFY2(f.error.contains(QLatin1String("injected")), qPrintable(f.error));
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events")), 0);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events_fts WHERE events_fts "
                                             "MATCH 'rate_limit_error'")),
                 0);
        QCOMPARE(textIndexMismatches(t.db), 0);
        // Once the fault is gone the same file imports and is found.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.fail_bookkeeping")));
        QCOMPARE(t.import({dataPath(QStringLiteral("events_good.jsonl"))}).totals.imported, 20);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events_fts WHERE events_fts "
                                             "MATCH 'rate_limit_error'")),
                 1);
        QCOMPARE(textIndexMismatches(t.db), 0);
    }

    // Calls appended later add their model to the run's models, as a full
    // rebuild would.
    void runModelsFollowAppendedCalls() {
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("token_usage.jsonl"));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("token_usage_good.jsonl")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(t.import({path}).totals.rejected, 0);
        auto models = [&] {
            return scalar(t.db, QStringLiteral("SELECT count(DISTINCT model) FROM run_models "
                                               "WHERE run_ref = (SELECT id FROM runs WHERE "
                                               "run_id = 'run-a81e07')"));
        };
        QCOMPARE(models(), 3);
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n{\"timestamp\": \"2025-09-14T08:07:00Z\", \"event\": \"llm_call\", \"run_id\": "
                "\"run-a81e07\", \"step\": \"validation\", \"model\": \"gpt-4o-mini\", "
                "\"tokens\": {\"input\": 10, \"output\": 5}, \"cost_usd\": 0.001}");
        f.close();
        QCOMPARE(t.import({path}).totals.imported, 1);
        QCOMPARE(models(), 4);
        QCOMPARE(runModelsMismatches(t.db), 0);
        const QStringList incremental = runModelsSnapshot(t.db);
        QVERIFY(t.db.connection().transaction());
        QCOMPARE(RunDeriver(t.db.connection()).rebuildAll(), QString());
        QVERIFY(t.db.connection().commit());
        QCOMPARE(runModelsSnapshot(t.db), incremental);
    }
};

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
