// SPDX-License-Identifier: MIT
#include "hash64.h"

#include "importtext.h"
#include "jsonaccess.h"
#include "lineparsers.h"

namespace runledger {

// LLM call row: record_hash, ts_us, ts_text, run, step, model, provider,
// input, output, total, has_breakdown, system, data, instructions, other,
// output component, cost_usd, latency_ms.
bool parseTokenUsageLine(const simdjson::dom::element& element, int64_t line, RowBatch& batch,
                         std::string* reason) {
    const simdjson::dom::object o = element.get_object().value_unsafe();
    int64_t ts = 0;
    std::string_view tsText, eventName, runId, step, model, provider;
    if (!readTimestamp(o, batch, &ts, &tsText, reason) ||
        !json::optionalString(o, "event", &eventName, reason) ||
        !json::optionalString(o, "run_id", &runId, reason) ||
        !json::optionalString(o, "step", &step, reason) ||
        !json::optionalString(o, "model", &model, reason) ||
        !json::optionalString(o, "provider", &provider, reason))
        return false;
    if (!eventName.empty() && eventName != "llm_call") {
        *reason =
            importReason(QT_TRANSLATE_NOOP("ImportText", "not a token usage record (event '%1')"),
                         {eventName.substr(0, 40)});
        return false;
    }
    simdjson::dom::element tokens;
    if (o.at_key("tokens").get(tokens) != simdjson::SUCCESS) {
        *reason = importReason(QT_TRANSLATE_NOOP("ImportText", "missing field '%1'"), {"tokens"});
        return false;
    }
    if (!tokens.is_object()) {
        *reason = importReason(
            QT_TRANSLATE_NOOP("ImportText", "field '%1' has the wrong type: expected an object"),
            {"tokens"});
        return false;
    }
    int64_t input = 0, output = 0, total = 0;
    bool hasInput = false, hasOutput = false, hasTotal = false;
    if (!json::optionalCount(tokens, "input", &input, &hasInput, reason, "tokens") ||
        !json::optionalCount(tokens, "output", &output, &hasOutput, reason, "tokens") ||
        !json::optionalCount(tokens, "total", &total, &hasTotal, reason, "tokens"))
        return false;
    if (!hasInput && !hasOutput) {
        *reason =
            importReason(QT_TRANSLATE_NOOP("ImportText", "field '%1' has neither '%2' nor '%3'"),
                         {"tokens", "input", "output"});
        return false;
    }
    if (!hasTotal)
        total = input + output;

    int64_t comp[5] = {0, 0, 0, 0, 0};
    bool compPresent[5] = {false, false, false, false, false};
    static constexpr const char* compNames[5] = {"system", "data", "instructions", "other",
                                                 "output"};
    simdjson::dom::element breakdown;
    const bool hasBreakdownObject =
        o.at_key("prompt_breakdown").get(breakdown) == simdjson::SUCCESS && breakdown.is_object();
    if (hasBreakdownObject) {
        for (int i = 0; i < 5; ++i) {
            if (!json::optionalCount(breakdown, compNames[i], &comp[i], &compPresent[i], reason,
                                     "prompt_breakdown"))
                return false;
        }
    }
    // "No breakdown" is how the writer records a caller that gave none: only
    // the output component is non-zero.
    const bool hasBreakdown = hasBreakdownObject && (comp[0] + comp[1] + comp[2] + comp[3]) > 0;

    double cost = 0, latency = 0;
    bool hasCost = false, hasLatency = false;
    if (!json::optionalAmount(element, "cost_usd", &cost, &hasCost, reason) ||
        !json::optionalAmount(element, "latency_ms", &latency, &hasLatency, reason, {}, 1e10))
        return false;

    Hash64 h;
    h.addInt(static_cast<uint64_t>(FileKind::TokenUsage));
    h.add(simdjson::minify(element));

    batch.beginRow(RowTable::LlmCalls, line);
    batch.addInt(h.signedValue());
    batch.addInt(ts);
    batch.addOptionalText(tsText);
    batch.addOptionalText(runId, Cell::RunRef);
    batch.addOptionalText(step);
    batch.addOptionalText(model);
    batch.addOptionalText(provider);
    batch.addInt(input);
    batch.addInt(output);
    batch.addInt(total);
    batch.addInt(hasBreakdown ? 1 : 0);
    for (int i = 0; i < 5; ++i)
        batch.addOptionalInt(hasBreakdownObject && compPresent[i], comp[i]);
    batch.addOptionalReal(hasCost, cost);
    batch.addOptionalReal(hasLatency, latency);
    return true;
}

} // namespace runledger
