// SPDX-License-Identifier: MIT
// Budget periods (zones, DST, week starts, month and year ends), price
// effective dates and aliases, coverage, variance and the one-source rule.
#include "domain/costledger.h"
#include "report/reportbuilder.h"
#include "settings/appsettings.h"
#include "storage/runlookup.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace runledger;
using namespace runledger::test;

namespace {

qint64 utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch() * 1000;
}

BudgetLimits limitsIn(const char* zone, Qt::DayOfWeek weekStart = Qt::Monday) {
    BudgetLimits l;
    l.timeZone = zone;
    l.weekStart = weekStart;
    return l;
}

void write(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QJsonObject splitExpected() {
    return readJson(dataPath(QStringLiteral("EXPECTED.json")))
        .value(QStringLiteral("cost_split"))
        .toObject();
}

QString splitPath(const QString& name) {
    return dataPath(QStringLiteral("cost_split/") + name);
}

// The cost_split fixture imported, priced with its own price table.
PriceTable importSplit(TempDatabase& t) {
    QStringList files;
    for (const QJsonValue f : splitExpected().value(QStringLiteral("files")).toArray())
        files << splitPath(f.toString());
    const ImportReport r = t.import(files);
    [&] {
        QCOMPARE(r.files.size(), 3);
        QCOMPARE(r.totals.rejected, 0);
    }();
    QFile f(splitPath(QStringLiteral("prices.json")));
    QString error;
    const std::optional<PriceTable> prices =
        f.open(QIODevice::ReadOnly) ? PriceTable::fromJson(f.readAll(), &error) : std::nullopt;
    [&] {
        QVERIFY2(prices.has_value(), qPrintable(error));
    }();
    return prices.value_or(PriceTable());
}

QHash<QString, CostRow> byKey(const QList<CostRow>& rows) {
    QHash<QString, CostRow> out;
    for (const CostRow& r : rows)
        out.insert(r.key, r);
    return out;
}

bool near(double a, double b) {
    return qAbs(a - b) < 1e-9;
}

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// runledger-cli on the test's database, with settings of its own.
CliRun cli(const TempDatabase& t, const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), t.dir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RUNLEDGER_CLI_PATH),
            QStringList{QStringLiteral("--db"), t.path()} + args);
    CliRun r;
    if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit) {
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
    }
    return r;
}

// The rows of a `costs --json` document as the ledger's rows.
QList<CostRow> rowsOf(const QJsonObject& doc) {
    QList<CostRow> out;
    for (const QJsonValue v : doc.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        CostRow r;
        r.key = o.value(QStringLiteral("key")).toString();
        r.usd = o.value(QStringLiteral("cost_usd")).toDouble();
        r.estimatedUsd = o.value(QStringLiteral("estimated_usd")).toDouble();
        r.whatIfUsd = o.value(QStringLiteral("what_if_usd")).toDouble(r.usd);
        r.items = o.value(QStringLiteral("items")).toInteger();
        r.experimentId = o.value(QStringLiteral("experiment_id")).toString();
        r.runId = o.value(QStringLiteral("run_id")).toString();
        out.append(r);
    }
    return out;
}

QStringList flat(const QList<CostRow>& rows) {
    QStringList out;
    for (const CostRow& r : rows)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(r.key)
                   .arg(r.usd, 0, 'f', 9)
                   .arg(r.estimatedUsd, 0, 'f', 9)
                   .arg(r.whatIfUsd, 0, 'f', 9)
                   .arg(r.items)
                   .arg(r.experimentId, r.runId);
    return out;
}

} // namespace

class TestCostLedger : public QObject {
    Q_OBJECT
private slots:
    void localDays_data() {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("instant");
        QTest::addColumn<QDate>("day");
        QTest::newRow("Berlin, just after local midnight")
            << QByteArray("Europe/Berlin") << "2025-09-19T22:30:00Z" << QDate(2025, 9, 20);
        QTest::newRow("Berlin, just before local midnight")
            << QByteArray("Europe/Berlin") << "2025-09-19T21:59:59Z" << QDate(2025, 9, 19);
        QTest::newRow("New York, UTC is already tomorrow")
            << QByteArray("America/New_York") << "2025-09-20T03:00:00Z" << QDate(2025, 9, 19);
        QTest::newRow("Kolkata, a half-hour offset")
            << QByteArray("Asia/Kolkata") << "2025-09-19T18:30:00Z" << QDate(2025, 9, 20);
        QTest::newRow("Kolkata, one second earlier")
            << QByteArray("Asia/Kolkata") << "2025-09-19T18:29:59Z" << QDate(2025, 9, 19);
        QTest::newRow("UTC") << QByteArray("UTC") << "2025-12-31T23:59:59Z" << QDate(2025, 12, 31);
    }
    void localDays() {
        QFETCH(QByteArray, zone);
        QFETCH(QString, instant);
        QFETCH(QDate, day);
        const BudgetCalendar c(limitsIn(zone.constData()));
        QCOMPARE(c.localDate(utc(qPrintable(instant))), day);
    }

