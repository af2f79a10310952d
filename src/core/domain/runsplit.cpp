// SPDX-License-Identifier: MIT
#include "runsplit.h"

#include "runderiver.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <unordered_set>

namespace runledger {

namespace {

// (run, experiment) pairs of runs whose records name several experiments,
// with the experiment the run row has.
constexpr const char* kMergedRuns = R"SQL(
WITH refs AS (
  SELECT run_ref, experiment_ref FROM events WHERE run_ref <> 0 AND experiment_ref IS NOT NULL
  UNION SELECT run_ref, experiment_ref FROM structured_entries
        WHERE run_ref <> 0 AND experiment_ref IS NOT NULL
  UNION SELECT run_ref, experiment_ref FROM cost_records
        WHERE run_ref IS NOT NULL AND experiment_ref IS NOT NULL
  UNION SELECT run_ref, experiment_ref FROM run_metadata WHERE experiment_ref IS NOT NULL)
SELECT f.run_ref, f.experiment_ref, r.experiment_ref FROM refs f JOIN runs r ON r.id = f.run_ref
WHERE f.run_ref IN (SELECT run_ref FROM refs GROUP BY run_ref HAVING count(*) > 1)
ORDER BY f.run_ref, f.experiment_ref)SQL";

// A file lies in an experiment's folder.
constexpr const char* kInFolder =
    "file_ref IN (SELECT s.id FROM source_files s, experiments e WHERE e.id = %1 AND "
    "e.folder IS NOT NULL AND substr(s.path, 1, length(e.folder) + 1) = e.folder || '/')";

struct Split {
    qint64 run = 0;
    qint64 keep = 0;      // the experiment that stays with the run row
    QList<qint64> others; // experiments that get a run of their own
};

class Splitter {
public:
    explicit Splitter(QSqlDatabase& db)
        : m_db(db) {}

    QString exec(const QString& sql, const QVariantList& binds) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        return q.exec() ? QString() : q.lastError().text();
    }

    QString moveTo(qint64 run, qint64 experiment, qint64 newRun) {
        QString error;
        for (const char* table : {"events", "structured_entries", "cost_records"}) {
            if (error.isEmpty())
                error = exec(QStringLiteral("UPDATE %1 SET run_ref = ? WHERE run_ref = ? AND "
                                            "experiment_ref = ?")
                                 .arg(QLatin1String(table)),
                             {newRun, run, experiment});
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM run_metadata WHERE run_ref = ? AND "
                                 "experiment_ref = ?"));
        q.addBindValue(run);
        q.addBindValue(experiment);
        const bool metadataMoves = q.exec() && q.next();
        for (const char* table : {"run_metadata", "run_config", "run_environment", "data_sources",
                                  "output_checksums", "run_messages", "verification_results"}) {
            if (error.isEmpty() && metadataMoves)
                error = exec(QStringLiteral("UPDATE %1 SET run_ref = ? WHERE run_ref = ?")
                                 .arg(QLatin1String(table)),
                             {newRun, run});
        }
        if (error.isEmpty())
            error = exec(QStringLiteral("UPDATE llm_calls SET run_ref = ? WHERE run_ref = ? AND ") +
                             QString::fromLatin1(kInFolder).arg(experiment),
                         {newRun, run});
        return error;
    }

    // Calls from files outside every experiment folder of the split go to
    // the new run when its events' span holds them.
    QString moveByTime(qint64 run, qint64 newRun, const QString& outsideFolders) {
        return exec(QStringLiteral("UPDATE llm_calls SET run_ref = ? WHERE run_ref = ? AND ") +
                        outsideFolders +
                        QStringLiteral(" AND ts_us BETWEEN (SELECT min(ts_us) FROM events WHERE "
                                       "run_ref = ?) AND (SELECT max(ts_us) FROM events WHERE "
                                       "run_ref = ?)"),
                    {newRun, run, newRun, newRun});
    }

    QString apply(const Split& s, std::unordered_set<int64_t>* touched) {
        touched->insert(s.run);
        QString outside = QStringLiteral("NOT ") + QString::fromLatin1(kInFolder).arg(s.keep);
        for (const qint64 e : s.others)
            outside += QStringLiteral(" AND NOT ") + QString::fromLatin1(kInFolder).arg(e);
        QString error = exec(QStringLiteral("UPDATE runs SET experiment_ref = ? WHERE id = ?"),
                             {s.keep, s.run});
        for (const qint64 experiment : s.others) {
            if (!error.isEmpty())
                break;
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO runs(run_id, experiment_ref) SELECT run_id, ? "
                                     "FROM runs WHERE id = ? RETURNING id"));
            q.addBindValue(experiment);
            q.addBindValue(s.run);
            if (!q.exec() || !q.next())
                return q.lastError().text();
            const qint64 newRun = q.value(0).toLongLong();
            q.finish();
            touched->insert(newRun);
            error = moveTo(s.run, experiment, newRun);
            if (error.isEmpty())
                error = moveByTime(s.run, newRun, outside);
        }
        return error;
    }

private:
    QSqlDatabase& m_db;
};

} // namespace

QString splitRunsAcrossExperiments(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QString::fromLatin1(kMergedRuns)))
        return q.lastError().text();
    QList<Split> splits;
    while (q.next()) {
        const qint64 run = q.value(0).toLongLong();
        if (splits.isEmpty() || splits.last().run != run)
            splits.append({run, q.value(2).toLongLong(), {}});
        splits.last().others.append(q.value(1).toLongLong());
    }
    q.finish();
    Splitter splitter(db);
    std::unordered_set<int64_t> touched;
    for (Split& s : splits) {
        if (!s.others.contains(s.keep))
            s.keep = s.others.first();
        s.others.removeAll(s.keep);
        const QString error = splitter.apply(s, &touched);
        if (!error.isEmpty())
            return error;
    }
    RunDeriver deriver(db);
    QString error = deriver.recomputeActivity(touched);
    return error.isEmpty() ? deriver.derive(touched) : error;
}

} // namespace runledger
