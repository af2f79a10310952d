// SPDX-License-Identifier: MIT
#include "costledger.h"

#include "storage/callrollup.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace runledger {

namespace {

constexpr qint64 kBucketUs = CallRollup::kBucketUs; // every UTC offset is a multiple of 15 min

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString* error) {
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// " WHERE ..." narrowing rows to a scope, given the run and time columns.
QString scopeFilter(const CostScope& scope, const QString& run, const QString& ts,
                    QVariantList* binds) {
    QString where = QStringLiteral(" WHERE 1");
    if (scope.runKey != 0) {
        where += QStringLiteral(" AND %1 = ?").arg(run);
        *binds << scope.runKey;
    }
    if (scope.experimentKey != 0) {
        where +=
            QStringLiteral(" AND %1 IN (SELECT id FROM runs WHERE experiment_ref = ?)").arg(run);
        *binds << scope.experimentKey;
    }
    if (scope.fromUs != 0) {
        where += QStringLiteral(" AND %1 >= ?").arg(ts);
        *binds << scope.fromUs;
    }
    if (scope.toUs != 0) {
        where += QStringLiteral(" AND %1 < ?").arg(ts);
        *binds << scope.toUs;
    }
    return where;
}

// The local date of instants that mostly arrive in time order: one time zone
// conversion per day instead of one per row.
class LocalDays {
public:
    explicit LocalDays(const BudgetCalendar& calendar)
        : m_calendar(calendar) {}
    QDate of(qint64 utcMicros) {
        if (!m_day.isValid() || utcMicros < m_startUs || utcMicros >= m_endUs) {
            m_day = m_calendar.localDate(utcMicros);
            m_startUs = m_calendar.startOfDay(m_day);
            m_endUs = m_calendar.startOfDay(m_day.addDays(1));
        }
        return m_day;
    }

private:
    const BudgetCalendar& m_calendar;
    QDate m_day;
    qint64 m_startUs = 0, m_endUs = 0;
};

} // namespace

CostLedger::CostLedger(QSqlDatabase& db, PriceTable prices)
    : m_db(db)
    , m_prices(std::move(prices)) {}

// The price table as a temporary table, one row per name (model or alias).
bool CostLedger::preparePrices(QString* error) {
    if (m_pricesReady)
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ledger_prices(name TEXT NOT "
                               "NULL, exact INTEGER NOT NULL, from_us INTEGER NOT NULL, inp REAL "
                               "NOT NULL, outp REAL NOT NULL)")) ||
        !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS temp.ledger_prices_name ON "
                               "ledger_prices(name, from_us)")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.ledger_prices"))) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO temp.ledger_prices VALUES (?, ?, ?, ?, ?)"));
    for (const PriceEntry& e : m_prices.entries()) {
        const qint64 from = e.effectiveFrom.isValid()
                                ? e.effectiveFrom.startOfDay(Qt::UTC).toMSecsSinceEpoch() * 1000
                                : std::numeric_limits<qint64>::min();
        QStringList names{e.model};
        names += e.aliases;
        for (qsizetype i = 0; i < names.size(); ++i) {
            q.addBindValue(names.at(i).toLower());
            q.addBindValue(i == 0 ? 1 : 0);
            q.addBindValue(from);
            q.addBindValue(e.inputPerMillion);
            q.addBindValue(e.outputPerMillion);
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
        }
    }
    m_pricesReady = true;
    return true;
}

