// SPDX-License-Identifier: MIT
#include "formatsniffer.h"

#include "importtext.h"

#include <simdjson.h>

#include <QRegularExpression>

#include <array>
#include <cstring>

namespace runledger {

namespace {

enum Vote { Events, Structured, TokenUsage, CostRecords, Metadata, EventLike, VoteCount };

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

int classify(const simdjson::dom::object& o) {
    simdjson::dom::element e;
    auto has = [&](const char* key) {
        return o.at_key(key).get(e) == simdjson::SUCCESS;
    };
    if (has("costs") && (has("run_id") || has("experiment_id")))
        return CostRecords;
    std::string_view event;
    const bool hasEvent = o.at_key("event").get(event) == simdjson::SUCCESS;
    if ((hasEvent && event == "llm_call") ||
        (has("tokens") && (has("prompt_breakdown") || has("latency_ms"))))
        return TokenUsage;
    if (has("generation") && (has("configuration") || has("metadata_version")))
        return Metadata;
    if (!has("timestamp") || !hasEvent)
        return -1;
    if (has("payload"))
        return Events;
    static constexpr std::array<std::string_view, 7> eventKeys = {
        "timestamp", "level", "event", "experiment_id", "run_id", "message", "payload"};
    for (const auto field : o) {
        bool known = false;
        for (const std::string_view k : eventKeys)
            known = known || field.key == k;
        if (!known)
            return Structured;
    }
    return EventLike;
}

FileKind kindFromName(const QString& name) {
    const QString lower = name.toLower();
    if (lower.startsWith(QLatin1String("token_usage")))
        return FileKind::TokenUsage;
    if (lower.startsWith(QLatin1String("structured")))
        return FileKind::Structured;
    if (lower.startsWith(QLatin1String("cost")))
        return FileKind::CostRecords;
    if (lower.startsWith(QLatin1String("metadata")) && lower.endsWith(QLatin1String(".json")))
        return FileKind::Metadata;
    if (lower.startsWith(QLatin1String("experiment")) || lower.startsWith(QLatin1String("debug")))
        return FileKind::Events;
    return FileKind::Unknown;
}

} // namespace

bool isConsoleLine(std::string_view line) {
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*m"));
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}\\S*\\s+\\[\\s*\\w+\\s*\\]"));
    if (line.size() < 22 || ((line[0] < '0' || line[0] > '9') && line[0] != '\x1b'))
        return false;
    // structlog colours its console output when it believes it writes to a terminal.
    QString head =
        QString::fromUtf8(line.data(), static_cast<qsizetype>(std::min<size_t>(line.size(), 256)));
    head.remove(ansi);
    return re.match(head).hasMatch();
}

SniffResult sniffFormat(std::string_view head, const QString& fileName) {
    if (head.size() >= 3 && std::memcmp(head.data(), "\xEF\xBB\xBF", 3) == 0)
        head.remove_prefix(3);
    if (trim(head).find_first_not_of("\n") == std::string_view::npos)
        return {FileKind::Unknown, importText(QT_TRANSLATE_NOOP("ImportText", "empty file"))};
    const std::string_view probe = head.substr(0, 4096);
    const bool hasNul = std::memchr(probe.data(), '\0', probe.size()) != nullptr;

    const size_t firstChar = head.find_first_not_of(" \t\r\n");
    if (firstChar == std::string_view::npos)
        return {FileKind::Unknown, importText(QT_TRANSLATE_NOOP("ImportText", "empty file"))};
    if (head[firstChar] == '[')
        return {FileKind::Unknown,
                importText(QT_TRANSLATE_NOOP("ImportText", "a JSON array, not a Persona log"))};

    std::array<int, VoteCount> votes{};
    int consoleLines = 0;
    simdjson::dom::parser parser;
    bool firstLine = true;
    bool prettyObject = false;
    size_t pos = 0;
    int sampled = 0;
    while (pos < head.size() && sampled < 200) {
        size_t end = head.find('\n', pos);
        const bool complete = end != std::string_view::npos;
        if (!complete)
            end = head.size();
        const std::string_view line = trim(head.substr(pos, end - pos));
        pos = end + 1;
        if (line.empty())
            continue;
        if (firstLine && line == "{")
            prettyObject = true;
        firstLine = false;
        ++sampled;
        if (isConsoleLine(line)) {
            ++consoleLines;
            continue;
        }
        if (line.front() != '{')
            continue;
        simdjson::padded_string padded(line);
        simdjson::dom::object o;
        if (parser.parse(padded).get(o) != simdjson::SUCCESS)
            continue;
        const int vote = classify(o);
        if (vote >= 0)
            ++votes[static_cast<size_t>(vote)];
    }

    const bool linesVote = votes[Events] + votes[Structured] + votes[TokenUsage] +
                               votes[CostRecords] + votes[EventLike] >
                           0;
    if ((prettyObject && !linesVote) || votes[Metadata] > 0) {
        if (head.find("\"generation\"") != std::string_view::npos ||
            head.find("\"metadata_version\"") != std::string_view::npos)
            return {FileKind::Metadata, {}};
        if (prettyObject)
            return {FileKind::Unknown,
                    importText(QT_TRANSLATE_NOOP("ImportText",
                                                 "a JSON document without Persona run metadata"))};
    }
    if (consoleLines > 0 && (votes[Structured] + votes[EventLike]) > 0)
        return {FileKind::Structured, {}};
    int best = -1;
    for (int v : {Events, Structured, TokenUsage, CostRecords}) {
        if (votes[static_cast<size_t>(v)] > 0 &&
            (best < 0 || votes[static_cast<size_t>(v)] > votes[static_cast<size_t>(best)]))
            best = v;
    }
    if (best == Events || (best < 0 && votes[EventLike] > 0)) {
        const FileKind byName = kindFromName(fileName);
        if (best < 0 && byName == FileKind::Structured)
            return {FileKind::Structured, {}};
        return {FileKind::Events, {}};
    }
    switch (best) {
    case Structured:
        return {FileKind::Structured, {}};
    case TokenUsage:
        return {FileKind::TokenUsage, {}};
    case CostRecords:
        return {FileKind::CostRecords, {}};
    default:
        break;
    }
    if (hasNul)
        return {FileKind::Unknown,
                importText(QT_TRANSLATE_NOOP("ImportText", "binary content, not a Persona log"))};
    const FileKind byName = kindFromName(fileName);
    if (byName != FileKind::Unknown)
        return {byName, {}};
    return {FileKind::Unknown,
            importText(QT_TRANSLATE_NOOP("ImportText", "no Persona records in the first lines"))};
}

} // namespace runledger
