// SPDX-License-Identifier: MIT
#include "fileparser.h"

#include "bloomfilter.h"
#include "formatsniffer.h"
#include "importer.h"
#include "jsonaccess.h"
#include "lineparsers.h"
#include "linereader.h"

#include <simdjson.h>

#include <memory>

namespace runledger {

namespace {

constexpr size_t kChunkBytes = 4u << 20;
constexpr size_t kBatchRows = 2048;
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
    const LineParseFn parse = lineParserFor(start.kind);
    LineReader reader(kChunkBytes, Importer::kMaxLineBytes, simdjson::SIMDJSON_PADDING);
    if (!parse || !reader.open(start.path, start.offset, &end->error)) {
        if (end->error.empty())
            end->error = "not a line-based format";
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

    auto flush = [&](bool always) {
        if (!always && batch->rows.size() < kBatchRows && batch->approximateBytes() < kBatchBytes)
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
                {lineNo,
                 "line longer than " + std::to_string(Importer::kMaxLineBytes >> 20) + " MiB"});
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
        if (isBlank(text)) {
            ++batch->blank;
        } else if (structured && !startsLikeJson(text)) {
            // structlog's console rendering (a line per event, plus any
            // traceback lines under it) is not data: skipped and counted.
            ++batch->skipped;
        } else {
            std::unique_ptr<simdjson::dom::parser> largeParser;
            simdjson::dom::parser* p = &parser;
            if (text.size() > kLargeLineBytes) {
                largeParser = std::make_unique<simdjson::dom::parser>();
                p = largeParser.get();
            }
            simdjson::dom::element element;
            const simdjson::error_code code =
                p->parse(text.data(), text.size(), false).get(element);
            if (code != simdjson::SUCCESS) {
                batch->rejections.push_back({lineNo, json::describeParseError(code)});
            } else if (!element.is_object()) {
                batch->rejections.push_back({lineNo, element.is_array()
                                                         ? "not a JSON object (an array)"
                                                         : "not a JSON object"});
            } else {
                reason.clear();
                const size_t rowsBefore = batch->rows.size();
                if (!parse(element, lineNo, *batch, &reason))
                    batch->rejections.push_back({lineNo, reason});
                else if (bloom)
                    markSuspects(*batch, rowsBefore, *bloom);
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
