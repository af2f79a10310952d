// SPDX-License-Identifier: MIT
#pragma once

#include "runmodels.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <cmath>
#include <limits>

namespace runledger {

// What the run browser shows, narrowed by the user. Empty/zero fields do not filter.
struct RunFilter {
    // Run ids, experiment ids and names and the models a run used (substring),
    // or words of its events and structured entries (TextSearch, the last word
    // a prefix while typing).
    QString text;
    QString status;    // completed, failed, running, unknown
    QString model;     // any model the run used
    qint64 fromUs = 0; // runs started at or after (UTC microseconds)
    qint64 toUs = 0;   // runs started before
    bool errorsOnly = false;
    qint64 experimentKey = 0;

    bool operator==(const RunFilter&) const = default;
};

struct RunRow {
    qint64 key = 0;
    QString runId, experimentId, experimentName, status, model, costSource;
    QList<ModelUse> models;                                // every model used, the main model first
    qint64 startedUs = std::numeric_limits<qint64>::min(); // min: unknown
    qint64 endedUs = std::numeric_limits<qint64>::min();
    double durationSeconds = std::nan("");
    double costUsd = std::nan("");
    qint64 inputTokens = 0, outputTokens = 0, llmCalls = 0, events = 0, errors = 0, warnings = 0;
    qint64 experimentKey = 0;
    bool idShared = false; // another experiment has a run of this id

    // How the user names the run: RUN, or EXPERIMENT/RUN when the id repeats.
    QString label() const {
        return idShared && !experimentId.isEmpty() ? experimentId + QLatin1Char('/') + runId
                                                   : runId;
    }
    bool hasStart() const { return startedUs != std::numeric_limits<qint64>::min(); }
    bool hasEnd() const { return endedUs != std::numeric_limits<qint64>::min(); }
};

struct ExperimentRow {
    qint64 key = 0;
    QString experimentId, name;
    qint64 runs = 0, failedRuns = 0;
    double costUsd = 0;
    QString label() const { return name.isEmpty() ? experimentId : name; }
};

// Read-only queries behind the run browser. Each may take a while on a large
// database (a common word matches many events): call them off the UI thread.
class RunBrowserQuery {
public:
    static QList<RunRow> runs(QSqlDatabase& db, const RunFilter& filter, QString* error);
    static QList<ExperimentRow> experiments(QSqlDatabase& db, QString* error);
    static QStringList models(QSqlDatabase& db); // every model any run used
};

} // namespace runledger
