// SPDX-License-Identifier: MIT
#pragma once

#include "domain/runactivity.h"
#include "rowbatch.h"
#include "storage/sqlitestatement.h"

#include <QString>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sqlite3;

namespace runledger {

struct WriteCounts {
    int64_t imported = 0;
    int64_t duplicates = 0;
};

// Inserts parsed rows into SQLite through prepared statements, deduplicating
// on each record's hash (INSERT OR IGNORE on a unique index), and turns
// run/experiment identifiers into keys. Runs on the thread that owns the
// connection; the caller owns the transaction and must call forgetKeys()
// after a rollback.
class BatchWriter {
public:
    explicit BatchWriter(sqlite3* db);

    bool prepare(std::string* error);
    // The source file of the rows that follow, and the experiment folder name
    // its location implies (empty when the layout says nothing).
    void setFile(int64_t fileRef, const QString& experimentName, const QString& experimentFolder);
    bool write(const RowBatch& batch, WriteCounts* counts, std::string* error);

    // Inserts into `table` without the duplicate check: for a bulk load into
    // an empty table whose duplicates the caller removes afterwards.
    void setUnchecked(RowTable table, bool unchecked);
    static const char* tableName(RowTable table);
    // Row ids of unchecked inserts flagged as possible repeats.
    const std::vector<int64_t>& suspects() const { return m_suspects; }
    void clearSuspects() { m_suspects.clear(); }

    // The run (experiment, run id), created on first sight. A record without
    // an experiment (experimentKey 0) belongs to the experiment of the
    // folder its file lives in, else to the only run with that id; when
    // several experiments have such a run, to the one whose time span holds
    // tsUs (counted in ambiguousRecords()).
    int64_t runKey(std::string_view runId, int64_t experimentKey, int64_t tsUs, std::string* error);
    int64_t experimentKey(std::string_view experimentId, std::string* error);
    // Records of the current file that matched runs of several experiments.
    int64_t ambiguousRecords() const { return m_ambiguousRecords; }
    const std::vector<std::string>& ambiguousRunIds() const { return m_ambiguousRunIds; }

    void touchRun(int64_t runKey) { m_touchedRuns.insert(runKey); }
    const std::unordered_set<int64_t>& touchedRuns() const { return m_touchedRuns; }
    // Per run, what the events and structured entries inserted since the
    // last clearTouched() add to it.
    const std::unordered_map<int64_t, RunActivity>& activity() const { return m_activity; }
    void eraseActivity(int64_t runKey) { m_activity.erase(runKey); }
    // Runs that received another run's records: their aggregates need a
    // recount.
    const std::unordered_set<int64_t>& mergedRuns() const { return m_mergedRuns; }
    void clearTouched() {
        m_touchedRuns.clear();
        m_activity.clear();
        m_mergedRuns.clear();
    }
    void forgetKeys();

private:
    bool bindRow(const RowBatch& batch, const RowHeader& row, SqliteStatement& stmt,
                 int64_t* runRef, int64_t* experimentRef, std::string* error);
    bool nameExperiment(int64_t key, std::string* error);
    int64_t runOfExperiment(std::string_view runId, int64_t experiment, std::string* error);
    int64_t runWithoutExperiment(std::string_view runId, int64_t tsUs, std::string* error);
    int64_t addRun(std::string_view runId, int64_t experiment, std::string* error);
    bool mergeRun(int64_t from, int64_t into, std::string* error);
    int64_t folderExperiment();

    sqlite3* m_db;
    SqliteStatement m_insert[4], m_insertUnchecked[4];
    bool m_unchecked[4] = {false, false, false, false};
    SqliteStatement m_insertBreakdown;
    SqliteStatement m_findRun, m_findOrphan, m_adoptRun, m_runCandidates, m_addRun,
        m_findExperiment, m_addExperiment, m_folderExperiments, m_nameExperiment;
    // Heterogeneous lookup: finding a key by string_view allocates nothing.
    struct KeyHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using KeyMap = std::unordered_map<std::string, int64_t, KeyHash, std::equal_to<>>;
    // Run keys by experiment key (0: records without an experiment whose
    // run id matched at most one run), then by run id.
    std::unordered_map<int64_t, KeyMap> m_runKeys;
    KeyMap m_experimentKeys;
    std::unordered_set<int64_t> m_namedExperiments, m_touchedRuns, m_mergedRuns;
    std::unordered_map<int64_t, RunActivity> m_activity;
    std::vector<int64_t> m_suspects;
    int64_t m_fileRef = 0;
    std::string m_experimentName, m_experimentFolder;
    int64_t m_folderExperiment = -1; // -1: not looked up yet for this file
    int64_t m_ambiguousRecords = 0;
    std::vector<std::string> m_ambiguousRunIds;
};

} // namespace runledger
