// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace runledger {

// One model's price from a date on: USD per million input and output tokens.
struct PriceEntry {
    QString model;
    QStringList aliases; // other names the same model is logged under
    double inputPerMillion = 0;
    double outputPerMillion = 0;
    QDate effectiveFrom; // invalid: since always

    bool operator==(const PriceEntry&) const = default;
};

// The user's price table (Settings). A lookup takes the model name and the
// call's date: an exact model name wins over an alias, and among the entries
// of that model the latest one in effect on that date applies, so old calls
// keep old prices.
class PriceTable {
public:
    PriceTable() = default;
    explicit PriceTable(QList<PriceEntry> entries)
        : m_entries(std::move(entries)) {}

    const QList<PriceEntry>& entries() const { return m_entries; }
    std::optional<PriceEntry> lookup(const QString& model, const QDate& utcDate) const;
    // USD for a call, or nullopt when the model has no price on that date.
    std::optional<double> price(const QString& model, const QDate& utcDate, qint64 inputTokens,
                                qint64 outputTokens) const;

    // The table as JSON, the format of the app's price table export and of
    // `runledger-cli costs --prices`: [{"model", "aliases", "input_per_million",
    // "output_per_million", "effective_from" (YYYY-MM-DD or null)}].
    QByteArray toJson() const;
    // Parses that format; nullopt with `error` naming the first bad entry.
    static std::optional<PriceTable> fromJson(const QByteArray& json, QString* error);

    // The documented default set (docs/prices.md): list prices published by the
    // providers in 2025 for the models Persona commonly uses.
    static PriceTable defaults();

private:
    QList<PriceEntry> m_entries;
};

} // namespace runledger