QString CostLedger::itemsSql() {
    return QStringLiteral(
        "WITH rec_runs AS (SELECT run_ref, max(ts_us) AS ts FROM cost_records "
        "  WHERE run_ref IS NOT NULL GROUP BY run_ref), "
        "calls AS (SELECT k.ts_us AS ts, k.run_ref AS run, k.model AS model, k.step AS "
        "  step, k.cost_usd AS cost, "
        "  CASE WHEN coalesce(k.cost_usd, 0) > 0 THEN NULL ELSE (SELECT (k.input_tokens * "
        "    p.inp + k.output_tokens * p.outp) / 1e6 FROM temp.ledger_prices p WHERE p.name "
        "    = lower(k.model) AND p.from_us <= k.ts_us ORDER BY p.exact DESC, p.from_us "
        "DESC "
        "    LIMIT 1) END AS price "
        // Calls of the runs without a cost record, through the run index
        // (most runs have a record), and calls without a run.
        "  FROM llm_calls k WHERE k.run_ref IS NULL OR k.run_ref IN (SELECT id FROM runs "
        "  WHERE id NOT IN (SELECT run_ref FROM rec_runs))), "
        "all_items AS ("
        "  SELECT c.ts_us AS ts, c.run_ref AS run, c.model AS model, NULL AS step, "
        "    c.actual_usd AS usd, 0.0 AS est, 'cost_record' AS source, c.id AS record "
        "  FROM cost_records c LEFT JOIN rec_runs rr ON rr.run_ref = c.run_ref "
        "  WHERE c.run_ref IS NULL OR c.ts_us = rr.ts "
        "  UNION ALL "
        "  SELECT ts, run, model, step, CASE WHEN coalesce(cost, 0) > 0 THEN cost ELSE "
        "price "
        "    END, CASE WHEN coalesce(cost, 0) > 0 THEN 0.0 ELSE coalesce(price, 0.0) END, "
        "    CASE WHEN coalesce(cost, 0) > 0 THEN 'llm_calls' WHEN price IS NOT NULL THEN "
        "    'estimate' ELSE 'unpriced' END, NULL FROM calls "
        "  UNION ALL "
        "  SELECT coalesce(m.ended_us, m.started_us, 0), m.run_ref, NULL, NULL, "
        "    m.total_cost_usd, 0.0, 'metadata', NULL FROM run_metadata m "
        "  WHERE m.total_cost_usd IS NOT NULL AND m.run_ref NOT IN (SELECT run_ref FROM "
        "    rec_runs) AND NOT EXISTS (SELECT 1 FROM llm_calls k WHERE k.run_ref = "
        "    m.run_ref)) "
        "SELECT * FROM all_items");
}

// Every cost item, derived once per ledger into a temporary table that the
// queries then filter and group: deriving is what costs (the price lookups,
// the one-source rule), and a view asks half a dozen questions at once.
bool CostLedger::prepareItems(QString* error) {
    if (m_itemsReady)
        return true;
    if (!preparePrices(error))
        return false;
    QSqlQuery q(m_db);
    // Emptied rather than dropped: a schema change would fail while another
    // statement on the connection is still reading.
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ledger_items(ts INTEGER, run "
                               "INTEGER, model TEXT, step TEXT, usd REAL, est REAL, source TEXT, "
                               "record INTEGER)")) ||
        !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS temp.ledger_items_ts ON "
                               "ledger_items(ts)")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.ledger_items")) ||
        !q.exec(QStringLiteral("INSERT INTO temp.ledger_items ") + itemsSql())) {
        *error = q.lastError().text();
        return false;
    }
    m_itemsReady = true;
    return true;
}

bool CostLedger::queryItems(QSqlQuery& q, const CostScope& scope, const QString& select,
                            QString* error) {
    if (!prepareItems(error))
        return false;
    QVariantList binds;
    const QString sql = QStringLiteral("WITH items AS (SELECT * FROM temp.ledger_items") +
                        scopeFilter(scope, QStringLiteral("run"), QStringLiteral("ts"), &binds) +
                        QStringLiteral(") ") + select;
    return run(q, sql, binds, error);
}

CostTotal CostLedger::total(const CostScope& scope, QString* error) {
    CostTotal t;
    QSqlQuery q(m_db);
    const QString select = QStringLiteral("SELECT round(coalesce(sum(usd), 0), 9), "
                                          "round(coalesce(sum(est), 0), 9), "
                                          "sum(source IN ('llm_calls', 'estimate', 'unpriced')), "
                                          "sum(source = 'llm_calls'), sum(source = 'estimate'), "
                                          "sum(source = 'unpriced') FROM items");
    if (!queryItems(q, scope, select, error) || !q.next())
        return t;
    t.usd = q.value(0).toDouble();
    t.estimatedUsd = q.value(1).toDouble();
    t.coverage.calls = q.value(2).toLongLong();
    t.coverage.logged = q.value(3).toLongLong();
    t.coverage.estimated = q.value(4).toLongLong();
    t.coverage.unpriced = q.value(5).toLongLong();
    return t;
}

