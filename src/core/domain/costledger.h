// SPDX-License-Identifier: MIT
#pragma once

#include "budget.h"
#include "costitems.h"
#include "pricetable.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <tuple>
#include <vector>

namespace runledger {

struct CostCoverage {
    qint64 calls = 0;     // LLM calls whose run is priced from its calls
    qint64 logged = 0;    // with their own cost_usd
    qint64 estimated = 0; // priced from the price table
    qint64 unpriced = 0;  // no price at all
    double percentPriced() const {
        return calls == 0 ? 100.0 : 100.0 * double(logged + estimated) / double(calls);
    }
};

struct CostTotal {
    double usd = 0;
    double estimatedUsd = 0; // the part that comes from the price table
    double whatIfUsd = 0;    // under CostLedger::setWhatIf(); else usd
    CostCoverage coverage;
};

struct CostRow {
    QString key;
    double usd = 0;
    double estimatedUsd = 0;
    double whatIfUsd = 0; // under CostLedger::setWhatIf(); else usd
    qint64 items = 0;     // cost items (a cost record, a call, a metadata total) in the row
    // The run of a "run" row; the experiment of a "run" row and of an
    // "experiment" row that holds one experiment.
    QString experimentId, runId;
};

// A what-if question: the calls of model `from` priced at model `to`'s
// prices.
struct ModelSubstitution {
    QString from, to;
    // "FROM=TO", both sides non-empty; nullopt otherwise.
    static std::optional<ModelSubstitution> parse(const QString& text);
    bool operator==(const ModelSubstitution&) const = default;
};

struct RunCost {
    qint64 runKey = 0;
    QString runId;
    double usd = 0;
    QString source; // cost_record, llm_calls, estimate, metadata; empty: unpriced
    CostCoverage coverage;
};

struct TokenRow {
    QString key;
    qint64 calls = 0, input = 0, output = 0;
    double costUsd = 0; // logged cost, or the price table's estimate when 0
};

// Input tokens by prompt component, and output, for one key (a step or model).
struct ComponentRow {
    QString key;
    qint64 calls = 0;
    qint64 system = 0, data = 0, instructions = 0, other = 0;
    qint64 noBreakdown = 0; // input tokens of calls that gave no breakdown
    qint64 output = 0;
    qint64 input() const { return system + data + instructions + other + noBreakdown; }
};

struct ComponentSplit {
    QList<ComponentRow> steps, models;
};

struct VarianceRow {
    QString runId;
    qint64 tsUs = 0;
    double estimated = 0, actual = 0;
    double variance = 0, variancePercent = 0;         // recomputed
    double recordedVariance = 0, recordedPercent = 0; // as written in the file
    bool disagrees = false;
    bool hasEstimate = false;
};

// Spend, resolved from exactly one source per run, never counted twice:
// - a run with a cost record costs its latest record, at that record's time;
// - otherwise each of its LLM calls costs its cost_usd, or when that is 0 the
//   price table's estimate for the call's model and date, at the call's time
//   (a call with no price is "unpriced" and counts in the coverage);
// - otherwise its metadata's total_cost_usd, at the run's end.
// A cost record is split across models for "model" and "step" rows: each
// step of its breakdown goes to the models whose calls made the step, in
// proportion to those calls' cost (calls logged with cost 0 at the price
// table's price on the record's date; tokens where a call is unpriced, the
// number of calls where they have no tokens), a step without calls and what
// the breakdown leaves over to the record's own model ("(no step)" by step);
// a breakdown adding up to more than the record is scaled down to it.
// These "cost items" are derived in SQL once per ledger and held in memory
// (CostItems): a ledger answers questions about the data as it was when it
// first needed them. Ledgers on the same thread and connection reuse the
// last items while the database and the price table are unchanged. Call
// from a worker thread on large databases.
class CostLedger {
public:
    CostLedger(QSqlDatabase& db, PriceTable prices);

    CostTotal total(const CostScope& scope, QString* error);
    // dimension: "run" (keyed EXPERIMENT_ID/RUN_ID), "model", "step",
    // "experiment" (by name), most expensive first; or "day", "week" (ISO
    // date of the first day) and "month" (YYYY-MM) in `calendar`'s zone
    // (UTC without one), in time order.
    QList<CostRow> by(const QString& dimension, const CostScope& scope, QString* error,
                      const BudgetCalendar* calendar = nullptr);
    static QStringList dimensions();

