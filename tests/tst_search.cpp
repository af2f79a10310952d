// SPDX-License-Identifier: MIT
// Every model a run used (run_models), the run browser's model filter and
// search over them, and full-text search over event messages, payloads and
// structured entries.
#include "storage/ledgerqueries.h"
#include "storage/runbrowserquery.h"
#include "storage/textsearch.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace runledger;
using namespace runledger::test;

namespace runledger {
// For QCOMPARE's messages.
char* toString(const ModelUse& m) {
    return QTest::toString(m.model + QLatin1Char(':') + QString::number(m.calls));
}
} // namespace runledger

namespace {

QStringList runIds(Database& db, const RunFilter& filter) {
    QString error;
    const QList<RunRow> rows = RunBrowserQuery::runs(db.connection(), filter, &error);
    QStringList out;
    for (const RunRow& r : rows)
        out << r.runId;
    if (!error.isEmpty())
        out << QStringLiteral("error: ") + error;
    return out;
}

QStringList runIdsWithText(Database& db, const QString& text) {
    RunFilter f;
    f.text = text;
    return runIds(db, f);
}

const RunRow* findRun(const QList<RunRow>& rows, const QString& runId) {
    for (const RunRow& r : rows) {
        if (r.runId == runId)
            return &r;
    }
    return nullptr;
}

bool writeFile(const QString& path, const QByteArray& content) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT
private slots:
    // token_usage_good.jsonl: run-a81e07 calls claude-sonnet-4 three times,
    // gpt-4o twice and claude-haiku-3.5 once, in its summary step only.
    void everyModelOfARun() {
        TempDatabase t;
        QCOMPARE(t.import({dataPath(QStringLiteral("token_usage_good.jsonl"))}).totals.rejected, 0);
        QString error;
        const QList<RunRow> rows = RunBrowserQuery::runs(t.db.connection(), {}, &error);
        QCOMPARE(error, QString());
        const RunRow* run = findRun(rows, QStringLiteral("run-a81e07"));
        QVERIFY(run);
        QCOMPARE(run->model, QStringLiteral("claude-sonnet-4"));
        const QList<ModelUse> want{{QStringLiteral("claude-sonnet-4"), 3},
                                   {QStringLiteral("gpt-4o"), 2},
                                   {QStringLiteral("claude-haiku-3.5"), 1}};
        QCOMPARE(run->models, want);

        const QJsonArray json = LedgerQueries(t.db.connection()).runs(0, &error);
        QCOMPARE(error, QString());
        QCOMPARE(json.first().toObject().value(QStringLiteral("models")).toArray(),
                 QJsonArray::fromStringList(RunModels::names(want)));

        // The model filter lists every model, and finds a run by a model
        // only one of its steps used.
        QCOMPARE(RunBrowserQuery::models(t.db.connection()),
                 QStringList({QStringLiteral("claude-haiku-3.5"), QStringLiteral("claude-sonnet-4"),
                              QStringLiteral("gpt-4o")}));
        RunFilter f;
        f.model = QStringLiteral("claude-haiku-3.5");
        QCOMPARE(runIds(t.db, f), QStringList{QStringLiteral("run-a81e07")});
        f.model = QStringLiteral("gpt-4o-mini");
        QCOMPARE(runIds(t.db, f), QStringList());
        // So does the search field.
        QCOMPARE(runIdsWithText(t.db, QStringLiteral("haiku")),
                 QStringList{QStringLiteral("run-a81e07")});
    }

