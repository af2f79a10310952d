// SPDX-License-Identifier: MIT
#pragma once

#include "batchqueue.h"
#include "model/types.h"

#include <string>

namespace runledger {

// Where a JSON Lines file is read from, and where its reading ended.
struct ParseStart {
    std::string path;
    FileKind kind = FileKind::Unknown;
    int64_t offset = 0;
    int64_t linesBefore = 0;        // lines consumed by earlier imports
    bool afterUnterminated = false; // the previous import ended on a line without LF
    bool bulk = false;              // flag possible repeats for an unchecked bulk load
};

struct ParseEnd {
    int64_t consumedBytes = 0; // offset after the last line taken
    int64_t lines = 0;         // total lines consumed, earlier imports included
    int64_t pendingBytes = 0;  // an incomplete last line left for the next import
    bool endsUnterminated = false;
    std::string error; // I/O error: the file failed
};

// Reads a JSON Lines file from an offset, parses every line with the kind's
// parser and pushes batches of rows (with rejections and counters) into the
// queue, then finishes it. Meant to run on its own thread; stops early when
// the queue is closed.
void parseJsonLinesFile(const ParseStart& start, BatchQueue& queue, ParseEnd* end);

} // namespace runledger