QList<CostRow> CostLedger::by(const QString& dimension, const CostScope& scope, QString* error) {
    QList<CostRow> out;
    QString select;
    if (dimension == QLatin1String("run"))
        select =
            QStringLiteral("SELECT coalesce(r.run_id, '(no run)'), sum(i.usd), sum(i.est), "
                           "count(*) FROM items i LEFT JOIN runs r ON r.id = i.run GROUP BY 1");
    else if (dimension == QLatin1String("experiment"))
        select = QStringLiteral(
            "SELECT coalesce(e.name, e.experiment_id, '(no experiment)'), sum(i.usd), sum(i.est), "
            "count(*) FROM items i LEFT JOIN runs r ON r.id = i.run LEFT JOIN experiments e ON "
            "e.id = r.experiment_ref GROUP BY 1");
    else if (dimension == QLatin1String("step"))
        select = QStringLiteral(
            "SELECT coalesce(b.step, i.step, '(no step)'), sum(coalesce(b.cost_usd, i.usd)), "
            "sum(i.est), count(*) FROM items i LEFT JOIN cost_breakdown b ON b.cost_record_ref = "
            "i.record GROUP BY 1");
    else
        select = QStringLiteral("SELECT coalesce(i.model, '(unknown model)'), sum(i.usd), "
                                "sum(i.est), count(*) FROM items i GROUP BY 1");
    QSqlQuery q(m_db);
    if (!queryItems(q, scope, select + QStringLiteral(" ORDER BY 2 DESC"), error))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble(),
                    q.value(3).toLongLong()});
    return out;
}

QList<QPair<QDate, double>> CostLedger::byDay(const BudgetCalendar& calendar,
                                              const CostScope& scope, QString* error) {
    QList<QPair<QDate, double>> out;
    QSqlQuery q(m_db);
    const QString select =
        QStringLiteral("SELECT (ts - ((ts % %1) + %1) % %1) / %1, sum(usd) FROM items "
                       "WHERE usd IS NOT NULL GROUP BY 1 ORDER BY 1")
            .arg(kBucketUs);
    if (!queryItems(q, scope, select, error))
        return out;
    QMap<QDate, double> days;
    LocalDays local(calendar);
    while (q.next())
        days[local.of(q.value(0).toLongLong() * kBucketUs)] += q.value(1).toDouble();
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        out.append({it.key(), std::round(it.value() * 1e9) / 1e9});
    return out;
}

QList<RunCost> CostLedger::runCosts(const CostScope& scope, QString* error) {
    QList<RunCost> out;
    QSqlQuery q(m_db);
    const QString select =
        QStringLiteral("SELECT i.run, r.run_id, round(coalesce(sum(i.usd), 0), 9), "
                       "sum(source = 'cost_record'), sum(source = 'metadata'), "
                       "sum(source = 'llm_calls'), sum(source = 'estimate'), "
                       "sum(source = 'unpriced') FROM items i LEFT JOIN runs r ON r.id = i.run "
                       "WHERE i.run IS NOT NULL GROUP BY i.run ORDER BY 3 DESC");
    if (!queryItems(q, scope, select, error))
        return out;
    while (q.next()) {
        RunCost c;
        c.runKey = q.value(0).toLongLong();
        c.runId = q.value(1).toString();
        c.usd = q.value(2).toDouble();
        c.coverage.logged = q.value(5).toLongLong();
        c.coverage.estimated = q.value(6).toLongLong();
        c.coverage.unpriced = q.value(7).toLongLong();
        c.coverage.calls = c.coverage.logged + c.coverage.estimated + c.coverage.unpriced;
        if (q.value(3).toLongLong() > 0)
            c.source = QStringLiteral("cost_record");
        else if (q.value(4).toLongLong() > 0)
            c.source = QStringLiteral("metadata");
        else if (c.coverage.estimated > 0)
            c.source = QStringLiteral("estimate");
        else if (c.coverage.logged > 0)
            c.source = QStringLiteral("llm_calls");
        out.append(c);
    }
    return out;
}

