// SPDX-License-Identifier: MIT
#include "batchwriter.h"

#include <sqlite3.h>

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
           m_findRun.prepare(m_db, "SELECT id FROM runs WHERE run_id = ?", error) &&
           m_addRun.prepare(m_db, "INSERT INTO runs(run_id) VALUES (?)", error) &&
           m_findExperiment.prepare(m_db, "SELECT id FROM experiments WHERE experiment_id = ?",
                                    error) &&
           m_addExperiment.prepare(m_db, "INSERT INTO experiments(experiment_id) VALUES (?)",
                                   error) &&
           m_linkRun.prepare(
               m_db, "UPDATE runs SET experiment_ref = ? WHERE id = ? AND experiment_ref IS NULL",
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
    m_linkedRuns.clear();
    m_namedExperiments.clear();
    clearTouched();
}

int64_t BatchWriter::runKey(std::string_view runId, std::string* error) {
    if (const auto it = m_runKeys.find(runId); it != m_runKeys.end())
        return it->second;
    int64_t key = 0;
    m_findRun.bindText(1, runId);
    if (m_findRun.step() == SQLITE_ROW)
        key = m_findRun.columnInt(0);
    m_findRun.reset();
    if (key == 0) {
        m_addRun.bindText(1, runId);
        if (m_addRun.execute() != SQLITE_DONE) {
            *error = sqliteError(m_db);
            return 0;
        }
        key = sqlite3_last_insert_rowid(m_db);
    }
    m_runKeys.emplace(std::string(runId), key);
    return key;
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

bool BatchWriter::linkRun(int64_t run, int64_t experiment, std::string* error) {
    if (!m_linkedRuns.insert(run).second)
        return true;
    m_linkRun.bindInt(1, experiment);
    m_linkRun.bindInt(2, run);
    if (m_linkRun.execute() != SQLITE_DONE) {
        *error = sqliteError(m_db);
        return false;
    }
    return true;
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
            *runRef = runKey(batch.text(c), error);
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
        if (run != 0 && experiment != 0 && !linkRun(run, experiment, error))
            return false;
    }
    return true;
}

} // namespace runledger
