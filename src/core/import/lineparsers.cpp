// SPDX-License-Identifier: MIT
#include "lineparsers.h"

#include "importtext.h"

#include "jsonaccess.h"
#include "timestamp.h"

namespace runledger {

LineParseFn lineParserFor(FileKind kind) {
    switch (kind) {
    case FileKind::Events:
        return &parseEventLine;
    case FileKind::Structured:
        return &parseStructuredLine;
    case FileKind::TokenUsage:
        return &parseTokenUsageLine;
    case FileKind::CostRecords:
        return &parseCostRecordLine;
    case FileKind::Metadata:
    case FileKind::Unknown:
        break;
    }
    return nullptr;
}

bool readTimestamp(const simdjson::dom::object& object, RowBatch& batch, int64_t* utcMicros,
                   std::string_view* text, std::string* reason) {
    if (!json::requiredString(object, "timestamp", text, reason))
        return false;
    ParsedTimestamp ts;
    if (!parseIsoTimestamp(*text, &ts)) {
        *reason = importReason(QT_TRANSLATE_NOOP("ImportText", "invalid timestamp '%1'"),
                               {text->substr(0, 64)});
        return false;
    }
    if (!ts.hadZone)
        ++batch.zonelessTimestamps;
    *utcMicros = ts.utcMicros;
    if (isCanonicalTimestamp(*text, ts.utcMicros))
        *text = {};
    return true;
}

bool readLevel(const simdjson::dom::object& object, Level* level, std::string* reason) {
    std::string_view text;
    if (!json::requiredString(object, "level", &text, reason))
        return false;
    if (!parseLevel(text, level)) {
        *reason = importReason(QT_TRANSLATE_NOOP("ImportText", "unknown level '%1'"),
                               {text.substr(0, 32)});
        return false;
    }
    return true;
}

} // namespace runledger
