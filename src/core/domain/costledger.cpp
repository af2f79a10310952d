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

// Adds one row's sums to another's.
void addTo(CostRow* into, const CostRow& from) {
    into->usd += from.usd;
    into->estimatedUsd += from.estimatedUsd;
    into->whatIfUsd += from.whatIfUsd;
    into->items += from.items;
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

std::optional<ModelSubstitution> ModelSubstitution::parse(const QString& text) {
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq < 0)
        return std::nullopt;
    ModelSubstitution s{text.left(eq).trimmed(), text.mid(eq + 1).trimmed()};
    if (s.from.isEmpty() || s.to.isEmpty() || s.to.contains(QLatin1Char('=')))
        return std::nullopt;
    return s;
}

QStringList CostLedger::dimensions() {
    return {QStringLiteral("model"),     QStringLiteral("step"), QStringLiteral("run"),
            QStringLiteral("day"),       QStringLiteral("week"), QStringLiteral("month"),
            QStringLiteral("experiment")};
}

// The name the price table gives a model (aliases resolved), else its own.
QString CostLedger::canonicalModel(const QString& model) const {
    const std::optional<PriceEntry> e = m_prices.lookup(model, QDate());
    return e ? e->model : model;
}

bool CostLedger::setWhatIf(const QList<ModelSubstitution>& substitutions, QString* error) {
    QList<Substitution> parsed;
    for (const ModelSubstitution& s : substitutions) {
        if (!m_prices.lookup(s.to, QDate())) {
            *error = QStringLiteral("the price table has no price for model '%1'").arg(s.to);
            return false;
        }
        const QString from = canonicalModel(s.from);
        for (const Substitution& known : std::as_const(parsed)) {
            if (known.from.compare(from, Qt::CaseInsensitive) == 0) {
                *error = QStringLiteral("model '%1' is substituted twice").arg(s.from);
                return false;
            }
        }
        parsed.append({from, s.to});
    }
    m_whatIf = parsed;
    m_substitutionOf.clear();
    return true;
}

const CostLedger::Substitution* CostLedger::substitutionOf(int model) {
    if (model < 0 || m_whatIf.isEmpty())
        return nullptr;
    if (size_t(model) >= m_substitutionOf.size())
        m_substitutionOf.resize(size_t(m_items->nameCount()), -2);
    int& known = m_substitutionOf[size_t(model)];
    if (known == -2) {
        known = -1;
        const QString from = canonicalModel(m_items->name(model));
        for (qsizetype i = 0; i < m_whatIf.size(); ++i)
            if (m_whatIf.at(i).from.compare(from, Qt::CaseInsensitive) == 0)
                known = static_cast<int>(i);
    }
    return known >= 0 ? &m_whatIf.at(known) : nullptr;
}

double CostLedger::toPrice(const Substitution& sub, const QDate& day, qint64 input,
                           qint64 output) const {
    if (const std::optional<double> p = m_prices.price(sub.to, day, input, output))
        return *p;
    return m_prices.price(sub.to, QDate(), input, output).value_or(0.0);
}

// `to`'s price over `from`'s on the tokens of a record's run's calls of
// `model` (see setWhatIf).
double CostLedger::shareRatio(const CostItem& record, int model, const Substitution& sub) {
    const QString& from = m_items->name(model);
    double to = 0, base = 0;
    auto add = [&](const QDate& day, qint64 input, qint64 output, double ownCost) {
        if (const std::optional<double> p = m_prices.price(from, day, input, output)) {
            base += *p;
        } else if (ownCost > 0) {
            base += ownCost;
        } else {
            return;
        }
        to += toPrice(sub, day, input, output);
    };
    const QDate day = CostItems::utcDate(record.tsUs);
    bool followed = false;
    for (const CallGroup& g : m_items->callsOf(record.run)) {
        if (g.model != model)
            continue;
        followed = true;
        add(day, g.input, g.output, g.unpriced == 0 ? g.usd : 0.0);
    }
    if (!followed)
        add(day, record.input, record.output, 0.0);
    return base > 0 ? to / base : 1.0;
}

bool CostLedger::prepareShares(bool split, QString* error) {
    if (!split && m_whatIf.isEmpty())
        return true;
    return (m_whatIf.isEmpty() || m_items->loadAllCalls(m_db, m_prices, error)) &&
           m_items->loadShares(m_db, m_prices, error);
}

