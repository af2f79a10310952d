// SPDX-License-Identifier: MIT
#include "textsearch.h"

#include "ledgerqueries.h"
#include "sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace runledger {

namespace {

struct Source {
    const char* table;
    const char* index;
    const char* columns; // indexed, in the index's order
    bool structured;
};

constexpr Source kSources[] = {
    {"events", "events_fts", "message, payload", false},
    {"structured_entries", "structured_fts", "event, step, model, data", true},
};

// A prefix shorter than this matches too many tokens to be worth it.
constexpr int kMinPrefixLength = 2;

bool hasToken(const QString& word) {
    const QList<uint> codePoints = word.toUcs4();
    return std::any_of(codePoints.begin(), codePoints.end(),
                       [](uint c) { return QChar::isLetterOrNumber(char32_t(c)); });
}

} // namespace

bool TextSearch::position(sqlite3* db, Position* out, std::string* error) {
    for (const Source& s : kSources) {
        SqliteStatement q;
        if (!q.prepare(db, std::string("SELECT coalesce(max(id), 0) FROM ") + s.table, error))
            return false;
        if (q.step() != SQLITE_ROW) {
            *error = sqlite3_errmsg(db);
            return false;
        }
        (s.structured ? out->structured : out->events) = q.columnInt(0);
    }
    return true;
}

bool TextSearch::indexAfter(sqlite3* db, const Position& before, std::string* error) {
    for (const Source& s : kSources) {
        SqliteStatement insert;
        if (!insert.prepare(db,
                            std::string("INSERT INTO ") + s.index + "(rowid, " + s.columns +
                                ") SELECT id, " + s.columns + " FROM " + s.table + " WHERE id > ?",
                            error))
            return false;
        insert.bindInt(1, s.structured ? before.structured : before.events);
        if (insert.execute() != SQLITE_DONE) {
            *error = sqlite3_errmsg(db);
            return false;
        }
    }
    return true;
}

QString TextSearch::matchExpression(const QString& text, bool lastWordIsPrefix) {
    QString cleaned = text;
    for (QChar& c : cleaned) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    QStringList terms;
    bool lastKept = false; // the last word, still being typed, is a term
    for (const QString& word : cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        lastKept = hasToken(word);
        if (lastKept)
            terms << QLatin1Char('"') +
                         QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                         QLatin1Char('"');
        lastKept = lastKept && word.size() >= kMinPrefixLength;
    }
    if (terms.isEmpty())
        return {};
    if (lastWordIsPrefix && lastKept && !cleaned.back().isSpace())
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

QString TextSearch::runsMatchingSql() {
    QStringList parts;
    for (const Source& s : kSources)
        parts << QStringLiteral("SELECT t.run_ref FROM %1 f JOIN %2 t ON t.id = f.rowid WHERE "
                                "%1 MATCH ?")
                     .arg(QLatin1String(s.index), QLatin1String(s.table));
    return parts.join(QStringLiteral(" UNION "));
}

namespace {

// The newest matches of one source: (time, id) pairs, newest first. One
// run's are looked for between its first and last row ids, which FTS5 scans
// as a range.
bool newestMatches(QSqlDatabase& db, const Source& s, const QString& expression, qint64 runKey,
                   int limit, std::vector<std::tuple<qint64, qint64, const Source*>>* out,
                   QString* error) {
    const QString table = QLatin1String(s.table);
    const QString oneRun =
        runKey > 0 ? QStringLiteral(" AND t.run_ref = ? AND f.rowid >= (SELECT min(id) FROM %1 "
                                    "WHERE run_ref = ?) AND f.rowid <= (SELECT max(id) FROM %1 "
                                    "WHERE run_ref = ?)")
                         .arg(table)
                   : QString();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.ts_us, t.id FROM %1 f JOIN %2 t ON t.id = f.rowid "
                             "WHERE %1 MATCH ?%3 ORDER BY t.ts_us DESC, t.id DESC LIMIT ?")
                  .arg(QLatin1String(s.index), table, oneRun));
    q.addBindValue(expression);
    for (int i = runKey > 0 ? 3 : 0; i > 0; --i)
        q.addBindValue(runKey);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong(), &s);
    return true;
}

// Where these rows of one source come from, and their snippets. A chunk of
// ids per query, the index scanned over the chunk's id range: FTS5 seeks a
// single row slowly for a phrase, so it is never asked row by row.
bool readHits(QSqlDatabase& db, const Source& s, const QString& expression, std::vector<qint64> ids,
              QList<SearchHit>* out, QString* error) {
    constexpr size_t kChunk = 500;
    std::sort(ids.begin(), ids.end());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (size_t from = 0; from < ids.size(); from += kChunk) {
        const size_t to = std::min(ids.size(), from + kChunk);
        QStringList list;
        for (size_t i = from; i < to; ++i)
            list << QString::number(ids[i]);
        q.prepare(
            QStringLiteral(
                "SELECT t.id, t.run_ref, r.run_id, "
                "coalesce(re.experiment_id, te.experiment_id), t.ts_us, t.ts_text, t.level, "
                "t.event, src.path, t.line, snippet(%1, -1, '«', '»', '…', 16) "
                "FROM %1 f CROSS JOIN %2 t ON t.id = f.rowid "
                "LEFT JOIN runs r ON r.id = t.run_ref "
                "LEFT JOIN experiments re ON re.id = r.experiment_ref "
                "LEFT JOIN experiments te ON te.id = t.experiment_ref "
                "LEFT JOIN source_files src ON src.id = t.file_ref "
                "WHERE %1 MATCH ? AND f.rowid >= ? AND f.rowid <= ? AND +f.rowid IN (%3)")
                .arg(QLatin1String(s.index), QLatin1String(s.table), list.join(QLatin1Char(','))));
        q.addBindValue(expression);
        q.addBindValue(ids[from]);
        q.addBindValue(ids[to - 1]);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            SearchHit h;
            h.structured = s.structured;
            h.rowId = q.value(0).toLongLong();
            h.runKey = q.value(1).toLongLong();
            h.runId = q.value(2).toString();
            h.experimentId = q.value(3).toString();
            h.tsUs = q.value(4).toLongLong();
            h.timestamp = LedgerQueries::timestampText(h.tsUs, q.value(5));
            h.level = q.value(6).toInt();
            h.event = q.value(7).toString();
            h.path = q.value(8).toString();
            h.line = q.value(9).toLongLong();
            h.snippet = q.value(10).toString();
            out->append(std::move(h));
        }
    }
    return true;
}

} // namespace

QList<SearchHit> TextSearch::search(QSqlDatabase& db, const QString& expression, qint64 runKey,
                                    int limit, QString* error) {
    std::vector<std::tuple<qint64, qint64, const Source*>> found; // time, id, source
    for (const Source& s : kSources) {
        if (!newestMatches(db, s, expression, runKey, limit, &found, error))
            return {};
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::tie(std::get<0>(b), std::get<1>(b)) < std::tie(std::get<0>(a), std::get<1>(a));
    });
    found.resize(std::min(found.size(), static_cast<size_t>(std::max(limit, 0))));
    QList<SearchHit> hits;
    for (const Source& s : kSources) {
        std::vector<qint64> ids;
        for (const auto& [ts, id, source] : found) {
            if (source == &s)
                ids.push_back(id);
        }
        if (!readHits(db, s, expression, std::move(ids), &hits, error))
            return {};
    }
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        return std::tie(b.tsUs, b.rowId) < std::tie(a.tsUs, a.rowId);
    });
    return hits;
}

} // namespace runledger
