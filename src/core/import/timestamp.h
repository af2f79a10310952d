// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

namespace runledger {

struct ParsedTimestamp {
    int64_t utcMicros = 0;
    bool hadZone = true; // false: no offset given, interpreted as UTC
};

// Parses ISO 8601 as Python's datetime.isoformat() writes it:
// "2025-09-14T08:05:12.480211+00:00", "...Z", without a fraction, with a space
// instead of 'T', or with no zone at all. Fractions longer than microseconds are
// truncated. Returns false for anything else (out-of-range fields included).
// Thread-safe, allocation-free.
bool parseIsoTimestamp(std::string_view text, ParsedTimestamp* out);

// The canonical spelling of a UTC instant, as Python writes it:
// "2025-09-14T08:05:12.480211+00:00". Writes 32 characters to `out`.
void formatCanonicalTimestamp(int64_t utcMicros, char out[32]);
// True when `text` is exactly the canonical spelling of `utcMicros`, so the
// database need not keep the text.
bool isCanonicalTimestamp(std::string_view text, int64_t utcMicros);

// Days since 1970-01-01 of a proleptic Gregorian date.
int64_t daysFromCivil(int64_t year, unsigned month, unsigned day);

} // namespace runledger
