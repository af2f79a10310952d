// SPDX-License-Identifier: MIT
#include "costitems.h"

#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <algorithm>
#include <string>
#include <string_view>

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
    "  k.cost_usd AS cost, CASE WHEN coalesce(k.cost_usd, 0) > 0 THEN NULL ELSE "
    "  (SELECT (k.input_tokens * p.inp + k.output_tokens * p.outp) / 1e6 "
    "   FROM temp.ledger_prices p WHERE p.name = lower(k.model) AND p.from_us <= k.ts_us "
    "   ORDER BY p.exact DESC, p.from_us DESC LIMIT 1) END AS price "
    "  FROM llm_calls k WHERE k.run_ref IS NULL OR k.run_ref IN "
    "  (SELECT id FROM runs WHERE id NOT IN (SELECT run_ref FROM rec_runs))), "
    "all_items AS ("
    "  SELECT c.ts_us AS ts, c.run_ref AS run, c.model AS model, NULL AS step, "
    "    c.actual_usd AS usd, 0.0 AS est, 'cost_record' AS source, c.id AS record "
    "  FROM cost_records c WHERE c.run_ref IS NULL OR c.ts_us = "
    "    (SELECT max(c2.ts_us) FROM cost_records c2 WHERE c2.run_ref = c.run_ref) "
    "  UNION ALL "
    "  SELECT ts, run, model, step, CASE WHEN coalesce(cost, 0) > 0 THEN cost ELSE price END, "
    "    CASE WHEN coalesce(cost, 0) > 0 THEN 0.0 ELSE coalesce(price, 0.0) END, "
    "    CASE WHEN coalesce(cost, 0) > 0 THEN 'llm_calls' WHEN price IS NOT NULL THEN "
    "    'estimate' ELSE 'unpriced' END, NULL FROM calls "
    "  UNION ALL "
    "  SELECT coalesce(m.ended_us, m.started_us, 0), m.run_ref, NULL, NULL, m.total_cost_usd, "
    "    0.0, 'metadata', NULL FROM run_metadata m "
    "  WHERE m.total_cost_usd IS NOT NULL AND m.run_ref NOT IN (SELECT run_ref FROM rec_runs) "
    "  AND NOT EXISTS (SELECT 1 FROM llm_calls k WHERE k.run_ref = m.run_ref)) "
    "SELECT i.ts, i.run, r.experiment_ref, i.record, i.usd, i.est, i.source, i.model, i.step, "
    "  r.run_id, coalesce(e.name, e.experiment_id) FROM all_items i "
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

QString CostItems::columnString(sqlite3_stmt* s, int i) {
    const char* t = text(s, i);
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(s, i)) : QString();
}

int CostItems::intern(const char* utf8, int bytes) {
    if (!utf8)
        return -1;
    const QString name = QString::fromUtf8(utf8, bytes);
    const auto it = m_nameIndex.constFind(name);
    if (it != m_nameIndex.cend())
        return it.value();
    m_names << name;
    const int index = static_cast<int>(m_names.size() - 1);
    m_nameIndex.insert(name, index);
    return index;
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
        if (item.experiment != 0 && !m_experiments.contains(item.experiment))
            m_experiments.insert(item.experiment, columnString(s, 10));
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
