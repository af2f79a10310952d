// SPDX-License-Identifier: MIT
#include "runbrowserquery.h"

#include "database.h"
#include "sqlitestatement.h"
#include "textsearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace runledger {

namespace {

// The conditions of a filter, appended to "WHERE 1", with their values.
QString filterSql(const RunFilter& f, QVariantList* binds) {
    QString sql;
    if (!f.status.isEmpty()) {
        sql += QStringLiteral(" AND r.status = ?");
        *binds << f.status;
    }
    if (!f.model.isEmpty()) {
        sql += QStringLiteral(" AND r.id IN (") + RunModels::runsUsingSql(false) + QLatin1Char(')');
        *binds << f.model << f.model;
    }
    if (f.fromUs != 0) {
        sql += QStringLiteral(" AND r.started_us >= ?");
        *binds << f.fromUs;
    }
    if (f.toUs != 0) {
        sql += QStringLiteral(" AND r.started_us < ?");
        *binds << f.toUs;
    }
    if (f.errorsOnly)
        sql += QStringLiteral(" AND r.error_count > 0");
    if (f.experimentKey != 0) {
        sql += QStringLiteral(" AND r.experiment_ref = ?");
        *binds << f.experimentKey;
    }
    const QString text = f.text.trimmed();
    if (text.isEmpty())
        return sql;
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
    // The matching runs as one set of keys, each part evaluated once (by an
    // index or one scan) rather than per run, so that only the matches are
    // read in full.
    sql += QStringLiteral(" AND r.id IN (SELECT id FROM runs WHERE run_id LIKE ? ESCAPE '\\' "
                          "UNION SELECT id FROM runs WHERE experiment_ref IN (SELECT id FROM "
                          "experiments WHERE experiment_id LIKE ? ESCAPE '\\' OR name LIKE ? "
                          "ESCAPE '\\') UNION ") +
           RunModels::runsUsingSql(true);
    *binds << like << like << like << like << like;
    const QString words = TextSearch::matchExpression(f.text, true);
    if (!words.isEmpty()) {
        sql += QStringLiteral(" UNION ") + TextSearch::runsMatchingSql();
        *binds << words << words;
    }
    return sql + QLatin1Char(')');
}

QString columnText(sqlite3_stmt* s, int i) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(s, i)) : QString();
}

bool columnNull(sqlite3_stmt* s, int i) {
    return sqlite3_column_type(s, i) == SQLITE_NULL;
}

RunRow readRun(sqlite3_stmt* s) {
    RunRow r;
    r.key = sqlite3_column_int64(s, 0);
    r.runId = columnText(s, 1);
    r.experimentId = columnText(s, 2);
    r.experimentName = columnText(s, 3);
    r.status = columnText(s, 4);
    r.model = columnText(s, 5);
    r.costSource = columnText(s, 6);
    if (!columnNull(s, 7))
        r.startedUs = sqlite3_column_int64(s, 7);
    if (!columnNull(s, 8))
        r.endedUs = sqlite3_column_int64(s, 8);
    if (!columnNull(s, 9))
        r.durationSeconds = sqlite3_column_double(s, 9);
    if (!columnNull(s, 10))
        r.costUsd = sqlite3_column_double(s, 10);
    r.inputTokens = sqlite3_column_int64(s, 11);
    r.outputTokens = sqlite3_column_int64(s, 12);
    r.llmCalls = sqlite3_column_int64(s, 13);
    r.events = sqlite3_column_int64(s, 14);
    r.errors = sqlite3_column_int64(s, 15);
    r.warnings = sqlite3_column_int64(s, 16);
    r.experimentKey = sqlite3_column_int64(s, 17);
    r.idShared = sqlite3_column_int64(s, 18) != 0;
    return r;
}

} // namespace

// Through the SQLite C API: QtSql's conversion of every cell to a QVariant
// would cost more than the query itself on tens of thousands of runs.
QList<RunRow> RunBrowserQuery::runs(QSqlDatabase& db, const RunFilter& f, QString* error) {
    QVariantList binds;
    const QString sql =
        QStringLiteral(
            "SELECT r.id, r.run_id, e.experiment_id, e.name, r.status, r.model, r.cost_source, "
            "r.started_us, r.ended_us, r.duration_seconds, r.cost_usd, r.input_tokens, "
            "r.output_tokens, r.llm_calls, r.event_count + r.structured_count, r.error_count, "
            "r.warning_count, r.experiment_ref, "
            "(SELECT count(*) > 1 FROM runs o WHERE o.run_id = r.run_id) "
            "FROM runs r LEFT JOIN experiments e ON e.id = r.experiment_ref WHERE 1") +
        filterSql(f, &binds) + QStringLiteral(" ORDER BY r.started_us DESC, r.id DESC");
    QList<RunRow> out;
    sqlite3* handle = Database::sqliteHandle(db);
    SqliteStatement q;
    std::string sqlError;
    if (!handle || !q.prepare(handle, sql.toStdString(), &sqlError)) {
        *error = handle ? QString::fromStdString(sqlError) : QStringLiteral("no SQLite handle");
        return out;
    }
    std::vector<QByteArray> texts; // bound without a copy: kept until the query ends
    texts.reserve(static_cast<size_t>(binds.size()));
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        if (binds.at(i).typeId() == QMetaType::QString) {
            texts.push_back(binds.at(i).toString().toUtf8());
            q.bindText(index, std::string_view(texts.back().constData(),
                                               static_cast<size_t>(texts.back().size())));
        } else {
            q.bindInt(index, binds.at(i).toLongLong());
        }
    }
    QList<qint64> keys;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        out.append(readRun(q.get()));
        keys.append(out.last().key);
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return {};
    }
    const QHash<qint64, QList<ModelUse>> models = RunModels::callModels(db, keys, error);
    for (RunRow& r : out)
        r.models = RunModels::usedModels(r.model, models.value(r.key));
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
