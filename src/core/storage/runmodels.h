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
// from them; the run browser and `runs --json` read every model a run used
// from it instead of scanning the run's calls.
class RunModels {
public:
    // Recomputes the rows of the runs that `runSet` (an SQL query of run ids)
    // selects from their calls; a null runSet recomputes every run.
    static bool refresh(sqlite3* db, const char* runSet, std::string* error);

    // The models of these runs' calls with their number of calls (the
    // providers of a model summed), by run key: a lookup of the runs when
    // they are few, one pass over run_models when they are many.
    static QHash<qint64, QList<ModelUse>> callModels(QSqlDatabase& db, const QList<qint64>& runKeys,
                                                     QString* error);
    // Every model of a run: the main model first, then its calls' models by
    // number of calls (most first) and name.
    static QList<ModelUse> usedModels(const QString& mainModel, QList<ModelUse> calls);
    static QStringList names(const QList<ModelUse>& models);

    // An SQL query of the runs that used the model bound to both its
    // placeholders (its main model or a model of its calls); with `pattern`,
    // a model matching that LIKE pattern, escaped with a backslash.
    static QString runsUsingSql(bool pattern);
};

} // namespace runledger