    // From now on whatIfUsd answers with each substitution applied: a call
    // of `from` (models matched by name, aliases included) costs `to`'s
    // price on its tokens on its date (`to`'s latest price before it had
    // one); what a cost record charges to `from` is scaled by `to`'s price
    // over `from`'s, both on the record's date, on the tokens of the run's
    // calls of `from` (the record's own tokens when there are none); over
    // the calls' own cost where `from` has no price, and left as it is when
    // neither is known. False when a `to` has no price or a `from` is given
    // twice.
    bool setWhatIf(const QList<ModelSubstitution>& substitutions, QString* error);
    bool hasWhatIf() const { return !m_whatIf.isEmpty(); }

    // Per local day of `calendar`'s zone: (date, usd).
    QList<QPair<QDate, double>> byDay(const BudgetCalendar& calendar, const CostScope& scope,
                                      QString* error);
    QList<RunCost> runCosts(const CostScope& scope, QString* error);
    QList<VarianceRow> variances(const CostScope& scope, QString* error);

    // Token usage of LLM calls by "step", "model", "day" (UTC date unless a
    // calendar is given) or "component" (system, data, instructions, other,
    // output, and "no_breakdown": input tokens of calls that gave none).
    QList<TokenRow> tokens(const QString& by, const CostScope& scope, QString* error,
                           const BudgetCalendar* calendar = nullptr);

    // Component sums by step and by model, each sorted by key.
    ComponentSplit components(const CostScope& scope, QString* error);
    // Input + output tokens per local day and model.
    QList<std::tuple<QDate, QString, qint64>>
    tokensByDayAndModel(const BudgetCalendar& calendar, const CostScope& scope, QString* error);

    // Whether the token queries of `scope` read call_rollup (all runs, bounds
    // on 15-minute boundaries) instead of llm_calls. Tests turn it off to
    // compare both.
    bool rollupServes(const CostScope& scope) const;
    void setRollupEnabled(bool enabled) { m_useRollup = enabled; }

    // Budget status of each configured period containing `localDay`.
    QList<PeriodStatus> budget(const BudgetLimits& limits, const QDate& localDay, QString* error);

    // Tolerance for "the file's own variance disagrees": one cent or 0.05 points.
    static constexpr double kVarianceToleranceUsd = 0.01;
    static constexpr double kVarianceTolerancePercent = 0.05;

private:
    // An item's cost, or one share of a cost record's.
    struct Charge {
        int step = -1, model = -1;
        double usd = 0, estimatedUsd = 0, whatIfUsd = 0;
    };
    struct Substitution {
        QString from; // as the price table names it
        QString to;
    };
    struct Sum {
        CostRow row;
        const CostItem* last = nullptr; // the last item counted
        qint64 experiment = 0;          // the items' experiment; -1: several
    };
    template <typename KeyOf>
    QHash<qint64, Sum> sums(const CostScope& scope, bool split, KeyOf keyOf);
    QList<CostRow> runRows(const CostScope& scope);
    QList<CostRow> experimentRows(const CostScope& scope);
    QMap<QDate, CostRow> periodRows(BudgetPeriod period, const BudgetCalendar& calendar,
                                    const CostScope& scope);
    bool preparePrices(QString* error);
    bool prepareShares(bool split, QString* error);
    void chargesOf(const CostItem& item, bool split, std::vector<Charge>* out);
    const Substitution* substitutionOf(int model);
    double shareRatio(const CostItem& record, int model, const Substitution& sub);
    double toPrice(const Substitution& sub, const QDate& day, qint64 input, qint64 output) const;
    QString canonicalModel(const QString& model) const;
    QString callFilter(const CostScope& scope, QVariantList* binds) const;
    QString rollupFilter(const CostScope& scope) const;
    bool prepareItems(QString* error);

    QSqlDatabase& m_db;
    PriceTable m_prices;
    bool m_pricesReady = false;
    bool m_itemsReady = false;
    std::shared_ptr<CostItems> m_items; // shared with the thread's cache
    bool m_useRollup = true;
    QList<Substitution> m_whatIf;
    std::vector<int> m_substitutionOf; // by model name index: into m_whatIf; -1 none; -2 unknown
};

} // namespace runledger
