// SPDX-License-Identifier: MIT
#include "runlookup.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace runledger {

namespace {

QList<RunName> runsWhere(QSqlDatabase& db, const QString& where, const QVariantList& binds,
                         QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r.id, e.experiment_id, r.run_id FROM runs r LEFT JOIN "
                             "experiments e ON e.id = r.experiment_ref WHERE ") +
              where + QStringLiteral(" ORDER BY e.experiment_id, r.id"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    QList<RunName> out;
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

} // namespace

QString RunName::qualified() const {
    return experimentId.isEmpty() ? runId : experimentId + QLatin1Char('/') + runId;
}

RunResolution resolveRun(QSqlDatabase& db, const QString& spec) {
    RunResolution r;
    QString error;
    QList<RunName> found = runsWhere(db, QStringLiteral("r.run_id = ?"), {spec}, &error);
    // "EXPERIMENT/RUN": either part may itself hold a '/', so every split is tried.
    if (found.isEmpty() && error.isEmpty()) {
        for (qsizetype slash = spec.indexOf(QLatin1Char('/')); slash > 0;
             slash = spec.indexOf(QLatin1Char('/'), slash + 1)) {
            const QString experiment = spec.left(slash);
            const QString run = spec.mid(slash + 1);
            found += runsWhere(db,
                               QStringLiteral("r.run_id = ? AND (e.experiment_id = ? OR "
                                              "(e.name = ? AND NOT EXISTS (SELECT 1 FROM "
                                              "experiments x WHERE x.experiment_id = ?)))"),
                               {run, experiment, experiment, experiment}, &error);
        }
    }
    if (!error.isEmpty()) {
        r.error = error;
        return r;
    }
    if (found.size() == 1) {
        r.key = found.first().key;
        return r;
    }
    if (found.isEmpty()) {
        r.error = QStringLiteral("no run '%1'").arg(spec);
        return r;
    }
    r.candidates = found;
    QStringList names;
    for (const RunName& n : std::as_const(found))
        names << n.qualified();
    r.error = QStringLiteral("run id '%1' is ambiguous; name one of: %2")
                  .arg(spec, names.join(QStringLiteral(", ")));
    return r;
}

RunName runName(QSqlDatabase& db, qint64 runKey) {
    QString error;
    const QList<RunName> found = runsWhere(db, QStringLiteral("r.id = ?"), {runKey}, &error);
    return found.isEmpty() ? RunName{} : found.first();
}

bool runIdShared(QSqlDatabase& db, const QString& runId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM runs WHERE run_id = ?"));
    q.addBindValue(runId);
    return q.exec() && q.next() && q.value(0).toLongLong() > 1;
}

} // namespace runledger
