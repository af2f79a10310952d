// SPDX-License-Identifier: MIT
#pragma once

#include "model/types.h"

#include <QString>

#include <string_view>

namespace runledger {

struct SniffResult {
    FileKind kind = FileKind::Unknown;
    QString reason; // why a file is unknown
};

// Decides a file's kind from the first bytes of its content (up to 64 KiB),
// voting over its first JSON lines; the file name only breaks ties or names
// a file whose sampled lines are all damaged. Thread-safe.
SniffResult sniffFormat(std::string_view head, const QString& fileName);

// Bytes of a file's head the sniffer looks at.
constexpr qsizetype kSniffBytes = 64 * 1024;

// True for the human-readable console lines structlog writes between JSON
// lines in "both" mode: "2025-09-20 16:41:03 [info     ] event key=value".
bool isConsoleLine(std::string_view line);

} // namespace runledger