QList<VarianceRow> CostLedger::variances(const CostScope& scope, QString* error) {
    QList<VarianceRow> out;
    QString sql = QStringLiteral(
        "SELECT coalesce(r.run_id, '(no run)'), c.ts_us, c.estimated_usd, c.actual_usd, "
        "c.variance_usd, c.variance_percent FROM cost_records c LEFT JOIN runs r ON r.id = "
        "c.run_ref WHERE 1");
    QVariantList binds;
    if (scope.runKey != 0) {
        sql += QStringLiteral(" AND c.run_ref = ?");
        binds << scope.runKey;
    }
    if (scope.experimentKey != 0) {
        sql += QStringLiteral(" AND r.experiment_ref = ?");
        binds << scope.experimentKey;
    }
    if (scope.fromUs != 0) {
        sql += QStringLiteral(" AND c.ts_us >= ?");
        binds << scope.fromUs;
    }
    if (scope.toUs != 0) {
        sql += QStringLiteral(" AND c.ts_us < ?");
        binds << scope.toUs;
    }
    QSqlQuery q(m_db);
    if (!run(q, sql, binds, error))
        return out;
    while (q.next()) {
        VarianceRow v;
        v.runId = q.value(0).toString();
        v.tsUs = q.value(1).toLongLong();
        v.hasEstimate = !q.value(2).isNull() && q.value(2).toDouble() > 0;
        v.estimated = q.value(2).toDouble();
        v.actual = q.value(3).toDouble();
        v.variance = v.actual - v.estimated;
        v.variancePercent = v.hasEstimate ? v.variance / v.estimated * 100.0 : 0.0;
        v.recordedVariance = q.value(4).toDouble();
        v.recordedPercent = q.value(5).toDouble();
        v.disagrees = (!q.value(4).isNull() &&
                       std::abs(v.recordedVariance - v.variance) > kVarianceToleranceUsd) ||
                      (!q.value(5).isNull() &&
                       std::abs(v.recordedPercent - v.variancePercent) > kVarianceTolerancePercent);
        out.append(v);
    }
    // The runs the estimator got most wrong first.
    std::stable_sort(out.begin(), out.end(), [](const VarianceRow& a, const VarianceRow& b) {
        return std::abs(a.variancePercent) > std::abs(b.variancePercent);
    });
    return out;
}

