// SPDX-License-Identifier: MIT
#include "costledger.h"

#include "storage/callrollup.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace runledger {

namespace {

constexpr qint64 kBucketUs = CallRollup::kBucketUs; // every UTC offset is a multiple of 15 min

// Counts an LLM call item in a coverage; other items are not calls.
void countCall(CostCoverage* c, CostItem::Source source) {
    c->logged += source == CostItem::Source::LlmCalls;
    c->estimated += source == CostItem::Source::Estimate;
    c->unpriced += source == CostItem::Source::Unpriced;
    c->calls = c->logged + c->estimated + c->unpriced;
}

double roundUsd(double usd) {
    return std::round(usd * 1e9) / 1e9;
}

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

namespace {

// What the cost items of a connection were derived from: the connection,
// the state of its database and the price table. PRAGMA data_version changes
// when another connection commits, sqlite3_total_changes() when this one
// writes (including the price table's temporary rows).
struct ItemsKey {
    QString connection;
    sqlite3* handle = nullptr;
    qint64 dataVersion = -1;
    qint64 changes = -1;
    QList<PriceEntry> prices;
    bool operator==(const ItemsKey&) const = default;
};

ItemsKey itemsKey(QSqlDatabase& db, const PriceTable& prices) {
    ItemsKey key;
    key.connection = db.connectionName();
    key.handle = Database::sqliteHandle(db);
    key.prices = prices.entries();
    if (!key.handle)
        return key;
    SqliteStatement q;
    std::string error;
    if (q.prepare(key.handle, "PRAGMA data_version", &error) && q.step() == SQLITE_ROW)
        key.dataVersion = q.columnInt(0);
    key.changes = sqlite3_total_changes(key.handle);
    return key;
}

// The last items derived on this thread (a view's worker asks again for
// the same data as the user moves between runs and scopes).
struct ItemsCache {
    ItemsKey key;
    std::shared_ptr<CostItems> items;
};
thread_local ItemsCache t_itemsCache;

} // namespace

// The cost items, derived once per ledger: a view asks half a dozen
// questions at once, and deriving is what costs.
bool CostLedger::prepareItems(QString* error) {
    if (m_itemsReady)
        return true;
    ItemsKey key = itemsKey(m_db, m_prices);
    if (key.handle && key.dataVersion >= 0 && t_itemsCache.items && t_itemsCache.key == key) {
        m_items = t_itemsCache.items;
        m_itemsReady = true;
        return true;
    }
    auto items = std::make_shared<CostItems>();
    if (!preparePrices(error) || !items->load(m_db, error))
        return false;
    m_items = items;
    m_itemsReady = true;
    // Keyed as the connection stands now, after the price table's rows.
    t_itemsCache = {itemsKey(m_db, m_prices), items};
    return true;
}

CostTotal CostLedger::total(const CostScope& scope, QString* error) {
    CostTotal t;
    if (!prepareItems(error))
        return t;
    for (const CostItem& i : m_items->items()) {
        if (!m_items->inScope(i, scope))
            continue;
        t.usd += i.usd;
        t.estimatedUsd += i.estimatedUsd;
        countCall(&t.coverage, i.source);
    }
    t.usd = roundUsd(t.usd);
    t.estimatedUsd = roundUsd(t.estimatedUsd);
    return t;
}

QList<CostRow> CostLedger::by(const QString& dimension, const CostScope& scope, QString* error) {
    QList<CostRow> out;
    enum class Key { Run, Experiment, Step, Model };
    const Key kind = dimension == QLatin1String("run")          ? Key::Run
                     : dimension == QLatin1String("experiment") ? Key::Experiment
                     : dimension == QLatin1String("step")       ? Key::Step
                                                                : Key::Model;
    if (!prepareItems(error) || (kind == Key::Step && !m_items->loadBreakdown(m_db, error)))
        return out;
    // Grouped by number (run, experiment, or name index + 1; 0 for none),
    // named at the end.
    QHash<qint64, CostRow> rows;
    QHash<QString, qint64> labelKeys; // experiment names, numbered from 1
    QStringList labels;
    auto add = [&rows](qint64 key, double usd, double estimated) {
        CostRow& r = rows[key];
        r.usd += usd;
        r.estimatedUsd += estimated;
        ++r.items;
    };
    for (const CostItem& i : m_items->items()) {
        if (!m_items->inScope(i, scope))
            continue;
        switch (kind) {
        case Key::Run:
            add(i.run, i.usd, i.estimatedUsd);
            break;
        case Key::Experiment: {
            // Experiments that share a name are one row, as the name is
            // what the user reads.
            const QString label = m_items->experimentLabel(i.experiment);
            qint64 key = 0;
            if (!label.isNull()) {
                auto known = labelKeys.constFind(label);
                if (known == labelKeys.cend()) {
                    labels << label;
                    known = labelKeys.insert(label, labels.size());
                }
                key = known.value();
            }
            add(key, i.usd, i.estimatedUsd);
            break;
        }
        case Key::Model:
            add(i.model + 1, i.usd, i.estimatedUsd);
            break;
        case Key::Step: {
            // A cost record's breakdown splits it by step; a step without a
            // cost there counts the whole record.
            const auto parts = m_items->breakdownOf(i.record);
            if (parts.empty())
                add(i.step + 1, i.usd, i.estimatedUsd);
            for (const BreakdownPart& part : parts)
                add(part.step + 1, part.hasUsd ? part.usd : i.usd, i.estimatedUsd);
            break;
        }
        }
    }
    out.reserve(rows.size());
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        const qint64 key = it.key();
        switch (kind) {
        case Key::Run:
            it->key = key != 0 ? m_items->runId(key) : QStringLiteral("(no run)");
            break;
        case Key::Experiment:
            it->key = key != 0 ? labels.at(key - 1) : QStringLiteral("(no experiment)");
            break;
        case Key::Step:
            it->key = key != 0 ? m_items->name(int(key - 1)) : QStringLiteral("(no step)");
            break;
        case Key::Model:
            it->key = key != 0 ? m_items->name(int(key - 1)) : QStringLiteral("(unknown model)");
            break;
        }
        out.append(*it);
    }
    std::sort(out.begin(), out.end(), [](const CostRow& a, const CostRow& b) {
        return a.usd != b.usd ? a.usd > b.usd : a.key < b.key;
    });
    return out;
}

