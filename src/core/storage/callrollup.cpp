// SPDX-License-Identifier: MIT
#include "callrollup.h"

#include "sqlitestatement.h"

#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace runledger {

namespace {

// A group: bucket, then model and step as indexes into the names seen.
struct Key {
    int64_t bucket;
    uint32_t model;
    uint32_t step;
    bool operator==(const Key&) const = default;
};

struct KeyHash {
    size_t operator()(const Key& k) const {
        return std::hash<int64_t>()(k.bucket * 1000003 + (int64_t(k.model) << 20) + k.step);
    }
};

// Interns the few distinct models and steps, so that a call costs no
// allocation.
class Names {
public:
    uint32_t idOf(std::string_view name) {
        const auto it = m_ids.find(name);
        if (it != m_ids.end())
            return it->second;
        m_names.emplace_back(name);
        const auto id = static_cast<uint32_t>(m_names.size() - 1);
        m_ids.emplace(m_names.back(), id);
        return id;
    }
    const std::string& name(uint32_t id) const { return m_names[id]; }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    std::deque<std::string> m_names; // stable addresses for the map's views
    std::unordered_map<std::string_view, uint32_t, Hash, std::equal_to<>> m_ids;
};

// calls, input, output, system, data, instructions, other, no_breakdown,
// with_breakdown: the columns after the key, in table order.
using Sums = std::array<int64_t, 9>;

std::string_view columnText(sqlite3_stmt* s, int i) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(s, i)))
                : std::string_view();
}

// Adds sums to rows of call_rollup (with a bucket) or call_totals.
class Upsert {
public:
    bool prepare(sqlite3* db, const char* table, bool bucket, std::string* error) {
        m_db = db;
        const std::string sql =
            std::string("INSERT INTO ") + table + " VALUES (" + (bucket ? "?," : "") +
            "?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (" + (bucket ? "bucket, " : "") +
            "model, step) DO UPDATE SET calls = calls + excluded.calls, "
            "input = input + excluded.input, output = output + excluded.output, "
            "system = system + excluded.system, data = data + excluded.data, "
            "instructions = instructions + excluded.instructions, "
            "other = other + excluded.other, no_breakdown = no_breakdown + excluded.no_breakdown, "
            "with_breakdown = with_breakdown + excluded.with_breakdown";
        return m_stmt.prepare(db, sql, error);
    }
    bool add(const int64_t* bucket, std::string_view model, std::string_view step, const Sums& sums,
             std::string* error) {
        int column = 1;
        if (bucket)
            m_stmt.bindInt(column++, *bucket);
        m_stmt.bindText(column++, model);
        m_stmt.bindText(column++, step);
        for (const int64_t v : sums)
            m_stmt.bindInt(column++, v);
        if (m_stmt.execute() != SQLITE_DONE) {
            *error = sqlite3_errmsg(m_db);
            return false;
        }
        return true;
    }

private:
    sqlite3* m_db = nullptr;
    SqliteStatement m_stmt;
};

} // namespace

bool CallRollup::maxCallId(sqlite3* db, int64_t* id, std::string* error) {
    SqliteStatement q;
    if (!q.prepare(db, "SELECT coalesce(max(id), 0) FROM llm_calls", error))
        return false;
    if (q.step() != SQLITE_ROW) {
        *error = sqlite3_errmsg(db);
        return false;
    }
    *id = q.columnInt(0);
    return true;
}

bool CallRollup::addCallsAfter(sqlite3* db, int64_t afterId, std::string* error) {
    // Summed here rather than with GROUP BY: SQLite would sort every new call
    // (about three times slower on a 280,000-call file).
    SqliteStatement read;
    if (!read.prepare(db,
                      "SELECT ts_us, model, step, input_tokens, output_tokens, has_breakdown, "
                      "system_tokens, data_tokens, instructions_tokens, other_tokens "
                      "FROM llm_calls WHERE id > ?",
                      error))
        return false;
    read.bindInt(1, afterId);
    std::unordered_map<Key, Sums, KeyHash> groups;
    Names models, steps;
    sqlite3_stmt* s = read.get();
    int rc = SQLITE_ROW;
    while ((rc = read.step()) == SQLITE_ROW) {
        Sums& g = groups[Key{bucketOf(sqlite3_column_int64(s, 0)), models.idOf(columnText(s, 1)),
                             steps.idOf(columnText(s, 2))}];
        const int64_t input = sqlite3_column_int64(s, 3);
        const bool breakdown = sqlite3_column_int64(s, 5) != 0;
        g[0] += 1;
        g[1] += input;
        g[2] += sqlite3_column_int64(s, 4);
        if (breakdown) {
            for (int i = 0; i < 4; ++i)
                g[3 + i] += sqlite3_column_int64(s, 6 + i);
            g[8] += 1;
        } else {
            g[7] += input;
        }
    }
    if (rc != SQLITE_DONE) {
        *error = sqlite3_errmsg(db);
        return false;
    }
    // In key order, so the B-tree grows at its end instead of at random pages.
    std::vector<std::tuple<int64_t, std::string_view, std::string_view, const Sums*>> ordered;
    ordered.reserve(groups.size());
    std::map<std::pair<uint32_t, uint32_t>, Sums> totals;
    for (const auto& [key, sums] : groups) {
        ordered.emplace_back(key.bucket, models.name(key.model), steps.name(key.step), &sums);
        Sums& t = totals[{key.model, key.step}];
        for (size_t i = 0; i < t.size(); ++i)
            t[i] += sums[i];
    }
    std::sort(ordered.begin(), ordered.end());
    Upsert rollup, total;
    if (!rollup.prepare(db, "call_rollup", true, error) ||
        !total.prepare(db, "call_totals", false, error))
        return false;
    for (const auto& [bucket, model, step, sums] : ordered)
        if (!rollup.add(&bucket, model, step, *sums, error))
            return false;
    for (const auto& [key, sums] : totals)
        if (!total.add(nullptr, models.name(key.first), steps.name(key.second), sums, error))
            return false;
    return true;
}

} // namespace runledger
