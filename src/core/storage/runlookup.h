// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace runledger {

// A run as the user names it: its experiment and its run id. Persona numbers
// runs 1, 2, 3 per experiment, so a run id alone need not be unique.
struct RunName {
    qint64 key = 0;
    QString experimentId; // empty when the run's experiment is unknown
    QString runId;

    // "RUN" or "EXPERIMENT/RUN": the spelling resolveRun() accepts back.
    QString qualified() const;
};

struct RunResolution {
    qint64 key = 0;            // 0: not resolved
    QList<RunName> candidates; // more than one: the spec was ambiguous
    QString error;             // why not resolved, for the user
};

// Resolves what the user typed: a run id that is unique in the database, or
// "EXPERIMENT/RUN" (the experiment by id or by folder name). An ambiguous
// run id resolves to nothing and lists the candidates.
RunResolution resolveRun(QSqlDatabase& db, const QString& spec);

// The run's name, for output and for a later resolveRun().
RunName runName(QSqlDatabase& db, qint64 runKey);

// True when more than one run has this run id.
bool runIdShared(QSqlDatabase& db, const QString& runId);

} // namespace runledger
