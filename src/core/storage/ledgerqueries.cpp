// SPDX-License-Identifier: MIT
#include "ledgerqueries.h"

#include "import/timestamp.h"
#include "model/types.h"
#include "runmodels.h"
#include "textsearch.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace runledger {

namespace {

QJsonValue nullable(const QVariant& v) {
    if (v.isNull())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(v);
}

// One entry of `runs`, without its models.
QJsonObject runObject(const QSqlQuery& q) {
    return QJsonObject{
        {QStringLiteral("run_id"), q.value(0).toString()},
        {QStringLiteral("experiment_id"), nullable(q.value(1))},
        {QStringLiteral("experiment_name"), nullable(q.value(2))},
        {QStringLiteral("started"), LedgerQueries::isoTime(q.value(3))},
        {QStringLiteral("ended"), LedgerQueries::isoTime(q.value(4))},
        {QStringLiteral("duration_seconds"), nullable(q.value(5))},
        {QStringLiteral("status"), q.value(6).toString()},
        {QStringLiteral("model"), nullable(q.value(7))},
        {QStringLiteral("input_tokens"), q.value(8).toLongLong()},
        {QStringLiteral("output_tokens"), q.value(9).toLongLong()},
        {QStringLiteral("cost_usd"), nullable(q.value(10))},
        {QStringLiteral("cost_source"), nullable(q.value(11))},
        {QStringLiteral("llm_calls"), q.value(12).toLongLong()},
        {QStringLiteral("events"), q.value(13).toLongLong()},
        {QStringLiteral("errors"), q.value(14).toLongLong()},
        {QStringLiteral("warnings"), q.value(15).toLongLong()},
        {QStringLiteral("structured_entries"), q.value(16).toLongLong()},
    };
}

} // namespace

QString LedgerQueries::timestampText(qint64 utcMicros, const QVariant& stored) {
    if (!stored.isNull())
        return stored.toString();
    char buf[32];
    formatCanonicalTimestamp(utcMicros, buf);
    return QString::fromLatin1(buf, 32);
}

QJsonValue LedgerQueries::isoTime(const QVariant& utcMicros) {
    if (utcMicros.isNull())
        return QJsonValue::Null;
    const qint64 us = utcMicros.toLongLong();
    const qint64 ms = us >= 0 ? us / 1000 : (us - 999) / 1000;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const qint64 frac = ((us % 1000000) + 1000000) % 1000000;
    const QString text = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('.') +
                         QStringLiteral("%1").arg(frac, 6, 10, QLatin1Char('0')) + QLatin1Char('Z');
    return text;
}

QJsonObject LedgerQueries::summary(QString* error) const {
    QSqlQuery q(m_db);
    auto scalar = [&](const QString& sql) -> qint64 {
        if (!q.exec(sql) || !q.next()) {
            *error = q.lastError().text();
            return 0;
        }
        return q.value(0).toLongLong();
    };
    QJsonObject out;
    out.insert(QStringLiteral("experiments"),
               scalar(QStringLiteral("SELECT count(*) FROM experiments")));
    out.insert(QStringLiteral("runs"), scalar(QStringLiteral("SELECT count(*) FROM runs")));

    QJsonObject byLevel{{QStringLiteral("debug"), 0},
                        {QStringLiteral("info"), 0},
                        {QStringLiteral("warn"), 0},
                        {QStringLiteral("error"), 0}};
    qint64 eventsTotal = 0, structuredTotal = 0;
    for (const QString& table : {QStringLiteral("events"), QStringLiteral("structured_entries")}) {
        if (!q.exec(QStringLiteral("SELECT level, count(*) FROM %1 GROUP BY level").arg(table))) {
            *error = q.lastError().text();
            return {};
        }
        while (q.next()) {
            const QString name =
                levelName(static_cast<Level>(std::clamp(q.value(0).toInt(), 0, 3)));
            const qint64 n = q.value(1).toLongLong();
            byLevel[name] = byLevel[name].toInteger() + n;
            (table == QLatin1String("events") ? eventsTotal : structuredTotal) += n;
        }
    }
    out.insert(QStringLiteral("events"),
               QJsonObject{{QStringLiteral("total"), eventsTotal + structuredTotal},
                           {QStringLiteral("by_level"), byLevel},
                           {QStringLiteral("by_source"),
                            QJsonObject{{QStringLiteral("events"), eventsTotal},
                                        {QStringLiteral("structured"), structuredTotal}}}});
    out.insert(QStringLiteral("llm_calls"),
               scalar(QStringLiteral("SELECT count(*) FROM llm_calls")));

    QJsonObject byModel;
    if (!q.exec(QStringLiteral(
            "SELECT coalesce(model, '(unknown)'), count(*), sum(input_tokens), "
            "sum(output_tokens), round(sum(coalesce(cost_usd, 0)), 9), sum(cost_usd > 0) "
            "FROM llm_calls GROUP BY 1 ORDER BY 1"))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next()) {
        byModel.insert(q.value(0).toString(),
                       QJsonObject{{QStringLiteral("calls"), q.value(1).toLongLong()},
                                   {QStringLiteral("input"), q.value(2).toLongLong()},
                                   {QStringLiteral("output"), q.value(3).toLongLong()},
                                   {QStringLiteral("cost_usd"), q.value(4).toDouble()},
                                   {QStringLiteral("priced_calls"), q.value(5).toLongLong()}});
    }
    out.insert(QStringLiteral("tokens_by_model"), byModel);
    out.insert(QStringLiteral("cost_records"),
               scalar(QStringLiteral("SELECT count(*) FROM cost_records")));
    if (!q.exec(QStringLiteral("SELECT round(coalesce(sum(actual_usd), 0), 9), "
                               "round(coalesce(sum(estimated_usd), 0), 9) FROM cost_records")) ||
        !q.next()) {
        *error = q.lastError().text();
        return {};
    }
    out.insert(QStringLiteral("cost_actual_total"), q.value(0).toDouble());
    out.insert(QStringLiteral("cost_estimated_total"), q.value(1).toDouble());
    out.insert(QStringLiteral("metadata_files"),
               scalar(QStringLiteral("SELECT count(*) FROM run_metadata")));
    out.insert(QStringLiteral("rejected_lines"),
               scalar(QStringLiteral("SELECT count(*) FROM rejected_lines")));
    return out;
}

