// SPDX-License-Identifier: MIT
#include "pricetable.h"

namespace runledger {

std::optional<PriceEntry> PriceTable::lookup(const QString& model, const QDate& utcDate) const {
    auto best = [&](bool byAlias) -> std::optional<PriceEntry> {
        std::optional<PriceEntry> found;
        for (const PriceEntry& e : m_entries) {
            const bool matches = byAlias ? e.aliases.contains(model, Qt::CaseInsensitive)
                                         : e.model.compare(model, Qt::CaseInsensitive) == 0;
            if (!matches)
                continue;
            if (e.effectiveFrom.isValid() && utcDate.isValid() && e.effectiveFrom > utcDate)
                continue;
            if (!found || (e.effectiveFrom.isValid() && (!found->effectiveFrom.isValid() ||
                                                         e.effectiveFrom > found->effectiveFrom)))
                found = e;
        }
        return found;
    };
    if (auto exact = best(false))
        return exact;
    return best(true);
}

std::optional<double> PriceTable::price(const QString& model, const QDate& utcDate,
                                        qint64 inputTokens, qint64 outputTokens) const {
    const std::optional<PriceEntry> e = lookup(model, utcDate);
    if (!e)
        return std::nullopt;
    return (static_cast<double>(inputTokens) * e->inputPerMillion +
            static_cast<double>(outputTokens) * e->outputPerMillion) /
           1e6;
}

PriceTable PriceTable::defaults() {
    const QDate since(2025, 1, 1);
    return PriceTable({
        {QStringLiteral("claude-opus-4"),
         {QStringLiteral("claude-opus-4-20250514")},
         15.0,
         75.0,
         since},
        {QStringLiteral("claude-sonnet-4"),
         {QStringLiteral("claude-sonnet-4-20250514")},
         3.0,
         15.0,
         since},
        {QStringLiteral("claude-haiku-3.5"),
         {QStringLiteral("claude-3-5-haiku"), QStringLiteral("claude-3-5-haiku-20241022")},
         0.8,
         4.0,
         since},
        {QStringLiteral("gpt-4o"), {QStringLiteral("gpt-4o-2024-08-06")}, 2.5, 10.0, since},
        {QStringLiteral("gpt-4o-mini"),
         {QStringLiteral("gpt-4o-mini-2024-07-18")},
         0.15,
         0.6,
         since},
        {QStringLiteral("gemini-2.5-pro"), {}, 1.25, 10.0, since},
    });
}

} // namespace runledger