QList<QPair<QDate, double>> CostLedger::byDay(const BudgetCalendar& calendar,
                                              const CostScope& scope, QString* error) {
    QList<QPair<QDate, double>> out;
    if (!prepareItems(error))
        return out;
    // Summed per 15-minute bucket, then buckets into local days.
    std::map<qint64, double> buckets;
    for (const CostItem& i : m_items->items())
        if (i.priced && m_items->inScope(i, scope))
            buckets[CallRollup::bucketOf(i.tsUs)] += i.usd;
    QMap<QDate, double> days;
    LocalDays local(calendar);
    for (const auto& [bucket, usd] : buckets)
        days[local.of(bucket * kBucketUs)] += usd;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        out.append({it.key(), roundUsd(it.value())});
    return out;
}

QList<RunCost> CostLedger::runCosts(const CostScope& scope, QString* error) {
    QList<RunCost> out;
    if (!prepareItems(error))
        return out;
    struct Sums {
        double usd = 0;
        qint64 records = 0, metadata = 0;
        CostCoverage coverage;
    };
    QHash<qint64, Sums> runs;
    for (const CostItem& i : m_items->items()) {
        if (i.run == 0 || !m_items->inScope(i, scope))
            continue;
        Sums& r = runs[i.run];
        r.usd += i.usd;
        r.records += i.source == CostItem::Source::CostRecord;
        r.metadata += i.source == CostItem::Source::Metadata;
        countCall(&r.coverage, i.source);
    }
    out.reserve(runs.size());
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        RunCost c;
        c.runKey = it.key();
        c.runId = m_items->runId(it.key());
        c.usd = roundUsd(it->usd);
        c.coverage = it->coverage;
        if (it->records > 0)
            c.source = QStringLiteral("cost_record");
        else if (it->metadata > 0)
            c.source = QStringLiteral("metadata");
        else if (c.coverage.estimated > 0)
            c.source = QStringLiteral("estimate");
        else if (c.coverage.logged > 0)
            c.source = QStringLiteral("llm_calls");
        out.append(c);
    }
    std::sort(out.begin(), out.end(), [](const RunCost& a, const RunCost& b) {
        return a.usd != b.usd ? a.usd > b.usd : a.runId < b.runId;
    });
    return out;
}

QList<VarianceRow> CostLedger::variances(const CostScope& scope, QString* error) {
    QList<VarianceRow> out;
    std::string sql =
        "SELECT coalesce(r.run_id, '(no run)'), c.ts_us, c.estimated_usd, c.actual_usd, "
        "c.variance_usd, c.variance_percent FROM cost_records c LEFT JOIN runs r ON r.id = "
        "c.run_ref WHERE 1";
    std::vector<qint64> binds;
    for (const auto& [value, condition] :
         {std::pair{scope.runKey, " AND c.run_ref = ?"},
          std::pair{scope.experimentKey, " AND r.experiment_ref = ?"},
          std::pair{scope.fromUs, " AND c.ts_us >= ?"},
          std::pair{scope.toUs, " AND c.ts_us < ?"}}) {
        if (value != 0) {
            sql += condition;
            binds.push_back(value);
        }
    }
    SqliteStatement q;
    std::string sqlError;
    sqlite3* handle = Database::sqliteHandle(m_db);
    if (!handle || !q.prepare(handle, sql, &sqlError)) {
        *error = handle ? QString::fromStdString(sqlError) : QStringLiteral("not SQLite");
        return out;
    }
    for (size_t b = 0; b < binds.size(); ++b)
        q.bindInt(static_cast<int>(b) + 1, binds[b]);
    sqlite3_stmt* st = q.get();
    auto isNull = [st](int column) {
        return sqlite3_column_type(st, column) == SQLITE_NULL;
    };
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        // Types first: a value's type is undefined once it has been converted.
        const bool noEstimate = isNull(2), noVariance = isNull(4), noPercent = isNull(5);
        VarianceRow v;
        v.runId = CostItems::columnString(st, 0);
        v.tsUs = sqlite3_column_int64(st, 1);
        v.estimated = sqlite3_column_double(st, 2);
        v.hasEstimate = !noEstimate && v.estimated > 0;
        v.actual = sqlite3_column_double(st, 3);
        v.variance = v.actual - v.estimated;
        v.variancePercent = v.hasEstimate ? v.variance / v.estimated * 100.0 : 0.0;
        v.recordedVariance = sqlite3_column_double(st, 4);
        v.recordedPercent = sqlite3_column_double(st, 5);
        v.disagrees =
            (!noVariance && std::abs(v.recordedVariance - v.variance) > kVarianceToleranceUsd) ||
            (!noPercent &&
             std::abs(v.recordedPercent - v.variancePercent) > kVarianceTolerancePercent);
        out.append(v);
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return {};
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
