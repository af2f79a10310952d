// SPDX-License-Identifier: MIT
#include "hash64.h"
#include "jsonaccess.h"
#include "lineparsers.h"

#include <array>

namespace runledger {

// Structured row: record_hash, ts_us, ts_text, level, event, experiment, run,
// step, model, data (a JSON object of every other top-level field).
bool parseStructuredLine(const simdjson::dom::element& element, int64_t line, RowBatch& batch,
                         std::string* reason) {
    const simdjson::dom::object o = element.get_object().value_unsafe();
    int64_t ts = 0;
    std::string_view tsText, eventName, experimentId, runId, step, model;
    Level level = Level::Info;
    if (!readTimestamp(o, batch, &ts, &tsText, reason) || !readLevel(o, &level, reason) ||
        !json::requiredString(o, "event", &eventName, reason) ||
        !json::optionalString(o, "experiment_id", &experimentId, reason) ||
        !json::optionalString(o, "run_id", &runId, reason) ||
        !json::optionalString(o, "step", &step, reason) ||
        !json::optionalString(o, "model", &model, reason))
        return false;

    static constexpr std::array<std::string_view, 7> core = {
        "timestamp", "level", "event", "experiment_id", "run_id", "step", "model"};
    std::string data = "{";
    for (const auto field : o) {
        bool isCore = false;
        for (const std::string_view k : core)
            isCore = isCore || field.key == k;
        if (isCore)
            continue;
        if (data.size() > 1)
            data.push_back(',');
        json::appendQuoted(&data, field.key);
        data.push_back(':');
        data += simdjson::minify(field.value);
    }
    data.push_back('}');

    Hash64 h;
    h.addInt(static_cast<uint64_t>(FileKind::Structured));
    h.addInt(static_cast<uint64_t>(ts));
    h.addInt(static_cast<uint64_t>(level));
    h.add(eventName);
    h.add(experimentId);
    h.add(runId);
    h.add(step);
    h.add(model);
    h.add(data);

    batch.beginRow(RowTable::Structured, line);
    batch.addInt(h.signedValue());
    batch.addInt(ts);
    batch.addOptionalText(tsText);
    batch.addInt(static_cast<int64_t>(level));
    batch.addText(eventName);
    batch.addOptionalText(experimentId, Cell::ExperimentRef);
    if (runId.empty())
        batch.addInt(0); // no run: an experiment-level record
    else
        batch.addText(runId, Cell::RunRef);
    batch.addOptionalText(step);
    batch.addOptionalText(model);
    batch.addText(data);
    return true;
}

} // namespace runledger
