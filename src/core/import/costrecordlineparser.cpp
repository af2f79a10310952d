// SPDX-License-Identifier: MIT
#include "hash64.h"

#include "importtext.h"
#include "jsonaccess.h"
#include "lineparsers.h"

namespace runledger {

// Cost record row: record_hash, ts_us, ts_text, experiment, run, estimated,
// actual, variance, variance_percent, model, provider, input, output; then
// one CostBreakdown row (step, cost_usd) per breakdown entry. Variance is
// stored as written; analysis recomputes it from estimated and actual.
bool parseCostRecordLine(const simdjson::dom::element& element, int64_t line, RowBatch& batch,
                         std::string* reason) {
    const simdjson::dom::object o = element.get_object().value_unsafe();
    int64_t ts = 0;
    std::string_view tsText, experimentId, runId, model, provider;
    if (!readTimestamp(o, batch, &ts, &tsText, reason) ||
        !json::optionalString(o, "experiment_id", &experimentId, reason) ||
        !json::optionalString(o, "run_id", &runId, reason) ||
        !json::optionalString(o, "model", &model, reason) ||
        !json::optionalString(o, "provider", &provider, reason))
        return false;
    simdjson::dom::element costs;
    if (o.at_key("costs").get(costs) != simdjson::SUCCESS) {
        *reason = importReason(QT_TRANSLATE_NOOP("ImportText", "missing field '%1'"), {"costs"});
        return false;
    }
    if (!costs.is_object()) {
        *reason = importReason(
            QT_TRANSLATE_NOOP("ImportText", "field '%1' has the wrong type: expected an object"),
            {"costs"});
        return false;
    }
    double estimated = 0, actual = 0, variance = 0, variancePercent = 0;
    bool hasEstimated = false, hasActual = false, hasVariance = false, hasVariancePercent = false;
    if (!json::optionalAmount(costs, "estimated_before", &estimated, &hasEstimated, reason,
                              "costs") ||
        !json::optionalAmount(costs, "actual", &actual, &hasActual, reason, "costs") ||
        !json::optionalNumber(costs, "variance", &variance, &hasVariance, reason, "costs") ||
        !json::optionalNumber(costs, "variance_percent", &variancePercent, &hasVariancePercent,
                              reason, "costs"))
        return false;
    if (!hasActual) {
        *reason =
            importReason(QT_TRANSLATE_NOOP("ImportText", "missing field '%1'"), {"costs.actual"});
        return false;
    }
    simdjson::dom::element tokens;
    int64_t input = 0, output = 0;
    bool hasInput = false, hasOutput = false;
    if (o.at_key("tokens").get(tokens) == simdjson::SUCCESS && !tokens.is_null()) {
        if (!tokens.is_object()) {
            *reason =
                importReason(QT_TRANSLATE_NOOP("ImportText",
                                               "field '%1' has the wrong type: expected an object"),
                             {"tokens"});
            return false;
        }
        // Per run, so a larger bound than a single call's.
        constexpr int64_t maxRunTokens = 1'000'000'000'000;
        if (!json::optionalCount(tokens, "input", &input, &hasInput, reason, "tokens",
                                 maxRunTokens) ||
            !json::optionalCount(tokens, "output", &output, &hasOutput, reason, "tokens",
                                 maxRunTokens))
            return false;
    }
    simdjson::dom::element breakdown;
    const bool hasBreakdown =
        costs.at_key("breakdown").get(breakdown) == simdjson::SUCCESS && breakdown.is_object();
    if (hasBreakdown) {
        for (const auto field : simdjson::dom::object(breakdown)) {
            double v = 0;
            bool present = false;
            if (!json::optionalAmount(breakdown, field.key, &v, &present, reason,
                                      "costs.breakdown"))
                return false;
        }
    }

    Hash64 h;
    h.addInt(static_cast<uint64_t>(FileKind::CostRecords));
    h.add(simdjson::minify(element));

    batch.beginRow(RowTable::CostRecords, line);
    batch.addInt(h.signedValue());
    batch.addInt(ts);
    batch.addOptionalText(tsText);
    batch.addOptionalText(experimentId, Cell::ExperimentRef);
    batch.addOptionalText(runId, Cell::RunRef);
    batch.addOptionalReal(hasEstimated, estimated);
    batch.addReal(actual);
    batch.addOptionalReal(hasVariance, variance);
    batch.addOptionalReal(hasVariancePercent, variancePercent);
    batch.addOptionalText(model);
    batch.addOptionalText(provider);
    batch.addOptionalInt(hasInput, input);
    batch.addOptionalInt(hasOutput, output);
    if (hasBreakdown) {
        for (const auto field : simdjson::dom::object(breakdown)) {
            double v = 0;
            bool present = false;
            json::optionalAmount(breakdown, field.key, &v, &present, reason, "costs.breakdown");
            batch.beginRow(RowTable::CostBreakdown, line);
            batch.addText(field.key);
            batch.addOptionalReal(present, v);
        }
    }
    return true;
}

} // namespace runledger
