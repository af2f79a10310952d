// SPDX-License-Identifier: MIT
#include "runcomparison.h"

#include "checksumverifier.h"
#include "text/textescape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace runledger {

namespace {

// Configuration values are stored as JSON; show strings without quotes.
QString plain(const QString& json) {
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + "]");
    if (!d.isArray())
        return json;
    const QJsonValue v = d.array().at(0);
    if (v.isString())
        return v.toString();
    const QByteArray compact = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(compact.mid(1, compact.size() - 2));
}

} // namespace

bool Comparison::differs(int row) const {
    const QStringList& r = values.at(row);
    for (const QString& v : r) {
        if (v != r.first())
            return true;
    }
    return false;
}

Comparison Comparison::view(bool differencesOnly, bool transpose) const {
    Comparison c;
    c.runIds = runIds;
    for (int i = 0; i < keys.size(); ++i) {
        if (differencesOnly && !differs(i))
            continue;
        c.keys << keys.at(i);
        c.values << values.at(i);
    }
    if (!transpose)
        return c;
    // Rows become runs, columns become facts.
    Comparison t;
    t.runIds = c.keys;
    t.keys = c.runIds;
    for (int col = 0; col < c.runIds.size(); ++col) {
        QStringList row;
        for (const QStringList& r : std::as_const(c.values))
            row << r.at(col);
        t.values << row;
    }
    return t;
}

QString Comparison::markdown() const {
    const auto cell = markdownInline;
    QString out = QStringLiteral("| |");
    for (const QString& r : runIds)
        out += QLatin1Char(' ') + cell(r) + QStringLiteral(" |");
    out += QStringLiteral("\n| --- |");
    for (qsizetype i = 0; i < runIds.size(); ++i)
        out += QStringLiteral(" --- |");
    out += QLatin1Char('\n');
    for (int i = 0; i < keys.size(); ++i) {
        out += QStringLiteral("| ") + cell(keys.at(i)) + QStringLiteral(" |");
        for (const QString& v : values.at(i))
            out += QLatin1Char(' ') + cell(v) + QStringLiteral(" |");
        out += QLatin1Char('\n');
    }
    return out;
}

RunFacts RunComparison::facts(QSqlDatabase& db, qint64 runKey, QString* error) {
    RunFacts f;
    f.runKey = runKey;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT run_id, coalesce(experiment_ref, 0), coalesce(started_us, 0), "
                             "status, model, input_tokens, output_tokens, llm_calls, cost_usd, "
                             "cost_source FROM runs WHERE id = ?"));
    q.addBindValue(runKey);
    if (!q.exec() || !q.next()) {
        *error =
            q.lastError().text().isEmpty() ? QStringLiteral("no such run") : q.lastError().text();
        return f;
    }
    f.runId = q.value(0).toString();
    f.experimentKey = q.value(1).toLongLong();
    f.startedUs = q.value(2).toLongLong();
    f.values.insert(QStringLiteral("run/status"), q.value(3).toString());
    f.values.insert(QStringLiteral("run/model"), q.value(4).toString());
    f.values.insert(QStringLiteral("tokens/input"), q.value(5).toString());
    f.values.insert(QStringLiteral("tokens/output"), q.value(6).toString());
    f.values.insert(QStringLiteral("tokens/llm_calls"), q.value(7).toString());
    f.values.insert(QStringLiteral("cost/usd"),
                    q.value(8).isNull() ? QString()
                                        : QString::number(q.value(8).toDouble(), 'f', 6));
    f.values.insert(QStringLiteral("cost/source"), q.value(9).toString());
    auto pairs = [&](const QString& sql, const QString& section, bool json) {
        QSqlQuery k(db);
        k.prepare(sql);
        k.addBindValue(runKey);
        if (k.exec()) {
            while (k.next())
                f.values.insert(section + QLatin1Char('/') + k.value(0).toString(),
                                json ? plain(k.value(1).toString()) : k.value(1).toString());
        }
    };
    pairs(QStringLiteral("SELECT key, value FROM run_config WHERE run_ref = ?"),
          QStringLiteral("configuration"), true);
    pairs(QStringLiteral("SELECT key, value FROM run_environment WHERE run_ref = ?"),
          QStringLiteral("environment"), false);
    QSqlQuery d(db);
    d.prepare(QStringLiteral("SELECT path, recorded_checksum FROM data_sources WHERE run_ref = ?"));
    d.addBindValue(runKey);
    if (d.exec()) {
        while (d.next()) {
            const QString recorded = d.value(1).toString();
            f.values.insert(QStringLiteral("checksum/") + d.value(0).toString(),
                            ChecksumVerifier::normalizeChecksum(recorded).value_or(recorded));
        }
    }
    return f;
}

