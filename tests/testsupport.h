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
