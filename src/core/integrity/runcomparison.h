// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace runledger {

// The facts of a run that say how it was made, flattened to
// "section/key" -> value: configuration/<key>, environment/<key>,
// checksum/<data path> (the recorded checksum, normalised), and tokens and cost.
struct RunFacts {
    qint64 runKey = 0;
    QString runId;
    qint64 experimentKey = 0;
    qint64 startedUs = 0;
    QMap<QString, QString> values;
};

struct FactChange {
    QString key; // section/key
    QString before, after;
};

struct DriftEntry {
    QString path;
    QList<QPair<QString, QString>> checksums; // (run id, checksum), in run order
};

// Side by side: one row per fact, one column per run.
struct Comparison {
    QStringList runIds;
    QStringList keys;
    QList<QStringList> values; // values[row][column]
    bool differs(int row) const;
    // Only the rows whose values differ (when differencesOnly), possibly transposed.
    Comparison view(bool differencesOnly, bool transpose) const;
    QString markdown() const;
};

class RunComparison {
public:
    static RunFacts facts(QSqlDatabase& db, qint64 runKey, QString* error);
    // The run of the same experiment that started last before this one; 0 if none.
    static qint64 previousRun(QSqlDatabase& db, qint64 runKey);
    static QList<FactChange> changes(const RunFacts& before, const RunFacts& after);
    // Data paths of an experiment's runs recorded with more than one checksum.
    static QList<DriftEntry> drift(QSqlDatabase& db, qint64 experimentKey, QString* error);
    static Comparison compare(const QList<RunFacts>& runs);
};

} // namespace runledger
