// SPDX-License-Identifier: MIT
// Search latencies on an imported database, measured in-process on the code
// the app and the CLI run, beside the LIKE queries that full-text search
// replaced; and what the search index and run_models cost to build and store.
// Usage: search_bench DATABASE [REPEATS]. Driven by search_benchmark.sh.
#include "storage/database.h"
#include "storage/runbrowserquery.h"
#include "storage/runmodels.h"
#include "storage/sqlitestatement.h"
#include "storage/textsearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <vector>

using namespace runledger;

namespace {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

// The median of `repeats` runs after one warm-up, in milliseconds; `count`
// receives what the last run found.
double medianMs(int repeats, const std::function<qint64()>& run, qint64* count) {
    *count = run();
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        *count = run();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

qint64 scalar(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 rows(QSqlQuery& q) {
    qint64 n = 0;
    while (q.next())
        ++n;
    return n;
}

// The run browser's text filter before full-text search: a substring of the
// run, the experiment, the run's model or an event message. `payloads` adds
// the payloads, which is what finding payload text would cost that way.
qint64 likeRuns(QSqlDatabase& db, const QString& text, bool payloads) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString events = payloads ? QStringLiteral("(ev.message LIKE ? OR ev.payload LIKE ?)")
                                    : QStringLiteral("ev.message LIKE ?");
    q.prepare(QStringLiteral("SELECT r.id FROM runs r LEFT JOIN experiments e ON e.id = "
                             "r.experiment_ref WHERE (r.run_id LIKE ? OR e.experiment_id LIKE ? "
                             "OR e.name LIKE ? OR r.model LIKE ? OR EXISTS (SELECT 1 FROM "
                             "events ev WHERE ev.run_ref = r.id AND %1)) ORDER BY r.started_us "
                             "DESC, r.id DESC")
                  .arg(events));
    const QString like = QLatin1Char('%') + text + QLatin1Char('%');
    for (int i = payloads ? 6 : 5; i > 0; --i)
        q.addBindValue(like);
    return q.exec() ? rows(q) : -1;
}

// The run list as it was read before: the same columns, one model per run,
// every cell through QtSql into the same types.
qint64 previousRunList(QSqlDatabase& db) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT r.id, r.run_id, e.experiment_id, e.name, r.status, r.model, r.cost_source, "
        "r.started_us, r.ended_us, r.duration_seconds, r.cost_usd, r.input_tokens, "
        "r.output_tokens, r.llm_calls, r.event_count + r.structured_count, r.error_count, "
        "r.warning_count, r.experiment_ref FROM runs r LEFT JOIN experiments e ON e.id = "
        "r.experiment_ref ORDER BY r.started_us DESC, r.id DESC"));
    QList<RunRow> out;
    while (q.next()) {
        RunRow r;
        r.key = q.value(0).toLongLong();
        r.runId = q.value(1).toString();
        r.experimentId = q.value(2).toString();
        r.experimentName = q.value(3).toString();
        r.status = q.value(4).toString();
        r.model = q.value(5).toString();
        r.costSource = q.value(6).toString();
        for (int i = 7; i < 11; ++i) {
            if (!q.value(i).isNull())
                i < 9 ? r.startedUs = q.value(i).toLongLong() : r.costUsd = q.value(i).toDouble();
        }
        for (int i = 11; i < 18; ++i)
            r.events += q.value(i).toLongLong();
        out.append(std::move(r));
    }
    return out.size();
}

qint64 appRuns(QSqlDatabase& db, const RunFilter& f) {
    QString error;
    const QList<RunRow> found = RunBrowserQuery::runs(db, f, &error);
    return error.isEmpty() ? found.size() : -1;
}

// Seconds to rebuild something inside a transaction that is rolled back.
double rebuildSeconds(sqlite3* db, const std::function<bool(std::string*)>& rebuild) {
    std::string error = execSql(db, "BEGIN");
    QElapsedTimer t;
    t.start();
    const bool ok = error.empty() && rebuild(&error);
    const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    execSql(db, "ROLLBACK");
    if (!ok)
        out() << "  rebuild failed: " << QString::fromStdString(error) << '\n';
    return ok ? seconds : -1;
}

