// SPDX-License-Identifier: MIT
#include "migrations.h"

#include "callrollup.h"
#include "database.h"
#include "domain/runsplit.h"
#include "runmodels.h"
#include "textsearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <string>

namespace runledger {

namespace {

// Each entry is one schema version. Append only; never edit a released step.
// Statements are split on ';', so comments inside a step must not contain one.
const char* const kSteps[] = {
    // 1: initial schema.
    R"SQL(
CREATE TABLE experiments (
    id INTEGER PRIMARY KEY,
    experiment_id TEXT UNIQUE,
    name TEXT,
    folder TEXT
);
CREATE INDEX experiments_name ON experiments(name);

CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL UNIQUE,
    experiment_ref INTEGER REFERENCES experiments(id),
    started_us INTEGER,
    ended_us INTEGER,
    duration_seconds REAL,
    status TEXT NOT NULL DEFAULT 'unknown',
    model TEXT,
    provider TEXT,
    llm_calls INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL,
    cost_source TEXT,
    event_count INTEGER NOT NULL DEFAULT 0,
    structured_count INTEGER NOT NULL DEFAULT 0,
    error_count INTEGER NOT NULL DEFAULT 0,
    warning_count INTEGER NOT NULL DEFAULT 0,
    -- Running aggregates of the run's events and structured entries,
    -- maintained by the importer as rows are added.
    activity_first_us INTEGER,
    activity_last_us INTEGER,
    event_errors INTEGER NOT NULL DEFAULT 0,
    event_warnings INTEGER NOT NULL DEFAULT 0,
    completed_us INTEGER,
    failed_us INTEGER
);
CREATE INDEX runs_experiment ON runs(experiment_ref, started_us);
CREATE INDEX runs_started ON runs(started_us);

CREATE TABLE source_files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    kind INTEGER NOT NULL,
    size INTEGER NOT NULL,
    mtime_us INTEGER NOT NULL,
    head_hash INTEGER NOT NULL,
    head_length INTEGER NOT NULL,
    consumed_bytes INTEGER NOT NULL,
    consumed_lines INTEGER NOT NULL,
    tail_unterminated INTEGER NOT NULL DEFAULT 0,
    pending_bytes INTEGER NOT NULL DEFAULT 0,
    experiment_name TEXT,
    imported_at_us INTEGER NOT NULL
);

CREATE TABLE rejected_lines (
    file_ref INTEGER NOT NULL REFERENCES source_files(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (file_ref, line)
) WITHOUT ROWID;

-- Record tables: each has an identity index (run_ref, ts_us, record_hash)
-- that serves both deduplication (the importer checks it before inserting)
-- and a run's records in time order. In the event tables run_ref 0 means
-- "no run" (an experiment-level event). ts_text NULL means the canonical rendering of ts_us
-- (YYYY-MM-DDTHH:MM:SS.ffffff+00:00), other spellings are kept as written.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    record_hash INTEGER NOT NULL,
    ts_us INTEGER NOT NULL,
    ts_text TEXT,
    level INTEGER NOT NULL,
    event TEXT NOT NULL,
    experiment_ref INTEGER REFERENCES experiments(id),
    run_ref INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    payload TEXT,
    file_ref INTEGER,
    line INTEGER
);
CREATE INDEX events_identity ON events(run_ref, ts_us, record_hash);

CREATE TABLE structured_entries (
    id INTEGER PRIMARY KEY,
    record_hash INTEGER NOT NULL,
    ts_us INTEGER NOT NULL,
    ts_text TEXT,
    level INTEGER NOT NULL,
    event TEXT NOT NULL,
    experiment_ref INTEGER REFERENCES experiments(id),
    run_ref INTEGER NOT NULL DEFAULT 0,
    step TEXT,
    model TEXT,
    data TEXT,
    file_ref INTEGER,
    line INTEGER
);
CREATE INDEX structured_identity ON structured_entries(run_ref, ts_us, record_hash);

CREATE TABLE llm_calls (
    id INTEGER PRIMARY KEY,
    record_hash INTEGER NOT NULL,
    ts_us INTEGER NOT NULL,
    ts_text TEXT,
    run_ref INTEGER REFERENCES runs(id),
    step TEXT,
    model TEXT,
    provider TEXT,
    input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    total_tokens INTEGER NOT NULL,
    has_breakdown INTEGER NOT NULL,
    system_tokens INTEGER,
    data_tokens INTEGER,
    instructions_tokens INTEGER,
    other_tokens INTEGER,
    output_component_tokens INTEGER,
    cost_usd REAL,
    latency_ms REAL,
    file_ref INTEGER,
    line INTEGER
);
CREATE INDEX llm_calls_identity ON llm_calls(run_ref, ts_us, record_hash);
CREATE INDEX llm_calls_time ON llm_calls(ts_us);

CREATE TABLE cost_records (
    id INTEGER PRIMARY KEY,
    record_hash INTEGER NOT NULL,
    ts_us INTEGER NOT NULL,
    ts_text TEXT,
    experiment_ref INTEGER REFERENCES experiments(id),
    run_ref INTEGER REFERENCES runs(id),
    estimated_usd REAL,
    actual_usd REAL,
    variance_usd REAL,
    variance_percent REAL,
    model TEXT,
    provider TEXT,
    input_tokens INTEGER,
    output_tokens INTEGER,
    file_ref INTEGER,
    line INTEGER
);
CREATE INDEX cost_records_identity ON cost_records(run_ref, ts_us, record_hash);
CREATE INDEX cost_records_time ON cost_records(ts_us);

CREATE TABLE cost_breakdown (
    cost_record_ref INTEGER NOT NULL REFERENCES cost_records(id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    cost_usd REAL,
    PRIMARY KEY (cost_record_ref, step)
) WITHOUT ROWID;

CREATE TABLE run_metadata (
    run_ref INTEGER PRIMARY KEY REFERENCES runs(id),
    file_ref INTEGER REFERENCES source_files(id),
    content_hash INTEGER NOT NULL,
    metadata_version TEXT,
    experiment_ref INTEGER REFERENCES experiments(id),
    started_us INTEGER,
    started_text TEXT,
    ended_us INTEGER,
    ended_text TEXT,
    duration_seconds REAL,
    input_tokens INTEGER,
    output_tokens INTEGER,
    total_cost_usd REAL,
    cost_per_persona REAL,
    data_total_files INTEGER,
    data_total_tokens INTEGER,
    data_total_bytes INTEGER,
    raw TEXT NOT NULL
);

CREATE TABLE run_config (
    run_ref INTEGER NOT NULL REFERENCES runs(id),
    key TEXT NOT NULL,
    value TEXT,
    is_extra INTEGER NOT NULL,
    PRIMARY KEY (run_ref, key)
) WITHOUT ROWID;

CREATE TABLE run_environment (
    run_ref INTEGER NOT NULL REFERENCES runs(id),
    key TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (run_ref, key)
) WITHOUT ROWID;

CREATE TABLE data_sources (
    run_ref INTEGER NOT NULL REFERENCES runs(id),
    path TEXT NOT NULL,
    recorded_checksum TEXT,
    PRIMARY KEY (run_ref, path)
) WITHOUT ROWID;

CREATE TABLE output_checksums (
    run_ref INTEGER NOT NULL REFERENCES runs(id),
    label TEXT NOT NULL,
    checksum TEXT,
    PRIMARY KEY (run_ref, label)
) WITHOUT ROWID;

CREATE TABLE run_messages (
    run_ref INTEGER NOT NULL REFERENCES runs(id),
    kind TEXT NOT NULL CHECK (kind IN ('error', 'warning')),
    position INTEGER NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (run_ref, kind, position)
) WITHOUT ROWID;
)SQL",
    // 2: results of checksum verification, with their time; a fingerprint of
    // the bytes before each file's resume point.
    R"SQL(
CREATE TABLE verification_results (
    run_ref INTEGER NOT NULL REFERENCES runs(id),
    path TEXT NOT NULL,
    resolved_path TEXT,
    expected TEXT,
    actual TEXT,
    status TEXT NOT NULL,
    detail TEXT,
    verified_at_us INTEGER NOT NULL,
    PRIMARY KEY (run_ref, path)
) WITHOUT ROWID;
ALTER TABLE source_files ADD COLUMN tail_hash INTEGER NOT NULL DEFAULT 0;
ALTER TABLE source_files ADD COLUMN tail_length INTEGER NOT NULL DEFAULT 0;
)SQL",
    // 3: token usage of LLM calls per 15-minute bucket, model and step, and
    // per model and step over all time (see CallRollup); kFills fills them
    // from the calls already stored.
    R"SQL(
