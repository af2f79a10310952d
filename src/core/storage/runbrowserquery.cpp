// SPDX-License-Identifier: MIT
#include "runbrowserquery.h"

#include "textsearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace runledger {

QList<RunRow> RunBrowserQuery::runs(QSqlDatabase& db, const RunFilter& f, QString* error) {
    QString sql = QStringLiteral(
        "SELECT r.id, r.run_id, e.experiment_id, e.name, r.status, r.model, r.cost_source, "
        "r.started_us, r.ended_us, r.duration_seconds, r.cost_usd, r.input_tokens, "
        "r.output_tokens, r.llm_calls, r.event_count + r.structured_count, r.error_count, "
        "r.warning_count, r.experiment_ref "
        "FROM runs r LEFT JOIN experiments e ON e.id = r.experiment_ref WHERE 1");
    QVariantList binds;
    if (!f.status.isEmpty()) {
        sql += QStringLiteral(" AND r.status = ?");
        binds << f.status;
    }
    if (!f.model.isEmpty()) {
        sql += QStringLiteral(" AND ") +
               RunModels::usesSql(QStringLiteral("r.id"), QStringLiteral("r.model"), false);
        binds << f.model << f.model;
    }
    if (f.fromUs != 0) {
        sql += QStringLiteral(" AND r.started_us >= ?");
        binds << f.fromUs;
    }
    if (f.toUs != 0) {
        sql += QStringLiteral(" AND r.started_us < ?");
        binds << f.toUs;
    }
    if (f.errorsOnly)
        sql += QStringLiteral(" AND r.error_count > 0");
    if (f.experimentKey != 0) {
        sql += QStringLiteral(" AND r.experiment_ref = ?");
        binds << f.experimentKey;
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
        sql += QStringLiteral(" AND (r.run_id LIKE ? ESCAPE '\\' OR e.experiment_id LIKE ? ESCAPE "
                              "'\\' OR e.name LIKE ? ESCAPE '\\' OR ") +
               RunModels::usesSql(QStringLiteral("r.id"), QStringLiteral("r.model"), true);
        binds << like << like << like << like << like;
        const QString words = TextSearch::matchExpression(f.text, true);
        if (!words.isEmpty()) {
            sql +=
                QStringLiteral(" OR r.id IN (") + TextSearch::runsMatchingSql() + QLatin1Char(')');
            binds << words << words;
        }
        sql += QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY r.started_us DESC, r.id DESC");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    QList<RunRow> out;
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    const QHash<qint64, QList<ModelUse>> callModels = RunModels::callModels(db, error);
    while (q.next()) {
        RunRow r;
        r.key = q.value(0).toLongLong();
        r.runId = q.value(1).toString();
        r.experimentId = q.value(2).toString();
        r.experimentName = q.value(3).toString();
        r.status = q.value(4).toString();
        r.model = q.value(5).toString();
        r.costSource = q.value(6).toString();
        if (!q.value(7).isNull())
            r.startedUs = q.value(7).toLongLong();
        if (!q.value(8).isNull())
            r.endedUs = q.value(8).toLongLong();
        if (!q.value(9).isNull())
            r.durationSeconds = q.value(9).toDouble();
        if (!q.value(10).isNull())
            r.costUsd = q.value(10).toDouble();
        r.inputTokens = q.value(11).toLongLong();
        r.outputTokens = q.value(12).toLongLong();
        r.llmCalls = q.value(13).toLongLong();
        r.events = q.value(14).toLongLong();
        r.errors = q.value(15).toLongLong();
        r.warnings = q.value(16).toLongLong();
        r.experimentKey = q.value(17).toLongLong();
        r.models = RunModels::usedModels(r.model, callModels.value(r.key));
        out.append(std::move(r));
    }
    return out;
}

QList<ExperimentRow> RunBrowserQuery::experiments(QSqlDatabase& db, QString* error) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<ExperimentRow> out;
    if (!q.exec(QStringLiteral(
            "SELECT e.id, e.experiment_id, e.name, count(r.id), sum(r.status = 'failed'), "
            "round(coalesce(sum(r.cost_usd), 0), 9) FROM experiments e "
            "LEFT JOIN runs r ON r.experiment_ref = e.id GROUP BY e.id "
            "ORDER BY coalesce(e.name, e.experiment_id) COLLATE NOCASE"))) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ExperimentRow e;
        e.key = q.value(0).toLongLong();
        e.experimentId = q.value(1).toString();
        e.name = q.value(2).toString();
        e.runs = q.value(3).toLongLong();
        e.failedRuns = q.value(4).toLongLong();
        e.costUsd = q.value(5).toDouble();
        out.append(e);
    }
    return out;
}

QStringList RunBrowserQuery::models(QSqlDatabase& db) {
    QSqlQuery q(db);
    QStringList out;
    if (q.exec(QStringLiteral("SELECT model FROM run_models WHERE model <> '' UNION "
                              "SELECT model FROM runs WHERE model <> '' ORDER BY 1"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace runledger