QList<TokenRow> CostLedger::tokens(const QString& by, const CostScope& scope, QString* error,
                                   const BudgetCalendar* calendar) {
    QList<TokenRow> out;
    if (!preparePrices(error))
        return out;
    QVariantList binds;
    const QString where = callFilter(scope, &binds);
    const QString cost = QStringLiteral(
        "CASE WHEN coalesce(k.cost_usd, 0) > 0 THEN k.cost_usd ELSE coalesce((SELECT "
        "(k.input_tokens * p.inp + k.output_tokens * p.outp) / 1e6 FROM temp.ledger_prices p "
        "WHERE p.name = lower(k.model) AND p.from_us <= k.ts_us ORDER BY p.exact DESC, p.from_us "
        "DESC LIMIT 1), 0) END");
    QSqlQuery q(m_db);
    if (by == QLatin1String("component")) {
        const QString sql =
            QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN has_breakdown THEN "
                           "system_tokens END), 0), coalesce(sum(CASE WHEN has_breakdown THEN "
                           "data_tokens END), 0), coalesce(sum(CASE WHEN has_breakdown THEN "
                           "instructions_tokens END), 0), coalesce(sum(CASE WHEN has_breakdown "
                           "THEN other_tokens END), 0), coalesce(sum(output_tokens), 0), "
                           "coalesce(sum(CASE WHEN has_breakdown THEN 0 ELSE input_tokens END), "
                           "0), sum(has_breakdown = 0) FROM llm_calls k") +
            where;
        if (!run(q, sql, binds, error) || !q.next())
            return out;
        const qint64 calls = q.value(0).toLongLong();
        const qint64 without = q.value(7).toLongLong();
        const char* names[] = {"system", "data", "instructions", "other"};
        for (int i = 0; i < 4; ++i)
            out.append(
                {QLatin1String(names[i]), calls - without, q.value(i + 1).toLongLong(), 0, 0});
        out.append({QStringLiteral("output"), calls, 0, q.value(5).toLongLong(), 0});
        out.append({QStringLiteral("no_breakdown"), without, q.value(6).toLongLong(), 0, 0});
        return out;
    }
    QString key = QStringLiteral("coalesce(k.model, '(unknown)')");
    if (by == QLatin1String("step"))
        key = QStringLiteral("coalesce(k.step, '(no step)')");
    else if (by == QLatin1String("day"))
        key = QStringLiteral("(k.ts_us - ((k.ts_us % %1) + %1) % %1) / %1").arg(kBucketUs);
    const QString sql = QStringLiteral("SELECT %1, count(*), sum(k.input_tokens), "
                                       "sum(k.output_tokens), round(sum(%2), 9) FROM llm_calls k")
                            .arg(key, cost) +
                        where + QStringLiteral(" GROUP BY 1 ORDER BY 1");
    if (!run(q, sql, binds, error))
        return out;
    if (by != QLatin1String("day")) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toLongLong(), q.value(4).toDouble()});
        return out;
    }
    QMap<QDate, TokenRow> days;
    while (q.next()) {
        const qint64 bucketStart = q.value(0).toLongLong() * kBucketUs;
        const QDate d = calendar
                            ? calendar->localDate(bucketStart)
                            : QDateTime::fromMSecsSinceEpoch(bucketStart / 1000, Qt::UTC).date();
        TokenRow& r = days[d];
        r.key = d.toString(Qt::ISODate);
        r.calls += q.value(1).toLongLong();
        r.input += q.value(2).toLongLong();
        r.output += q.value(3).toLongLong();
        r.costUsd += q.value(4).toDouble();
    }
    for (TokenRow r : std::as_const(days)) {
        r.costUsd = std::round(r.costUsd * 1e9) / 1e9;
        out.append(r);
    }
    return out;
}

QString CostLedger::callFilter(const CostScope& scope, QVariantList* binds) const {
    return scopeFilter(scope, QStringLiteral("k.run_ref"), QStringLiteral("k.ts_us"), binds);
}

bool CostLedger::rollupServes(const CostScope& scope) const {
    return m_useRollup && scope.runKey == 0 && scope.experimentKey == 0 &&
           scope.fromUs % CallRollup::kBucketUs == 0 && scope.toUs % CallRollup::kBucketUs == 0;
}

QString CostLedger::rollupFilter(const CostScope& scope) const {
    QString where = QStringLiteral(" WHERE 1");
    if (scope.fromUs != 0)
        where += QStringLiteral(" AND bucket >= %1").arg(CallRollup::bucketOf(scope.fromUs));
    if (scope.toUs != 0)
        where += QStringLiteral(" AND bucket < %1").arg(CallRollup::bucketOf(scope.toUs));
    return where;
}

