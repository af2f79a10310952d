// SPDX-License-Identifier: MIT
#include "hash64.h"

#include "importtext.h"
#include "jsonaccess.h"
#include "lineparsers.h"

namespace runledger {

// Events row: record_hash, ts_us, ts_text, level, event, experiment, run, message, payload.
// The record hash covers the event's meaning, not its bytes, so copies with
// other line ends, a BOM, other spacing or other escaping are one event.
bool parseEventLine(const simdjson::dom::element& element, int64_t line, RowBatch& batch,
                    std::string* reason) {
    const simdjson::dom::object o = element.get_object().value_unsafe();
    int64_t ts = 0;
    std::string_view tsText, eventName, experimentId, runId, message;
    Level level = Level::Info;
    if (!readTimestamp(o, batch, &ts, &tsText, reason) || !readLevel(o, &level, reason) ||
        !json::requiredString(o, "event", &eventName, reason) ||
        !json::optionalString(o, "experiment_id", &experimentId, reason) ||
        !json::optionalString(o, "run_id", &runId, reason) ||
        !json::optionalString(o, "message", &message, reason))
        return false;
    if (eventName.empty()) {
        *reason = importReason(QT_TRANSLATE_NOOP("ImportText", "field '%1' is empty"), {"event"});
        return false;
    }
    eventName = canonicalEventName(eventName);

    std::string payload;
    simdjson::dom::element payloadElement;
    if (o.at_key("payload").get(payloadElement) == simdjson::SUCCESS && !payloadElement.is_null())
        payload = simdjson::minify(payloadElement);

    Hash64 h;
    h.addInt(static_cast<uint64_t>(FileKind::Events));
    h.addInt(static_cast<uint64_t>(ts));
    h.addInt(static_cast<uint64_t>(level));
    h.add(eventName);
    h.add(experimentId);
    h.add(runId);
    h.add(message);
    h.add(payload);

    batch.beginRow(RowTable::Events, line);
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
    batch.addText(message);
    batch.addOptionalText(payload);
    return true;
}

} // namespace runledger
