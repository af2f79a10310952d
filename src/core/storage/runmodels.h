// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <string>

namespace runledger {

// One model a run used, with the number of its LLM calls (0: the run's main
// model, named by its configuration or cost record, that no call used).
struct ModelUse {
    QString model;
    qint64 calls = 0;
    bool operator==(const ModelUse&) const = default;
};

// run_models (schema v4): the LLM calls of each run summed per model and
// provider (calls, tokens, logged cost, priced calls, time span), a NULL model
// or provider stored as ''. RunDeriver refreshes the rows of the runs it
// derives, inside the import's transaction, and derives a run's call figures
// from them; the run browser and `runs --json` read the runs' models from it
// instead of scanning their calls.
class RunModels {
public:
    // Recomputes the rows of the runs that `runSet` (an SQL query of run ids)
    // selects from their calls; a null runSet recomputes every run.
    static bool refresh(sqlite3* db, const char* runSet, std::string* error);

    // The models of every run's calls with their number of calls, by run
    // key (one scan: cheaper than a subquery per run).
    static QHash<qint64, QList<ModelUse>> callModels(QSqlDatabase& db, QString* error);
    // Every model of a run: the main model first, then its calls' models by
    // number of calls (most first) and name.
    static QList<ModelUse> usedModels(const QString& mainModel, QList<ModelUse> calls);
    static QStringList names(const QList<ModelUse>& models);

    // An SQL condition, correlated on `runRef` and `mainModel`, true when the
    // run used the model bound to both its placeholders (with `pattern`, a
    // model matching that LIKE pattern, escaped with a backslash).
    static QString usesSql(const QString& runRef, const QString& mainModel, bool pattern);
};

} // namespace runledger
