// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace runledger {

// What newly stored events and structured entries add to their run: counts,
// the time span, and the latest completion/failure event. Merging is exact
// because only rows that were actually inserted (not duplicates) are added.
struct RunActivity {
    int64_t events = 0;     // experiment events
    int64_t structured = 0; // structured log entries
    int64_t errors = 0;
    int64_t warnings = 0;
    std::optional<int64_t> first, last, completed, failed;

    // level: 0 debug .. 3 error; eventName: canonical (lower-case) name.
    void add(bool isStructured, int64_t tsUs, int64_t level, std::string_view eventName) {
        ++(isStructured ? structured : events);
        errors += level == 3;
        warnings += level == 2;
        if (!first || tsUs < *first)
            first = tsUs;
        if (!last || tsUs > *last)
            last = tsUs;
        if (eventName == "experiment_completed" || eventName == "run_completed") {
            if (!completed || tsUs > *completed)
                completed = tsUs;
        } else if (eventName == "experiment_failed" || eventName == "run_failed") {
            if (!failed || tsUs > *failed)
                failed = tsUs;
        }
    }
};

} // namespace runledger
