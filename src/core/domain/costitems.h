// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <cstdint>
#include <span>
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
};

// One step of a cost record's breakdown.
struct BreakdownPart {
    qint64 record = 0;
    int step = 0; // index into CostItems::name()
    bool hasUsd = false;
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
    bool inScope(const CostItem& item, const CostScope& scope) const;
    const QString& name(int index) const { return m_names.at(index); }
    QString runId(qint64 run) const { return m_runIds.value(run); }
    QString experimentLabel(qint64 experiment) const { return m_experiments.value(experiment); }
    static QString sourceName(CostItem::Source source); // "cost_record", "llm_calls", ...
    // A text column of a row being read; a null QString for NULL.
    static QString columnString(sqlite3_stmt* statement, int column);

private:
    int intern(const char* utf8, int bytes);

    std::vector<CostItem> m_items;
    std::vector<BreakdownPart> m_breakdown; // by record
    bool m_breakdownLoaded = false;
    QStringList m_names;
    QHash<QString, int> m_nameIndex;
    QHash<qint64, QString> m_runIds;
    QHash<qint64, QString> m_experiments;
};

} // namespace runledger