    // The main model (configuration, else cost record) comes first even when
    // other models made more calls, and counts when no call used it.
    void mainModelFirst() {
        TempDatabase t;
        const QString calls = t.dir.filePath(QStringLiteral("token_usage.jsonl"));
        const QString costs = t.dir.filePath(QStringLiteral("costs.jsonl"));
        QByteArray lines;
        for (const char* model : {"model-b", "model-b", "model-a"}) {
            lines += QByteArray("{\"timestamp\": \"2025-10-01T10:00:0") +
                     QByteArray::number(lines.count('\n')) +
                     "Z\", \"event\": \"llm_call\", \"run_id\": \"run-x\", \"step\": \"s\", "
                     "\"model\": \"" +
                     model + "\", \"tokens\": {\"input\": 10, \"output\": 5}, \"cost_usd\": 0.01}" +
                     '\n';
        }
        QVERIFY(writeFile(calls, lines));
        auto costRecord = [](const char* time, const char* run, const char* model) -> QByteArray {
            return QByteArray("{\"timestamp\": \"") + time +
                   "\", \"experiment_id\": \"exp-x\", \"run_id\": \"" + run +
                   "\", \"costs\": {\"estimated_before\": 0.03, \"actual\": 0.03, "
                   "\"variance\": 0.0, \"variance_percent\": 0.0}, \"model\": \"" +
                   model +
                   "\", \"provider\": \"p\", \"tokens\": {\"input\": 30, \"output\": 15}}\n";
        };
        QVERIFY(writeFile(costs, costRecord("2025-10-01T10:01:00Z", "run-x", "model-a") +
                                     costRecord("2025-10-01T11:00:00Z", "run-y", "model-c")));
        const ImportReport r = t.import({calls, costs});
        QCOMPARE(r.totals.rejected, 0);
        QCOMPARE(r.totals.failedFiles, 0);
        QString error;
        const QList<RunRow> rows = RunBrowserQuery::runs(t.db.connection(), {}, &error);
        QCOMPARE(error, QString());
        QVERIFY(findRun(rows, QStringLiteral("run-x")));
        QCOMPARE(findRun(rows, QStringLiteral("run-x"))->models,
                 QList<ModelUse>({{QStringLiteral("model-a"), 1}, {QStringLiteral("model-b"), 2}}));
        QVERIFY(findRun(rows, QStringLiteral("run-y")));
        QCOMPARE(findRun(rows, QStringLiteral("run-y"))->models,
                 QList<ModelUse>({{QStringLiteral("model-c"), 0}}));
        QCOMPARE(RunBrowserQuery::models(t.db.connection()),
                 QStringList({QStringLiteral("model-a"), QStringLiteral("model-b"),
                              QStringLiteral("model-c")}));
        RunFilter f;
        f.model = QStringLiteral("model-c");
        QCOMPARE(runIds(t.db, f), QStringList{QStringLiteral("run-y")});
    }

