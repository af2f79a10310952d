// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

namespace runledger {

// The kinds of file the importer understands. The integer values are stored in
// the database (source_files.kind): never renumber, only append.
enum class FileKind : int {
    Unknown = 0,
    Events = 1,
    Structured = 2,
    TokenUsage = 3,
    CostRecords = 4,
    Metadata = 5,
};

// Event levels as stored (events.level, structured_entries.level).
enum class Level : int { Debug = 0, Info = 1, Warn = 2, Error = 3 };

QString kindName(FileKind kind);
QString levelName(Level level);
// Accepts any case and "warning" for warn; also "critical"/"fatal" as error.
bool parseLevel(std::string_view text, Level* out);

} // namespace runledger

namespace runledger {

// Persona's event vocabulary. Matching is case-insensitive; a known name is
// stored in its canonical lower-case spelling, an unknown one as written.
// Returns the canonical name, or `name` itself when unknown.
std::string_view canonicalEventName(std::string_view name);

} // namespace runledger
