// SPDX-License-Identifier: MIT
// Helpers shared by the tests: fresh databases, imports, fixture access.
#pragma once

#include "import/importer.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

namespace runledger::test {

inline QString sourcePath(const QString& relative) {
    return QDir(QStringLiteral(RUNLEDGER_SOURCE_DIR)).filePath(relative);
}

inline QString dataPath(const QString& name) {
    return sourcePath(QStringLiteral("tests/data/") + name);
}

inline QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline qint64 scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Rows in which call_rollup or call_totals differ from the sums over
// llm_calls that they stand for (0 when the rollup is exact; -1 on error).
inline qint64 rollupMismatches(Database& db) {
    const QString fresh = QStringLiteral(
        "SELECT (ts_us - ((ts_us % 900000000) + 900000000) % 900000000) / 900000000 AS b, "
        "coalesce(model, '') AS m, coalesce(step, '') AS s, count(*), sum(input_tokens), "
        "sum(output_tokens), coalesce(sum(CASE WHEN has_breakdown THEN system_tokens END), 0), "
        "coalesce(sum(CASE WHEN has_breakdown THEN data_tokens END), 0), "
        "coalesce(sum(CASE WHEN has_breakdown THEN instructions_tokens END), 0), "
        "coalesce(sum(CASE WHEN has_breakdown THEN other_tokens END), 0), "
        "coalesce(sum(CASE WHEN has_breakdown THEN 0 ELSE input_tokens END), 0), "
        "sum(has_breakdown <> 0) FROM llm_calls GROUP BY 1, 2, 3");
    const QString sql = QStringLiteral("SELECT (SELECT count(*) FROM (SELECT * FROM call_rollup "
                                       "EXCEPT ") +
                        fresh + QStringLiteral(")) + (SELECT count(*) FROM (") + fresh +
                        QStringLiteral(" EXCEPT SELECT * FROM call_rollup)) + (SELECT count(*) "
                                       "FROM (SELECT * FROM call_totals EXCEPT SELECT model, "
                                       "step, sum(calls), sum(input), sum(output), sum(system), "
                                       "sum(data), sum(instructions), sum(other), "
                                       "sum(no_breakdown), sum(with_breakdown) FROM call_rollup "
                                       "GROUP BY 1, 2)) + (SELECT count(*) FROM (SELECT model, "
                                       "step FROM call_rollup EXCEPT SELECT model, step FROM "
                                       "call_totals))");
    return scalar(db, sql);
}

// Token instances (term, row, column, position) in which the full-text
// indexes differ from fresh indexes of the rows now stored: 0 when every row
// is indexed once with its current text and nothing else is (-1 on error).
inline qint64 textIndexMismatches(Database& db) {
    struct Index {
        const char* name;
        const char* table;
        const char* columns;
    };
    qint64 total = 0;
    for (const Index& i :
         {Index{"events_fts", "events", "message, payload"},
          Index{"structured_fts", "structured_entries", "event, step, model, data"}}) {
        QSqlQuery q(db.connection());
        const QString fresh = QStringLiteral("fresh_%1").arg(QLatin1String(i.name));
        for (const QString& sql :
             {QStringLiteral("DROP TABLE IF EXISTS temp.%1_vocab").arg(fresh),
              QStringLiteral("DROP TABLE IF EXISTS temp.%1_vocab").arg(QLatin1String(i.name)),
              QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(fresh),
              QStringLiteral("CREATE VIRTUAL TABLE temp.%1 USING fts5(%2, tokenize='unicode61 "
                             "remove_diacritics 2')")
                  .arg(fresh, QLatin1String(i.columns)),
              QStringLiteral("INSERT INTO temp.%1(rowid, %2) SELECT id, %2 FROM main.%3")
                  .arg(fresh, QLatin1String(i.columns), QLatin1String(i.table)),
              QStringLiteral("CREATE VIRTUAL TABLE temp.%1_vocab USING fts5vocab(temp, %1, "
                             "instance)")
                  .arg(fresh),
              QStringLiteral("CREATE VIRTUAL TABLE temp.%1_vocab USING fts5vocab(main, %1, "
                             "instance)")
                  .arg(QLatin1String(i.name))}) {
            if (!q.exec(sql))
                return -1;
        }
        const QString stored =
            QStringLiteral("SELECT * FROM temp.%1_vocab").arg(QLatin1String(i.name));
        const QString wanted = QStringLiteral("SELECT * FROM temp.%1_vocab").arg(fresh);
        const qint64 n = scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + "
                                                   "(SELECT count(*) FROM (%2 EXCEPT %1))")
                                        .arg(stored, wanted));
        if (n < 0)
            return -1;
        total += n;
    }
    return total;
}

// Rows in which run_models differs from the sums over llm_calls that it
// stands for (0 when exact; -1 on error).
inline qint64 runModelsMismatches(Database& db) {
    // Costs compared to 1e-9: a sum in another order may differ in its last bit.
    const QString fresh = QStringLiteral(
        "SELECT run_ref, coalesce(model, ''), coalesce(provider, ''), count(*), "
        "sum(input_tokens), sum(output_tokens), round(sum(coalesce(cost_usd, 0)), 9), "
        "count(CASE WHEN cost_usd > 0 THEN 1 END), min(ts_us), max(ts_us) FROM llm_calls WHERE "
        "run_ref IN (SELECT id FROM runs) GROUP BY 1, 2, 3");
    const QString stored = QStringLiteral(
        "SELECT run_ref, model, provider, calls, input_tokens, output_tokens, round(cost_usd, 9), "
        "priced_calls, first_us, last_us FROM run_models");
    return scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + "
                                     "(SELECT count(*) FROM (%2 EXCEPT %1))")
                          .arg(stored, fresh));
}

inline bool copyTree(const QString& from, const QString& to) {
    QDir src(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo& info :
         src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir()) {
            if (!copyTree(info.filePath(), target))
                return false;
        } else if (!QFile::copy(info.filePath(), target)) {
            return false;
        }
    }
    return true;
}

inline bool appendFile(const QString& from, const QString& to) {
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::Append))
        return false;
    return out.write(in.readAll()) >= 0;
}

// A database in a temporary folder, opened and migrated.
class TempDatabase {
public:
    TempDatabase() { ok = dir.isValid() && db.open(dir.filePath(QStringLiteral("test.sqlite"))); }
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    ImportReport import(const QStringList& paths) {
        Importer importer(db);
        return importer.importPaths(paths);
    }
    QTemporaryDir dir;
    Database db;
    bool ok = false;
};

} // namespace runledger::test