QJsonArray LedgerQueries::runs(qint64 experimentKey, QString* error) const {
    QSqlQuery q(m_db);
    QString sql = QStringLiteral(
        "SELECT r.run_id, e.experiment_id, e.name, r.started_us, r.ended_us, "
        "r.duration_seconds, r.status, r.model, r.input_tokens, r.output_tokens, r.cost_usd, "
        "r.cost_source, r.llm_calls, r.event_count, r.error_count, r.warning_count, "
        "r.structured_count, r.id FROM runs r LEFT JOIN experiments e ON e.id = r.experiment_ref");
    if (experimentKey != 0)
        sql += QStringLiteral(" WHERE r.experiment_ref = ?");
    sql += QStringLiteral(" ORDER BY r.started_us IS NULL, r.started_us, r.run_id");
    q.prepare(sql);
    if (experimentKey != 0)
        q.addBindValue(experimentKey);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    QList<QJsonObject> runs;
    QList<qint64> keys;
    while (q.next()) {
        runs.append(runObject(q));
        keys.append(q.value(17).toLongLong());
    }
    const QHash<qint64, QList<ModelUse>> models = RunModels::callModels(m_db, keys, error);
    QJsonArray out;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        QJsonObject& run = runs[i];
        run.insert(QStringLiteral("models"),
                   QJsonArray::fromStringList(RunModels::names(RunModels::usedModels(
                       run.value(QStringLiteral("model")).toString(), models.value(keys.at(i))))));
        out.append(run);
    }
    return out;
}

QJsonArray LedgerQueries::search(const QString& expression, qint64 runKey, int limit,
                                 QString* error) const {
    QJsonArray out;
    for (const SearchHit& h : TextSearch::search(m_db, expression, runKey, limit, error)) {
        out.append(QJsonObject{
            {QStringLiteral("run_id"), h.runKey != 0 ? QJsonValue(h.runId) : QJsonValue()},
            {QStringLiteral("experiment_id"),
             h.experimentId.isEmpty() ? QJsonValue() : QJsonValue(h.experimentId)},
            {QStringLiteral("timestamp"), h.timestamp},
            {QStringLiteral("level"), levelName(static_cast<Level>(std::clamp(h.level, 0, 3)))},
            {QStringLiteral("event"), h.event},
            {QStringLiteral("snippet"), h.snippet},
            {QStringLiteral("kind"),
             h.structured ? QStringLiteral("structured") : QStringLiteral("event")},
            {QStringLiteral("source"),
             QJsonObject{{QStringLiteral("path"), h.path.isEmpty() ? QJsonValue() : h.path},
                         {QStringLiteral("line"), h.line}}},
        });
    }
    return error->isEmpty() ? out : QJsonArray();
}

bool LedgerQueries::timeline(qint64 runRef, QJsonArray* out, QString* error) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, started_us FROM runs WHERE id = ?"));
    q.addBindValue(runRef);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().isValid() && !q.lastError().text().isEmpty()
                     ? q.lastError().text()
                     : QStringLiteral("no run with key %1").arg(runRef);
        return false;
    }
    const QVariant started = q.value(1);
    q.prepare(QStringLiteral("SELECT ts_us, ts_text, level, event, message, payload FROM events "
                             "WHERE run_ref = ? ORDER BY ts_us, id"));
    q.addBindValue(runRef);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const qint64 ts = q.value(0).toLongLong();
        QJsonValue payload = QJsonValue::Null;
        const QByteArray raw = q.value(5).toByteArray();
        if (!raw.isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson("[" + raw + "]");
            payload = doc.isArray() ? doc.array().at(0) : QJsonValue(QString::fromUtf8(raw));
        }
        out->append(QJsonObject{
            {QStringLiteral("timestamp"), timestampText(ts, q.value(1))},
            {QStringLiteral("level"),
             levelName(static_cast<Level>(std::clamp(q.value(2).toInt(), 0, 3)))},
            {QStringLiteral("event"), q.value(3).toString()},
            {QStringLiteral("message"), q.value(4).toString()},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("offset_seconds"),
             started.isNull() ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(static_cast<double>(ts - started.toLongLong()) / 1e6)},
        });
    }
    return true;
}

} // namespace runledger