qint64 RunComparison::previousRun(QSqlDatabase& db, qint64 runKey) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT p.id FROM runs r JOIN runs p ON p.experiment_ref = r.experiment_ref AND p.id <> "
        "r.id "
        "AND (p.started_us < r.started_us OR (p.started_us = r.started_us AND p.id < r.id)) "
        "WHERE r.id = ? ORDER BY p.started_us DESC, p.id DESC LIMIT 1"));
    q.addBindValue(runKey);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<FactChange> RunComparison::changes(const RunFacts& before, const RunFacts& after) {
    QList<FactChange> out;
    QSet<QString> keys;
    for (auto it = before.values.cbegin(); it != before.values.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.values.cbegin(); it != after.values.cend(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    for (const QString& k : std::as_const(sorted)) {
        // What a run is made from: not its outcome (status, tokens, cost).
        if (!k.startsWith(QLatin1String("configuration/")) &&
            !k.startsWith(QLatin1String("environment/")) &&
            !k.startsWith(QLatin1String("checksum/")))
            continue;
        const QString a = before.values.value(k), b = after.values.value(k);
        if (a != b || before.values.contains(k) != after.values.contains(k))
            out.append({k, before.values.contains(k) ? a : QStringLiteral("(absent)"),
                        after.values.contains(k) ? b : QStringLiteral("(absent)")});
    }
    return out;
}

QList<DriftEntry> RunComparison::drift(QSqlDatabase& db, qint64 experimentKey, QString* error) {
    QList<DriftEntry> out;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT d.path, r.run_id, d.recorded_checksum FROM data_sources d JOIN "
                       "runs r ON r.id = d.run_ref WHERE r.experiment_ref = ? ORDER BY d.path, "
                       "r.started_us, r.id"));
    q.addBindValue(experimentKey);
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    QMap<QString, DriftEntry> byPath;
    while (q.next()) {
        DriftEntry& e = byPath[q.value(0).toString()];
        e.path = q.value(0).toString();
        const QString recorded = q.value(2).toString();
        e.checksums.append({q.value(1).toString(),
                            ChecksumVerifier::normalizeChecksum(recorded).value_or(recorded)});
    }
    for (const DriftEntry& e : std::as_const(byPath)) {
        QSet<QString> distinct;
        for (const auto& c : e.checksums)
            distinct.insert(c.second);
        if (distinct.size() > 1)
            out.append(e);
    }
    return out;
}

Comparison RunComparison::compare(const QList<RunFacts>& runs) {
    Comparison c;
    QSet<QString> keys;
    for (const RunFacts& r : runs) {
        c.runIds << r.runId;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
            keys.insert(it.key());
    }
    c.keys = QStringList(keys.begin(), keys.end());
    c.keys.sort();
    for (const QString& k : std::as_const(c.keys)) {
        QStringList row;
        for (const RunFacts& r : runs)
            row << (r.values.contains(k) ? r.values.value(k) : QStringLiteral("–"));
        c.values << row;
    }
    return c;
}

} // namespace runledger
