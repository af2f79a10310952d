// SPDX-License-Identifier: MIT
#include "costitems.h"

#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace runledger {

namespace {

// Each run's latest cost record (and records without a run); the LLM calls of
// runs without a record and of no run, at their logged cost, else estimated
// from temp.ledger_prices (exact name before alias, latest effective date on
// or before the call), else unpriced; the metadata total of runs with
// neither. Runs without a record are few, so their calls are found through
// the run index rather than by scanning every call.
constexpr const char* kItemsSql =
    "WITH rec_runs AS (SELECT DISTINCT run_ref FROM cost_records WHERE run_ref IS NOT NULL), "
    "calls AS (SELECT k.ts_us AS ts, k.run_ref AS run, k.model AS model, k.step AS step, "
    "  k.input_tokens AS inp, k.output_tokens AS outp, k.cost_usd AS cost, CASE WHEN "
    "coalesce(k.cost_usd, 0) > 0 THEN NULL ELSE "
    "  (SELECT (k.input_tokens * p.inp + k.output_tokens * p.outp) / 1e6 "
    "   FROM temp.ledger_prices p WHERE p.name = lower(k.model) AND p.from_us <= k.ts_us "
    "   ORDER BY p.exact DESC, p.from_us DESC LIMIT 1) END AS price "
    "  FROM llm_calls k WHERE k.run_ref IS NULL OR k.run_ref IN "
    "  (SELECT id FROM runs WHERE id NOT IN (SELECT run_ref FROM rec_runs))), "
    "all_items AS ("
    "  SELECT c.ts_us AS ts, c.run_ref AS run, c.model AS model, NULL AS step, "
    "    c.actual_usd AS usd, 0.0 AS est, 'cost_record' AS source, c.id AS record, "
    "    c.input_tokens AS inp, c.output_tokens AS outp "
    "  FROM cost_records c WHERE c.run_ref IS NULL OR c.ts_us = "
    "    (SELECT max(c2.ts_us) FROM cost_records c2 WHERE c2.run_ref = c.run_ref) "
    "  UNION ALL "
    "  SELECT ts, run, model, step, CASE WHEN coalesce(cost, 0) > 0 THEN cost ELSE price END, "
    "    CASE WHEN coalesce(cost, 0) > 0 THEN 0.0 ELSE coalesce(price, 0.0) END, "
    "    CASE WHEN coalesce(cost, 0) > 0 THEN 'llm_calls' WHEN price IS NOT NULL THEN "
    "    'estimate' ELSE 'unpriced' END, NULL, inp, outp FROM calls "
    "  UNION ALL "
    "  SELECT coalesce(m.ended_us, m.started_us, 0), m.run_ref, NULL, NULL, m.total_cost_usd, "
    "    0.0, 'metadata', NULL, NULL, NULL FROM run_metadata m "
    "  WHERE m.total_cost_usd IS NOT NULL AND m.run_ref NOT IN (SELECT run_ref FROM rec_runs) "
    "  AND NOT EXISTS (SELECT 1 FROM llm_calls k WHERE k.run_ref = m.run_ref)) "
    "SELECT i.ts, i.run, r.experiment_ref, i.record, i.usd, i.est, i.source, i.model, i.step, "
    "  r.run_id, coalesce(e.name, e.experiment_id), i.inp, i.outp, e.experiment_id FROM all_items "
    "i "
    "LEFT JOIN runs r ON r.id = i.run LEFT JOIN experiments e ON e.id = r.experiment_ref";

const char* text(sqlite3_stmt* s, int i) {
    return reinterpret_cast<const char*>(sqlite3_column_text(s, i));
}

CostItem::Source sourceOf(const char* t) {
    const std::string_view s = t ? t : "";
    if (s == "cost_record")
        return CostItem::Source::CostRecord;
    if (s == "llm_calls")
        return CostItem::Source::LlmCalls;
    if (s == "estimate")
        return CostItem::Source::Estimate;
    if (s == "unpriced")
        return CostItem::Source::Unpriced;
    return CostItem::Source::Metadata;
}

} // namespace

