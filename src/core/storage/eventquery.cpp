// SPDX-License-Identifier: MIT
#include "eventquery.h"

#include "ledgerqueries.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace runledger {

std::vector<qint64> EventQuery::ids(QSqlDatabase& db, const EventFilter& f, QString* error) {
    QString sql = QStringLiteral("SELECT id FROM events WHERE 1");
    QVariantList binds;
    if (f.runKey >= 0) {
        sql += QStringLiteral(" AND run_ref = ?");
        binds << f.runKey;
    }
    if ((f.levelMask & 0xF) != 0xF) {
        QStringList levels;
        for (int l = 0; l < 4; ++l) {
            if (f.levelMask & (1 << l))
                levels << QString::number(l);
        }
        sql += QStringLiteral(" AND level IN (%1)")
                   .arg(levels.isEmpty() ? QStringLiteral("-1") : levels.join(QLatin1Char(',')));
    }
    if (!f.eventName.isEmpty()) {
        sql += QStringLiteral(" AND event = ?");
        binds << f.eventName;
    }
    if (!f.text.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (instr(lower(message), lower(?)) > 0 OR "
                              "instr(lower(payload), lower(?)) > 0)");
        binds << f.text.trimmed() << f.text.trimmed();
    }
    // Per run the identity index gives time order; across runs, id order is
    // import order, which for one stream is time order, and needs no sort.
    sql += f.runKey >= 0 ? QStringLiteral(" ORDER BY ts_us, id") : QStringLiteral(" ORDER BY id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    std::vector<qint64> out;
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

QList<EventRow> EventQuery::rows(QSqlDatabase& db, const qint64* ids, int count) {
    QList<EventRow> out;
    if (count <= 0)
        return out;
    QStringList list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list << QString::number(ids[i]);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.id, e.ts_us, e.ts_text, e.level, e.event, e.message, "
                               "e.payload, e.run_ref, f.path, e.line FROM events e "
                               "LEFT JOIN source_files f ON f.id = e.file_ref WHERE e.id IN (%1)")
                    .arg(list.join(QLatin1Char(',')))))
        return out;
    QHash<qint64, EventRow> byId;
    while (q.next()) {
        EventRow r;
        r.id = q.value(0).toLongLong();
        r.tsUs = q.value(1).toLongLong();
        r.tsText = LedgerQueries::timestampText(r.tsUs, q.value(2));
        r.level = q.value(3).toInt();
        r.event = q.value(4).toString();
        r.message = q.value(5).toString();
        r.payload = q.value(6).toString();
        r.runKey = q.value(7).toLongLong();
        r.file = q.value(8).toString();
        r.line = q.value(9).toLongLong();
        byId.insert(r.id, r);
    }
    for (int i = 0; i < count; ++i)
        out.append(byId.value(ids[i]));
    return out;
}

QStringList EventQuery::eventNames(QSqlDatabase& db, qint64 runKey) {
    QSqlQuery q(db);
    QStringList out;
    if (runKey >= 0) {
        q.prepare(QStringLiteral("SELECT DISTINCT event FROM events WHERE run_ref = ? ORDER BY 1"));
        q.addBindValue(runKey);
    } else {
        q.prepare(QStringLiteral("SELECT DISTINCT event FROM events ORDER BY 1"));
    }
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

TimelineData EventQuery::timeline(QSqlDatabase& db, qint64 runKey, QString* error) {
    TimelineData t;
    t.runKey = runKey;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT coalesce(started_us, activity_first_us, 0) FROM runs WHERE id = ?"));
    q.addBindValue(runKey);
    if (q.exec() && q.next())
        t.startUs = q.value(0).toLongLong();
    q.prepare(QStringLiteral(
        "SELECT id, ts_us, level, event, "
        "CASE WHEN event IN ('llm_call_started', 'llm_call_completed', 'llm_call_failed') "
        "THEN coalesce(json_extract(payload, '$.call_id'), '') END, "
        "CASE WHEN event IN ('llm_call_started', 'llm_call_completed', 'llm_call_failed') "
        "THEN json_extract(payload, '$.model') END "
        "FROM events WHERE run_ref = ? ORDER BY ts_us, id"));
    q.addBindValue(runKey);
    if (!q.exec()) {
        *error = q.lastError().text();
        return t;
    }
    QHash<QString, qsizetype> open; // call_id -> index in calls (started, not yet ended)
    QList<qsizetype> unnamedOpen;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 ts = q.value(1).toLongLong();
        const QString name = q.value(3).toString();
        t.ids.push_back(id);
        t.times.push_back(ts);
        t.levels.push_back(q.value(2).toInt());
        t.names.push_back(name);
        if (name == QLatin1String("llm_call_started")) {
            CallInterval c;
            c.startUs = c.endUs = ts;
            c.callId = q.value(4).toString();
            c.model = q.value(5).toString();
            t.calls.append(c);
            if (c.callId.isEmpty())
                unnamedOpen.append(t.calls.size() - 1);
            else
                open.insert(c.callId, t.calls.size() - 1);
        } else if (name == QLatin1String("llm_call_completed") ||
                   name == QLatin1String("llm_call_failed")) {
            const QString callId = q.value(4).toString();
            qsizetype index = -1;
            if (!callId.isEmpty() && open.contains(callId))
                index = open.take(callId);
            else if (callId.isEmpty() && !unnamedOpen.isEmpty())
                index = unnamedOpen.takeFirst();
            if (index >= 0) {
                CallInterval& c = t.calls[index];
                c.endUs = ts;
                c.failed = name == QLatin1String("llm_call_failed");
                c.eventId = id;
                if (c.model.isEmpty())
                    c.model = q.value(5).toString();
            }
        }
    }
    // Calls without event pairs: the token usage records and their latency.
    bool anyPairs = false;
    for (const CallInterval& c : std::as_const(t.calls))
        anyPairs = anyPairs || c.endUs > c.startUs;
    if (!anyPairs) {
        t.calls.clear();
        q.prepare(QStringLiteral("SELECT ts_us, coalesce(latency_ms, 0), model FROM llm_calls "
                                 "WHERE run_ref = ? ORDER BY ts_us"));
        q.addBindValue(runKey);
        if (q.exec()) {
            while (q.next()) {
                CallInterval c;
                c.endUs = q.value(0).toLongLong();
                c.startUs = c.endUs - static_cast<qint64>(q.value(1).toDouble() * 1000.0);
                c.model = q.value(2).toString();
                t.calls.append(c);
            }
        }
    }
    return t;
}

} // namespace runledger
