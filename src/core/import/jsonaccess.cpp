// SPDX-License-Identifier: MIT
#include "jsonaccess.h"

#include "importtext.h"

#include <cmath>
#include <cstdio>

namespace runledger::json {

namespace {

std::string fieldName(std::string_view path, std::string_view key) {
    std::string name;
    if (!path.empty()) {
        name.append(path);
        name.push_back('.');
    }
    name.append(key);
    return name;
}

// "a string", for "expected a string, got %1".
std::string typeName(simdjson::dom::element_type t) {
    using T = simdjson::dom::element_type;
    switch (t) {
    case T::ARRAY:
        return importReason(QT_TRANSLATE_NOOP("ImportText", "an array"));
    case T::OBJECT:
        return importReason(QT_TRANSLATE_NOOP("ImportText", "an object"));
    case T::INT64:
    case T::UINT64:
    case T::DOUBLE:
        return importReason(QT_TRANSLATE_NOOP("ImportText", "a number"));
    case T::STRING:
        return importReason(QT_TRANSLATE_NOOP("ImportText", "a string"));
    case T::BOOL:
        return importReason(QT_TRANSLATE_NOOP("ImportText", "a boolean"));
    case T::NULL_VALUE:
        //: The JSON value null, as in "expected a string, got null".
        return importReason(QT_TRANSLATE_NOOP("ImportText", "null"));
    }
    return importReason(QT_TRANSLATE_NOOP("ImportText", "a value"));
}

std::string wrongType(std::string_view field, const char* expected,
                      simdjson::dom::element_type got) {
    return importReason(
        QT_TRANSLATE_NOOP("ImportText", "field '%1' has the wrong type: expected %2, got %3"),
        {field, importReason(expected), typeName(got)});
}

bool numberOf(const simdjson::dom::element& e, double* out) {
    using T = simdjson::dom::element_type;
    switch (e.type()) {
    case T::INT64:
        *out = static_cast<double>(int64_t(e));
        return true;
    case T::UINT64:
        *out = static_cast<double>(uint64_t(e));
        return true;
    case T::DOUBLE:
        *out = double(e);
        return true;
    default:
        return false;
    }
}

} // namespace

bool requiredString(const simdjson::dom::object& o, std::string_view key, std::string_view* out,
                    std::string* reason) {
    simdjson::dom::element e;
    if (o.at_key(key).get(e) != simdjson::SUCCESS) {
        *reason = importReason(QT_TRANSLATE_NOOP("ImportText", "missing field '%1'"), {key});
        return false;
    }
    if (e.type() != simdjson::dom::element_type::STRING) {
        *reason = wrongType(key, QT_TRANSLATE_NOOP("ImportText", "a string"), e.type());
        return false;
    }
    *out = std::string_view(e);
    return true;
}

bool optionalString(const simdjson::dom::object& o, std::string_view key, std::string_view* out,
                    std::string* reason) {
    simdjson::dom::element e;
    *out = {};
    if (o.at_key(key).get(e) != simdjson::SUCCESS || e.is_null())
        return true;
    if (e.type() != simdjson::dom::element_type::STRING) {
        *reason = wrongType(key, QT_TRANSLATE_NOOP("ImportText", "a string"), e.type());
        return false;
    }
    *out = std::string_view(e);
    return true;
}

bool optionalNumber(const simdjson::dom::element& parent, std::string_view key, double* out,
                    bool* present, std::string* reason, std::string_view path) {
    *present = false;
    simdjson::dom::element e;
    if (parent.at_key(key).get(e) != simdjson::SUCCESS || e.is_null())
        return true;
    if (!numberOf(e, out) || !std::isfinite(*out)) {
        *reason =
            wrongType(fieldName(path, key), QT_TRANSLATE_NOOP("ImportText", "a number"), e.type());
        return false;
    }
    *present = true;
    return true;
}

bool optionalCount(const simdjson::dom::element& parent, std::string_view key, int64_t* out,
                   bool* present, std::string* reason, std::string_view path, int64_t max) {
    double v = 0;
    if (!optionalNumber(parent, key, &v, present, reason, path))
        return false;
    if (!*present)
        return true;
    if (v < 0) {
        *reason = importReason(QT_TRANSLATE_NOOP("ImportText", "field '%1' is negative"),
                               {fieldName(path, key)});
        return false;
    }
    if (v != std::floor(v)) {
        *reason = importReason(QT_TRANSLATE_NOOP("ImportText", "field '%1' is not a whole number"),
                               {fieldName(path, key)});
        return false;
    }
    if (v > static_cast<double>(max)) {
        char value[40];
        std::snprintf(value, sizeof value, "%.0f", v);
        *reason =
            importReason(QT_TRANSLATE_NOOP("ImportText", "field '%1' is out of range (%2 > %3)"),
                         {fieldName(path, key), value, std::to_string(max)});
        return false;
    }
    *out = static_cast<int64_t>(v);
    return true;
}

bool optionalAmount(const simdjson::dom::element& parent, std::string_view key, double* out,
                    bool* present, std::string* reason, std::string_view path, double max) {
    if (!optionalNumber(parent, key, out, present, reason, path))
        return false;
    if (!*present)
        return true;
    if (*out < 0) {
        *reason = importReason(QT_TRANSLATE_NOOP("ImportText", "field '%1' is negative"),
                               {fieldName(path, key)});
        return false;
    }
    if (*out > max) {
        *reason = importReason(
            QT_TRANSLATE_NOOP("ImportText", "field '%1' is out of range (implausibly large)"),
            {fieldName(path, key)});
        return false;
    }
    return true;
}

void appendQuoted(std::string* out, std::string_view text) {
    static const char hex[] = "0123456789abcdef";
    out->push_back('"');
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            if (c < 0x20) {
                out->append("\\u00");
                out->push_back(hex[c >> 4]);
                out->push_back(hex[c & 0xf]);
            } else {
                out->push_back(ch);
            }
        }
    }
    out->push_back('"');
}