void printSizes(QSqlDatabase& db) {
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    const qint64 pageSize = scalar(db, QStringLiteral("PRAGMA page_size"));
    auto bytesOf = [&](const QString& where) {
        return scalar(db, QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE ") + where);
    };
    const qint64 fts = bytesOf(QStringLiteral("name LIKE 'events_fts%' OR name LIKE "
                                              "'structured_fts%'"));
    const qint64 models = bytesOf(QStringLiteral("name = 'run_models'"));
    const double total = static_cast<double>(pages * pageSize);
    out() << QStringLiteral("database: %1 MB; search indexes %2 MB (%3% of it, +%4% over the "
                            "rest); run_models %5 MB\n")
                 .arg(total / 1e6, 0, 'f', 1)
                 .arg(static_cast<double>(fts) / 1e6, 0, 'f', 1)
                 .arg(100.0 * static_cast<double>(fts) / total, 0, 'f', 1)
                 .arg(100.0 * static_cast<double>(fts) / (total - static_cast<double>(fts)), 0, 'f',
                      1)
                 .arg(static_cast<double>(models) / 1e6, 0, 'f', 2);
}

// A value from the payload of one event, as a user would paste it from a log.
QString sample(QSqlDatabase& db, const char* event, const char* path, int offset) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT json_extract(payload, ?) FROM events WHERE event = ? AND "
                             "payload IS NOT NULL LIMIT 1 OFFSET ?"));
    q.addBindValue(QString::fromLatin1(path));
    q.addBindValue(QString::fromLatin1(event));
    q.addBindValue(offset);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("nothing-sampled");
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: search_bench DATABASE [REPEATS]\n";
        return 2;
    }
    const int repeats = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    Database database;
    if (!database.open(args.at(1), true)) {
        QTextStream(stderr) << database.error() << '\n';
        return 2;
    }
    QSqlDatabase& db = database.connection();
    out() << QStringLiteral("%1 events, %2 structured entries, %3 runs, %4 LLM calls\n")
                 .arg(scalar(db, QStringLiteral("SELECT count(*) FROM events")))
                 .arg(scalar(db, QStringLiteral("SELECT count(*) FROM structured_entries")))
                 .arg(scalar(db, QStringLiteral("SELECT count(*) FROM runs")))
                 .arg(scalar(db, QStringLiteral("SELECT count(*) FROM llm_calls")));
    printSizes(db);
    sqlite3* handle = database.handle();
    const double indexing = rebuildSeconds(handle, [&](std::string* error) {
        return execSql(handle, "INSERT INTO events_fts(events_fts) VALUES ('delete-all')")
                   .empty() &&
               execSql(handle, "INSERT INTO structured_fts(structured_fts) VALUES ('delete-all')")
                   .empty() &&
               TextSearch::indexAfter(handle, {}, error);
    });
    const double refresh = rebuildSeconds(
        handle, [&](std::string* error) { return RunModels::refresh(handle, nullptr, error); });
    out() << QStringLiteral("indexing every event and structured entry for search: %1 s; "
                            "run_models of every run: %2 s\n\n")
                 .arg(indexing, 0, 'f', 2)
                 .arg(refresh, 0, 'f', 2);

    qint64 n = 0, m = 0;
    out() << QStringLiteral("%1 %2 %3\n")
                 .arg(QStringLiteral("run list (median of %1, ms)").arg(repeats), -52)
                 .arg(QStringLiteral("now"), 14)
                 .arg(QStringLiteral("before"), 14);
    const double listNow = medianMs(
        repeats, [&] { return appRuns(db, {}); }, &n);
    const double listBefore = medianMs(
        repeats, [&] { return previousRunList(db); }, &m);
    out() << QStringLiteral("%1 %2 %3\n")
                 .arg(QStringLiteral("all runs, with every model used"), -52)
                 .arg(QStringLiteral("%1 (%2)").arg(listNow, 0, 'f', 1).arg(n), 14)
                 .arg(QStringLiteral("%1 (%2)").arg(listBefore, 0, 'f', 1).arg(m), 14);
    RunFilter byModel;
    byModel.model = QStringLiteral("gpt-4o");
    const double modelMs = medianMs(
        repeats, [&] { return appRuns(db, byModel); }, &n);
    out() << QStringLiteral("%1 %2\n\n")
                 .arg(QStringLiteral("model filter gpt-4o (any model used)"), -52)
                 .arg(QStringLiteral("%1 (%2)").arg(modelMs, 0, 'f', 1).arg(n), 14);

    struct Query {
        QString label, text;
        bool typical;
    };
    // Typical: whole words a user looks for, found in up to a few hundred
    // runs. Broad: words in thousands of runs, and a two-letter prefix of a
    // word in a third of all events, while typing.
    const QList<Query> queries = {
        {QStringLiteral("error class in a payload"), QStringLiteral("RateLimitError"), true},
        {QStringLiteral("HTTP status in a payload"), QStringLiteral("429"), true},
        {QStringLiteral("two words of a message"), QStringLiteral("connection reset"), true},
        {QStringLiteral("a call id"), sample(db, "llm_call_retry", "$.call_id", 100), true},
        {QStringLiteral("a name, without its accents"),
         QString(sample(db, "persona_created", "$.name", 5000))
             .normalized(QString::NormalizationForm_KD)
             .remove(QRegularExpression(QStringLiteral("\\p{Mn}"))),
         true},
        {QStringLiteral("broad: error code in 15% of runs"), QStringLiteral("rate_limit_error"),
         false},
        {QStringLiteral("broad: word in 25% of runs"), QStringLiteral("krakow"), false},
        {QStringLiteral("broad: typing, 2-letter prefix"), QStringLiteral("timed ou"), false},
        {QStringLiteral("broad: word in every run"), QStringLiteral("persona"), false},
    };
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("search (median of %1, ms; runs or hits)").arg(repeats), -52)
                 .arg(QStringLiteral("app runs"), 14)
                 .arg(QStringLiteral("cli search"), 14)
                 .arg(QStringLiteral("LIKE message"), 14)
                 .arg(QStringLiteral("LIKE +payload"), 14);
    double worstTypical = 0;
    for (const Query& query : queries) {
        RunFilter f;
        f.text = query.text;
        const double appMs = medianMs(
            repeats, [&] { return appRuns(db, f); }, &n);
        qint64 hits = 0, likeRows = 0, likePayloadRows = 0;
        const QString expression = TextSearch::matchExpression(query.text, false);
        const double cliMs = medianMs(
            repeats,
            [&] {
                QString error;
                return TextSearch::search(db, expression, 0, 100, &error).size();
            },
            &hits);
        const double likeMs = medianMs(
            std::min(repeats, 3), [&] { return likeRuns(db, query.text, false); }, &likeRows);
        const double likePayloadMs = medianMs(
            std::min(repeats, 3), [&] { return likeRuns(db, query.text, true); }, &likePayloadRows);
        if (query.typical)
            worstTypical = std::max({worstTypical, appMs, cliMs});
        auto cell = [](double ms, qint64 count) {
            return QStringLiteral("%1 (%2)").arg(ms, 0, 'f', 1).arg(count);
        };
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(QStringLiteral("%1: %2").arg(query.label, query.text), -52)
                     .arg(cell(appMs, n), 14)
                     .arg(cell(cliMs, hits), 14)
                     .arg(cell(likeMs, likeRows), 14)
                     .arg(cell(likePayloadMs, likePayloadRows), 14);
    }
    const bool pass = worstTypical < 50;
    out() << QStringLiteral("\ntarget: typical search under 50 ms, app and CLI: worst %1 ms  %2\n")
                 .arg(worstTypical, 0, 'f', 1)
                 .arg(pass ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    out().flush();
    return pass ? 0 : 1;
}