    void dstDaysAreWholeLocalDays_data() {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("hours");
        QTest::newRow("Berlin spring forward")
            << QByteArray("Europe/Berlin") << QDate(2025, 3, 30) << 23;
        QTest::newRow("Berlin fall back")
            << QByteArray("Europe/Berlin") << QDate(2025, 10, 26) << 25;
        QTest::newRow("New York spring forward")
            << QByteArray("America/New_York") << QDate(2025, 3, 9) << 23;
        QTest::newRow("New York fall back")
            << QByteArray("America/New_York") << QDate(2025, 11, 2) << 25;
        QTest::newRow("ordinary day") << QByteArray("Europe/Berlin") << QDate(2025, 10, 27) << 24;
    }
    void dstDaysAreWholeLocalDays() {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(int, hours);
        const BudgetCalendar c(limitsIn(zone.constData()));
        const PeriodRange r = c.periodOf(BudgetPeriod::Daily, day);
        QCOMPARE((r.endUs - r.startUs) / 3600000000LL, qint64(hours));
        QCOMPARE(c.localDate(r.startUs), day);
        QCOMPARE(c.localDate(r.endUs - 1), day);
        QCOMPARE(c.localDate(r.endUs), day.addDays(1));
    }

    void periods_data() {
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("weekStart");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        const int mon = Qt::Monday, sun = Qt::Sunday;
        const int weekly = int(BudgetPeriod::Weekly), monthly = int(BudgetPeriod::Monthly);
        QTest::newRow("sunday, monday start")
            << weekly << mon << QDate(2025, 9, 21) << QDate(2025, 9, 15) << QDate(2025, 9, 21);
        QTest::newRow("sunday, sunday start")
            << weekly << sun << QDate(2025, 9, 21) << QDate(2025, 9, 21) << QDate(2025, 9, 27);
        QTest::newRow("monday, monday start")
            << weekly << mon << QDate(2025, 9, 22) << QDate(2025, 9, 22) << QDate(2025, 9, 28);
        QTest::newRow("saturday, sunday start")
            << weekly << sun << QDate(2025, 9, 20) << QDate(2025, 9, 14) << QDate(2025, 9, 20);
        QTest::newRow("week across the year end")
            << weekly << mon << QDate(2025, 12, 31) << QDate(2025, 12, 29) << QDate(2026, 1, 4);
        QTest::newRow("february") << monthly << mon << QDate(2025, 2, 28) << QDate(2025, 2, 1)
                                  << QDate(2025, 2, 28);
        QTest::newRow("leap february")
            << monthly << mon << QDate(2024, 2, 29) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("december") << monthly << mon << QDate(2025, 12, 31) << QDate(2025, 12, 1)
                                  << QDate(2025, 12, 31);
        QTest::newRow("30-day month")
            << monthly << mon << QDate(2025, 9, 1) << QDate(2025, 9, 1) << QDate(2025, 9, 30);
    }
    void periods() {
        QFETCH(int, period);
        QFETCH(int, weekStart);
        QFETCH(QDate, day);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const BudgetCalendar c(limitsIn("Europe/Berlin", Qt::DayOfWeek(weekStart)));
        const PeriodRange r = c.periodOf(BudgetPeriod(period), day);
        QCOMPARE(r.first, first);
        QCOMPARE(r.last, last);
        QCOMPARE(c.localDate(r.startUs), first);
        QCOMPARE(c.localDate(r.endUs), last.addDays(1));
    }

    void thresholds() {
        BudgetLimits l;
        QCOMPARE(statusFor(7.99, 10, l), BudgetStatus::Ok);
        QCOMPARE(statusFor(8.0, 10, l), BudgetStatus::Warning);
        QCOMPARE(statusFor(0.1 + 0.7, 1.0, l), BudgetStatus::Warning); // 0.7999999999999999
        QCOMPARE(statusFor(10.0, 10, l), BudgetStatus::Exceeded);
        l.warnThreshold = 0.5;
        l.blockThreshold = 0.9;
        QCOMPARE(statusFor(5, 10, l), BudgetStatus::Warning);
        QCOMPARE(statusFor(9, 10, l), BudgetStatus::Exceeded);
    }

    void priceEffectiveDatesAndAliases() {
        const PriceTable t({{QStringLiteral("gpt-4o"),
                             {QStringLiteral("gpt-4o-2024-08-06")},
                             2.5,
                             10,
                             QDate(2025, 1, 1)},
                            {QStringLiteral("gpt-4o"), {}, 2.0, 8.0, QDate(2025, 10, 1)},
                            {QStringLiteral("m-alias"), {QStringLiteral("m")}, 1, 1, {}},
                            {QStringLiteral("m"), {}, 5, 5, {}}});
        QCOMPARE(t.lookup(QStringLiteral("gpt-4o"), QDate(2025, 9, 30))->inputPerMillion, 2.5);
        QCOMPARE(t.lookup(QStringLiteral("gpt-4o"), QDate(2025, 10, 1))->inputPerMillion, 2.0);
        QVERIFY(!t.lookup(QStringLiteral("gpt-4o"), QDate(2024, 12, 31)));
        QCOMPARE(t.lookup(QStringLiteral("GPT-4o-2024-08-06"), QDate(2025, 5, 1))->model,
                 QStringLiteral("gpt-4o"));
        QCOMPARE(t.lookup(QStringLiteral("m"), QDate(2025, 5, 1))->inputPerMillion,
                 5.0); // exact beats alias
        QVERIFY(!t.lookup(QStringLiteral("unknown"), QDate(2025, 5, 1)));
        QCOMPARE(*t.price(QStringLiteral("gpt-4o"), QDate(2025, 5, 1), 1000000, 100000), 3.5);
        QVERIFY(!PriceTable::defaults().entries().isEmpty());
    }

    void settingsRoundTrip() {
        QTemporaryDir dir;
        AppSettings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.priceTable().entries(), PriceTable::defaults().entries());
        BudgetLimits l;
        l.daily = 5;
        l.monthly = 100;
        l.warnThreshold = 0.75;
        l.timeZone = "Europe/Berlin";
        l.weekStart = Qt::Sunday;
        s.setBudgetLimits(l);
        const PriceTable t({{QStringLiteral("a"), {QStringLiteral("b")}, 1, 2, QDate(2025, 3, 1)}});
        s.setPriceTable(t);
        s.sync();
        AppSettings again(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(again.budgetLimits(), l);
        QCOMPARE(again.priceTable().entries(), t.entries());
        again.setPriceTable(PriceTable());
        QVERIFY(again.priceTable().entries().isEmpty()); // an emptied table stays empty
    }

