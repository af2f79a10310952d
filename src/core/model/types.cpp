// SPDX-License-Identifier: MIT
#include "types.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace runledger {

QString kindName(FileKind kind) {
    switch (kind) {
    case FileKind::Events:
        return QStringLiteral("events");
    case FileKind::Structured:
        return QStringLiteral("structured");
    case FileKind::TokenUsage:
        return QStringLiteral("token_usage");
    case FileKind::CostRecords:
        return QStringLiteral("cost_records");
    case FileKind::Metadata:
        return QStringLiteral("metadata");
    case FileKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString levelName(Level level) {
    static const std::array<QString, 4> names = {QStringLiteral("debug"), QStringLiteral("info"),
                                                 QStringLiteral("warn"), QStringLiteral("error")};
    return names.at(static_cast<size_t>(level));
}

bool parseLevel(std::string_view text, Level* out) {
    // An enum written with str() ("LogLevel.INFO") names its member after the dot.
    if (const size_t dot = text.rfind('.'); dot != std::string_view::npos && text.size() <= 40)
        text.remove_prefix(dot + 1);
    if (text.size() > 16)
        return false;
    char buf[16];
    std::transform(text.begin(), text.end(), buf, [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    const std::string_view lower(buf, text.size());
    if (lower == "debug" || lower == "trace")
        *out = Level::Debug;
    else if (lower == "info" || lower == "notice")
        *out = Level::Info;
    else if (lower == "warn" || lower == "warning")
        *out = Level::Warn;
    else if (lower == "error" || lower == "critical" || lower == "fatal" || lower == "exception")
        *out = Level::Error;
    else
        return false;
    return true;
}

} // namespace runledger

namespace runledger {

std::string_view canonicalEventName(std::string_view name) {
    static constexpr std::string_view known[] = {
        "experiment_started",
        "experiment_completed",
        "experiment_failed",
        "data_loaded",
        "data_validated",
        "generation_started",
        "generation_completed",
        "generation_failed",
        "persona_created",
        "persona_validated",
        "output_written",
        "config_loaded",
        "provider_initialised",
        "llm_call_started",
        "llm_call_completed",
        "llm_call_failed",
        "custom",
        "run_started",
        "run_completed",
        "run_failed",
    };
    // An enum written with str() ("EventType.EXPERIMENT_STARTED") names its
    // member after the dot; only a known member makes it that event.
    std::string_view member = name;
    if (const size_t dot = name.rfind('.'); dot != std::string_view::npos)
        member = name.substr(dot + 1);
    for (const std::string_view candidate : {name, member}) {
        for (const std::string_view k : known) {
            if (k.size() != candidate.size())
                continue;
            bool same = true;
            for (size_t i = 0; i < k.size() && same; ++i)
                same = std::tolower(static_cast<unsigned char>(candidate[i])) == k[i];
            if (same)
                return k;
        }
    }
    return name;
}

} // namespace runledger
