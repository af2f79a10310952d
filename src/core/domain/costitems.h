// SPDX-License-Identifier: MIT
#pragma once

#include "pricetable.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace runledger {

// Which costs a question is about. Zero fields do not narrow.
struct CostScope {
    qint64 runKey = 0;
    qint64 experimentKey = 0;
    qint64 fromUs = 0; // inclusive
    qint64 toUs = 0;   // exclusive
};

// One cost: a run's cost record, one of its LLM calls, or its metadata total
// (see CostLedger for which one counts).
struct CostItem {
    enum class Source : uint8_t { CostRecord, LlmCalls, Estimate, Unpriced, Metadata };
    qint64 tsUs = 0;
    qint64 run = 0;        // 0: none
    qint64 experiment = 0; // the run's experiment; 0: none
    qint64 record = 0;     // cost_records.id for a cost record
    double usd = 0;        // 0 when unpriced
    double estimatedUsd = 0;
    bool priced = true; // false: no cost (an unpriced call)
    Source source = Source::CostRecord;
    int model = -1; // index into CostItems::name(); -1: none
    int step = -1;
    qint64 input = 0, output = 0; // tokens of a call, or as a cost record states them
};

// One step of a cost record's breakdown.
struct BreakdownPart {
    qint64 record = 0;
    int step = 0; // index into CostItems::name()
    bool hasUsd = false;
    double usd = 0;
};

// The LLM calls of a run priced by a cost record with a breakdown, summed per
// step and model: what the record's breakdown is split by.
struct CallGroup {
    qint64 run = 0;
    int step = -1, model = -1; // indexes into CostItems::name(); -1: none
    qint64 calls = 0, unpriced = 0;
    qint64 input = 0, output = 0;
    // Each call's logged cost, else the price table's estimate on the date
    // of the run's cost record.
    double usd = 0;
};

// A part of a cost record charged to one model: a step of its breakdown, or
// what the breakdown leaves over (step -1). The shares of a record add up to
// its cost.
struct CostShare {
    qint64 record = 0;
    int step = -1;
    int model = -1;
    double usd = 0;
};

// The cost items of a database, derived in SQL (the one-source rule and the
// price lookups) and read once into memory, where the ledger's questions are
// loops over a few tens of thousands of items instead of one SQL pass each.
class CostItems {
public:
    // Needs the price table in temp.ledger_prices (CostLedger prepares it).
    bool load(QSqlDatabase& db, QString* error);

    const std::vector<CostItem>& items() const { return m_items; }
    // The cost records' breakdowns by step, read on first use.
    bool loadBreakdown(QSqlDatabase& db, QString* error);
    std::span<const BreakdownPart> breakdownOf(qint64 record) const;
    // Each cost record split across models (docs/architecture.md, "Costs"),
    // read and computed on first use; `prices` prices the calls logged with
    // no cost, as for the items.
    bool loadShares(QSqlDatabase& db, const PriceTable& prices, QString* error);
    std::span<const CostShare> sharesOf(qint64 record) const;
    // The calls of every run whose cost record has a breakdown (the shares
    // need only those of runs that used a model other than their record's).
    bool loadAllCalls(QSqlDatabase& db, const PriceTable& prices, QString* error) {
        return loadCalls(db, prices, true, error);
    }
    std::span<const CallGroup> callsOf(qint64 run) const;
    bool inScope(const CostItem& item, const CostScope& scope) const;
    const QString& name(int index) const { return m_names.at(index); }
    int nameCount() const { return static_cast<int>(m_names.size()); }
    QString runId(qint64 run) const { return m_runIds.value(run); }
    QString experimentLabel(qint64 experiment) const { return m_experiments.value(experiment); }
    QString experimentId(qint64 experiment) const { return m_experimentIds.value(experiment); }
    static QString sourceName(CostItem::Source source); // "cost_record", "llm_calls", ...
    static QDate utcDate(qint64 utcMicros);
    // A text column of a row being read; a null QString for NULL.
    static QString columnString(sqlite3_stmt* statement, int column);

private:
    int intern(const char* utf8, int bytes);
    bool loadCalls(QSqlDatabase& db, const PriceTable& prices, bool all, QString* error);
    std::vector<const CostItem*> splitRecords() const;
    bool markMixedRuns(sqlite3* handle, const std::vector<const CostItem*>& records,
                       std::vector<char>* mixed, QString* error);
    bool scanCalls(sqlite3* handle, const std::vector<char>& read, bool byRun,
                   std::vector<CallGroup>* unlogged, QString* error);
    void split(const CostItem& record);
    void splitStep(const CostItem& record, int step, double usd);

    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };

    std::vector<CostItem> m_items;
    std::vector<BreakdownPart> m_breakdown; // by record
    bool m_breakdownLoaded = false;
    std::vector<CallGroup> m_calls; // by run
    bool m_callsLoaded = false, m_callsComplete = false;
    std::vector<CostShare> m_shares; // by record
    bool m_sharesLoaded = false;
    QStringList m_names;
    std::vector<std::string> m_nameBytes; // as first read, by index
    QHash<QString, int> m_nameIndex;
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_utf8Index;
    QHash<qint64, QString> m_runIds;
    QHash<qint64, QString> m_experiments;
    QHash<qint64, QString> m_experimentIds;
};

} // namespace runledger
