// SPDX-License-Identifier: MIT
#include "fileparser.h"

#include "importtext.h"

#include "bloomfilter.h"
#include "formatsniffer.h"
#include "importer.h"
#include "jsonaccess.h"
#include "lineparsers.h"
#include "linereader.h"

#include <simdjson.h>

#include <cctype>
#include <memory>

namespace runledger {

namespace {

constexpr size_t kChunkBytes = 4u << 20;
constexpr size_t kBatchRows = 2048;
constexpr int64_t kBatchLines = 65536;
constexpr size_t kBatchBytes = 4u << 20;
// Lines above this size get a parser of their own, freed right after, so one
// huge line does not keep the parser's buffers large for the whole import.
constexpr size_t kLargeLineBytes = 1u << 20;

bool isBlank(std::string_view s) {
    for (const char c : s) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

bool startsLikeJson(std::string_view s) {
    for (const char c : s) {
        if (c == ' ' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

// Lines a Python traceback prints under a console log line.
bool looksLikeTraceback(std::string_view s) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        return true;
    if (s.substr(0, 9) == "Traceback" || s.substr(0, 6) == "During" || s.substr(0, 3) == "The ")
        return true;
    // The closing "SomeError: message" line.
    const size_t colon = s.find(": ");
    if (colon == std::string_view::npos || colon == 0 || colon > 80)
        return false;
    for (const char c : s.substr(0, colon)) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.')
            return false;
    }
    return true;
}

// Python's json module writes NaN and Infinity, which are not JSON: blank them
// to null outside strings. Returns false when there was nothing to replace.
bool blankNonFinite(std::string& s) {
    bool inString = false, escaped = false, changed = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        for (const std::string_view token :
             {std::string_view("-Infinity"), std::string_view("Infinity"),
              std::string_view("NaN")}) {
            if (s.compare(i, token.size(), token) == 0) {
                s.replace(i, token.size(), "null");
                i += 3;
                changed = true;
                break;
            }
        }
    }
    return changed;
}

// Second chances for a line that does not parse: records written back to
// back without a newline ("}{", from appending writers), and NaN/Infinity.
template <typename Take>
bool recover(simdjson::dom::parser& parser, std::string_view text, Take&& take, RowBatch* batch) {
    std::string copy(text);
    const bool blanked = blankNonFinite(copy);
    if (blanked) {
        simdjson::padded_string padded(copy);
        simdjson::dom::element element;
        if (parser.parse(padded).get(element) == simdjson::SUCCESS) {
            ++batch->nonFinite;
            take(element);
            return true;
        }
    }
    if (copy.find("}{") == std::string::npos)
        return false;
    // Check every document first, so that a bad one rejects the line whole.
    simdjson::dom::parser many;
    simdjson::padded_string padded(copy);
    simdjson::dom::document_stream docs;
    if (many.parse_many(padded).get(docs) != simdjson::SUCCESS)
        return false;
    size_t count = 0;
    for (auto doc : docs) {
        simdjson::dom::element e;
        if (doc.get(e) != simdjson::SUCCESS || !e.is_object())
            return false;
        ++count;
    }
    if (count < 2 || docs.truncated_bytes() != 0)
        return false;
    simdjson::dom::document_stream again;
    if (many.parse_many(padded).get(again) != simdjson::SUCCESS)
        return false;
    for (auto doc : again) {
        simdjson::dom::element e;
        if (doc.get(e) == simdjson::SUCCESS)
            take(e);
    }
    batch->nonFinite += blanked ? 1 : 0;
    return true;
}

// Every record row starts with its hash; breakdown rows follow their record.
void markSuspects(RowBatch& batch, size_t from, BloomFilter& bloom) {
    for (size_t i = from; i < batch.rows.size(); ++i) {
        RowHeader& row = batch.rows[i];
        if (row.table != RowTable::CostBreakdown)
            row.suspect = bloom.testAndSet(static_cast<uint64_t>(batch.cells[row.firstCell].i));
    }
}

} // namespace

void parseJsonLinesFile(const ParseStart& start, BatchQueue& queue, ParseEnd* end) {
    end->consumedBytes = start.offset;
    end->lines = start.linesBefore;
    end->endsUnterminated = start.afterUnterminated;
    const LineParseFn parse = lineParserFor(start.kind);
    LineReader reader(kChunkBytes, Importer::kMaxLineBytes, simdjson::SIMDJSON_PADDING);
    if (!parse || !reader.open(start.path, start.offset, &end->error)) {
        if (end->error.empty())
            end->error = importReason(QT_TRANSLATE_NOOP("ImportText", "not a line-based format"));
        queue.finish();
        return;
    }
    simdjson::dom::parser parser;
    std::unique_ptr<BloomFilter> bloom;
    if (start.bulk)
        bloom = std::make_unique<BloomFilter>();
    std::string reason;
    auto batch = std::make_unique<RowBatch>();
    bool first = true;
    int64_t lineNo = start.linesBefore;
    const bool structured = start.kind == FileKind::Structured;
    bool inConsoleBlock = false;

    // Rejections and skipped lines count too: a file of nothing but bad lines
    // must not pile up in one batch (memory, and cancel is checked per batch).
    auto flush = [&](bool always) {
        if (!always && batch->rows.size() < kBatchRows && batch->approximateBytes() < kBatchBytes &&
            batch->rejections.size() < kBatchRows && batch->lines < kBatchLines)
            return true;
        batch->bytesConsumed = end->consumedBytes;
        if (!queue.push(std::move(batch)))
            return false;
        batch = std::make_unique<RowBatch>();
        return true;
    };

    LineReader::Line line;
    for (;;) {
        const LineReader::Status status = reader.next(&line);
        if (status == LineReader::Status::End)
            break;
        if (status == LineReader::Status::Error) {
            end->error = reader.error();
            break;
        }
        const bool isFirst = first;
        first = false;
        if (status == LineReader::Status::TooLong) {
            if (!line.terminated) {
                end->pendingBytes = line.endOffset - line.startOffset;
                break;
            }
            ++lineNo;
            ++batch->lines;
            batch->rejections.push_back(
                {lineNo, importReason(QT_TRANSLATE_NOOP("ImportText", "line longer than %1 MiB"),
                                      {std::to_string(Importer::kMaxLineBytes >> 20)})});
            end->consumedBytes = line.endOffset;
            end->lines = lineNo;
            if (!flush(false))
                return;
            continue;
        }
        if (isFirst && start.afterUnterminated && line.terminated && line.text.empty()) {
            // The LF that completes the line the previous import took whole.
            end->consumedBytes = line.endOffset;
            continue;
        }
        const std::string_view text = line.text;
        if (!line.terminated) {
            // A last line without LF is taken only when it is a complete
            // record; otherwise it is a run still writing: leave it pending.
            simdjson::dom::element probe;
            if (isBlank(text) ||
                parser.parse(text.data(), text.size(), false).get(probe) != simdjson::SUCCESS) {
                end->pendingBytes = line.endOffset - line.startOffset;
                break;
            }
            end->endsUnterminated = true;
        }
        ++lineNo;
        ++batch->lines;
        end->consumedBytes = line.endOffset;
        end->lines = lineNo;
        if (line.terminated)
            end->endsUnterminated = false;
        if (isBlank(text)) {
            ++batch->blank;
        } else if (structured && !startsLikeJson(text)) {
            // structlog's console rendering: the event line, and the traceback
            // it may print under it, are not data (skipped and counted);
            // anything else that is not JSON is a bad line.
            if (isConsoleLine(text)) {
                inConsoleBlock = true;
                ++batch->skipped;
            } else if (inConsoleBlock && looksLikeTraceback(text)) {
                ++batch->skipped;
            } else {
                batch->rejections.push_back(
                    {lineNo, importReason(QT_TRANSLATE_NOOP(
                                 "ImportText", "not JSON and not a console log line"))});
            }
        } else {
            inConsoleBlock = false;
            std::unique_ptr<simdjson::dom::parser> largeParser;
            simdjson::dom::parser* p = &parser;
            if (text.size() > kLargeLineBytes) {
                largeParser = std::make_unique<simdjson::dom::parser>();
                p = largeParser.get();
            }
            auto take = [&](const simdjson::dom::element& element) {
                if (!element.is_object()) {
                    batch->rejections.push_back(
                        {lineNo,
                         element.is_array()
                             ? importReason(
                                   QT_TRANSLATE_NOOP("ImportText", "not a JSON object (an array)"))
                             : importReason(QT_TRANSLATE_NOOP("ImportText", "not a JSON object"))});
                    return;
                }
                reason.clear();
                const size_t rowsBefore = batch->rows.size();
                if (!parse(element, lineNo, *batch, &reason))
                    batch->rejections.push_back({lineNo, reason});
                else if (bloom)
                    markSuspects(*batch, rowsBefore, *bloom);
            };
            simdjson::dom::element element;
            const simdjson::error_code code =
                p->parse(text.data(), text.size(), false).get(element);
            if (code == simdjson::SUCCESS) {
                take(element);
            } else if (!recover(*p, text, take, batch.get())) {
                batch->rejections.push_back({lineNo, json::describeParseError(code)});
            }
        }
        if (!flush(false))
            return;
    }
    if (!flush(true))
        return;
    queue.finish();
}

} // namespace runledger
