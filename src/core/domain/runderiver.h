// SPDX-License-Identifier: MIT
#pragma once

#include "runactivity.h"

#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <unordered_map>
#include <unordered_set>

namespace runledger {

// Recomputes the derived columns of runs (times, status, model, tokens, cost
// and its source, event/error/warning counts) from everything stored for
// them. The rules, in one place:
// - status: the last terminal event decides (experiment_/run_ completed or
//   failed); without one, metadata with an end time or a cost record means
//   completed; other activity means running; nothing but a name, unknown.
// - cost, from one source only: the run's cost record (the latest), else the
//   sum of its LLM calls when any is priced, else the metadata total.
// - tokens: the LLM calls, else the cost record, else the metadata.
// - model: configuration, else cost record, else the most used call model;
//   the models of the run's calls are kept in run_models (see RunModels).
// - errors/warnings: error/warn events (structured entries included), else
//   the metadata's error and warning lists.
class RunDeriver {
public:
    explicit RunDeriver(QSqlDatabase& db)
        : m_db(db) {}
    // All run inside the caller's transaction and return an empty string or
    // the error.

    // Adds what an import inserted to the runs' running aggregates.
    QString applyActivity(const std::unordered_map<int64_t, RunActivity>& activity);
    // Recomputes the derived columns of these runs from their aggregates,
    // LLM calls, cost records and metadata.
    QString derive(const std::unordered_set<int64_t>& runKeys);
    // Recomputes these runs' aggregates from the stored rows.
    QString recomputeActivity(const std::unordered_set<int64_t>& runKeys);
    // Rebuilds every run's aggregates from the stored rows, then derives all
    // runs: the reference the incremental path must always agree with.
    QString rebuildAll();

private:
    QString fillDeriveSet(const std::unordered_set<int64_t>& runKeys);
    QSqlDatabase& m_db;
};

} // namespace runledger
