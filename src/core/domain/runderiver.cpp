// SPDX-License-Identifier: MIT
#include "runderiver.h"

#include "storage/database.h"
#include "storage/runmodels.h"
#include "storage/sqlitestatement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace runledger {

namespace {

struct RunFacts {
    qint64 events = 0, errors = 0, warnings = 0;
    std::optional<qint64> first, last;
    std::optional<qint64> lastCompleted, lastFailed;
    qint64 calls = 0, callInput = 0, callOutput = 0, pricedCalls = 0;
    double callCost = 0;
    QString callModel;
    qint64 callModelCount = 0;
    QString callProvider;
    bool hasCostRecord = false;
    double recordCost = 0;
    std::optional<qint64> recordInput, recordOutput, recordTime;
    QString recordModel, recordProvider;
    bool hasMetadata = false;
    std::optional<qint64> metaStart, metaEnd, metaInput, metaOutput;
    std::optional<double> metaDuration, metaCost;
    QString metaModel, metaProvider;
    qint64 metaErrors = 0, metaWarnings = 0;
};

void widen(std::optional<qint64>& first, std::optional<qint64>& last, const QVariant& lo,
           const QVariant& hi) {
    if (!lo.isNull() && (!first || lo.toLongLong() < *first))
        first = lo.toLongLong();
    if (!hi.isNull() && (!last || hi.toLongLong() > *last))
        last = hi.toLongLong();
}

std::optional<qint64> optionalInt(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace

QString RunDeriver::applyActivity(const std::unordered_map<int64_t, RunActivity>& activity) {
    sqlite3* db = Database::sqliteHandle(m_db);
    SqliteStatement update;
    std::string error;
    if (!update.prepare(db,
                        "UPDATE runs SET event_count = event_count + ?1, "
                        "structured_count = structured_count + ?9, "
                        "event_errors = event_errors + ?2, event_warnings = event_warnings + ?3, "
                        "activity_first_us = min(coalesce(activity_first_us, ?4), ?4), "
                        "activity_last_us = max(coalesce(activity_last_us, ?5), ?5), "
                        "completed_us = CASE WHEN ?6 IS NULL THEN completed_us "
                        "  ELSE max(coalesce(completed_us, ?6), ?6) END, "
                        "failed_us = CASE WHEN ?7 IS NULL THEN failed_us "
                        "  ELSE max(coalesce(failed_us, ?7), ?7) END "
                        "WHERE id = ?8",
                        &error))
        return QString::fromStdString(error);
    auto bindOptional = [&](int i, const std::optional<int64_t>& v) {
        v ? update.bindInt(i, *v) : update.bindNull(i);
    };
    for (const auto& [run, a] : activity) {
        update.bindInt(1, a.events);
        update.bindInt(2, a.errors);
        update.bindInt(3, a.warnings);
        bindOptional(4, a.first);
        bindOptional(5, a.last);
        bindOptional(6, a.completed);
        bindOptional(7, a.failed);
        update.bindInt(8, run);
        update.bindInt(9, a.structured);
        if (update.execute() != SQLITE_DONE)
            return QString::fromUtf8(sqlite3_errmsg(db));
    }
    return {};
}

QString RunDeriver::recomputeActivity(const std::unordered_set<int64_t>& runKeys) {
    if (runKeys.empty())
        return {};
    QString error = fillDeriveSet(runKeys);
    if (!error.isEmpty())
        return error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "UPDATE runs SET event_count = 0, structured_count = 0, event_errors = 0, "
            "event_warnings = 0, "
            "activity_first_us = NULL, activity_last_us = NULL, completed_us = NULL, "
            "failed_us = NULL WHERE id IN (SELECT id FROM temp.derive_runs)")))
        return q.lastError().text();
    const QString terminalCompleted = QStringLiteral("'experiment_completed', 'run_completed'");
    const QString terminalFailed = QStringLiteral("'experiment_failed', 'run_failed'");
    std::unordered_map<int64_t, RunActivity> activity;
    for (const QString& table : {QStringLiteral("events"), QStringLiteral("structured_entries")}) {
        if (!q.exec(QStringLiteral("SELECT run_ref, count(*), sum(level = 3), sum(level = 2), "
                                   "min(ts_us), max(ts_us), "
                                   "max(CASE WHEN event IN (%2) THEN ts_us END), "
                                   "max(CASE WHEN event IN (%3) THEN ts_us END) "
                                   "FROM %1 WHERE run_ref IN (SELECT id FROM temp.derive_runs) "
                                   "GROUP BY run_ref")
                        .arg(table, terminalCompleted, terminalFailed)))
            return q.lastError().text();
        while (q.next()) {
            RunActivity& a = activity[q.value(0).toLongLong()];
            (table == QLatin1String("events") ? a.events : a.structured) += q.value(1).toLongLong();
            a.errors += q.value(2).toLongLong();
            a.warnings += q.value(3).toLongLong();
            auto merge = [](std::optional<int64_t>& into, const QVariant& v, bool lower) {
                if (v.isNull())
                    return;
                const int64_t x = v.toLongLong();
                if (!into || (lower ? x < *into : x > *into))
                    into = x;
            };
            merge(a.first, q.value(4), true);
            merge(a.last, q.value(5), false);
            merge(a.completed, q.value(6), false);
            merge(a.failed, q.value(7), false);
        }
    }
    return applyActivity(activity);
}