QDate CostItems::utcDate(qint64 utcMicros) {
    constexpr qint64 kDayUs = 86400LL * 1000000LL;
    constexpr qint64 kJulian1970 = 2440588; // QDate's Julian day of 1970-01-01
    return QDate::fromJulianDay(kJulian1970 + utcMicros / kDayUs -
                                (utcMicros % kDayUs < 0 ? 1 : 0));
}

QString CostItems::columnString(sqlite3_stmt* s, int i) {
    const char* t = text(s, i);
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(s, i)) : QString();
}

int CostItems::intern(const char* utf8, int bytes) {
    if (!utf8)
        return -1;
    const std::string_view raw(utf8, static_cast<size_t>(bytes));
    if (const auto known = m_utf8Index.find(raw); known != m_utf8Index.end())
        return known->second;
    // Spellings that decode to the same text (invalid UTF-8) share an index.
    const QString name = QString::fromUtf8(utf8, bytes);
    auto it = m_nameIndex.constFind(name);
    if (it == m_nameIndex.cend()) {
        m_names << name;
        m_nameBytes.emplace_back(raw);
        it = m_nameIndex.insert(name, static_cast<int>(m_names.size() - 1));
    }
    m_utf8Index.emplace(std::string(raw), it.value());
    return it.value();
}

bool CostItems::load(QSqlDatabase& db, QString* error) {
    m_items.clear();
    sqlite3* handle = Database::sqliteHandle(db);
    if (!handle) {
        *error = QStringLiteral("the cost ledger needs an SQLite connection");
        return false;
    }
    SqliteStatement q;
    std::string sqlError;
    if (!q.prepare(handle, kItemsSql, &sqlError)) {
        *error = QString::fromStdString(sqlError);
        return false;
    }
    sqlite3_stmt* s = q.get();
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        CostItem item;
        item.tsUs = sqlite3_column_int64(s, 0);
        item.run = sqlite3_column_int64(s, 1);
        item.experiment = sqlite3_column_int64(s, 2);
        item.record = sqlite3_column_int64(s, 3);
        item.priced = sqlite3_column_type(s, 4) != SQLITE_NULL;
        item.usd = sqlite3_column_double(s, 4);
        item.estimatedUsd = sqlite3_column_double(s, 5);
        item.source = sourceOf(text(s, 6));
        item.model = intern(text(s, 7), sqlite3_column_bytes(s, 7));
        item.step = intern(text(s, 8), sqlite3_column_bytes(s, 8));
        if (item.run != 0 && !m_runIds.contains(item.run))
            m_runIds.insert(item.run, columnString(s, 9));
        if (item.experiment != 0 && !m_experiments.contains(item.experiment)) {
            m_experiments.insert(item.experiment, columnString(s, 10));
            m_experimentIds.insert(item.experiment, columnString(s, 13));
        }
        item.input = sqlite3_column_int64(s, 11);
        item.output = sqlite3_column_int64(s, 12);
        m_items.push_back(item);
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        m_items.clear();
        return false;
    }
    return true;
}

bool CostItems::loadBreakdown(QSqlDatabase& db, QString* error) {
    if (m_breakdownLoaded)
        return true;
    sqlite3* handle = Database::sqliteHandle(db);
    SqliteStatement q;
    std::string sqlError;
    // In primary key order: by record.
    if (!handle || !q.prepare(handle,
                              "SELECT cost_record_ref, step, cost_usd FROM cost_breakdown "
                              "ORDER BY cost_record_ref",
                              &sqlError)) {
        *error = handle ? QString::fromStdString(sqlError)
                        : QStringLiteral("the cost ledger needs an SQLite connection");
        return false;
    }
    sqlite3_stmt* s = q.get();
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        m_breakdown.push_back(
            {sqlite3_column_int64(s, 0), intern(text(s, 1), sqlite3_column_bytes(s, 1)),
             sqlite3_column_type(s, 2) != SQLITE_NULL, sqlite3_column_double(s, 2)});
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        m_breakdown.clear();
        return false;
    }
    m_breakdownLoaded = true;
    return true;
}