CREATE TABLE call_rollup (
    bucket INTEGER NOT NULL,
    model TEXT NOT NULL,
    step TEXT NOT NULL,
    calls INTEGER NOT NULL,
    input INTEGER NOT NULL,
    output INTEGER NOT NULL,
    system INTEGER NOT NULL,
    data INTEGER NOT NULL,
    instructions INTEGER NOT NULL,
    other INTEGER NOT NULL,
    no_breakdown INTEGER NOT NULL,
    with_breakdown INTEGER NOT NULL,
    PRIMARY KEY (bucket, model, step)
) WITHOUT ROWID;
CREATE TABLE call_totals (
    model TEXT NOT NULL,
    step TEXT NOT NULL,
    calls INTEGER NOT NULL,
    input INTEGER NOT NULL,
    output INTEGER NOT NULL,
    system INTEGER NOT NULL,
    data INTEGER NOT NULL,
    instructions INTEGER NOT NULL,
    other INTEGER NOT NULL,
    no_breakdown INTEGER NOT NULL,
    with_breakdown INTEGER NOT NULL,
    PRIMARY KEY (model, step)
) WITHOUT ROWID;
)SQL",
    // 4: the LLM calls of each run per model and provider (see RunModels),
    // and full-text indexes over event messages and payloads and over
    // structured entries (see TextSearch), merging segments 16 at a time
    // (fewer rewrites while importing than the default 4); kFills fills all
    // three from the rows already stored.
    R"SQL(
