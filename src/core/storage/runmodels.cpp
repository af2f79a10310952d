// SPDX-License-Identifier: MIT
#include "runmodels.h"

#include "sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace runledger {

bool RunModels::refresh(sqlite3* db, const char* runSet, std::string* error) {
    const std::string runs = runSet ? runSet : "SELECT id FROM runs";
    const std::string clear = runSet ? "DELETE FROM run_models WHERE run_ref IN (" + runs + ")"
                                     : std::string("DELETE FROM run_models");
    // Grouped in index order, so the rows arrive in key order.
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

QHash<qint64, QList<ModelUse>> RunModels::callModels(QSqlDatabase& db, QString* error) {
    QHash<qint64, QList<ModelUse>> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT run_ref, model, calls FROM run_models WHERE model <> '' "
                               "ORDER BY run_ref, model"))) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        QList<ModelUse>& models = out[q.value(0).toLongLong()];
        const QString model = q.value(1).toString();
        if (!models.isEmpty() && models.last().model == model)
            models.last().calls += q.value(2).toLongLong(); // another provider
        else
            models.append({model, q.value(2).toLongLong()});
    }
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

QString RunModels::usesSql(const QString& runRef, const QString& mainModel, bool pattern) {
    const QString op = pattern ? QStringLiteral("LIKE ? ESCAPE '\\'") : QStringLiteral("= ?");
    return QStringLiteral("(%2 %3 OR EXISTS (SELECT 1 FROM run_models m WHERE m.run_ref = %1 AND "
                          "m.model %3))")
        .arg(runRef, mainModel, op);
}

} // namespace runledger