std::span<const BreakdownPart> CostItems::breakdownOf(qint64 record) const {
    if (record == 0)
        return {};
    const auto [first, last] = std::equal_range(
        m_breakdown.begin(), m_breakdown.end(), BreakdownPart{record},
        [](const BreakdownPart& a, const BreakdownPart& b) { return a.record < b.record; });
    return {first, last};
}

std::span<const CostShare> CostItems::sharesOf(qint64 record) const {
    const auto [first, last] = std::equal_range(
        m_shares.begin(), m_shares.end(), CostShare{record},
        [](const CostShare& a, const CostShare& b) { return a.record < b.record; });
    return {first, last};
}

std::span<const CallGroup> CostItems::callsOf(qint64 run) const {
    if (run == 0)
        return {};
    const auto [first, last] =
        std::equal_range(m_calls.begin(), m_calls.end(), CallGroup{run},
                         [](const CallGroup& a, const CallGroup& b) { return a.run < b.run; });
    return {first, last};
}

bool CostItems::loadShares(QSqlDatabase& db, const PriceTable& prices, QString* error) {
    if (m_sharesLoaded)
        return true;
    if (!loadCalls(db, prices, false, error))
        return false;
    for (const CostItem& i : m_items)
        if (i.source == CostItem::Source::CostRecord)
            split(i);
    std::stable_sort(m_shares.begin(), m_shares.end(),
                     [](const CostShare& a, const CostShare& b) { return a.record < b.record; });
    m_sharesLoaded = true;
    return true;
}

// By run key: the cost record of the run, when it has a breakdown to split.
std::vector<const CostItem*> CostItems::splitRecords() const {
    std::vector<const CostItem*> out;
    for (const CostItem& i : m_items) {
        if (i.source != CostItem::Source::CostRecord || i.run <= 0 || breakdownOf(i.record).empty())
            continue;
        if (out.size() <= size_t(i.run))
            out.resize(size_t(i.run) + 1);
        out[size_t(i.run)] = &i;
    }
    return out;
}

// The calls of the runs whose cost record has a breakdown, summed per run,
// step and model: of every such run when `all`, else only of the runs with
// a call of a model other than their record's (only those calls can move
// cost away from the record's model). Calls logged with no cost are priced
// on the date of their run's record.
bool CostItems::loadCalls(QSqlDatabase& db, const PriceTable& prices, bool all, QString* error) {
    if (m_callsComplete || (m_callsLoaded && !all))
        return true;
    if (!loadBreakdown(db, error))
        return false;
    sqlite3* handle = Database::sqliteHandle(db);
    const std::vector<const CostItem*> records = splitRecords();
    std::vector<char> read(records.size());
    for (size_t run = 0; run < records.size(); ++run)
        read[run] = all && records[run];
    if (!all && !markMixedRuns(handle, records, &read, error))
        return false;
    m_calls.clear();
    std::vector<CallGroup> unlogged; // the calls logged with no cost, by group
    const auto runs = std::count(read.begin(), read.end(), 1);
    const auto split = std::count_if(records.begin(), records.end(),
                                     [](const CostItem* r) { return r != nullptr; });
    if (runs > 0 && !scanCalls(handle, read, runs * 4 < split, &unlogged, error))
        return false;
    for (size_t i = 0; i < m_calls.size(); ++i) {
        CallGroup& g = m_calls[i];
        const CallGroup& u = unlogged[i];
        if (u.calls == 0)
            continue;
        const std::optional<double> estimate =
            g.model < 0 ? std::nullopt
                        : prices.price(name(g.model), utcDate(records[size_t(g.run)]->tsUs),
                                       u.input, u.output);
        g.usd += estimate.value_or(0.0);
        g.unpriced += estimate ? 0 : u.calls;
    }
    std::sort(m_calls.begin(), m_calls.end(), [](const CallGroup& a, const CallGroup& b) {
        return std::tie(a.run, a.step, a.model) < std::tie(b.run, b.step, b.model);
    });
    m_callsLoaded = true;
    m_callsComplete = all;
    return true;
}