// An item's cost as one charge, or a cost record's as one charge per share
// when `split`; each with its what-if cost.
void CostLedger::chargesOf(const CostItem& i, bool split, std::vector<Charge>* out) {
    out->clear();
    const bool record = i.source == CostItem::Source::CostRecord;
    if (!record || (!split && m_whatIf.isEmpty())) {
        double whatIf = i.usd;
        const Substitution* s =
            i.source == CostItem::Source::Metadata || record ? nullptr : substitutionOf(i.model);
        if (s)
            whatIf = toPrice(*s, CostItems::utcDate(i.tsUs), i.input, i.output);
        out->push_back({i.step, i.model, i.usd, i.estimatedUsd, whatIf});
        return;
    }
    double whatIf = 0;
    for (const CostShare& share : m_items->sharesOf(i.record)) {
        const Substitution* s = substitutionOf(share.model);
        const double w = s ? share.usd * shareRatio(i, share.model, *s) : share.usd;
        if (split)
            out->push_back({share.step, share.model, share.usd, 0.0, w});
        whatIf += w;
    }
    if (!split)
        out->push_back({i.step, i.model, i.usd, i.estimatedUsd, whatIf});
}

CostTotal CostLedger::total(const CostScope& scope, QString* error) {
    CostTotal t;
    if (!prepareItems(error) || !prepareShares(false, error))
        return t;
    std::vector<Charge> charges;
    for (const CostItem& i : m_items->items()) {
        if (!m_items->inScope(i, scope))
            continue;
        t.usd += i.usd;
        t.estimatedUsd += i.estimatedUsd;
        countCall(&t.coverage, i.source);
        if (!m_whatIf.isEmpty()) {
            chargesOf(i, false, &charges);
            t.whatIfUsd += charges.front().whatIfUsd;
        }
    }
    t.usd = roundUsd(t.usd);
    t.estimatedUsd = roundUsd(t.estimatedUsd);
    t.whatIfUsd = m_whatIf.isEmpty() ? t.usd : roundUsd(t.whatIfUsd);
    return t;
}

// The charges in scope summed per key(item, charge); each sum counts the
// items behind it and the experiment they share (0 when none, -1 when
// several).
template <typename KeyOf>
QHash<qint64, CostLedger::Sum> CostLedger::sums(const CostScope& scope, bool split, KeyOf keyOf) {
    QHash<qint64, Sum> out;
    std::vector<Charge> charges;
    for (const CostItem& i : m_items->items()) {
        if (!m_items->inScope(i, scope))
            continue;
        chargesOf(i, split, &charges);
        for (const Charge& c : charges) {
            Sum& s = out[keyOf(i, c)];
            s.row.usd += c.usd;
            s.row.estimatedUsd += c.estimatedUsd;
            s.row.whatIfUsd += c.whatIfUsd;
            if (s.last != &i) {
                s.last = &i;
                ++s.row.items;
                s.experiment =
                    (s.row.items == 1 || s.experiment == i.experiment) ? i.experiment : -1;
            }
        }
    }
    return out;
}

