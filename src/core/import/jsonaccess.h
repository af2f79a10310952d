// SPDX-License-Identifier: MIT
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace runledger::json {

// Field access with the error wording the import report uses. Each getter
// returns false and fills `reason` when the field is present with the wrong
// type (or, for required fields, missing). Optional getters leave `*present`
// false for a missing or null field.

bool requiredString(const simdjson::dom::object& o, std::string_view key, std::string_view* out,
                    std::string* reason);
bool optionalString(const simdjson::dom::object& o, std::string_view key, std::string_view* out,
                    std::string* reason);
bool optionalNumber(const simdjson::dom::element& parent, std::string_view key, double* out,
                    bool* present, std::string* reason, std::string_view path = {});
// Non-negative integer (a float with no fraction is accepted) no larger than `max`.
bool optionalCount(const simdjson::dom::element& parent, std::string_view key, int64_t* out,
                   bool* present, std::string* reason, std::string_view path = {},
                   int64_t max = 1'000'000'000);
// A number that must be >= 0 and finite, e.g. a cost in USD.
bool optionalAmount(const simdjson::dom::element& parent, std::string_view key, double* out,
                    bool* present, std::string* reason, std::string_view path = {},
                    double max = 1e9);

// Appends `text` as a JSON string literal (with quotes) to `out`.
void appendQuoted(std::string* out, std::string_view text);

// Human wording for a simdjson parse error.
std::string describeParseError(simdjson::error_code code);

} // namespace runledger::json