// One pass over the calls' runs and models, compared as stored bytes.
bool CostItems::markMixedRuns(sqlite3* handle, const std::vector<const CostItem*>& records,
                              std::vector<char>* mixed, QString* error) {
    SqliteStatement q;
    std::string sqlError;
    if (!q.prepare(handle, "SELECT run_ref, model FROM llm_calls", &sqlError)) {
        *error = QString::fromStdString(sqlError);
        return false;
    }
    sqlite3_stmt* s = q.get();
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 run = sqlite3_column_int64(s, 0);
        if (run <= 0 || size_t(run) >= records.size() || !records[size_t(run)] ||
            (*mixed)[size_t(run)])
            continue;
        const char* model = text(s, 1);
        const int own = records[size_t(run)]->model;
        (*mixed)[size_t(run)] =
            model ? own < 0 || m_nameBytes[size_t(own)] !=
                                   std::string_view(model, size_t(sqlite3_column_bytes(s, 1)))
                  : own >= 0;
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    return true;
}

// Sums the calls of the runs flagged in `read` into m_calls (and those
// logged with no cost into `unlogged`): through the run index when they are
// few, else in one pass in table order (a GROUP BY would sort them all).
bool CostItems::scanCalls(sqlite3* handle, const std::vector<char>& read, bool byRun,
                          std::vector<CallGroup>* unlogged, QString* error) {
    SqliteStatement q;
    std::string sqlError;
    if (!q.prepare(handle,
                   byRun ? "SELECT run_ref, step, model, input_tokens, output_tokens, cost_usd "
                           "FROM llm_calls WHERE run_ref = ?"
                         : "SELECT run_ref, step, model, input_tokens, output_tokens, cost_usd "
                           "FROM llm_calls",
                   &sqlError)) {
        *error = QString::fromStdString(sqlError);
        return false;
    }
    sqlite3_stmt* s = q.get();
    auto nameAt = [&](int column) {
        const char* t = text(s, column); // before its length (SQLite's rule)
        return intern(t, sqlite3_column_bytes(s, column));
    };
    struct KeyHash {
        size_t operator()(const std::tuple<qint64, int, int>& k) const {
            return size_t(std::get<0>(k)) * 0x9e3779b97f4a7c15ULL ^
                   (size_t(uint32_t(std::get<1>(k))) << 20) ^ size_t(uint32_t(std::get<2>(k)));
        }
    };
    std::unordered_map<std::tuple<qint64, int, int>, size_t, KeyHash> index;
    auto add = [&]() {
        const qint64 run = sqlite3_column_int64(s, 0);
        if (run <= 0 || size_t(run) >= read.size() || !read[size_t(run)])
            return;
        const auto [it, added] = index.try_emplace({run, nameAt(1), nameAt(2)}, m_calls.size());
        if (added) {
            m_calls.push_back({run, std::get<1>(it->first), std::get<2>(it->first)});
            unlogged->push_back({run});
        }
        const qint64 input = sqlite3_column_int64(s, 3), output = sqlite3_column_int64(s, 4);
        const double cost = sqlite3_column_double(s, 5);
        CallGroup& g = m_calls[it->second];
        CallGroup& u = (*unlogged)[it->second];
        for (CallGroup* x : {&g, cost > 0 ? nullptr : &u}) {
            if (!x)
                continue;
            ++x->calls;
            x->input += input;
            x->output += output;
        }
        g.usd += cost > 0 ? cost : 0.0;
    };
    int rc = SQLITE_DONE;
    if (byRun) {
        for (size_t run = 0; run < read.size() && rc == SQLITE_DONE; ++run) {
            if (!read[run])
                continue;
            q.reset();
            q.bindInt(1, qint64(run));
            while ((rc = q.step()) == SQLITE_ROW)
                add();
        }
    } else {
        while ((rc = q.step()) == SQLITE_ROW)
            add();
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        m_calls.clear();
        return false;
    }
    return true;
}