ComponentSplit CostLedger::components(const CostScope& scope, QString* error) {
    // One pass grouped by step and model, folded both ways here: the groups
    // are few, the rows behind them many.
    ComponentSplit out;
    QVariantList binds;
    QString sql;
    if (rollupServes(scope) && scope.fromUs == 0 && scope.toUs == 0) {
        sql = QStringLiteral("SELECT coalesce(nullif(step, ''), '(no step)'), "
                             "coalesce(nullif(model, ''), '(unknown)'), calls, system, data, "
                             "instructions, other, no_breakdown, output FROM call_totals");
    } else if (rollupServes(scope)) {
        sql = QStringLiteral("SELECT coalesce(nullif(step, ''), '(no step)'), "
                             "coalesce(nullif(model, ''), '(unknown)'), sum(calls), sum(system), "
                             "sum(data), sum(instructions), sum(other), sum(no_breakdown), "
                             "sum(output) FROM call_rollup") +
              rollupFilter(scope) + QStringLiteral(" GROUP BY model, step");
    } else {
        sql = QStringLiteral(
                  "SELECT coalesce(nullif(k.step, ''), '(no step)'), "
                  "coalesce(nullif(k.model, ''), '(unknown)'), count(*), "
                  "coalesce(sum(CASE WHEN has_breakdown THEN system_tokens END), 0), "
                  "coalesce(sum(CASE WHEN has_breakdown THEN data_tokens END), 0), "
                  "coalesce(sum(CASE WHEN has_breakdown THEN instructions_tokens END), 0), "
                  "coalesce(sum(CASE WHEN has_breakdown THEN other_tokens END), 0), "
                  "coalesce(sum(CASE WHEN has_breakdown THEN 0 ELSE input_tokens END), 0), "
                  "sum(output_tokens) FROM llm_calls k") +
              callFilter(scope, &binds) + QStringLiteral(" GROUP BY 1, 2");
    }
    QSqlQuery q(m_db);
    if (!run(q, sql, binds, error))
        return out;
    QMap<QString, ComponentRow> steps, models;
    while (q.next()) {
        const QString keys[2] = {q.value(0).toString(), q.value(1).toString()};
        QMap<QString, ComponentRow>* maps[2] = {&steps, &models};
        for (int m = 0; m < 2; ++m) {
            ComponentRow& r = (*maps[m])[keys[m]];
            r.key = keys[m];
            r.calls += q.value(2).toLongLong();
            r.system += q.value(3).toLongLong();
            r.data += q.value(4).toLongLong();
            r.instructions += q.value(5).toLongLong();
            r.other += q.value(6).toLongLong();
            r.noBreakdown += q.value(7).toLongLong();
            r.output += q.value(8).toLongLong();
        }
    }
    out.steps = steps.values();
    out.models = models.values();
    return out;
}

QList<std::tuple<QDate, QString, qint64>>
CostLedger::tokensByDayAndModel(const BudgetCalendar& calendar, const CostScope& scope,
                                QString* error) {
    QList<std::tuple<QDate, QString, qint64>> out;
    QVariantList binds;
    const QString sql =
        rollupServes(scope)
            // Grouped by the primary key's leading columns: no sort.
            ? QStringLiteral("SELECT bucket, coalesce(nullif(model, ''), '(unknown)'), "
                             "sum(input + output) FROM call_rollup") +
                  rollupFilter(scope) + QStringLiteral(" GROUP BY bucket, model")
            : QStringLiteral("SELECT (k.ts_us - ((k.ts_us % %1) + %1) % %1) / %1, "
                             "coalesce(nullif(k.model, ''), '(unknown)'), "
                             "sum(k.input_tokens + k.output_tokens) FROM llm_calls k")
                      .arg(kBucketUs) +
                  callFilter(scope, &binds) + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1");
    QSqlQuery q(m_db);
    if (!run(q, sql, binds, error))
        return out;
    QMap<QPair<QDate, QString>, qint64> sums;
    LocalDays local(calendar);
    while (q.next())
        sums[{local.of(q.value(0).toLongLong() * kBucketUs), q.value(1).toString()}] +=
            q.value(2).toLongLong();
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out.append({it.key().first, it.key().second, it.value()});
    return out;
}

QList<PeriodStatus> CostLedger::budget(const BudgetLimits& limits, const QDate& localDay,
                                       QString* error) {
    QList<PeriodStatus> out;
    const BudgetCalendar calendar(limits);
    for (const BudgetPeriod p :
         {BudgetPeriod::Daily, BudgetPeriod::Weekly, BudgetPeriod::Monthly}) {
        const std::optional<double> limit = limits.limit(p);
        if (!limit)
            continue;
        PeriodStatus s;
        s.range = calendar.periodOf(p, localDay);
        CostScope scope;
        scope.fromUs = s.range.startUs;
        scope.toUs = s.range.endUs;
        const CostTotal t = total(scope, error);
        if (!error->isEmpty())
            return out;
        s.limit = *limit;
        s.spent = t.usd;
        s.remaining = std::round((*limit - t.usd) * 1e9) / 1e9;
        s.percentUsed = *limit > 0 ? std::round(t.usd / *limit * 1000.0) / 10.0 : 0.0;
        s.status = statusFor(t.usd, *limit, limits);
        out.append(s);
    }
    return out;
}

} // namespace runledger