QString RunDeriver::rebuildAll() {
    std::unordered_set<int64_t> all;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM runs")))
        return q.lastError().text();
    while (q.next())
        all.insert(q.value(0).toLongLong());
    const QString error = recomputeActivity(all);
    return error.isEmpty() ? derive(all) : error;
}

QString RunDeriver::fillDeriveSet(const std::unordered_set<int64_t>& runKeys) {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS derive_runs(id INTEGER PRIMARY KEY)")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.derive_runs")))
        return q.lastError().text();
    q.prepare(QStringLiteral("INSERT INTO temp.derive_runs(id) VALUES (?)"));
    QVariantList ids;
    ids.reserve(static_cast<qsizetype>(runKeys.size()));
    for (const int64_t key : runKeys)
        ids << QVariant::fromValue<qint64>(key);
    q.addBindValue(ids);
    if (!q.execBatch())
        return q.lastError().text();
    return {};
}

QString RunDeriver::derive(const std::unordered_set<int64_t>& runKeys) {
    if (runKeys.empty())
        return {};
    QSqlQuery q(m_db);
    auto run = [&](const QString& sql) {
        if (!q.exec(sql))
            return false;
        return true;
    };
    const QString setError = fillDeriveSet(runKeys);
    if (!setError.isEmpty())
        return setError;

    QHash<qint64, RunFacts> facts;
    facts.reserve(static_cast<qsizetype>(runKeys.size()));
    for (const int64_t key : runKeys)
        facts.insert(key, RunFacts{});

    // Events and structured entries, from the running aggregates.
    if (!run(QStringLiteral("SELECT id, event_count + structured_count, event_errors, "
                            "event_warnings, "
                            "activity_first_us, activity_last_us, completed_us, failed_us "
                            "FROM runs WHERE id IN (SELECT id FROM temp.derive_runs)")))
        return q.lastError().text();
    while (q.next()) {
        RunFacts& f = facts[q.value(0).toLongLong()];
        f.events = q.value(1).toLongLong();
        f.errors = q.value(2).toLongLong();
        f.warnings = q.value(3).toLongLong();
        widen(f.first, f.last, q.value(4), q.value(5));
        f.lastCompleted = optionalInt(q.value(6));
        f.lastFailed = optionalInt(q.value(7));
    }
    // LLM calls, summed per model and provider into run_models first.
    std::string modelsError;
    if (!RunModels::refresh(Database::sqliteHandle(m_db), "SELECT id FROM temp.derive_runs",
                            &modelsError))
        return QString::fromStdString(modelsError);
    if (!run(QStringLiteral("SELECT run_ref, model, provider, calls, input_tokens, "
                            "output_tokens, cost_usd, priced_calls, first_us, last_us "
                            "FROM run_models WHERE run_ref IN (SELECT id FROM temp.derive_runs) "
                            "ORDER BY run_ref, model, provider")))
        return q.lastError().text();
    while (q.next()) {
        RunFacts& f = facts[q.value(0).toLongLong()];
        const qint64 n = q.value(3).toLongLong();
        f.calls += n;
        f.callInput += q.value(4).toLongLong();
        f.callOutput += q.value(5).toLongLong();
        f.callCost += q.value(6).toDouble();
        f.pricedCalls += q.value(7).toLongLong();
        if (n > f.callModelCount) {
            f.callModelCount = n;
            f.callModel = q.value(1).toString();
            f.callProvider = q.value(2).toString();
        }
        widen(f.first, f.last, q.value(8), q.value(9));
    }
    // The latest cost record of each run.
    if (!run(QStringLiteral(
            "SELECT run_ref, actual_usd, input_tokens, output_tokens, model, provider, ts_us "
            "FROM cost_records WHERE run_ref IN (SELECT id FROM temp.derive_runs) "
            "ORDER BY run_ref, ts_us, id")))
        return q.lastError().text();
    while (q.next()) {
        RunFacts& f = facts[q.value(0).toLongLong()];
        f.hasCostRecord = true;
        f.recordCost = q.value(1).toDouble();
        f.recordInput = optionalInt(q.value(2));
        f.recordOutput = optionalInt(q.value(3));
        f.recordModel = q.value(4).toString();
        f.recordProvider = q.value(5).toString();
        f.recordTime = optionalInt(q.value(6));
    }
    // Metadata.
    if (!run(QStringLiteral(
            "SELECT m.run_ref, m.started_us, m.ended_us, m.duration_seconds, m.input_tokens, "
            "m.output_tokens, m.total_cost_usd, "
            "(SELECT json_extract(value, '$') FROM run_config c WHERE c.run_ref = m.run_ref AND "
            " c.key = 'model'), "
            "(SELECT json_extract(value, '$') FROM run_config c WHERE c.run_ref = m.run_ref AND "
            " c.key = 'provider'), "
            "(SELECT count(*) FROM run_messages r WHERE r.run_ref = m.run_ref AND r.kind = "
            "'error'), "
            "(SELECT count(*) FROM run_messages r WHERE r.run_ref = m.run_ref AND "
            " r.kind = 'warning') "
            "FROM run_metadata m WHERE m.run_ref IN (SELECT id FROM temp.derive_runs)")))
        return q.lastError().text();
    while (q.next()) {
        RunFacts& f = facts[q.value(0).toLongLong()];
        f.hasMetadata = true;
        f.metaStart = optionalInt(q.value(1));
        f.metaEnd = optionalInt(q.value(2));
        if (!q.value(3).isNull())
            f.metaDuration = q.value(3).toDouble();
        f.metaInput = optionalInt(q.value(4));
        f.metaOutput = optionalInt(q.value(5));
        if (!q.value(6).isNull())
            f.metaCost = q.value(6).toDouble();
        f.metaModel = q.value(7).toString();
        f.metaProvider = q.value(8).toString();
        f.metaErrors = q.value(9).toLongLong();
        f.metaWarnings = q.value(10).toLongLong();
    }

    sqlite3* db = Database::sqliteHandle(m_db);
    SqliteStatement update;
    std::string prepareError;
    if (!update.prepare(db,
                        "UPDATE runs SET started_us = ?1, ended_us = ?2, duration_seconds = ?3, "
                        "status = ?4, model = ?5, provider = ?6, llm_calls = ?7, "
                        "input_tokens = ?8, output_tokens = ?9, cost_usd = ?10, "
                        "cost_source = ?11, error_count = ?12, warning_count = ?13 "
                        "WHERE id = ?14",
                        &prepareError))
        return QString::fromStdString(prepareError);
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        const RunFacts& f = it.value();
        QString status = QStringLiteral("unknown");
        std::optional<qint64> terminal;
        if (f.lastFailed && (!f.lastCompleted || *f.lastFailed > *f.lastCompleted)) {
            status = QStringLiteral("failed");
            terminal = f.lastFailed;
        } else if (f.lastCompleted) {
            status = QStringLiteral("completed");
            terminal = f.lastCompleted;
        } else if ((f.hasMetadata && f.metaEnd) || f.hasCostRecord) {
            status = QStringLiteral("completed");
        } else if (f.events > 0 || f.calls > 0) {
            status = QStringLiteral("running");
        }
        const std::optional<qint64> started = f.metaStart ? f.metaStart : f.first;
        std::optional<qint64> ended = f.metaEnd;
        if (!ended && status != QLatin1String("running") && status != QLatin1String("unknown"))
            ended = f.last ? f.last : (terminal ? terminal : f.recordTime);
        QVariant duration;
        if (f.metaDuration)
            duration = *f.metaDuration;
        else if (started && (ended || f.last))
            duration = static_cast<double>((ended ? *ended : *f.last) - *started) / 1e6;

        QVariant cost;
        QVariant costSource;
        if (f.hasCostRecord) {
            cost = f.recordCost;
            costSource = QStringLiteral("cost_record");
        } else if (f.pricedCalls > 0) {
            cost = f.callCost;
            costSource = QStringLiteral("llm_calls");
        } else if (f.metaCost) {
            cost = *f.metaCost;
            costSource = QStringLiteral("metadata");
        }
        qint64 input = f.callInput, output = f.callOutput;
        if (f.calls == 0) {
            input = f.recordInput.value_or(f.metaInput.value_or(0));
            output = f.recordOutput.value_or(f.metaOutput.value_or(0));
        }
        QString model = !f.metaModel.isEmpty()     ? f.metaModel
                        : !f.recordModel.isEmpty() ? f.recordModel
                                                   : f.callModel;
        QString provider = !f.metaProvider.isEmpty()     ? f.metaProvider
                           : !f.recordProvider.isEmpty() ? f.recordProvider
                                                         : f.callProvider;
        const qint64 errors = f.errors > 0 ? f.errors : f.metaErrors;
        const qint64 warnings = f.warnings > 0 ? f.warnings : f.metaWarnings;

        auto bindOptionalInt = [&](int i, const std::optional<qint64>& v) {
            v ? update.bindInt(i, *v) : update.bindNull(i);
        };
        auto bindOptionalText = [&](int i, const QByteArray& v) {
            v.isEmpty() ? update.bindNull(i)
                        : update.bindText(i, std::string_view(v.constData(), v.size()));
        };
        const QByteArray statusText = status.toUtf8();
        const QByteArray modelText = model.toUtf8();
        const QByteArray providerText = provider.toUtf8();
        const QByteArray sourceText = costSource.toString().toUtf8();
        bindOptionalInt(1, started);
        bindOptionalInt(2, ended);
        duration.isNull() ? update.bindNull(3) : update.bindReal(3, duration.toDouble());
        bindOptionalText(4, statusText);
        bindOptionalText(5, modelText);
        bindOptionalText(6, providerText);
        update.bindInt(7, f.calls);
        update.bindInt(8, input);
        update.bindInt(9, output);
        cost.isNull() ? update.bindNull(10) : update.bindReal(10, cost.toDouble());
        bindOptionalText(11, sourceText);
        update.bindInt(12, errors);
        update.bindInt(13, warnings);
        update.bindInt(14, it.key());
        if (update.execute() != SQLITE_DONE)
            return QString::fromUtf8(sqlite3_errmsg(db));
    }
    return {};
}

} // namespace runledger
