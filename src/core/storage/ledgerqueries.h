// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace runledger {

// Read-only queries behind `summary`, `runs`, `search` and `timeline`, returning the
// CLI's JSON shapes (which the GUI also uses for copy/export). Each returns
// an empty object/array and sets *error on a database error.
class LedgerQueries {
public:
    explicit LedgerQueries(QSqlDatabase& db)
        : m_db(db) {}

    QJsonObject summary(QString* error) const;
    // experimentFilter matches an experiment id or folder name; empty: all.
    QJsonArray runs(qint64 experimentKey, QString* error) const; // 0: every experiment
    // The matches of a TextSearch query, newest first (see `search` in
    // docs/cli.md); runKey 0: every run.
    QJsonArray search(const QString& expression, qint64 runKey, int limit, QString* error) const;
    // Returns false with *error when the run does not exist.
    bool timeline(qint64 runKey, QJsonArray* out, QString* error) const;

    // UTC microseconds as ISO 8601 ("2025-09-14T08:05:12.480211Z"); null for null.
    static QJsonValue isoTime(const QVariant& utcMicros);
    // The timestamp as the log wrote it: the stored text, or the canonical
    // spelling when none was stored (see the schema).
    static QString timestampText(qint64 utcMicros, const QVariant& stored);

private:
    QSqlDatabase& m_db;
};

} // namespace runledger
