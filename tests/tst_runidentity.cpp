// SPDX-License-Identifier: MIT
// A run is (experiment, run id): runs numbered 1, 2, 3 in each experiment,
// or named after the same start second, stay apart; token usage, which names
// no experiment, links through its folder or, failing that, its time.
#include "storage/migrations.h"
#include "storage/runlookup.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace runledger;
using namespace runledger::test;

namespace {

QString tree(const QString& relative = {}) {
    const QString root = dataPath(QStringLiteral("same_run_ids"));
    return relative.isEmpty() ? root : root + QLatin1Char('/') + relative;
}

// "experiment/run: duration calls cost" for every run, in a fixed order.
QStringList runsOf(Database& db) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT coalesce(e.experiment_id, '?') || '/' || r.run_id || ': ' || "
        "coalesce(printf('%.0f', r.duration_seconds), '-') || ' s, ' || r.llm_calls || ' calls, ' "
        "|| r.status || ', ' || coalesce(printf('%.4f', r.cost_usd), '-') FROM runs r LEFT JOIN "
        "experiments e ON e.id = r.experiment_ref ORDER BY e.experiment_id, r.run_id"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

const QStringList kExpected = {
    QStringLiteral("exp-alpha/1: 59 s, 1 calls, completed, 0.0040"),
    QStringLiteral("exp-alpha/2: 59 s, 1 calls, completed, 0.0020"),
    QStringLiteral("exp-alpha/3: 59 s, 1 calls, completed, 0.0030"),
    QStringLiteral("exp-beta/1: 59 s, 1 calls, completed, 0.0070"),
    QStringLiteral("exp-beta/2: 59 s, 2 calls, completed, 0.0025"),
    QStringLiteral("exp-beta/3: 59 s, 1 calls, failed, 0.0030"),
    QStringLiteral("exp-delta/20251103_100000: 59 s, 1 calls, failed, 0.0010"),
    QStringLiteral("exp-gamma/20251103_100000: 59 s, 1 calls, completed, 0.0010"),
};

} // namespace

class TestRunIdentity : public QObject {
    Q_OBJECT
private slots:
    void runsOfEachExperimentStayApart() {
        TempDatabase t;
        QVERIFY(t.ok);
        const ImportReport report = t.import({tree()});
        QCOMPARE(report.totals.failedFiles, 0);
        QCOMPARE(runsOf(t.db), kExpected);
        // The loose call is placed by its time and the report says so.
        bool noted = false;
        for (const FileReport& f : report.files) {
            if (f.path.endsWith(QLatin1String("loose/token_usage.jsonl")))
                noted = f.notes.join(QLatin1Char(' ')).contains(QLatin1String("(2): 1"));
        }
        QVERIFY(noted);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM runs WHERE experiment_ref "
                                             "IS NULL")),
                 0);
    }

    // Token usage first: its runs wait for their experiment, then join it,
    // even when the cost history already created the run.
    void tokenUsageBeforeItsExperiment() {
        TempDatabase t;
        QVERIFY(t.ok);
        for (const char* name : {"alpha", "beta", "gamma", "delta"})
            t.import({tree(
                QStringLiteral("experiments/%1/logs/token_usage.jsonl").arg(QLatin1String(name)))});
        // 1, 2, 3 of alpha and of beta, one id of gamma and one of delta.
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM runs")), 8);
        t.import({tree(QStringLiteral("costs.jsonl"))});
        t.import({tree()});
        QCOMPARE(runsOf(t.db), kExpected);
    }

    void namingRuns() {
        TempDatabase t;
        QVERIFY(t.ok);
        t.import({tree()});
        QSqlDatabase& db = t.db.connection();
        const RunResolution ambiguous = resolveRun(db, QStringLiteral("2"));
        QCOMPARE(ambiguous.key, 0);
        QCOMPARE(ambiguous.candidates.size(), 2);
        QVERIFY(ambiguous.error.contains(QLatin1String("exp-alpha/2, exp-beta/2")));
        const RunResolution byId = resolveRun(db, QStringLiteral("exp-beta/2"));
        QVERIFY(byId.key != 0);
        QCOMPARE(runName(db, byId.key).qualified(), QStringLiteral("exp-beta/2"));
        QCOMPARE(resolveRun(db, QStringLiteral("beta/2")).key, byId.key); // by folder name
        QCOMPARE(resolveRun(db, QStringLiteral("exp-beta/9")).key, 0);

        QProcess cli;
        cli.start(
            QStringLiteral(RUNLEDGER_CLI_PATH),
            {QStringLiteral("--db"), t.path(), QStringLiteral("timeline"), QStringLiteral("2")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("exp-alpha/2, exp-beta/2"));
        cli.start(QStringLiteral(RUNLEDGER_CLI_PATH),
                  {QStringLiteral("--db"), t.path(), QStringLiteral("--json"),
                   QStringLiteral("timeline"), QStringLiteral("exp-beta/2")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(cli.readAllStandardOutput()).array().size(), 3);
    }

    // A database of version 4 merged runs of the same id; version 5 splits
    // them, keeping verification results with the metadata they belong to.
    void migrationSplitsMergedRuns() {
        TempDatabase t;
        QVERIFY(t.ok);
        t.import({tree()});
        const QStringList before = runsOf(t.db);
        QSqlDatabase& db = t.db.connection();
        QSqlQuery q(db);
        // Fold every run into the first of its id, as version 4 stored them.
        for (const char* table : {"events", "structured_entries", "llm_calls", "cost_records"})
            QVERIFY(q.exec(QStringLiteral("UPDATE %1 SET run_ref = (SELECT min(o.id) FROM runs o, "
                                          "runs r WHERE r.id = %1.run_ref AND o.run_id = r.run_id)")
                               .arg(QLatin1String(table))));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
        QVERIFY(q.exec(QStringLiteral(
            "DELETE FROM runs WHERE id <> (SELECT min(o.id) FROM runs o WHERE o.run_id = "
            "runs.run_id)")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX runs_identity")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE runs DROP COLUMN folder_hint")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM runs")), 4);
        QCOMPARE(Migrations::migrate(db), QString());
        QCOMPARE(runsOf(t.db), before);
    }
};

QTEST_GUILESS_MAIN(TestRunIdentity)
#include "tst_runidentity.moc"
