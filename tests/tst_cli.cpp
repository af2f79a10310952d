// SPDX-License-Identifier: MIT
// runledger-cli through QProcess: exit codes and JSON shapes of the contract.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace runledger::test;

namespace {

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Result cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(RUNLEDGER_CLI_PATH), args);
    Result r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("summary"), QStringLiteral("--nope")};
        QTest::newRow("import without path") << QStringList{QStringLiteral("import")};
        QTest::newRow("timeline without run") << QStringList{QStringLiteral("timeline")};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        const Result r = cli(QStringList{QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("runledger-cli"));
        QVERIFY(r.out.isEmpty());
        // With --json the caller still gets one JSON document.
        const Result j =
            cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")} + args);
        QCOMPARE(j.exitCode, 2);
        QVERIFY2(j.json().object().contains(QStringLiteral("error")), j.out.constData());
    }

    // A usage message keeps its line break; a control in what it quotes is escaped.
    void usageMessageEscapesControlsKeepsLines() {
        const Result r = cli({QStringLiteral("--db"), m_db, QStringLiteral("frob\x1b[2Jnicate")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QByteArray("runledger-cli: unknown command 'frob\\x1b[2Jnicate'\n"
                                   "Try 'runledger-cli --help'.\n"));
    }

    void version() {
        const Result r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("runledger-cli "));
    }

    void missingDatabase() {
        const Result r = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                              QStringLiteral("summary"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not found"));
        QVERIFY(r.json()
                    .object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("not found")));
    }

    void importMissingPath() {
        const Result r = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                              m_dir.filePath(QStringLiteral("nowhere")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no such file"));
    }

    void importGood() {
        const Result r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                              QStringLiteral("import"), dataPath(QStringLiteral("tree"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QVERIFY(o.value(QStringLiteral("seconds")).isDouble());
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        for (const char* key : {"files", "imported", "duplicates", "rejected", "skipped_files"})
            QVERIFY2(totals.contains(QLatin1String(key)), key);
        QVERIFY(totals.value(QStringLiteral("imported")).toInteger() > 0);
        const QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QVERIFY(!files.isEmpty());
        for (const QJsonValue v : files) {
            const QJsonObject f = v.toObject();
            for (const char* key : {"path", "kind", "lines", "imported", "duplicates", "rejected",
                                    "rejected_lines", "pending_bytes"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
        }
        // Idempotent.
        const Result again = cli({QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                                  QStringLiteral("import"), dataPath(QStringLiteral("tree"))});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json()
                     .object()
                     .value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("imported"))
                     .toInteger(),
                 0);
    }

    void importRejectedLinesExitsOne() {
        const Result r =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                 dataPath(QStringLiteral("events_bad_lines.jsonl")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject f =
            r.json().object().value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(f.value(QStringLiteral("rejected")).toInteger(), 9);
        const QJsonObject first =
            f.value(QStringLiteral("rejected_lines")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("line")).toInteger(), 4);
        QVERIFY(first.value(QStringLiteral("reason")).toString().contains(QLatin1String("JSON")));
        // Human output names file and line.
        const Result human =
            cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("h.sqlite")),
                 QStringLiteral("import"), dataPath(QStringLiteral("events_bad_lines.jsonl"))});
        QCOMPARE(human.exitCode, 1);
        QVERIFY(human.out.contains("events_bad_lines.jsonl:4: rejected: invalid JSON"));
    }

    void summaryAndRuns() {
        Result r = cli(
            {QStringLiteral("--db"), m_db, QStringLiteral("summary"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = r.json().object();
        for (const char* key : {"experiments", "runs", "events", "llm_calls", "tokens_by_model",
                                "cost_records", "cost_actual_total", "cost_estimated_total"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        const QJsonObject events = s.value(QStringLiteral("events")).toObject();
        QVERIFY(
            events.value(QStringLiteral("by_level")).toObject().contains(QStringLiteral("warn")));
        QVERIFY(events.value(QStringLiteral("by_source"))
                    .toObject()
                    .contains(QStringLiteral("structured")));

        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("runs"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray runs = r.json().array();
        QVERIFY(runs.size() >= 2);
        for (const QJsonValue v : runs) {
            const QJsonObject run = v.toObject();
            for (const char* key : {"run_id", "experiment_id", "experiment_name", "started",
                                    "ended", "duration_seconds", "status", "model", "input_tokens",
                                    "output_tokens", "cost_usd", "cost_source"})
                QVERIFY2(run.contains(QLatin1String(key)), key);
            QVERIFY(run.value(QStringLiteral("models")).isArray());
            if (!run.value(QStringLiteral("model")).isNull())
                QCOMPARE(run.value(QStringLiteral("models")).toArray().first(),
                         run.value(QStringLiteral("model")));
            QVERIFY(QStringList({QStringLiteral("completed"), QStringLiteral("failed"),
                                 QStringLiteral("running"), QStringLiteral("unknown")})
                        .contains(run.value(QStringLiteral("status")).toString()));
        }
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("runs"),
                 QStringLiteral("--experiment"), QStringLiteral("alpha"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray alpha = r.json().array();
        QVERIFY(!alpha.isEmpty() && alpha.size() < runs.size());
        for (const QJsonValue v : alpha)
            QCOMPARE(v.toObject().value(QStringLiteral("experiment_name")).toString(),
                     QStringLiteral("alpha"));

        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("runs")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("RUN"));
    }

    void timeline() {
        Result r =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("runs"), QStringLiteral("--json")});
        const QString run =
            r.json().array().first().toObject().value(QStringLiteral("run_id")).toString();
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("timeline"), run,
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray events = r.json().array();
        QVERIFY(!events.isEmpty());
        double previous = -1e18;
        for (const QJsonValue v : events) {
            const QJsonObject e = v.toObject();
            for (const char* key :
                 {"timestamp", "level", "event", "message", "payload", "offset_seconds"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            QVERIFY(e.value(QStringLiteral("offset_seconds")).toDouble() >= previous);
            previous = e.value(QStringLiteral("offset_seconds")).toDouble();
        }
        r = cli(
            {QStringLiteral("--db"), m_db, QStringLiteral("timeline"), QStringLiteral("run-nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no run"));
    }

    // An unknown --experiment is a usage error for every command that takes it.
    void unknownExperimentExits2_data() {
        QTest::addColumn<QString>("command");
        QTest::newRow("runs") << QStringLiteral("runs");
        QTest::newRow("tokens") << QStringLiteral("tokens");
    }
    void unknownExperimentExits2() {
        QFETCH(QString, command);
        const Result r = cli({QStringLiteral("--db"), m_db, command, QStringLiteral("--experiment"),
                              QStringLiteral("no-such-experiment")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QByteArray("runledger-cli: no experiment 'no-such-experiment'\n"));
        QVERIFY(r.out.isEmpty());
        const Result j = cli({QStringLiteral("--db"), m_db, command, QStringLiteral("--experiment"),
                              QStringLiteral("no-such-experiment"), QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 2);
        QCOMPARE(j.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("no experiment 'no-such-experiment'"));
    }

    // Experiments alpha and beta both have a run "1": the bare id is ambiguous
    // (exit 2, the candidates listed) for every command taking a RUN, and
    // EXPERIMENT/RUN names each, by experiment id or folder name.
    void ambiguousRunExits2() {
        const QString db = m_dir.filePath(QStringLiteral("same_run_ids.sqlite"));
        Result r = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                        dataPath(QStringLiteral("same_run_ids"))});
        QCOMPARE(r.exitCode, 0);
        const QByteArray reason = "run id '1' is ambiguous; name one of: exp-alpha/1, exp-beta/1";
        const QStringList report{QStringLiteral("--format"), QStringLiteral("md"),
                                 QStringLiteral("-o"), m_dir.filePath(QStringLiteral("r.md"))};
        for (const QStringList& command :
             {QStringList{QStringLiteral("timeline"), QStringLiteral("1")},
              QStringList{QStringLiteral("report"), QStringLiteral("1")} + report,
              QStringList{QStringLiteral("tokens"), QStringLiteral("--run"), QStringLiteral("1")},
              QStringList{QStringLiteral("verify"), QStringLiteral("--run"),
                          QStringLiteral("1")}}) {
            r = cli(QStringList{QStringLiteral("--db"), db} + command);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err, QByteArray("runledger-cli: " + reason + '\n'));
            QVERIFY(r.out.isEmpty());
            r = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--json")} + command);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(),
                     QString::fromUtf8(reason));
        }
        for (const QString& name : {QStringLiteral("exp-alpha/1"), QStringLiteral("beta/1")}) {
            r = cli({QStringLiteral("--db"), db, QStringLiteral("timeline"), name,
                     QStringLiteral("--json")});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.json().array().size(), 3);
        }
    }

    // verify over all runs, an experiment and one run of tests/data/verify:
    // the statuses and totals of EXPECTED.json (the app's figures), every
    // entry with its experiment and run.
    void verifyScopes() {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("verify"));
        QVERIFY(copyTree(dataPath(QStringLiteral("verify")), root));
        const QString db = dir.filePath(QStringLiteral("verify.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), root}).exitCode, 0);
        const QJsonObject expected = readJson(dataPath(QStringLiteral("EXPECTED.json")))
                                         .value(QStringLiteral("verify"))
                                         .toObject();
        const QJsonObject statuses = expected.value(QStringLiteral("results")).toObject();
        for (const QJsonValue v : expected.value(QStringLiteral("scopes")).toArray()) {
            const QJsonObject scope = v.toObject();
            if (scope.contains(QStringLiteral("runs")))
                continue; // one --run at a time: below
            QStringList args{QStringLiteral("--db"), db, QStringLiteral("verify"),
                             QStringLiteral("--json")};
            if (scope.contains(QStringLiteral("experiment")))
                args << QStringLiteral("--experiment")
                     << scope.value(QStringLiteral("experiment")).toString();
            const Result r = cli(args);
            QCOMPARE(r.exitCode, 1); // a mismatch and a missing file
            const QJsonObject doc = r.json().object();
            QCOMPARE(doc.value(QStringLiteral("totals")).toObject(),
                     scope.value(QStringLiteral("totals")).toObject());
            for (const QJsonValue e : doc.value(QStringLiteral("results")).toArray()) {
                const QJsonObject o = e.toObject();
                const QString run = o.value(QStringLiteral("experiment_id")).toString() +
                                    QLatin1Char('/') + o.value(QStringLiteral("run_id")).toString();
                QCOMPARE(o.value(QStringLiteral("status")).toString(),
                         statuses.value(run)
                             .toObject()
                             .value(o.value(QStringLiteral("path")).toString())
                             .toString());
            }
        }
        const Result one =
            cli({QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("--run"),
                 QStringLiteral("exp-d4b600/run-d40002"), QStringLiteral("--json")});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.json()
                     .object()
                     .value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("ok"))
                     .toInt(),
                 2); // input.txt and config.yaml
        const Result both = cli({QStringLiteral("--db"), db, QStringLiteral("verify"),
                                 QStringLiteral("--run"), QStringLiteral("run-d40002"),
                                 QStringLiteral("--experiment"), QStringLiteral("exp-d4b600")});
        QCOMPARE(both.exitCode, 2);
        const Result unknown = cli({QStringLiteral("--db"), db, QStringLiteral("verify"),
                                    QStringLiteral("--experiment"), QStringLiteral("exp-nope")});
        QCOMPARE(unknown.exitCode, 2);
    }

    // Text only in an event's payload ("Lund" in persona_created of the tree),
    // newest first, with where it came from.
    void search() {
        Result r = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"),
                        QStringLiteral("lund"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = r.json().array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject h = hits.first().toObject();
        for (const char* key :
             {"run_id", "experiment_id", "timestamp", "level", "event", "snippet", "source"})
            QVERIFY2(h.contains(QLatin1String(key)), key);
        QCOMPARE(h.value(QStringLiteral("run_id")).toString(), QStringLiteral("run-a10001"));
        QCOMPARE(h.value(QStringLiteral("experiment_id")).toString(), QStringLiteral("exp-a1f300"));
        QCOMPARE(h.value(QStringLiteral("event")).toString(), QStringLiteral("persona_created"));
        QCOMPARE(h.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
        QCOMPARE(h.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2025-10-05T09:15:04.950870+00:00"));
        QVERIFY(h.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("«Lund»")));
        const QJsonObject source = h.value(QStringLiteral("source")).toObject();
        QVERIFY(source.value(QStringLiteral("path"))
                    .toString()
                    .endsWith(QLatin1String("alpha/logs/experiment.jsonl")));
        QCOMPARE(source.value(QStringLiteral("line")).toInteger(), 2);

        // Several words must all match; --limit keeps the newest.
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"), QStringLiteral("call"),
                 QStringLiteral("001"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray both = r.json().array();
        QVERIFY(both.size() >= 2);
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"), QStringLiteral("call-001"),
                 QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 1);
        const QJsonObject newest = r.json().array().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("source")),
                 both.first().toObject().value(QStringLiteral("source")));
        QVERIFY(newest.value(QStringLiteral("timestamp")).toString() >=
                both.last().toObject().value(QStringLiteral("timestamp")).toString());

        // One run only.
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"), QStringLiteral("lund"),
                 QStringLiteral("--run"), QStringLiteral("run-b20001"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 0);

        // FTS5 syntax is plain text; nothing to search for is a usage error.
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"),
                 QStringLiteral("AND \"lund*"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().isArray());
        for (const QStringList& bad :
             {QStringList{QStringLiteral("search")},
              QStringList{QStringLiteral("search"), QStringLiteral("\"*")},
              QStringList{QStringLiteral("search"), QStringLiteral("lund"),
                          QStringLiteral("--limit"), QStringLiteral("0")},
              QStringList{QStringLiteral("search"), QStringLiteral("lund"), QStringLiteral("--run"),
                          QStringLiteral("run-nope")}}) {
            r = cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")} + bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.json().object().contains(QStringLiteral("error")));
        }

        // The human table.
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"), QStringLiteral("lund")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("TIME"));
        QVERIFY(r.out.contains("exp-a1f300/run-a10001"));
        QVERIFY(r.out.contains("1 match\n"));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
