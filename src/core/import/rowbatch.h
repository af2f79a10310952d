// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace runledger {

// Target tables of parsed lines. The cell order of each row is fixed per
// table and documented in BatchWriter.
enum class RowTable : uint8_t { Events, Structured, LlmCalls, CostRecords, CostBreakdown };

// A column value. Text lives in the batch arena, addressed by offset so the
// arena may grow. RunRef/ExperimentRef are identifiers that the writer turns
// into row keys (creating runs and experiments on first sight).
struct Cell {
    enum Type : uint8_t { Null, Int, Real, Text, RunRef, ExperimentRef };
    Type type = Null;
    uint32_t length = 0; // Text, RunRef, ExperimentRef
    union {
        int64_t i = 0;
        double d;
        uint32_t offset; // into the arena
    };
};
static_assert(sizeof(Cell) == 16, "cells are copied by the million: keep them small");

struct RowHeader {
    RowTable table;
    uint32_t firstCell;
    uint32_t cellCount;
    int64_t line;         // 1-based physical line in the source file
    bool suspect = false; // may repeat an earlier record of a bulk load
};

struct Rejection {
    int64_t line;
    std::string reason;
};

// Rows parsed from a slice of one file, handed from the parsing thread to the
// writing thread. Not thread-safe; ownership moves with the batch.
class RowBatch {
public:
    void beginRow(RowTable table, int64_t line) {
        rows.push_back({table, static_cast<uint32_t>(cells.size()), 0, line, false});
    }
    void addNull() { push(Cell{}); }
    void addInt(int64_t v) {
        Cell c;
        c.type = Cell::Int;
        c.i = v;
        push(c);
    }
    void addReal(double v) {
        Cell c;
        c.type = Cell::Real;
        c.d = v;
        push(c);
    }
    void addOptionalReal(bool present, double v) { present ? addReal(v) : addNull(); }
    void addOptionalInt(bool present, int64_t v) { present ? addInt(v) : addNull(); }
    void addText(std::string_view text, Cell::Type type = Cell::Text) {
        Cell c;
        c.type = type;
        c.offset = static_cast<uint32_t>(arena.size());
        c.length = static_cast<uint32_t>(text.size());
        arena.append(text);
        push(c);
    }
    // Empty text becomes NULL.
    void addOptionalText(std::string_view text, Cell::Type type = Cell::Text) {
        text.empty() ? addNull() : addText(text, type);
    }
    // Drops the row begun last (used when a line turns out bad half-way).
    void abandonRow() {
        cells.resize(rows.back().firstCell);
        rows.pop_back();
    }

    std::string_view text(const Cell& c) const { return {arena.data() + c.offset, c.length}; }
    size_t approximateBytes() const { return arena.size() + cells.size() * sizeof(Cell); }

    std::vector<RowHeader> rows;
    std::vector<Cell> cells;
    std::string arena;
    std::vector<Rejection> rejections;
    int64_t lines = 0;   // physical lines consumed in this batch
    int64_t blank = 0;   // blank lines (not records, not errors)
    int64_t skipped = 0; // console lines of structured logs
    int64_t zonelessTimestamps = 0;
    int64_t nonFinite = 0;     // lines whose NaN/Infinity were stored as null
    int64_t bytesConsumed = 0; // file offset after the last consumed line

private:
    void push(const Cell& c) {
        cells.push_back(c);
        ++rows.back().cellCount;
    }
};

} // namespace runledger
