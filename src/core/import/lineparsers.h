// SPDX-License-Identifier: MIT
#pragma once

#include "model/types.h"
#include "rowbatch.h"

#include <simdjson.h>

#include <string>

namespace runledger {

// One parser per JSON Lines kind. Each takes a parsed line (a JSON object element),
// appends its rows to the batch and returns true, or returns false with the
// reason the line is rejected (and appends nothing). Stateless and
// thread-safe; the cell layout of each row is the one BatchWriter binds.
using LineParseFn = bool (*)(const simdjson::dom::element& object, int64_t line, RowBatch& batch,
                             std::string* reason);

bool parseEventLine(const simdjson::dom::element& object, int64_t line, RowBatch& batch,
                    std::string* reason);
bool parseStructuredLine(const simdjson::dom::element& object, int64_t line, RowBatch& batch,
                         std::string* reason);
bool parseTokenUsageLine(const simdjson::dom::element& object, int64_t line, RowBatch& batch,
                         std::string* reason);
bool parseCostRecordLine(const simdjson::dom::element& object, int64_t line, RowBatch& batch,
                         std::string* reason);

// The parser for a line-based kind, or nullptr (metadata, unknown).
LineParseFn lineParserFor(FileKind kind);

// Shared by the parsers: the required "timestamp" field, validated. Counts
// zone-less timestamps in the batch. `*storedText` is what the database keeps:
// empty when the text is the canonical spelling of the instant.
bool readTimestamp(const simdjson::dom::object& object, RowBatch& batch, int64_t* utcMicros,
                   std::string_view* storedText, std::string* reason);
// Shared by the parsers: "level", required, any case, "warning" as warn.
bool readLevel(const simdjson::dom::object& object, Level* level, std::string* reason);

} // namespace runledger
