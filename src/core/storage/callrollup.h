// SPDX-License-Identifier: MIT
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>

namespace runledger {

// call_rollup (schema v3): the token usage of LLM calls summed per 15-minute
// UTC bucket, model and step, with the prompt components. The Tokens view's
// charts read it instead of scanning every call: about a quarter of the rows
// on real corpora, and a bucket never straddles a local midnight because
// every UTC offset is a multiple of 15 minutes. A NULL model or step is
// stored as ''. call_totals holds the same sums per model and step over all
// time, for the unbounded view (a few dozen rows).
//
// The importer adds each file's new calls inside the file's transaction,
// after duplicates are removed, so the rollup commits or rolls back with
// them.
class CallRollup {
public:
    static constexpr int64_t kBucketUs = 15LL * 60 * 1000000;

    // The highest llm_calls id so far; calls inserted later have larger ids.
    static bool maxCallId(sqlite3* db, int64_t* id, std::string* error);
    // Adds the calls with id > afterId.
    static bool addCallsAfter(sqlite3* db, int64_t afterId, std::string* error);
    // The bucket of an instant: floor division, also before 1970.
    static int64_t bucketOf(int64_t utcMicros) {
        return (utcMicros - ((utcMicros % kBucketUs) + kBucketUs) % kBucketUs) / kBucketUs;
    }
};

} // namespace runledger