CREATE TABLE run_models (
    run_ref INTEGER NOT NULL,
    model TEXT NOT NULL,
    provider TEXT NOT NULL,
    calls INTEGER NOT NULL,
    input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    cost_usd REAL NOT NULL,
    priced_calls INTEGER NOT NULL,
    first_us INTEGER NOT NULL,
    last_us INTEGER NOT NULL,
    PRIMARY KEY (run_ref, model, provider)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE events_fts USING fts5(
    message, payload, content='events', content_rowid='id', columnsize=0,
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE structured_fts USING fts5(
    event, step, model, data, content='structured_entries', content_rowid='id', columnsize=0,
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO events_fts(events_fts, rank) VALUES ('automerge', 16);
INSERT INTO structured_fts(structured_fts, rank) VALUES ('automerge', 16);
)SQL",
    // 5: a run is identified by its experiment and its run id (Persona
    // numbers runs 1, 2, 3 per experiment). folder_hint is the experiment
    // folder of the file that created a run whose experiment is not known
    // yet. The rebuilt table keeps every row; runsplit's fill splits the runs
    // that earlier versions merged across experiments.
    R"SQL(
CREATE TABLE runs_v5 (
    id INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL,
    experiment_ref INTEGER REFERENCES experiments(id),
    started_us INTEGER,
    ended_us INTEGER,
    duration_seconds REAL,
    status TEXT NOT NULL DEFAULT 'unknown',
    model TEXT,
    provider TEXT,
    llm_calls INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL,
    cost_source TEXT,
    event_count INTEGER NOT NULL DEFAULT 0,
    structured_count INTEGER NOT NULL DEFAULT 0,
    error_count INTEGER NOT NULL DEFAULT 0,
    warning_count INTEGER NOT NULL DEFAULT 0,
    activity_first_us INTEGER,
    activity_last_us INTEGER,
    event_errors INTEGER NOT NULL DEFAULT 0,
    event_warnings INTEGER NOT NULL DEFAULT 0,
    completed_us INTEGER,
    failed_us INTEGER,
    folder_hint TEXT
);
INSERT INTO runs_v5 SELECT *, NULL FROM runs;
DROP TABLE runs;
ALTER TABLE runs_v5 RENAME TO runs;
CREATE UNIQUE INDEX runs_identity ON runs(run_id, experiment_ref);
CREATE INDEX runs_experiment ON runs(experiment_ref, started_us);
CREATE INDEX runs_started ON runs(started_us);
)SQL",
};

