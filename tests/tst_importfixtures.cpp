// SPDX-License-Identifier: MIT
// Each fixture under tests/data imported alone into a fresh database must
// give exactly the counts and rejections tests/data/EXPECTED.json states.
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <QTest>
#include <sys/stat.h>

using namespace runledger;
using namespace runledger::test;

class TestImportFixtures : public QObject {
    Q_OBJECT
private slots:
    void fixture_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonObject files = readJson(dataPath(QStringLiteral("EXPECTED.json")))
                                      .value(QStringLiteral("files"))
                                      .toObject();
        QVERIFY(files.size() >= 18);
        for (auto it = files.begin(); it != files.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
    }

    void fixture() {
        QFETCH(QString, name);
        QFETCH(QJsonObject, expected);
        TempDatabase t;
        QVERIFY(t.ok);
        const ImportReport report = t.import({dataPath(name)});
        QCOMPARE(report.files.size(), 1);
        const FileReport& f = report.files.first();
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(kindName(f.kind), expected.value(QStringLiteral("kind")).toString());
        QCOMPARE(f.lines, expected.value(QStringLiteral("lines")).toInteger());
        QCOMPARE(f.imported, expected.value(QStringLiteral("imported")).toInteger());
        QCOMPARE(f.duplicates, expected.value(QStringLiteral("duplicates")).toInteger());
        QCOMPARE(f.rejected, expected.value(QStringLiteral("rejected")).toInteger());
        QCOMPARE(f.skipped, expected.value(QStringLiteral("skipped")).toInteger());
        QCOMPARE(f.pendingBytes, expected.value(QStringLiteral("pending_bytes")).toInteger());
        const QJsonArray rejected = expected.value(QStringLiteral("rejected_lines")).toArray();
        QCOMPARE(f.rejectedLines.size(), rejected.size());
        for (qsizetype i = 0; i < rejected.size(); ++i) {
            const QJsonObject r = rejected.at(i).toObject();
            QCOMPARE(f.rejectedLines.at(i).line, r.value(QStringLiteral("line")).toInteger());
            const QString word = r.value(QStringLiteral("reason_contains")).toString();
            QVERIFY2(f.rejectedLines.at(i).reason.contains(word, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("line %1: '%2' lacks '%3'")
                                    .arg(f.rejectedLines.at(i).line)
                                    .arg(f.rejectedLines.at(i).reason, word)));
        }
        if (f.kind == FileKind::Unknown) {
            QVERIFY(!f.skipReason.isEmpty());
            QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM source_files")), 0);
        }
        // Every rejection is also stored with its file and line.
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM rejected_lines")), f.rejected);
        QCOMPARE(rollupMismatches(t.db), 0);
        if (expected.contains(QStringLiteral("by_level"))) {
            const QJsonObject byLevel = expected.value(QStringLiteral("by_level")).toObject();
            const QString table = f.kind == FileKind::Structured
                                      ? QStringLiteral("structured_entries")
                                      : QStringLiteral("events");
            for (int level = 0; level < 4; ++level)
                QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM %1 WHERE level = %2")
                                          .arg(table)
                                          .arg(level)),
                         byLevel.value(levelName(Level(level))).toInteger());
        }
    }

    void sequences_data() {
        QTest::addColumn<QJsonObject>("sequence");
        const QJsonArray seqs = readJson(dataPath(QStringLiteral("EXPECTED.json")))
                                    .value(QStringLiteral("sequences"))
                                    .toArray();
        for (const QJsonValue v : seqs) {
            const QJsonObject s = v.toObject();
            if (s.contains(QStringLiteral("import")))
                QTest::newRow(qPrintable(s.value(QStringLiteral("name")).toString())) << s;
        }
    }

    // Several files into one database, each with its own expected result.
    void sequences() {
        QFETCH(QJsonObject, sequence);
        TempDatabase t;
        const QJsonArray files = sequence.value(QStringLiteral("import")).toArray();
        const QJsonArray results = sequence.value(QStringLiteral("results")).toArray();
        for (qsizetype i = 0; i < files.size(); ++i) {
            const ImportReport report = t.import({dataPath(files.at(i).toString())});
            const FileReport& f = report.files.first();
            const QJsonObject want = results.at(i).toObject();
            QCOMPARE(f.imported, want.value(QStringLiteral("imported")).toInteger());
            if (want.contains(QStringLiteral("duplicates")) && !f.unchanged)
                QCOMPARE(f.duplicates, want.value(QStringLiteral("duplicates")).toInteger());
            if (want.contains(QStringLiteral("rejected")))
                QCOMPARE(f.rejected, want.value(QStringLiteral("rejected")).toInteger());
        }
        const QJsonObject db = sequence.value(QStringLiteral("db")).toObject();
        if (db.contains(QStringLiteral("events")))
            QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events")),
                     db.value(QStringLiteral("events")).toInteger());
        if (db.contains(QStringLiteral("metadata")))
            QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM run_metadata")),
                     db.value(QStringLiteral("metadata")).toInteger());
    }

    // A 20 MB line between two good ones imports whole, neighbours intact.
    void hugeLine() {
        const QJsonObject spec = readJson(dataPath(QStringLiteral("EXPECTED.json")))
                                     .value(QStringLiteral("generated_at_runtime"))
                                     .toObject()
                                     .value(QStringLiteral("events_huge_line.jsonl"))
                                     .toObject();
        QFile good(dataPath(QStringLiteral("events_good.jsonl")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = good.readAll().split('\n');
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("events_huge_line.jsonl"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.at(0) + '\n');
        out.write(spec.value(QStringLiteral("line2_prefix")).toString().toUtf8());
        out.write(QByteArray(20000000, 'x'));
        out.write(spec.value(QStringLiteral("line2_suffix")).toString().toUtf8() + '\n');
        out.write(lines.at(19) + '\n');
        out.close();
        const ImportReport report = t.import({path});
        const FileReport& f = report.files.first();
        QCOMPARE(f.lines, 3);
        QCOMPARE(f.imported, 3);
        QCOMPARE(f.rejected, 0);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT max(length(payload)) FROM events")) > 20000000,
                 true);
    }

    // Lines beyond the limit are rejected without being held in memory.
    void lineOverLimitIsRejected() {
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("experiment.jsonl"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray good =
            R"({"timestamp": "2025-10-02T09:00:00Z", "level": "info", "event": "custom", "run_id": "r1", "payload": {}, "message": ""})";
        out.write(good + '\n');
        const QByteArray chunk(1 << 20, 'y');
        for (size_t i = 0; i < (Importer::kMaxLineBytes >> 20) + 2; ++i)
            out.write(chunk);
        out.write("\n");
        out.write(QByteArray(good).replace("09:00:00", "09:00:01") + '\n');
        out.close();
        const FileReport f = t.import({path}).files.first();
        QCOMPARE(f.lines, 3);
        QCOMPARE(f.imported, 2);
        QCOMPARE(f.rejected, 1);
        QCOMPARE(f.rejectedLines.first().line, 2);
        QVERIFY(f.rejectedLines.first().reason.contains(QLatin1String("longer than")));
    }

    // Second chances and edge cases found in review.
    void awkwardLines() {
        TempDatabase t;
        const QString dir = t.dir.path();
        auto write = [&](const QString& name, const QByteArray& content) -> QString {
            QFile f(dir + QLatin1Char('/') + name);
            if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
                return QString();
            return f.fileName();
        };
        const QByteArray call =
            R"({"timestamp": "2025-10-09T10:00:0%1Z", "event": "llm_call", "run_id": "run-g", "model": "gpt-4o", "tokens": {"input": 10, "output": 5}, "cost_usd": 0.001})";
        auto c = [&](int i) {
            return QByteArray(call).replace("%1", QByteArray::number(i));
        };
        // Records appended back to back without a newline.
        FileReport f =
            t.import({write(QStringLiteral("token_usage.jsonl"), c(1) + '\n' + c(2) + c(3) + '\n')})
                .files.first();
        QCOMPARE(f.imported, 3);
        QCOMPARE(f.rejected, 0);
        // NaN and Infinity, as Python's json writes them, are stored as null.
        f = t
                .import({write(
                    QStringLiteral("experiment.jsonl"),
                    R"({"timestamp": "2025-10-02T09:00:00Z", "level": "info", "event": "custom", "run_id": "r", "payload": {"score": NaN, "max": Infinity, "min": -Infinity, "text": "NaN stays"}, "message": ""})"
                    "\n")})
                .files.first();
        QCOMPARE(f.imported, 1);
        QVERIFY(f.notes.join(QLatin1Char(' ')).contains(QLatin1String("NaN")));
        QSqlQuery q(t.db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM events")) && q.next());
        QVERIFY(q.value(0).toString().contains(QLatin1String("\"score\":null")));
        QVERIFY(q.value(0).toString().contains(QLatin1String("NaN stays")));
        // Structured logs: console lines and their tracebacks are skipped, a
        // damaged fragment is rejected.
        const QByteArray entry =
            R"({"timestamp": "2025-09-20T16:41:03Z", "level": "error", "event": "generation_failed", "run_id": "run-s", "step": "x"})";
        f = t
                .import({write(
                    QStringLiteral("structured.jsonl"),
                    entry +
                        "\n2025-09-20 16:41:03 [error    ] generation_failed step=x\n"
                        "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n"
                        "ValueError: boom\nut_tokens\": 9804, \"cost_usd\": 0.042876}\n")})
                .files.first();
        QCOMPARE(f.kind, FileKind::Structured);
        QCOMPARE(f.imported, 1);
        QCOMPARE(f.skipped, 4);
        QCOMPARE(f.rejected, 1);
        QCOMPARE(f.rejectedLines.first().line, 6);
        // A first line longer than the sniffed head still reveals the kind.
        const QByteArray big =
            QByteArray("{\"timestamp\": \"2025-10-02T09:00:00Z\", \"level\": \"info\", "
                       "\"event\": \"custom\", \"run_id\": \"r2\", \"payload\": {\"blob\": \"") +
            QByteArray(70000, 'b') + QByteArray("\"}, \"message\": \"\"}");
        f = t.import({write(QStringLiteral("copy_of_run.jsonl"), big + '\n')}).files.first();
        QCOMPARE(f.kind, FileKind::Events);
        QCOMPARE(f.imported, 1);
        // A lone "{" line before JSON Lines does not make the file a JSON document.
        f = t
                .import({write(
                    QStringLiteral("odd.jsonl"),
                    "{\n" +
                        QByteArray(
                            R"({"timestamp": "2025-10-02T09:00:05Z", "level": "info", "event": "custom", "run_id": "r3", "payload": {}, "message": ""})") +
                        '\n')})
                .files.first();
        QCOMPARE(f.kind, FileKind::Events);
        QCOMPARE(f.imported, 1);
        QCOMPARE(f.rejected, 1);
    }

    // A named pipe would block an open() forever: it is refused at once.
    void pipeIsRefused() {
        TempDatabase t;
        const QString fifo = t.dir.filePath(QStringLiteral("experiment.jsonl"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const FileReport f = t.import({fifo}).files.first();
        QVERIFY(f.error.contains(QLatin1String("not a regular file")));
    }

    // Parsed values land in the right columns.
    void storedValues() {
        TempDatabase t;
        t.import({dataPath(QStringLiteral("token_usage_good.jsonl")),
                  dataPath(QStringLiteral("costs_good.jsonl")),
                  dataPath(QStringLiteral("metadata_good.json"))});
        QCOMPARE(
            scalar(t.db, QStringLiteral("SELECT count(*) FROM llm_calls WHERE has_breakdown = 0")),
            2);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM llm_calls WHERE cost_usd = 0")),
                 1);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM llm_calls WHERE input_tokens + "
                                             "output_tokens <> total_tokens")),
                 0);
        QVERIFY(scalar(t.db, QStringLiteral("SELECT count(*) FROM cost_breakdown")) > 0);
        QVERIFY(scalar(t.db, QStringLiteral("SELECT count(*) FROM run_config WHERE is_extra = 1")) >
                0);
        QVERIFY(scalar(t.db, QStringLiteral("SELECT count(*) FROM data_sources")) > 0);
        QVERIFY(scalar(t.db, QStringLiteral("SELECT count(*) FROM run_environment")) > 0);
    }

    // Cancel during a file: it rolls back whole, earlier files stay.
    void cancelRollsBackTheCurrentFile() {
        TempDatabase t;
        QCOMPARE(t.import({dataPath(QStringLiteral("events_good.jsonl"))}).totals.imported, 20);
        const QString big = t.dir.filePath(QStringLiteral("big.jsonl"));
        QFile out(big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20000; ++i)
            out.write(
                QStringLiteral(
                    R"({"timestamp": "2025-10-02T09:00:00.%1Z", "level": "info", "event": "custom", "run_id": "run-big", "payload": {"i": %2}, "message": ""})")
                    .arg(i, 6, 10, QLatin1Char('0'))
                    .arg(i)
                    .toUtf8() +
                '\n');
        out.close();
        std::atomic_bool cancel{false};
        Importer importer(t.db);
        importer.setCancelFlag(&cancel);
        importer.setProgressCallback([&](const ImportProgress& p) {
            if (p.linesDone > 0)
                cancel = true;
        });
        const ImportReport report = importer.importPaths({big});
        QVERIFY(report.cancelled);
        QVERIFY(!report.files.first().error.isEmpty());
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events")), 20);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM runs WHERE run_id = 'run-big'")),
                 0);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM source_files")), 1);
        // The next import takes the whole file.
        QCOMPARE(t.import({big}).totals.imported, 20000);
    }
};

QTEST_GUILESS_MAIN(TestImportFixtures)
#include "tst_importfixtures.moc"
