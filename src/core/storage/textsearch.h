// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <sqlite3.h>

#include <cstdint>
#include <string>

namespace runledger {

// One event or structured entry that matched a search.
struct SearchHit {
    bool structured = false; // a structured entry, else an event
    qint64 rowId = 0;
    qint64 runKey = 0; // 0: an experiment-level record
    QString runId, experimentId;
    qint64 tsUs = 0;
    QString timestamp; // as written in the log
    int level = 1;
    QString event;
    QString snippet; // the matching text, matches between « and », cuts marked …
    QString path;    // the source file
    qint64 line = 0;
};

// Full-text search (schema v4): SQLite FTS5 indexes over the events'
// message and payload (events_fts) and the structured entries' event, step,
// model and data (structured_fts), external-content tables keyed by the rows'
// ids, tokenized by unicode61 without diacritics (case and accents are
// ignored; '_', '-', '.' and JSON punctuation separate words).
//
// The importer indexes each file's new rows inside the file's transaction,
// after bulk duplicates are removed, so the indexes commit and roll back with
// the rows and never hold a removed row. Code that deletes or rewrites stored
// rows must first remove them from the index (FTS5's 'delete' command with
// the old values), as for any external-content table.
class TextSearch {
public:
    // The highest row ids so far; rows stored later have larger ids.
    struct Position {
        int64_t events = 0;
        int64_t structured = 0;
    };
    static bool position(sqlite3* db, Position* out, std::string* error);
    // Indexes the rows stored after `before`.
    static bool indexAfter(sqlite3* db, const Position& before, std::string* error);

    // The FTS5 query for what the user typed, or an empty string when it
    // holds nothing to search for. Whitespace separates words and every word
    // must match; a word is matched as the sequence of its tokens (so
    // "rate_limit_error" and "call-001" match as written), quoted, so that
    // FTS5 operators and quotes in the input are plain text. With
    // `lastWordIsPrefix` (while typing) the last word of two characters or
    // more, unless followed by a space, also matches longer tokens.
    static QString matchExpression(const QString& text, bool lastWordIsPrefix);

    // An SQL query of the runs with an event or structured entry matching the
    // FTS5 query bound to both its placeholders.
    static QString runsMatchingSql();

    // The matches of an FTS5 query, newest first (by timestamp), at most
    // `limit`; runKey > 0 keeps one run's.
    static QList<SearchHit> search(QSqlDatabase& db, const QString& expression, qint64 runKey,
                                   int limit, QString* error);
};

} // namespace runledger
