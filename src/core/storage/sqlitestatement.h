// SPDX-License-Identifier: MIT
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace runledger {

// Minimal RAII wrapper over a prepared SQLite statement, for the import's hot
// paths where QtSql's per-row QVariant conversions would dominate.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(sqlite3* db, std::string_view sql, std::string* error) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                               SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
            *error = std::string(sqlite3_errmsg(db)) + " in: " + std::string(sql.substr(0, 80));
            return false;
        }
        return true;
    }
    sqlite3_stmt* get() const { return m_stmt; }

    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    void bindInt(int i, int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bindReal(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    // The text must outlive step().
    void bindText(int i, std::string_view v) {
        sqlite3_bind_text(m_stmt, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    }
    // Steps once and resets; returns the sqlite result code (SQLITE_DONE/ROW...).
    int execute() {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc;
    }
    int step() { return sqlite3_step(m_stmt); }
    void reset() { sqlite3_reset(m_stmt); }
    int64_t columnInt(int i) const { return sqlite3_column_int64(m_stmt, i); }
    bool columnNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

// Runs SQL without results; returns an empty string or the error.
inline std::string execSql(sqlite3* db, const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string error = message ? message : sqlite3_errmsg(db);
        sqlite3_free(message);
        return error;
    }
    return {};
}

} // namespace runledger