// What a step computes after its SQL, in the same transaction (null: nothing).
using Fill = QString (*)(QSqlDatabase& db);
const Fill kFills[std::size(kSteps)] = {
    nullptr,
    nullptr,
    // 3: the same summing as every later import of token usage.
    [](QSqlDatabase& db) {
        sqlite3* handle = Database::sqliteHandle(db);
        std::string error = handle ? std::string() : "not an SQLite connection";
        if (handle)
            CallRollup::addCallsAfter(handle, 0, &error);
        return QString::fromStdString(error);
    },
    // 4: the same refresh and indexing as every later import.
    [](QSqlDatabase& db) {
        sqlite3* handle = Database::sqliteHandle(db);
        std::string error = handle ? std::string() : "not an SQLite connection";
        if (handle && RunModels::refresh(handle, nullptr, &error))
            TextSearch::indexAfter(handle, TextSearch::Position{}, &error);
        return QString::fromStdString(error);
    },
    // 5: runs merged across experiments become one run per experiment.
    splitRunsAcrossExperiments,
};

QStringList splitStatements(const QString& script) {
    QStringList out;
    for (const QString& part : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

} // namespace

int Migrations::latestVersion() {
    return static_cast<int>(std::size(kSteps));
}

int Migrations::currentVersion(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString Migrations::migrate(QSqlDatabase& db, int target) {
    if (target < 0)
        target = latestVersion();
    const int current = currentVersion(db);
    if (current < 0)
        return QStringLiteral("cannot read the schema version: %1").arg(db.lastError().text());
    if (current > latestVersion())
        return QStringLiteral("the database has schema version %1, newer than this RunLedger "
                              "understands (%2); use a newer RunLedger")
            .arg(current)
            .arg(latestVersion());
    if (current >= target)
        return {};
    // A step may rebuild a table that others reference (SQLite's way to
    // change a constraint), which foreign key enforcement forbids; it is
    // switched off while the steps run (it cannot change inside a
    // transaction) and restored afterwards.
    QSqlQuery pragma(db);
    const bool foreignKeys = pragma.exec(QStringLiteral("PRAGMA foreign_keys")) && pragma.next() &&
                             pragma.value(0).toBool();
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    const QString error = runSteps(db, current, target);
    if (foreignKeys)
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return error;
}

QString Migrations::runSteps(QSqlDatabase& db, int current, int target) {
    for (int version = current + 1; version <= target; ++version) {
        if (!db.transaction())
            return QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text());
        QSqlQuery q(db);
        for (const QString& statement : splitStatements(QString::fromUtf8(kSteps[version - 1]))) {
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                db.rollback();
                return QStringLiteral("migration to version %1 failed: %2").arg(version).arg(error);
            }
        }
        if (const Fill fill = kFills[version - 1]) {
            const QString fillError = fill(db);
            if (!fillError.isEmpty()) {
                db.rollback();
                return QStringLiteral("migration to version %1 failed: %2")
                    .arg(version)
                    .arg(fillError);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            return QStringLiteral("migration to version %1 failed: %2").arg(version).arg(error);
        }
    }
    return {};
}

} // namespace runledger
