// SPDX-License-Identifier: MIT
#include "batchwriter.h"

#include <sqlite3.h>

#include <algorithm>
#include <climits>

namespace runledger {

namespace {

struct TableSpec {
    const char* table;
    const char* columns; // parsed cells first, then file_ref and line
    int columnCount;
    int runRefColumn; // 1-based
};

// Cells 1 and 2 of every table are record_hash and ts_us.
constexpr TableSpec kTables[4] = {
    {"events",
     "record_hash, ts_us, ts_text, level, event, experiment_ref, run_ref, message, payload, "
     "file_ref, line",
     11, 7},
    {"structured_entries",
     "record_hash, ts_us, ts_text, level, event, experiment_ref, run_ref, step, model, data, "
     "file_ref, line",
     12, 7},
    {"llm_calls",
     "record_hash, ts_us, ts_text, run_ref, step, model, provider, input_tokens, output_tokens, "
     "total_tokens, has_breakdown, system_tokens, data_tokens, instructions_tokens, other_tokens, "
     "output_component_tokens, cost_usd, latency_ms, file_ref, line",
     20, 4},
    {"cost_records",
     "record_hash, ts_us, ts_text, experiment_ref, run_ref, estimated_usd, actual_usd, "
     "variance_usd, variance_percent, model, provider, input_tokens, output_tokens, file_ref, "
     "line",
     15, 5},
};

// Unchecked inserts are for a bulk load into an empty table, deduplicated
// afterwards; checked ones skip a record whose identity is already stored.
std::string insertSql(const TableSpec& t, bool checked) {
    std::string params;
    for (int i = 1; i <= t.columnCount; ++i)
        params += (i > 1 ? ",?" : "?") + std::to_string(i);
    std::string sql = std::string("INSERT INTO ") + t.table + "(" + t.columns + ") ";
    if (!checked)
        return sql + "VALUES (" + params + ")";
    return sql + "SELECT " + params + " WHERE NOT EXISTS (SELECT 1 FROM " + t.table +
           " WHERE run_ref IS ?" + std::to_string(t.runRefColumn) +
           " AND ts_us = ?2 AND record_hash = ?1)";
}

std::string sqliteError(sqlite3* db) {
    return sqlite3_errmsg(db);
}

} // namespace

BatchWriter::BatchWriter(sqlite3* db)
    : m_db(db) {}

bool BatchWriter::prepare(std::string* error) {
    for (int i = 0; i < 4; ++i) {
        if (!m_insert[i].prepare(m_db, insertSql(kTables[i], true), error) ||
            !m_insertUnchecked[i].prepare(m_db, insertSql(kTables[i], false), error))
            return false;
    }
    return m_insertBreakdown.prepare(
               m_db,
               "INSERT OR REPLACE INTO cost_breakdown(cost_record_ref, step, cost_usd) "
               "VALUES (?,?,?)",
               error) &&
           m_findRun.prepare(m_db, "SELECT id FROM runs WHERE run_id = ? AND experiment_ref = ?",
                             error) &&
           // A run created before its experiment was known, from a file in
           // the same experiment folder (or in none).
           m_findOrphan.prepare(m_db,
                                "SELECT id, folder_hint IS NULL FROM runs WHERE run_id = ?1 AND "
                                "experiment_ref IS "
                                "NULL AND (folder_hint IS NULL OR folder_hint = COALESCE((SELECT "
                                "folder FROM experiments WHERE id = ?2), ?3)) ORDER BY "
                                "folder_hint IS NULL, id LIMIT 1",
                                error) &&
           m_adoptRun.prepare(m_db, "UPDATE runs SET experiment_ref = ? WHERE id = ?", error) &&
           m_runCandidates.prepare(
               m_db,
               // A file in a folder may only join a run of that folder (or
               // of none known).
               "SELECT r.id, r.experiment_ref IS NULL AND r.folder_hint IS ?2, "
               "COALESCE(r.started_us, r.activity_first_us), "
               "COALESCE(r.ended_us, r.activity_last_us) FROM runs r LEFT JOIN experiments e ON "
               "e.id = r.experiment_ref WHERE r.run_id = ?1 AND (?2 IS NULL OR "
               "COALESCE(r.folder_hint, e.folder) IS NULL OR COALESCE(r.folder_hint, e.folder) = "
               "?2) ORDER BY r.id",
               error) &&
           m_addRun.prepare(m_db,
                            "INSERT INTO runs(run_id, experiment_ref, folder_hint) VALUES (?,?,?)",
                            error) &&
           m_findExperiment.prepare(m_db, "SELECT id FROM experiments WHERE experiment_id = ?",
                                    error) &&
           m_addExperiment.prepare(m_db, "INSERT INTO experiments(experiment_id) VALUES (?)",
                                   error) &&
           m_folderExperiments.prepare(m_db, "SELECT id FROM experiments WHERE folder = ? LIMIT 2",
                                       error) &&
           m_nameExperiment.prepare(m_db,
                                    "UPDATE experiments SET name = ?, folder = ? WHERE id = ? AND "
                                    "(name IS NULL OR name <> ? OR folder IS NULL)",
                                    error);
}

void BatchWriter::setFile(int64_t fileRef, const QString& experimentName,
                          const QString& experimentFolder) {
    m_fileRef = fileRef;
    m_experimentName = experimentName.toStdString();
    m_experimentFolder = experimentFolder.toStdString();
    m_namedExperiments.clear();
    m_folderExperiment = -1;
    m_ambiguousRecords = 0;
    m_ambiguousRunIds.clear();
}

const char* BatchWriter::tableName(RowTable table) {
    return kTables[static_cast<size_t>(table)].table;
}

void BatchWriter::setUnchecked(RowTable table, bool unchecked) {
    m_unchecked[static_cast<size_t>(table)] = unchecked;
}

void BatchWriter::forgetKeys() {
    m_runKeys.clear();
    m_experimentKeys.clear();
    m_namedExperiments.clear();
    m_folderExperiment = -1;
    clearTouched();
}

int64_t BatchWriter::runKey(std::string_view runId, int64_t experiment, int64_t tsUs,
                            std::string* error) {
    if (experiment == 0)
        experiment = folderExperiment();
    KeyMap& keys = m_runKeys[experiment];
    if (const auto it = keys.find(runId); it != keys.end())
        return it->second;
    const int64_t key = experiment != 0 ? runOfExperiment(runId, experiment, error)
                                        : runWithoutExperiment(runId, tsUs, error);
    return key;
}

int64_t BatchWriter::addRun(std::string_view runId, int64_t experiment, std::string* error) {
    m_addRun.bindText(1, runId);
    if (experiment != 0)
        m_addRun.bindInt(2, experiment);
    else
        m_addRun.bindNull(2);
    if (experiment == 0 && !m_experimentFolder.empty())
        m_addRun.bindText(3, m_experimentFolder);
    else
        m_addRun.bindNull(3);
    if (m_addRun.execute() != SQLITE_DONE) {
        *error = sqliteError(m_db);
        return 0;
    }
    return sqlite3_last_insert_rowid(m_db);
}

// (experiment, run id): stored, else a run of that id still without an
// experiment from the same folder, else a new run.
int64_t BatchWriter::runOfExperiment(std::string_view runId, int64_t experiment,
                                     std::string* error) {
    int64_t key = 0;
    m_findRun.bindText(1, runId);
    m_findRun.bindInt(2, experiment);
    if (m_findRun.step() == SQLITE_ROW)
        key = m_findRun.columnInt(0);
    m_findRun.reset();
    int64_t orphan = 0;
    bool orphanFromFolder = false;
    m_findOrphan.bindText(1, runId);
    m_findOrphan.bindInt(2, experiment);
    if (m_experimentFolder.empty())
        m_findOrphan.bindNull(3);
    else
        m_findOrphan.bindText(3, m_experimentFolder);
    if (m_findOrphan.step() == SQLITE_ROW) {
        orphan = m_findOrphan.columnInt(0);
        orphanFromFolder = m_findOrphan.columnInt(1) == 0;
    }
    m_findOrphan.reset();
    if (key == 0 && orphan != 0) {
        m_adoptRun.bindInt(1, experiment);
        m_adoptRun.bindInt(2, orphan);
        if (m_adoptRun.execute() != SQLITE_DONE) {
            *error = sqliteError(m_db);
            return 0;
        }
        key = orphan;
    } else if (key != 0 && orphanFromFolder && !mergeRun(orphan, key, error)) {
        return 0;
    }
    if (key == 0)
        key = addRun(runId, experiment, error);
    if (key == 0)
        return 0;
    m_runKeys[experiment].emplace(std::string(runId), key);
    // A record without an experiment may now match more than one run.
    KeyMap& unscoped = m_runKeys[0];
    if (const auto it = unscoped.find(runId); it != unscoped.end())
        unscoped.erase(it);
    return key;
}

// Moves every record of `from` (a run of the experiment's folder stored
// before the experiment was known) to `into`, and removes `from`.
bool BatchWriter::mergeRun(int64_t from, int64_t into, std::string* error) {
    static const char* const tables[] = {
        "events",           "structured_entries", "llm_calls",           "cost_records",
        "run_metadata",     "run_config",         "run_environment",     "data_sources",
        "output_checksums", "run_messages",       "verification_results"};
    const std::string f = std::to_string(from), i = std::to_string(into);
    for (const char* table : tables) {
        // Rows keyed by run (metadata and its parts) keep the target's.
        const std::string sql = std::string("UPDATE OR IGNORE ") + table + " SET run_ref = " + i +
                                " WHERE run_ref = " + f + "; DELETE FROM " + table +
                                " WHERE run_ref = " + f;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            *error = sqliteError(m_db);
            return false;
        }
    }
    if (sqlite3_exec(m_db, ("DELETE FROM runs WHERE id = " + f).c_str(), nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
        *error = sqliteError(m_db);
        return false;
    }
    m_touchedRuns.erase(from);
    m_activity.erase(from);
    m_mergedRuns.insert(into);
    m_runKeys[0].clear();
    return true;
}

// A record that names no experiment, in a file outside any known
// experiment's folder: the only run of that id, else the one whose span
// holds the record (the nearest span when none does).
int64_t BatchWriter::runWithoutExperiment(std::string_view runId, int64_t tsUs,
                                          std::string* error) {
    struct Candidate {
        int64_t key, first, last;
        bool sameFolderOrphan, hasSpan;
    };
    std::vector<Candidate> candidates;
    m_runCandidates.bindText(1, runId);
    if (m_experimentFolder.empty())
        m_runCandidates.bindNull(2);
    else
        m_runCandidates.bindText(2, m_experimentFolder);
    while (m_runCandidates.step() == SQLITE_ROW) {
        candidates.push_back({m_runCandidates.columnInt(0), m_runCandidates.columnInt(2),
                              m_runCandidates.columnInt(3), m_runCandidates.columnInt(1) != 0,
                              !m_runCandidates.columnNull(2)});
    }
    m_runCandidates.reset();
    for (const Candidate& c : candidates) {
        if (c.sameFolderOrphan) {
            m_runKeys[0].emplace(std::string(runId), c.key);
            return c.key;
        }
    }
    if (candidates.size() <= 1) {
        const int64_t key = candidates.empty() ? addRun(runId, 0, error) : candidates[0].key;
        if (key != 0)
            m_runKeys[0].emplace(std::string(runId), key);
        return key;
    }
    const auto distance = [tsUs](const Candidate& c) {
        if (!c.hasSpan)
            return INT64_MAX;
        return tsUs < c.first ? c.first - tsUs : tsUs > c.last ? tsUs - c.last : int64_t(0);
    };
    const Candidate* best = &candidates[0];
    for (const Candidate& c : candidates) {
        if (distance(c) < distance(*best))
            best = &c;
    }
    ++m_ambiguousRecords;
    if (m_ambiguousRunIds.size() < 10 &&
        std::find(m_ambiguousRunIds.begin(), m_ambiguousRunIds.end(), runId) ==
            m_ambiguousRunIds.end())
        m_ambiguousRunIds.emplace_back(runId);
    return best->key;
}

// The experiment whose folder holds the current file, when exactly one has
// it.
int64_t BatchWriter::folderExperiment() {
    if (m_folderExperiment >= 0)
        return m_folderExperiment;
    m_folderExperiment = 0;
    if (m_experimentFolder.empty())
        return 0;
    m_folderExperiments.bindText(1, m_experimentFolder);
    int rows = 0;
    int64_t key = 0;
    while (m_folderExperiments.step() == SQLITE_ROW) {
        key = m_folderExperiments.columnInt(0);
        ++rows;
    }
    m_folderExperiments.reset();
    if (rows == 1)
        m_folderExperiment = key;
    return m_folderExperiment;
}

int64_t BatchWriter::experimentKey(std::string_view experimentId, std::string* error) {
    if (const auto it = m_experimentKeys.find(experimentId); it != m_experimentKeys.end())
        return nameExperiment(it->second, error) ? it->second : 0;
    int64_t key = 0;
    m_findExperiment.bindText(1, experimentId);
    if (m_findExperiment.step() == SQLITE_ROW)
        key = m_findExperiment.columnInt(0);
    m_findExperiment.reset();
    if (key == 0) {
        m_addExperiment.bindText(1, experimentId);
        if (m_addExperiment.execute() != SQLITE_DONE) {
            *error = sqliteError(m_db);
            return 0;
        }
        key = sqlite3_last_insert_rowid(m_db);
    }
    m_experimentKeys.emplace(std::string(experimentId), key);
    if (!nameExperiment(key, error))
        return 0;
    return key;
}

// The folder layout (<name>/logs/..., <name>/outputs/...) names the
// experiments whose records a file holds.
bool BatchWriter::nameExperiment(int64_t key, std::string* error) {
    if (m_experimentName.empty() || !m_namedExperiments.insert(key).second)
        return true;
    m_nameExperiment.bindText(1, m_experimentName);
    m_nameExperiment.bindText(2, m_experimentFolder);
    m_nameExperiment.bindInt(3, key);
    m_nameExperiment.bindText(4, m_experimentName);
    if (m_nameExperiment.execute() != SQLITE_DONE) {
        *error = sqliteError(m_db);
        return false;
    }
    m_folderExperiment = -1; // the folder may name an experiment now
    return true;
}

bool BatchWriter::bindRow(const RowBatch& batch, const RowHeader& row, SqliteStatement& stmt,
                          int64_t* runRef, int64_t* experimentRef, std::string* error) {
    *runRef = 0;
    *experimentRef = 0;
    for (uint32_t i = 0; i < row.cellCount; ++i) {
        const Cell& c = batch.cells[row.firstCell + i];
        const int index = static_cast<int>(i) + 1;
        switch (c.type) {
        case Cell::Null:
            stmt.bindNull(index);
            break;
        case Cell::Int:
            stmt.bindInt(index, c.i);
            break;
        case Cell::Real:
            stmt.bindReal(index, c.d);
            break;
        case Cell::Text:
            stmt.bindText(index, batch.text(c));
            break;
        case Cell::RunRef:
            // Every table's experiment cell (if any) comes before its run
            // cell, and cell 2 is the record's time.
            *runRef =
                runKey(batch.text(c), *experimentRef, batch.cells[row.firstCell + 1].i, error);
            if (*runRef == 0)
                return false;
            stmt.bindInt(index, *runRef);
            break;
        case Cell::ExperimentRef:
            *experimentRef = experimentKey(batch.text(c), error);
            if (*experimentRef == 0)
                return false;
            stmt.bindInt(index, *experimentRef);
            break;
        }
    }
    stmt.bindInt(static_cast<int>(row.cellCount) + 1, m_fileRef);
    stmt.bindInt(static_cast<int>(row.cellCount) + 2, row.line);
    return true;
}

bool BatchWriter::write(const RowBatch& batch, WriteCounts* counts, std::string* error) {
    bool parentInserted = false;
    int64_t parentKey = 0;
    for (const RowHeader& row : batch.rows) {
        if (row.table == RowTable::CostBreakdown) {
            if (!parentInserted)
                continue;
            m_insertBreakdown.bindInt(1, parentKey);
            const Cell& step = batch.cells[row.firstCell];
            const Cell& cost = batch.cells[row.firstCell + 1];
            m_insertBreakdown.bindText(2, batch.text(step));
            if (cost.type == Cell::Real)
                m_insertBreakdown.bindReal(3, cost.d);
            else
                m_insertBreakdown.bindNull(3);
            if (m_insertBreakdown.execute() != SQLITE_DONE) {
                *error = sqliteError(m_db);
                return false;
            }
            continue;
        }
        const auto tableIndex = static_cast<size_t>(row.table);
        SqliteStatement& stmt =
            m_unchecked[tableIndex] ? m_insertUnchecked[tableIndex] : m_insert[tableIndex];
        int64_t run = 0, experiment = 0;
        if (!bindRow(batch, row, stmt, &run, &experiment, error)) {
            stmt.reset();
            return false;
        }
        if (stmt.execute() != SQLITE_DONE) {
            *error = sqliteError(m_db);
            return false;
        }
        parentInserted = sqlite3_changes(m_db) > 0;
        if (parentInserted) {
            parentKey = sqlite3_last_insert_rowid(m_db);
            if (row.suspect && m_unchecked[tableIndex])
                m_suspects.push_back(parentKey);
            ++counts->imported;
            if (run != 0) {
                m_touchedRuns.insert(run);
                if (row.table == RowTable::Events || row.table == RowTable::Structured) {
                    // Both layouts start: hash, ts_us, ts_text, level, event.
                    const Cell* c = &batch.cells[row.firstCell];
                    m_activity[run].add(row.table == RowTable::Structured, c[1].i, c[3].i,
                                        batch.text(c[4]));
                }
            }
        } else {
            ++counts->duplicates;
        }
    }
    return true;
}

} // namespace runledger
