// SPDX-License-Identifier: MIT
#include "runmodels.h"

#include "database.h"
#include "sqlitestatement.h"

#include <QSet>
#include <algorithm>

namespace runledger {

namespace {
// Up to this many runs are looked up by key; more are found in one pass.
constexpr qsizetype kListedRuns = 5000;
} // namespace

bool RunModels::refresh(sqlite3* db, const char* runSet, std::string* error) {
    const std::string runs = runSet ? runSet : "SELECT id FROM runs";
    const std::string clear = runSet ? "DELETE FROM run_models WHERE run_ref IN (" + runs + ")"
                                     : std::string("DELETE FROM run_models");
    const std::string fill =
        "INSERT INTO run_models(run_ref, model, provider, calls, input_tokens, output_tokens, "
        "cost_usd, priced_calls, first_us, last_us) "
        "SELECT run_ref, coalesce(model, ''), coalesce(provider, ''), count(*), "
        "sum(input_tokens), sum(output_tokens), sum(coalesce(cost_usd, 0)), "
        "count(CASE WHEN cost_usd > 0 THEN 1 END), min(ts_us), max(ts_us) FROM llm_calls "
        "WHERE run_ref IN (" +
        runs + ") GROUP BY run_ref, coalesce(model, ''), coalesce(provider, '')";
    for (const std::string& sql : {clear, fill}) {
        *error = execSql(db, sql.c_str());
        if (!error->empty())
            return false;
    }
    return true;
}

QHash<qint64, QList<ModelUse>> RunModels::callModels(QSqlDatabase& db, const QList<qint64>& runKeys,
                                                     QString* error) {
    QHash<qint64, QList<ModelUse>> out;
    if (runKeys.isEmpty())
        return out;
    std::string sql = "SELECT run_ref, model, calls FROM run_models WHERE model <> ''";
    const bool listed = runKeys.size() <= kListedRuns;
    QSet<qint64> wanted;
    if (listed) {
        sql += " AND run_ref IN (";
        for (qsizetype i = 0; i < runKeys.size(); ++i)
            sql += (i > 0 ? "," : "") + std::to_string(runKeys.at(i));
        sql += ")";
    } else {
        wanted = QSet<qint64>(runKeys.begin(), runKeys.end());
    }
    sqlite3* handle = Database::sqliteHandle(db);
    SqliteStatement q;
    std::string sqlError;
    if (!handle || !q.prepare(handle, sql, &sqlError)) {
        *error = handle ? QString::fromStdString(sqlError) : QStringLiteral("no SQLite handle");
        return out;
    }
    out.reserve(runKeys.size());
    QHash<QByteArray, QString> names; // a few models, shared by many runs
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 run = q.columnInt(0);
        if (!listed && !wanted.contains(run))
            continue;
        // Looked up without a copy; copied once per distinct model.
        const QByteArray text =
            QByteArray::fromRawData(reinterpret_cast<const char*>(sqlite3_column_text(q.get(), 1)),
                                    sqlite3_column_bytes(q.get(), 1));
        auto name = names.find(text);
        if (name == names.end())
            name = names.insert(QByteArray(text.constData(), text.size()), QString::fromUtf8(text));
        QList<ModelUse>& models = out[run];
        if (!models.isEmpty() && models.last().model == *name)
            models.last().calls += q.columnInt(2); // another provider, rows in key order
        else
            models.append({*name, q.columnInt(2)});
    }
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    return out;
}

QList<ModelUse> RunModels::usedModels(const QString& mainModel, QList<ModelUse> used) {
    std::sort(used.begin(), used.end(), [](const ModelUse& a, const ModelUse& b) {
        return a.calls != b.calls ? a.calls > b.calls : a.model < b.model;
    });
    if (mainModel.isEmpty())
        return used;
    ModelUse main{mainModel, 0};
    const auto it = std::find_if(used.begin(), used.end(),
                                 [&](const ModelUse& u) { return u.model == mainModel; });
    if (it != used.end()) {
        main.calls = it->calls;
        used.erase(it);
    }
    used.prepend(main);
    return used;
}

QStringList RunModels::names(const QList<ModelUse>& models) {
    QStringList out;
    out.reserve(models.size());
    for (const ModelUse& m : models)
        out << m.model;
    return out;
}

QString RunModels::runsUsingSql(bool pattern) {
    const QString op = pattern ? QStringLiteral("LIKE ? ESCAPE '\\'") : QStringLiteral("= ?");
    return QStringLiteral("SELECT id FROM runs WHERE model %1 UNION SELECT run_ref FROM run_models "
                          "WHERE model %1")
        .arg(op);
}

} // namespace runledger