QList<CostRow> CostLedger::by(const QString& dimension, const CostScope& scope, QString* error,
                              const BudgetCalendar* calendar) {
    QList<CostRow> out;
    if (!dimensions().contains(dimension)) {
        *error = QStringLiteral("unknown cost dimension '%1'").arg(dimension);
        return out;
    }
    const bool model = dimension == QLatin1String("model");
    const bool split = model || dimension == QLatin1String("step");
    if (!prepareItems(error) || !prepareShares(split, error))
        return out;
    const std::optional<BudgetPeriod> period =
        dimension == QLatin1String("day")     ? std::optional(BudgetPeriod::Daily)
        : dimension == QLatin1String("week")  ? std::optional(BudgetPeriod::Weekly)
        : dimension == QLatin1String("month") ? std::optional(BudgetPeriod::Monthly)
                                              : std::nullopt;
    if (period) {
        BudgetLimits utc;
        utc.timeZone = "UTC";
        const QMap<QDate, CostRow> rows =
            periodRows(*period, calendar ? *calendar : BudgetCalendar(utc), scope);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            out.append(*it);
            out.last().key =
                it.key().toString(*period == BudgetPeriod::Monthly ? QStringLiteral("yyyy-MM")
                                                                   : QStringLiteral("yyyy-MM-dd"));
        }
    } else if (split) {
        const QHash<qint64, Sum> rows =
            sums(scope, true, [model](const CostItem&, const Charge& c) {
                return qint64(model ? c.model : c.step) + 1;
            });
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            out.append(it->row);
            out.last().key = it.key() != 0 ? m_items->name(int(it.key() - 1))
                             : model       ? QStringLiteral("(unknown model)")
                                           : QStringLiteral("(no step)");
        }
    } else {
        out = dimension == QLatin1String("run") ? runRows(scope) : experimentRows(scope);
    }
    for (CostRow& r : out) {
        r.usd = roundUsd(r.usd);
        r.estimatedUsd = roundUsd(r.estimatedUsd);
        r.whatIfUsd = roundUsd(r.whatIfUsd);
    }
    if (!period) // most expensive first; periods stay in time order
        std::sort(out.begin(), out.end(), [](const CostRow& a, const CostRow& b) {
            return a.usd != b.usd ? a.usd > b.usd : a.key < b.key;
        });
    return out;
}

QList<CostRow> CostLedger::runRows(const CostScope& scope) {
    QList<CostRow> out;
    const QHash<qint64, Sum> rows =
        sums(scope, false, [](const CostItem& i, const Charge&) { return i.run; });
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        CostRow r = it->row;
        if (it.key() == 0) {
            r.key = QStringLiteral("(no run)");
        } else {
            r.runId = m_items->runId(it.key());
            r.experimentId = it->experiment > 0 ? m_items->experimentId(it->experiment) : QString();
            r.key =
                r.experimentId.isEmpty() ? r.runId : r.experimentId + QLatin1Char('/') + r.runId;
        }
        out.append(r);
    }
    return out;
}

// Experiments that share a name are one row, as the name is what the user
// reads.
QList<CostRow> CostLedger::experimentRows(const CostScope& scope) {
    const QHash<qint64, Sum> rows =
        sums(scope, false, [](const CostItem& i, const Charge&) { return i.experiment; });
    QMap<QString, CostRow> byName;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QString name =
            it.key() != 0 ? m_items->experimentLabel(it.key()) : QStringLiteral("(no experiment)");
        const QString id = it.key() != 0 ? m_items->experimentId(it.key()) : QString();
        const bool first = !byName.contains(name);
        CostRow& r = byName[name];
        r.key = name;
        r.experimentId = first ? id : QString();
        addTo(&r, it->row);
    }
    return byName.values();
}

// Sums per period (keyed by its first local day): per 15-minute bucket
// first, then buckets into local days and periods, so the zone is consulted
// once per bucket rather than once per item.
QMap<QDate, CostRow> CostLedger::periodRows(BudgetPeriod period, const BudgetCalendar& calendar,
                                            const CostScope& scope) {
    const QHash<qint64, Sum> rows = sums(scope, false, [](const CostItem& i, const Charge&) {
        return CallRollup::bucketOf(i.tsUs);
    });
    std::vector<std::pair<qint64, const CostRow*>> buckets;
    buckets.reserve(size_t(rows.size()));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        buckets.emplace_back(it.key(), &it->row);
    std::sort(buckets.begin(), buckets.end());
    QMap<QDate, CostRow> out;
    LocalDays local(calendar);
    QDate day, first;
    for (const auto& [bucket, row] : buckets) {
        if (const QDate d = local.of(bucket * kBucketUs); d != day) {
            day = d;
            first = period == BudgetPeriod::Daily ? d : calendar.periodOf(period, d).first;
        }
        addTo(&out[first], *row);
    }
    return out;
}

QList<QPair<QDate, double>> CostLedger::byDay(const BudgetCalendar& calendar,
                                              const CostScope& scope, QString* error) {
    QList<QPair<QDate, double>> out;
    if (!prepareItems(error) || !prepareShares(false, error))
        return out;
    const QMap<QDate, CostRow> days = periodRows(BudgetPeriod::Daily, calendar, scope);
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        out.append({it.key(), roundUsd(it->usd)});
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
