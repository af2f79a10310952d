// SPDX-License-Identifier: MIT
#pragma once

#include <QTextStream>

namespace runledger::cli {

// The CLI's standard output and error streams: one each, so that output of
// different commands and helpers is never reordered by separate buffers.
inline QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

inline QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

} // namespace runledger::cli