std::string describeParseError(simdjson::error_code code) {
    using simdjson::error_code;
    switch (code) {
    case error_code::UTF8_ERROR:
        return importReason(QT_TRANSLATE_NOOP("ImportText", "invalid UTF-8"));
    case error_code::DEPTH_ERROR:
        return importReason(QT_TRANSLATE_NOOP(
            "ImportText", "invalid JSON: nested too deeply (more than 1024 levels)"));
    case error_code::UNCLOSED_STRING:
        return importReason(QT_TRANSLATE_NOOP("ImportText", "invalid JSON: unterminated string"));
    case error_code::UNESCAPED_CHARS:
        return importReason(QT_TRANSLATE_NOOP(
            "ImportText", "invalid JSON: control character (such as NUL) inside a string"));
    case error_code::NUMBER_ERROR:
        return importReason(
            QT_TRANSLATE_NOOP("ImportText", "invalid JSON: malformed or out-of-range number"));
    case error_code::STRING_ERROR:
        return importReason(
            QT_TRANSLATE_NOOP("ImportText", "invalid JSON: malformed string escape"));
    case error_code::T_ATOM_ERROR:
    case error_code::F_ATOM_ERROR:
    case error_code::N_ATOM_ERROR:
        return importReason(
            QT_TRANSLATE_NOOP("ImportText", "invalid JSON: misspelled true, false or null"));
    case error_code::TAPE_ERROR:
        return importReason(QT_TRANSLATE_NOOP(
            "ImportText",
            "invalid JSON: malformed structure (a missing or extra comma, bracket or quote)"));
    case error_code::INCOMPLETE_ARRAY_OR_OBJECT:
        return importReason(
            QT_TRANSLATE_NOOP("ImportText", "invalid JSON: unclosed object or array"));
    case error_code::EMPTY:
        return importReason(QT_TRANSLATE_NOOP("ImportText", "invalid JSON: empty"));
    case error_code::CAPACITY:
        return importReason(QT_TRANSLATE_NOOP("ImportText", "line too long to parse"));
    default:
        return importReason(QT_TRANSLATE_NOOP("ImportText", "invalid JSON: %1"),
                            {simdjson::error_message(code)});
    }
}

} // namespace runledger::json
