// SPDX-License-Identifier: MIT
#include "storage/database.h"
#include "storage/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace runledger;

namespace {

QStringList schemaOf(QSqlDatabase& db) {
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE "
                          "'sqlite_%' ORDER BY type, name"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                   q.value(2).toString();
    return out;
}

QSqlDatabase rawConnection(const QString& name, const QString& path) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.open();
    return db;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void emptyFileReachesLatest() {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("a.sqlite"))), qPrintable(db.error()));
        QCOMPARE(Migrations::currentVersion(db.connection()), Migrations::latestVersion());
        for (const char* table :
             {"experiments", "runs", "source_files", "events", "structured_entries", "llm_calls",
              "cost_records", "cost_breakdown", "run_metadata", "run_config", "run_environment",
              "data_sources", "output_checksums", "run_messages", "rejected_lines", "run_models",
              "events_fts", "structured_fts"}) {
            QSqlQuery q(db.connection());
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                     table);
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void eachEarlierVersionReachesTheSameSchema() {
        QTemporaryDir dir;
        QStringList reference;
        {
            QSqlDatabase db =
                rawConnection(QStringLiteral("ref"), dir.filePath(QStringLiteral("ref.sqlite")));
            QCOMPARE(Migrations::migrate(db), QString());
            reference = schemaOf(db);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ref"));
        QVERIFY(!reference.isEmpty());
        for (int from = 0; from < Migrations::latestVersion(); ++from) {
            const QString name = QStringLiteral("from%1").arg(from);
            {
                QSqlDatabase db =
                    rawConnection(name, dir.filePath(name + QStringLiteral(".sqlite")));
                QCOMPARE(Migrations::migrate(db, from), QString());
                QCOMPARE(Migrations::currentVersion(db), from);
                QCOMPARE(Migrations::migrate(db), QString());
                QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
                QCOMPARE(schemaOf(db), reference);
                // Migrating again is a no-op.
                QCOMPARE(Migrations::migrate(db), QString());
            }
            QSqlDatabase::removeDatabase(name);
        }
    }

    // Version 3 fills the token rollups from the calls already stored.
    void rollupFilledFromExistingCalls() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        {
            QSqlDatabase db = rawConnection(QStringLiteral("v2"), path);
            QCOMPARE(Migrations::migrate(db, 2), QString());
            QSqlQuery q(db);
            // Two calls in one quarter hour (one without a breakdown), one in
            // the next, one before 1970 with no model or step.
            for (const char* values :
                 {"1, 1759395600000000, 'gpt-4o', 's1', 100, 10, 1, 40, 30, 20, 10",
                  "2, 1759396499000000, 'gpt-4o', 's1', 200, 20, 0, NULL, NULL, NULL, NULL",
                  "3, 1759396500000000, 'gpt-4o', 's1', 300, 30, 1, 100, 100, 50, 50",
                  "4, -1, NULL, NULL, 5, 1, 0, NULL, NULL, NULL, NULL"})
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO llm_calls(record_hash, ts_us, model, "
                                               "step, input_tokens, output_tokens, "
                                               "has_breakdown, system_tokens, data_tokens, "
                                               "instructions_tokens, other_tokens, "
                                               "total_tokens) VALUES (%1, 0)")
                                    .arg(QLatin1String(values))),
                         qPrintable(q.lastError().text()));
            QCOMPARE(Migrations::migrate(db), QString());
            QVERIFY(q.exec(QStringLiteral("SELECT bucket, model, step, calls, input, system, "
                                          "no_breakdown, with_breakdown FROM call_rollup ORDER "
                                          "BY bucket")));
            QStringList rows;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < 8; ++i)
                    cells << q.value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
            QCOMPARE(rows, QStringList({QStringLiteral("-1|||1|5|0|5|0"),
                                        QStringLiteral("1954884|gpt-4o|s1|2|300|40|200|1"),
                                        QStringLiteral("1954885|gpt-4o|s1|1|300|100|0|1")}));
            QVERIFY(q.exec(QStringLiteral("SELECT calls, input FROM call_totals WHERE model = "
                                          "'gpt-4o'")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 3);
            QCOMPARE(q.value(1).toInt(), 600);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    }

    // Version 4 fills the search indexes and the runs' models from the rows
    // already stored.
    void searchAndRunModelsFilledFromExistingRows() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        {
            QSqlDatabase db = rawConnection(QStringLiteral("v3"), path);
            QCOMPARE(Migrations::migrate(db, 3), QString());
            QSqlQuery q(db);
            for (const char* sql :
                 {"INSERT INTO runs(id, run_id, model) VALUES (1, 'run-1', 'gpt-4o')",
                  "INSERT INTO events(record_hash, ts_us, level, event, run_ref, message, "
                  "payload) VALUES (1, 10, 3, 'llm_call_failed', 1, 'call failed', "
                  "'{\"status\":503,\"error_code\":\"upstream_overloaded\"}')",
                  "INSERT INTO structured_entries(record_hash, ts_us, level, event, run_ref, "
                  "step, model, data) VALUES (2, 20, 1, 'persona generated', 1, 'validation', "
                  "'claude-haiku-3.5', '{\"persona\":\"Zoë\"}')",
                  "INSERT INTO llm_calls(record_hash, ts_us, run_ref, step, model, provider, "
                  "input_tokens, output_tokens, total_tokens, has_breakdown, cost_usd) VALUES "
                  "(3, 30, 1, 'generation', 'gpt-4o', 'openai', 100, 10, 110, 0, 0.5), "
                  "(4, 40, 1, 'validation', 'claude-haiku-3.5', 'anthropic', 50, 5, 55, 0, 0)"})
                QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
            QCOMPARE(Migrations::migrate(db), QString());
            auto count = [&](const char* sql) {
                return q.exec(QLatin1String(sql)) && q.next() ? q.value(0).toInt() : -1;
            };
            QCOMPARE(count("SELECT count(*) FROM events_fts WHERE events_fts MATCH "
                           "'\"upstream_overloaded\" 503'"),
                     1);
            QCOMPARE(count("SELECT count(*) FROM structured_fts WHERE structured_fts MATCH "
                           "'zoe'"),
                     1);
            QCOMPARE(count("SELECT count(*) FROM run_models WHERE run_ref = 1"), 2);
            QCOMPARE(count("SELECT priced_calls FROM run_models WHERE model = 'claude-haiku-3.5'"),
                     0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    }

    void newerDatabaseIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            QSqlDatabase db = rawConnection(QStringLiteral("newer"), path);
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 5)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.error().contains(QLatin1String("newer")), qPrintable(db.error()));
    }

    void notADatabase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.error().contains(path), qPrintable(db.error()));
    }

    void missingDatabaseWhenRequired() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("absent.sqlite")), true));
        QVERIFY(db.error().contains(QLatin1String("not found")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