    // The ledger over a small project: one source per run, coverage, variance,
    // budget periods from the costs' own timestamps.
    void ledger() {
        TempDatabase t;
        QVERIFY(t.ok);
        const QString dir = t.dir.path();
        // run-a: a cost record (0.5) and calls with their own costs: the record wins.
        // run-b: calls only: one logged (0.2), one estimated, one unpriced;
        //        they straddle midnight in Berlin.
        // run-c: metadata only (0.3).
        write(
            dir + QStringLiteral("/calls.jsonl"),
            R"({"timestamp": "2025-09-19T10:00:00Z", "event": "llm_call", "run_id": "run-a", "model": "gpt-4o", "tokens": {"input": 1000, "output": 100}, "cost_usd": 0.1}
{"timestamp": "2025-09-19T10:01:00Z", "event": "llm_call", "run_id": "run-a", "model": "gpt-4o", "tokens": {"input": 1000, "output": 100}, "cost_usd": 0.1}
{"timestamp": "2025-09-19T21:30:00Z", "event": "llm_call", "run_id": "run-b", "step": "s1", "model": "gpt-4o", "tokens": {"input": 1000, "output": 100}, "cost_usd": 0.2}
{"timestamp": "2025-09-19T22:30:00Z", "event": "llm_call", "run_id": "run-b", "step": "s2", "model": "gpt-4o", "tokens": {"input": 1000000, "output": 100000}, "cost_usd": 0.0}
{"timestamp": "2025-09-19T22:40:00Z", "event": "llm_call", "run_id": "run-b", "step": "s2", "model": "mystery-model", "tokens": {"input": 500, "output": 50}, "cost_usd": 0.0})");
        write(
            dir + QStringLiteral("/costs.jsonl"),
            R"({"timestamp": "2025-09-19T10:05:00Z", "experiment_id": "exp-1", "run_id": "run-a", "costs": {"estimated_before": 0.6, "actual": 0.5, "variance": -0.1, "variance_percent": -20.0, "breakdown": {"s1": 0.4, "s2": 0.1}}, "model": "gpt-4o"}
{"timestamp": "2025-09-20T10:05:00Z", "experiment_id": "exp-1", "run_id": "run-x", "costs": {"estimated_before": 1.0, "actual": 1.05, "variance": 0.05, "variance_percent": 5.0, "breakdown": {}}, "model": "gpt-4o"})");
        write(
            dir + QStringLiteral("/metadata.json"),
            R"({"metadata_version": "1.0", "generation": {"experiment_id": "exp-1", "run_id": "run-c", "timestamp_start": "2025-09-21T08:00:00Z", "timestamp_end": "2025-09-21T08:10:00Z"}, "costs": {"total_cost_usd": 0.3}})");
        const ImportReport r =
            t.import({dir + QStringLiteral("/calls.jsonl"), dir + QStringLiteral("/costs.jsonl"),
                      dir + QStringLiteral("/metadata.json")});
        QCOMPARE(r.totals.rejected, 0);
        const PriceTable prices({{QStringLiteral("gpt-4o"), {}, 2.5, 10, QDate(2025, 1, 1)}});
        CostLedger ledger(t.db.connection(), prices);
        QString error;
        const CostTotal total = ledger.total({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // 0.5 (run-a's record) + 1.05 (run-x's record) + 0.2 + 3.5 (estimate) + 0.3 (metadata)
        QVERIFY(qAbs(total.usd - 5.55) < 1e-9);
        QVERIFY(qAbs(total.estimatedUsd - 3.5) < 1e-9);
        QCOMPARE(total.coverage.calls, 3);
        QCOMPARE(total.coverage.logged, 1);
        QCOMPARE(total.coverage.estimated, 1);
        QCOMPARE(total.coverage.unpriced, 1);
        QVERIFY(qAbs(total.coverage.percentPriced() - 200.0 / 3.0) < 1e-9);

        QHash<QString, RunCost> runs;
        for (const RunCost& c : ledger.runCosts({}, &error))
            runs.insert(c.runId, c);
        QCOMPARE(runs.value(QStringLiteral("run-a")).source, QStringLiteral("cost_record"));
        QVERIFY(qAbs(runs.value(QStringLiteral("run-a")).usd - 0.5) < 1e-9);
        QCOMPARE(runs.value(QStringLiteral("run-b")).source, QStringLiteral("estimate"));
        QVERIFY(qAbs(runs.value(QStringLiteral("run-b")).usd - 3.7) < 1e-9);
        QCOMPARE(runs.value(QStringLiteral("run-c")).source, QStringLiteral("metadata"));

        // Steps: run-a's record breakdown, run-b's calls.
        QHash<QString, double> steps;
        for (const CostRow& row : ledger.by(QStringLiteral("step"), {}, &error))
            steps.insert(row.key, row.usd);
        QVERIFY(qAbs(steps.value(QStringLiteral("s1")) - 0.6) < 1e-9); // 0.4 + 0.2
        QVERIFY(qAbs(steps.value(QStringLiteral("s2")) - 3.6) < 1e-9); // 0.1 + 3.5

        // Budget in Berlin on 2025-09-20: run-b's calls after 22:00 UTC count
        // on the 20th, the 21:30 UTC one on the 19th; run-x's record too.
        BudgetLimits limits = limitsIn("Europe/Berlin");
        limits.daily = 4.0;
        limits.weekly = 5.0;
        const QList<PeriodStatus> status = ledger.budget(limits, QDate(2025, 9, 20), &error);
        QCOMPARE(status.size(), 2);
        QVERIFY(qAbs(status.at(0).spent - (3.5 + 1.05)) < 1e-9);
        QCOMPARE(status.at(0).status, BudgetStatus::Exceeded);
        QVERIFY(qAbs(status.at(1).spent - 5.55) < 1e-9); // the week of 15-21 Sept holds everything
        QCOMPARE(status.at(1).status, BudgetStatus::Exceeded);
        QCOMPARE(status.at(1).range.first, QDate(2025, 9, 15));

        // Per day in Berlin.
        const auto days = ledger.byDay(BudgetCalendar(limits), {}, &error);
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(0).first, QDate(2025, 9, 19));
        QVERIFY(qAbs(days.at(0).second - 0.7) < 1e-9);

        // Variance recomputed; the file's -20 % disagrees with -16.67 %.
        const QList<VarianceRow> v = ledger.variances({}, &error);
        QCOMPARE(v.size(), 2);
        QCOMPARE(v.at(0).runId, QStringLiteral("run-a")); // most wrong first
        QVERIFY(qAbs(v.at(0).variancePercent - (-100.0 / 6.0)) < 1e-9);
        QVERIFY(v.at(0).disagrees);
        QVERIFY(!v.at(1).disagrees);

        // Tokens by component: no-breakdown calls are their own row.
        const QList<TokenRow> comps = ledger.tokens(QStringLiteral("component"), {}, &error);
        QCOMPARE(comps.last().key, QStringLiteral("no_breakdown"));
        QCOMPARE(comps.last().calls, 5);

        // The CLI agrees and exits 1 at the block threshold.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), t.dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RUNLEDGER_CLI_PATH),
                {QStringLiteral("--db"), t.path(), QStringLiteral("budget"),
                 QStringLiteral("--json"), QStringLiteral("--at"), QStringLiteral("2025-09-20"),
                 QStringLiteral("--daily"), QStringLiteral("10"), QStringLiteral("--weekly"),
                 QStringLiteral("5"), QStringLiteral("--timezone"),
                 QStringLiteral("Europe/Berlin")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const QJsonArray periods = QJsonDocument::fromJson(p.readAllStandardOutput())
                                       .object()
                                       .value(QStringLiteral("periods"))
                                       .toArray();
        QCOMPARE(periods.size(), 2);
        QCOMPARE(periods.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(periods.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("exceeded"));
    }

    // The token charts read the rollups when the scope allows and give what
    // a scan of every call gives.
    void rollupAnswersLikeTheCalls() {
        TempDatabase t;
        QVERIFY(t.ok);
        QCOMPARE(t.import({sourcePath(QStringLiteral("resources/sample"))}).totals.rejected, 0);
        auto flat = [](const QList<ComponentRow>& rows) {
            QStringList out;
            for (const ComponentRow& r : rows)
                out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                           .arg(r.key)
                           .arg(r.calls)
                           .arg(r.system)
                           .arg(r.data)
                           .arg(r.instructions)
                           .arg(r.other)
                           .arg(r.noBreakdown)
                           .arg(r.output);
            return out;
        };
        BudgetLimits kolkata;
        kolkata.timeZone = "Asia/Kolkata"; // +05:30: days end on a half hour
        const BudgetCalendar calendar(kolkata);
        CostScope days; // two whole local days, on quarter-hour boundaries
        days.fromUs = calendar.startOfDay(QDate(2025, 9, 14));
        days.toUs = calendar.startOfDay(QDate(2025, 9, 16));
        CostScope unaligned = days;
        unaligned.fromUs += 1;
        for (const CostScope& scope : {CostScope(), days}) {
            CostLedger rollup(t.db.connection(), PriceTable::defaults());
            CostLedger calls(t.db.connection(), PriceTable::defaults());
            calls.setRollupEnabled(false);
            QVERIFY(rollup.rollupServes(scope));
            QVERIFY(!calls.rollupServes(scope));
            QString error;
            const ComponentSplit a = rollup.components(scope, &error);
            const ComponentSplit b = calls.components(scope, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!a.steps.isEmpty());
            QCOMPARE(flat(a.steps), flat(b.steps));
            QCOMPARE(flat(a.models), flat(b.models));
            QCOMPARE(rollup.tokensByDayAndModel(calendar, scope, &error),
                     calls.tokensByDayAndModel(calendar, scope, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        CostLedger ledger(t.db.connection(), PriceTable::defaults());
        QVERIFY(!ledger.rollupServes(unaligned));
        CostScope run;
        run.runKey = 1;
        QVERIFY(!ledger.rollupServes(run));
        // The whole sample: every call counted once, per step and per model.
        QString error;
        const ComponentSplit all = ledger.components({}, &error);
        qint64 bySteps = 0, byModels = 0;
        for (const ComponentRow& r : all.steps)
            bySteps += r.calls;
        for (const ComponentRow& r : all.models)
            byModels += r.calls;
        QCOMPARE(bySteps, 36);
        QCOMPARE(byModels, 36);
    }

    // Ledgers reuse the items of the last one on the same thread and
    // connection only while nothing changed: an import on the same
    // connection, a commit from another connection and another price table
    // each give fresh items.
    void itemsAreReusedOnlyWhileUnchanged() {
        TempDatabase t;
        QVERIFY(t.ok);
        const QString dir = t.dir.path();
        const PriceTable prices({{QStringLiteral("gpt-4o"), {}, 2.5, 10, QDate(2025, 1, 1)}});
        auto totalOf = [&t](const PriceTable& table) {
            QString error;
            const CostTotal total = CostLedger(t.db.connection(), table).total({}, &error);
            [&] {
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }();
            return total.usd;
        };
        write(
            dir + QStringLiteral("/a.jsonl"),
            R"({"timestamp": "2025-09-19T10:00:00Z", "event": "llm_call", "run_id": "run-a", "model": "gpt-4o", "tokens": {"input": 1000, "output": 100}, "cost_usd": 0.1})");
        QCOMPARE(t.import({dir + QStringLiteral("/a.jsonl")}).totals.imported, 1);
        QCOMPARE(totalOf(prices), 0.1);
        QCOMPARE(totalOf(prices), 0.1); // reused
        // Written through the same connection.
        write(
            dir + QStringLiteral("/b.jsonl"),
            R"({"timestamp": "2025-09-19T11:00:00Z", "event": "llm_call", "run_id": "run-b", "model": "gpt-4o", "tokens": {"input": 1000, "output": 100}, "cost_usd": 0.2})");
        QCOMPARE(t.import({dir + QStringLiteral("/b.jsonl")}).totals.imported, 1);
        QCOMPARE(totalOf(prices), 0.3);
        // Committed by another connection to the same file.
        write(
            dir + QStringLiteral("/c.jsonl"),
            R"({"timestamp": "2025-09-19T12:00:00Z", "event": "llm_call", "run_id": "run-c", "model": "gpt-4o", "tokens": {"input": 1000000, "output": 0}, "cost_usd": 0})");
        {
            Database other;
            QVERIFY(other.open(t.db.path()));
            Importer importer(other);
            QCOMPARE(importer.importPaths({dir + QStringLiteral("/c.jsonl")}).totals.imported, 1);
        }
        QCOMPARE(totalOf(prices), 2.8); // 0.3 + 1M input tokens at $2.50
        // Another price table.
        const PriceTable dearer({{QStringLiteral("gpt-4o"), {}, 5, 10, QDate(2025, 1, 1)}});
        QCOMPARE(totalOf(dearer), 5.3);
        QCOMPARE(totalOf(prices), 2.8);
    }

    // A cost record's breakdown goes to the models whose calls made each step
    // (by cost; by tokens where a call is unpriced), a step without calls and
    // what the breakdown leaves over to the record's model.
    void recordSplitAcrossModels() {
        TempDatabase t;
        QVERIFY(t.ok);
        const PriceTable prices = importSplit(t);
        const QJsonObject want = splitExpected();
        CostLedger ledger(t.db.connection(), prices);
        QString error;
        const CostTotal total = ledger.total({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(near(total.usd, want.value(QStringLiteral("total_usd")).toDouble()));
        QVERIFY(near(total.estimatedUsd, want.value(QStringLiteral("estimated_usd")).toDouble()));
        QCOMPARE(total.coverage.calls, 2);
        QCOMPARE(total.coverage.estimated, 1);

        for (const QString& dimension : {QStringLiteral("model"), QStringLiteral("step")}) {
            const QHash<QString, CostRow> rows = byKey(ledger.by(dimension, {}, &error));
            const QJsonObject expected = want.value(QStringLiteral("by_") + dimension).toObject();
            QCOMPARE(rows.size(), expected.size());
            double sum = 0;
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                const QJsonValue cost =
                    it->isObject() ? it->toObject().value(QStringLiteral("cost_usd")) : *it;
                QVERIFY2(near(rows.value(it.key()).usd, cost.toDouble()), qPrintable(it.key()));
                if (it->isObject())
                    QCOMPARE(rows.value(it.key()).items,
                             it->toObject().value(QStringLiteral("items")).toInteger());
                sum += rows.value(it.key()).usd;
            }
            QVERIFY(near(sum, total.usd)); // every dimension adds up to the total
        }

        CostScope runS1;
        runS1.runKey = resolveRun(t.db.connection(), QStringLiteral("run-s1")).key;
        const QHash<QString, CostRow> s1 = byKey(ledger.by(QStringLiteral("model"), runS1, &error));
        const QJsonObject wantS1 = want.value(QStringLiteral("run_s1_by_model")).toObject();
        QCOMPARE(s1.size(), wantS1.size());
        for (auto it = wantS1.begin(); it != wantS1.end(); ++it)
            QVERIFY2(near(s1.value(it.key()).usd, it->toDouble()), qPrintable(it.key()));

        // The report of run-s1 says the same.
        ReportBuilder builder(t.db.connection(), prices, BudgetLimits());
        const QJsonObject report =
            builder.build(runS1.runKey, QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray reported = report.value(QStringLiteral("costs"))
                                        .toObject()
                                        .value(QStringLiteral("by_model"))
                                        .toArray();
        QCOMPARE(reported.size(), wantS1.size());
        for (const QJsonValue v : reported)
            QVERIFY(near(v.toObject().value(QStringLiteral("cost_usd")).toDouble(),
                         s1.value(v.toObject().value(QStringLiteral("model")).toString()).usd));
    }

    // Only runs with calls of a model other than their record's are read in
    // full (through the run index when they are few, else in one pass): the
    // shares are those that every run's calls give.
    void sharesReadOnlyMixedRuns() {
        TempDatabase t;
        QVERIFY(t.ok);
        QByteArray calls, records;
        for (const char* run : {"p1", "p2", "p3", "p4", "m1"}) {
            const bool mixed = QByteArray(run) == "m1";
            calls +=
                QStringLiteral(
                    R"({"timestamp": "2025-10-06T08:00:00Z", "event": "llm_call", "run_id": "%1", "step": "persona_generation", "model": "claude-sonnet-4", "tokens": {"input": 1000, "output": 100}, "cost_usd": 0.2}
{"timestamp": "2025-10-06T08:01:00Z", "event": "llm_call", "run_id": "%1", "step": "summary_generation", "model": "%2", "tokens": {"input": 1000, "output": 100}, "cost_usd": 0.01}
)")
                    .arg(QLatin1String(run), mixed ? QStringLiteral("claude-haiku-3.5")
                                                   : QStringLiteral("claude-sonnet-4"))
                    .toUtf8();
            records +=
                QStringLiteral(
                    R"({"timestamp": "2025-10-06T09:00:00Z", "experiment_id": "exp-m", "run_id": "%1", "costs": {"actual": %2, "breakdown": {"persona_generation": %3, "summary_generation": %4}}, "model": "claude-sonnet-4"}
)")
                    .arg(QLatin1String(run), mixed ? QStringLiteral("1.0") : QStringLiteral("0.4"),
                         mixed ? QStringLiteral("0.8") : QStringLiteral("0.3"),
                         mixed ? QStringLiteral("0.2") : QStringLiteral("0.1"))
                    .toUtf8();
        }
        write(t.dir.filePath(QStringLiteral("calls.jsonl")), calls);
        write(t.dir.filePath(QStringLiteral("costs.jsonl")), records);
        QCOMPARE(t.import({t.dir.filePath(QStringLiteral("calls.jsonl")),
                           t.dir.filePath(QStringLiteral("costs.jsonl"))})
                     .totals.rejected,
                 0);
        QString error;
        const QHash<QString, CostRow> models =
            byKey(CostLedger(t.db.connection(), PriceTable::defaults())
                      .by(QStringLiteral("model"), {}, &error));
        QCOMPARE(models.size(), 2);
        QVERIFY(near(models.value(QStringLiteral("claude-sonnet-4")).usd, 4 * 0.4 + 0.8));
        QVERIFY(near(models.value(QStringLiteral("claude-haiku-3.5")).usd, 0.2));
        // The same as from the calls of every run (read for a what-if), here
        // and on the sample project, where most runs are mixed.
        TempDatabase sample;
        QCOMPARE(sample.import({sourcePath(QStringLiteral("resources/sample"))}).totals.rejected,
                 0);
        for (Database* db : {&t.db, &sample.db}) {
            // Another price table: items of their own, not the cached ones.
            QList<PriceEntry> entries = PriceTable::defaults().entries();
            entries.append({QStringLiteral("unused"), {}, 1, 1, {}});
            CostLedger all(db->connection(), PriceTable(entries));
            QVERIFY(all.setWhatIf({{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o")}}, &error));
            for (const QString& dimension : {QStringLiteral("model"), QStringLiteral("step")}) {
                QList<CostRow> mixedOnly =
                    CostLedger(db->connection(), PriceTable::defaults()).by(dimension, {}, &error);
                QList<CostRow> every = all.by(dimension, {}, &error);
                for (CostRow& r : every)
                    r.whatIfUsd = r.usd;
                for (CostRow& r : mixedOnly)
                    r.whatIfUsd = r.usd;
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QVERIFY(!every.isEmpty());
                QCOMPARE(flat(mixedOnly), flat(every));
            }
        }
    }

    // Days in a zone, weeks, months, and what-if questions.
    void costPeriodsAndWhatIf() {
        TempDatabase t;
        QVERIFY(t.ok);
        const PriceTable prices = importSplit(t);
        const QJsonObject want = splitExpected();
        QString error;
        for (const char* zone : {"UTC", "Europe/Berlin"}) {
            CostLedger ledger(t.db.connection(), prices);
            const BudgetCalendar calendar(limitsIn(zone));
            const QJsonObject days = want.value(QStringLiteral("by_day"))
                                         .toObject()
                                         .value(QLatin1String(zone))
                                         .toObject();
            const QList<CostRow> rows = ledger.by(QStringLiteral("day"), {}, &error, &calendar);
            QCOMPARE(rows.size(), days.size());
            for (const CostRow& r : rows)
                QVERIFY2(near(r.usd, days.value(r.key).toDouble()), qPrintable(r.key));
            const QList<CostRow> weeks = ledger.by(QStringLiteral("week"), {}, &error, &calendar);
            QCOMPARE(weeks.size(), 1);
            QCOMPARE(weeks.first().key, QStringLiteral("2025-10-06"));
            QCOMPARE(weeks.first().items, 4); // two records, two calls
            QCOMPARE(ledger.by(QStringLiteral("month"), {}, &error, &calendar).first().key,
                     QStringLiteral("2025-10"));
        }
        const QJsonObject whatIfs = want.value(QStringLiteral("what_if")).toObject();
        for (auto it = whatIfs.begin(); it != whatIfs.end(); ++it) {
            CostLedger ledger(t.db.connection(), prices);
            QVERIFY(ledger.setWhatIf({*ModelSubstitution::parse(it.key())}, &error));
            const QJsonObject w = it->toObject();
            const QString from = it.key().section(QLatin1Char('='), 0, 0);
            const QHash<QString, CostRow> rows =
                byKey(ledger.by(QStringLiteral("model"), {}, &error));
            QVERIFY2(near(rows.value(from).whatIfUsd, w.value(from).toDouble()), qPrintable(from));
            QVERIFY(near(rows.value(QStringLiteral("gpt-4o")).whatIfUsd,
                         rows.value(QStringLiteral("gpt-4o")).usd));
            const CostTotal total = ledger.total({}, &error);
            QVERIFY(near(total.whatIfUsd, w.value(QStringLiteral("what_if_total_usd")).toDouble()));
            double sum = 0;
            for (const CostRow& r : ledger.by(QStringLiteral("run"), {}, &error))
                sum += r.whatIfUsd;
            QVERIFY(near(sum, total.whatIfUsd));
        }
        CostLedger ledger(t.db.connection(), prices);
        QVERIFY(!ledger.setWhatIf({{QStringLiteral("gpt-4o"), QStringLiteral("no-such-model")}},
                                  &error));
        QVERIFY(!ledger.setWhatIf({{QStringLiteral("claude-haiku-3.5"), QStringLiteral("gpt-4o")},
                                   {QStringLiteral("claude-3-5-haiku"), QStringLiteral("gpt-4o")}},
                                  &error)); // an alias of the same model
        QVERIFY(!ModelSubstitution::parse(QStringLiteral("gpt-4o")));
        QVERIFY(!ModelSubstitution::parse(QStringLiteral("=gpt-4o")));
        QVERIFY(!ledger.by(QStringLiteral("nonsense"), {}, &error).size() && !error.isEmpty());
    }

    // `runledger-cli costs` prints the ledger's numbers.
    void costsCommandAgreesWithTheLedger() {
        TempDatabase t;
        QVERIFY(t.ok);
        const PriceTable prices = importSplit(t);
        const QString priceFile = splitPath(QStringLiteral("prices.json"));
        const QStringList common{QStringLiteral("costs"), QStringLiteral("--json"),
                                 QStringLiteral("--prices"), priceFile};
        BudgetLimits berlin = limitsIn("Europe/Berlin");
        const BudgetCalendar calendar(berlin);
        CostScope s1;
        s1.runKey = resolveRun(t.db.connection(), QStringLiteral("run-s1")).key;
        CostScope oct8; // a local day in Berlin: run-s2's record, run-s3's calls
        oct8.fromUs = calendar.startOfDay(QDate(2025, 10, 8));
        oct8.toUs = calendar.startOfDay(QDate(2025, 10, 9));
        const QString whatIf = QStringLiteral("claude-sonnet-4=claude-haiku-3.5");
        struct Case {
            QStringList args;
            QString by;
            CostScope scope;
            bool whatIf;
        };
        const QList<Case> cases{
            {{}, QStringLiteral("model"), {}, false},
            {{QStringLiteral("--by"), QStringLiteral("step")}, QStringLiteral("step"), {}, false},
            {{QStringLiteral("--by"), QStringLiteral("run"), QStringLiteral("--what-if"), whatIf},
             QStringLiteral("run"),
             {},
             true},
            {{QStringLiteral("--by"), QStringLiteral("day"), QStringLiteral("--timezone"),
              QStringLiteral("Europe/Berlin")},
             QStringLiteral("day"),
             {},
             false},
            {{QStringLiteral("--run"), QStringLiteral("run-s1"), QStringLiteral("--what-if"),
              whatIf},
             QStringLiteral("model"),
             s1,
             true},
            {{QStringLiteral("--from"), QStringLiteral("2025-10-08"), QStringLiteral("--to"),
              QStringLiteral("2025-10-08"), QStringLiteral("--timezone"),
              QStringLiteral("Europe/Berlin")},
             QStringLiteral("model"),
             oct8,
             false},
        };
        QString error;
        for (const Case& c : cases) {
            const CliRun r = cli(t, common + c.args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            CostLedger ledger(t.db.connection(), prices);
            if (c.whatIf)
                QVERIFY(ledger.setWhatIf({*ModelSubstitution::parse(whatIf)}, &error));
            const QJsonObject doc = r.json();
            const QList<CostRow> rows = ledger.by(c.by, c.scope, &error, &calendar);
            const CostTotal total = ledger.total(c.scope, &error);
            QCOMPARE(flat(rowsOf(doc)), flat(rows));
            QCOMPARE(doc.value(QStringLiteral("by")).toString(), c.by);
            QVERIFY(near(doc.value(QStringLiteral("total_usd")).toDouble(), total.usd));
            QCOMPARE(doc.value(QStringLiteral("coverage"))
                         .toObject()
                         .value(QStringLiteral("calls"))
                         .toInteger(),
                     total.coverage.calls);
            QCOMPARE(doc.contains(QStringLiteral("what_if_total_usd")), c.whatIf);
            if (c.whatIf)
                QVERIFY(near(doc.value(QStringLiteral("saving_usd")).toDouble(),
                             total.usd - total.whatIfUsd));
            for (const QJsonValue row : doc.value(QStringLiteral("rows")).toArray())
                QCOMPARE(row.toObject().value(QStringLiteral("what_if_usd")).isNull(), !c.whatIf);
        }
        // A local day: the record at 23:30 UTC counts on the next day in Berlin.
        const CostTotal oct8Total = CostLedger(t.db.connection(), prices).total(oct8, &error);
        QVERIFY(near(oct8Total.usd, splitExpected()
                                        .value(QStringLiteral("by_day"))
                                        .toObject()
                                        .value(QStringLiteral("Europe/Berlin"))
                                        .toObject()
                                        .value(QStringLiteral("2025-10-08"))
                                        .toDouble()));
        // The whole what-if, and run rows named by experiment and run.
        const QJsonObject doc =
            cli(t, common + QStringList{QStringLiteral("--by"), QStringLiteral("run"),
                                        QStringLiteral("--what-if"), whatIf})
                .json();
        const QJsonObject w =
            splitExpected().value(QStringLiteral("what_if")).toObject().value(whatIf).toObject();
        QVERIFY(near(doc.value(QStringLiteral("what_if_total_usd")).toDouble(),
                     w.value(QStringLiteral("what_if_total_usd")).toDouble()));
        QVERIFY(near(doc.value(QStringLiteral("saving_usd")).toDouble(),
                     w.value(QStringLiteral("saving_usd")).toDouble()));
        const QJsonObject first = doc.value(QStringLiteral("rows")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("key")).toString(),
                 QStringLiteral("exp-5p1i70/run-s1"));
        QCOMPARE(first.value(QStringLiteral("experiment_id")).toString(),
                 QStringLiteral("exp-5p1i70"));
        QCOMPARE(first.value(QStringLiteral("run_id")).toString(), QStringLiteral("run-s1"));
        // The table: money with four decimals, the totals below it.
        const CliRun table =
            cli(t, {QStringLiteral("costs"), QStringLiteral("--prices"), priceFile});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("claude-haiku-3.5") && table.out.contains("$0.2000") &&
                     table.out.contains("Total $1.4720"),
                 table.out.constData());
    }

    // Log content in the table is printed escaped, never raw.
    void costsTableEscapesControlCharacters() {
        TempDatabase t;
        QVERIFY(t.ok);
        write(t.dir.filePath(QStringLiteral("calls.jsonl")),
              "{\"timestamp\": \"2025-10-06T08:00:00Z\", \"event\": \"llm_call\", \"run_id\": "
              "\"r1\", \"step\": \"s\", \"model\": \"evil\\u001b]0;title\\u0007\", \"tokens\": "
              "{\"input\": 1, \"output\": 1}, \"cost_usd\": 0.5}");
        QCOMPARE(t.import({t.dir.filePath(QStringLiteral("calls.jsonl"))}).totals.imported, 1);
        const CliRun r = cli(t, {QStringLiteral("costs")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(char(0x1b)) && !r.out.contains(char(0x07)));
        QVERIFY2(r.out.contains("evil\\x1b]0;title\\x07"), r.out.constData());
        // JSON carries the name as it is (escaped by JSON itself).
        const CliRun j = cli(t, {QStringLiteral("costs"), QStringLiteral("--json")});
        const QString key = j.json()
                                .value(QStringLiteral("rows"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("key"))
                                .toString();
        QCOMPARE(key, QString(QStringLiteral("evil") + QChar(0x1b) + QStringLiteral("]0;title") +
                              QChar(0x07)));
    }

    void costsCommandUsageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad --by") << QStringList{QStringLiteral("--by"),
                                                 QStringLiteral("component")};
        QTest::newRow("bad --from")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2025-13-01")};
        QTest::newRow("bad --to") << QStringList{QStringLiteral("--to"),
                                                 QStringLiteral("yesterday")};
        QTest::newRow("--from after --to")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2025-10-08"),
                           QStringLiteral("--to"), QStringLiteral("2025-10-07")};
        QTest::newRow("bad --timezone")
            << QStringList{QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus")};
        QTest::newRow("missing --prices")
            << QStringList{QStringLiteral("--prices"), QStringLiteral("/nonexistent/prices.json")};
        QTest::newRow("--prices not a price table")
            << QStringList{QStringLiteral("--prices"), splitPath(QStringLiteral("costs.jsonl"))};
        QTest::newRow("--what-if without =")
            << QStringList{QStringLiteral("--what-if"), QStringLiteral("gpt-4o")};
        QTest::newRow("--what-if to an unpriced model")
            << QStringList{QStringLiteral("--what-if"), QStringLiteral("gpt-4o=mystery-model")};
        QTest::newRow("--what-if twice for one model")
            << QStringList{QStringLiteral("--what-if"), QStringLiteral("gpt-4o=gpt-4o-mini"),
                           QStringLiteral("--what-if"), QStringLiteral("gpt-4o=claude-sonnet-4")};
        QTest::newRow("unknown run")
            << QStringList{QStringLiteral("--run"), QStringLiteral("run-zz")};
        QTest::newRow("unknown experiment")
            << QStringList{QStringLiteral("--experiment"), QStringLiteral("exp-zz")};
    }
    void costsCommandUsageErrors() {
        QFETCH(QStringList, args);
        TempDatabase t;
        QVERIFY(t.ok);
        importSplit(t);
        const QStringList base{QStringLiteral("costs"), QStringLiteral("--prices"),
                               splitPath(QStringLiteral("prices.json"))};
        const CliRun r =
            cli(t, (args.contains(QStringLiteral("--prices")) ? QStringList{QStringLiteral("costs")}
                                                              : base) +
                       args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("runledger-cli: "));
        const CliRun j = cli(t, QStringList{QStringLiteral("--json")} + base + args);
        QCOMPARE(j.exitCode, 2);
        QVERIFY(j.json().contains(QStringLiteral("error")));
    }

    void priceTableJson() {
        const PriceTable defaults = PriceTable::defaults();
        QString error;
        const std::optional<PriceTable> back = PriceTable::fromJson(defaults.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->entries(), defaults.entries());
        for (const char* bad :
             {"{}", "[1]", "[{\"model\": \"\"}]",
              "[{\"model\": \"m\", \"input_per_million\": -1, "
              "\"output_per_million\": 1}]",
              "[{\"model\": \"m\", \"input_per_million\": 1, \"output_per_million\": 1, "
              "\"effective_from\": \"soon\"}]",
              "[{\"model\": \"m\", \"aliases\": \"x\", \"input_per_million\": 1, "
              "\"output_per_million\": 1}]"})
            QVERIFY2(!PriceTable::fromJson(bad, &error), bad);
        QVERIFY(error.startsWith(QLatin1String("price entry 1: ")));
    }
};

QTEST_GUILESS_MAIN(TestCostLedger)
#include "tst_costledger.moc"