// A record's breakdown steps (those with an amount; scaled down to the
// record's cost when they add up to more), each split across the models whose
// calls made the step; a step without calls and what the breakdown leaves
// over go to the record's own model.
void CostItems::split(const CostItem& record) {
    const double total = record.priced ? record.usd : 0.0;
    auto counts = [](const BreakdownPart& part) {
        return part.hasUsd && std::isfinite(part.usd) && part.usd >= 0;
    };
    double covered = 0;
    for (const BreakdownPart& part : breakdownOf(record.record))
        covered += counts(part) ? part.usd : 0.0;
    if (total <= 0) {
        m_shares.push_back({record.record, -1, record.model, total});
        return;
    }
    const double scale = covered > total ? total / covered : 1.0;
    double charged = 0;
    for (const BreakdownPart& part : breakdownOf(record.record)) {
        if (!counts(part))
            continue;
        charged += part.usd * scale;
        splitStep(record, part.step, part.usd * scale);
    }
    if (total - charged > 1e-12)
        m_shares.push_back({record.record, -1, record.model, total - charged});
}

// Split in proportion to the calls' cost when every call of the step has
// one, else to their tokens, else to their number.
void CostItems::splitStep(const CostItem& record, int step, double usd) {
    struct Weight {
        int model = -1;
        double usd = 0, tokens = 0, calls = 0;
        qint64 unpriced = 0;
    };
    std::vector<Weight> weights; // a step's models: a few
    Weight sum;
    for (const CallGroup& g : callsOf(record.run)) {
        if (g.step != step)
            continue;
        auto w = std::find_if(weights.begin(), weights.end(),
                              [&g](const Weight& x) { return x.model == g.model; });
        if (w == weights.end())
            w = weights.insert(weights.end(), Weight{g.model});
        for (Weight* x : {&*w, &sum}) {
            x->usd += g.usd;
            x->tokens += double(g.input + g.output);
            x->calls += double(g.calls);
            x->unpriced += g.unpriced;
        }
    }
    if (weights.empty()) {
        m_shares.push_back({record.record, step, record.model, usd});
        return;
    }
    const auto basis = sum.unpriced == 0 && sum.usd > 0 ? &Weight::usd
                       : sum.tokens > 0                 ? &Weight::tokens
                                                        : &Weight::calls;
    for (const Weight& w : weights)
        m_shares.push_back({record.record, step, w.model, usd * (w.*basis) / (sum.*basis)});
}

bool CostItems::inScope(const CostItem& item, const CostScope& scope) const {
    return (scope.runKey == 0 || item.run == scope.runKey) &&
           (scope.experimentKey == 0 || item.experiment == scope.experimentKey) &&
           (scope.fromUs == 0 || item.tsUs >= scope.fromUs) &&
           (scope.toUs == 0 || item.tsUs < scope.toUs);
}

QString CostItems::sourceName(CostItem::Source source) {
    switch (source) {
    case CostItem::Source::CostRecord:
        return QStringLiteral("cost_record");
    case CostItem::Source::LlmCalls:
        return QStringLiteral("llm_calls");
    case CostItem::Source::Estimate:
        return QStringLiteral("estimate");
    case CostItem::Source::Unpriced:
        return QStringLiteral("unpriced");
    case CostItem::Source::Metadata:
        break;
    }
    return QStringLiteral("metadata");
}

} // namespace runledger