    void matchExpression_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("typing");
        QTest::addColumn<QString>("expression");
        QTest::newRow("words") << "rate  limit" << false << "\"rate\" \"limit\"";
        QTest::newRow("last word a prefix while typing")
            << "rate lim" << true << "\"rate\" \"lim\"*";
        QTest::newRow("one letter is no prefix") << "rate l" << true << "\"rate\" \"l\"";
        QTest::newRow("a space ends the word") << "rate lim " << true << "\"rate\" \"lim\"";
        QTest::newRow("exact when not typing") << "rate lim" << false << "\"rate\" \"lim\"";
        QTest::newRow("quotes") << "say \"hi\"" << false << "\"say\" \"\"\"hi\"\"\"";
        QTest::newRow("operators are words") << "AND OR NOT" << true << "\"AND\" \"OR\" \"NOT\"*";
        QTest::newRow("column filter is text") << "payload:429" << false << "\"payload:429\"";
        QTest::newRow("only punctuation") << "* - \" ( ) ^" << true << "";
        QTest::newRow("emoji only") << "🙂" << false << "";
        QTest::newRow("control characters separate")
            << QStringLiteral("a\tb\nc") + QChar(0) + QStringLiteral("d") << false
            << "\"a\" \"b\" \"c\" \"d\"";
        QTest::newRow("no prefix after a dropped word") << "rate -" << true << "\"rate\"";
    }
    void matchExpression() {
        QFETCH(QString, text);
        QFETCH(bool, typing);
        QFETCH(QString, expression);
        QCOMPARE(TextSearch::matchExpression(text, typing), expression);
    }

    // events_good.jsonl: "429" and "rate_limit_error" are only in the payload
    // of one llm_call_failed event of run-0c41d9.
    void payloadOnlyText() {
        TempDatabase t;
        QCOMPARE(t.import({dataPath(QStringLiteral("events_good.jsonl"))}).totals.imported, 20);
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM events WHERE message LIKE "
                                             "'%429%' OR message LIKE '%rate%limit%'")),
                 0);
        const QStringList run{QStringLiteral("run-0c41d9")};
        QCOMPARE(runIdsWithText(t.db, QStringLiteral("429")), run);
        QCOMPARE(runIdsWithText(t.db, QStringLiteral("rate_limit_error")), run);
        QCOMPARE(runIdsWithText(t.db, QStringLiteral("RATE limit")), run);
        QCOMPARE(runIdsWithText(t.db, QStringLiteral("rate_li")), run);    // typing
        QCOMPARE(runIdsWithText(t.db, QStringLiteral("zoe clarke")), run); // no accents needed
        QCOMPARE(runIdsWithText(t.db, QStringLiteral("429 overloaded_error")), QStringList());
        QCOMPARE(runIdsWithText(t.db, QStringLiteral("nowhere")), QStringList());

        QString error;
        QList<SearchHit> hits = TextSearch::search(
            t.db.connection(), TextSearch::matchExpression(QStringLiteral("429"), false), 0, 10,
            &error);
        QCOMPARE(error, QString());
        QCOMPARE(hits.size(), 1);
        const SearchHit& h = hits.first();
        QVERIFY(!h.structured);
        QCOMPARE(h.runId, QStringLiteral("run-0c41d9"));
        QCOMPARE(h.experimentId, QStringLiteral("exp-7e7e01"));
        QCOMPARE(h.event, QStringLiteral("llm_call_failed"));
        QCOMPARE(h.level, 2);
        QCOMPARE(h.timestamp, QStringLiteral("2025-10-02T09:00:01.702118+00:00"));
        QVERIFY2(h.snippet.contains(QStringLiteral("rate_limit_error («429»)")),
                 qPrintable(h.snippet));
        QVERIFY(h.path.endsWith(QLatin1String("events_good.jsonl")));
        QCOMPARE(h.line, 9);
        // Exact words outside the app's typing: no prefix.
        hits = TextSearch::search(t.db.connection(),
                                  TextSearch::matchExpression(QStringLiteral("rate_li"), false), 0,
                                  10, &error);
        QCOMPARE(hits.size(), 0);

        // An event of neither a run nor an experiment.
        hits = TextSearch::search(t.db.connection(),
                                  TextSearch::matchExpression(QStringLiteral("webhook"), false), 0,
                                  10, &error);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().runKey, 0);
        QCOMPARE(hits.first().runId, QString());
        QCOMPARE(hits.first().experimentId, QString());
        const qint64 runKey =
            scalar(t.db, QStringLiteral("SELECT id FROM runs WHERE run_id = 'run-0c41d9'"));
        QCOMPARE(TextSearch::search(t.db.connection(), QStringLiteral(R"("webhook")"), runKey, 10,
                                    &error)
                     .size(),
                 0);
        QCOMPARE(
            TextSearch::search(t.db.connection(), QStringLiteral(R"("429")"), runKey, 10, &error)
                .size(),
            1);

        // Newest first, at most the limit.
        hits =
            TextSearch::search(t.db.connection(), QStringLiteral(R"("persona_id")"), 0, 2, &error);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).line, 16);
        QCOMPARE(hits.at(1).line, 13);
    }

    void structuredEntries() {
        TempDatabase t;
        QCOMPARE(t.import({dataPath(QStringLiteral("structured_console.jsonl"))}).totals.imported,
                 6);
        QString error;
        const QList<SearchHit> hits =
            TextSearch::search(t.db.connection(), QStringLiteral(R"("7d1f")"), 0, 10, &error);
        QCOMPARE(error, QString());
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().structured);
        QCOMPARE(hits.first().event, QStringLiteral("cache_lookup"));
        QCOMPARE(hits.first().line, 3);
        QCOMPARE(runIdsWithText(t.db, QStringLiteral("p-01:7d1f")),
                 QStringList{QStringLiteral("run-5d3c62")});
    }

    // Whatever the user types, the query runs: FTS5 syntax in the input is
    // text, never an error or an operator.
    void hostileInput_data() {
        QTest::addColumn<QString>("text");
        for (const char* text : {"\"",
                                 "a\"b",
                                 "AND",
                                 "OR NOT",
                                 "NEAR(a b)",
                                 "col:val",
                                 "payload:429",
                                 "^x",
                                 "{a b}",
                                 "*",
                                 "x*",
                                 "-x",
                                 "+",
                                 "'",
                                 "\\",
                                 "(",
                                 ")",
                                 "AND \"",
                                 "rate_limit_error (429",
                                 "%",
                                 "_",
                                 "🙂",
                                 "a\u0301",
                                 "\xef\xbf\xbd"})
            QTest::newRow(text) << QString::fromUtf8(text);
        QTest::newRow("nul") << QString(QChar(0));
    }
    void hostileInput() {
        QFETCH(QString, text);
        TempDatabase t;
        QCOMPARE(t.import({dataPath(QStringLiteral("events_good.jsonl"))}).totals.imported, 20);
        for (const QString& typed : {text, QString(text + QLatin1Char(' '))}) {
            const QStringList runs = runIdsWithText(t.db, typed);
            QVERIFY2(runs.isEmpty() || !runs.last().startsWith(QLatin1String("error")),
                     qPrintable(runs.join(QLatin1Char(','))));
        }
        const QString expression = TextSearch::matchExpression(text, false);
        if (!expression.isEmpty()) {
            QString error;
            TextSearch::search(t.db.connection(), expression, 0, 10, &error);
            QCOMPARE(error, QString());
        }
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
