// SPDX-License-Identifier: MIT
#include "pricetable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

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

QByteArray PriceTable::toJson() const {
    QJsonArray entries;
    for (const PriceEntry& e : m_entries)
        entries.append(QJsonObject{
            {QStringLiteral("model"), e.model},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
            {QStringLiteral("input_per_million"), e.inputPerMillion},
            {QStringLiteral("output_per_million"), e.outputPerMillion},
            {QStringLiteral("effective_from"),
             e.effectiveFrom.isValid() ? QJsonValue(e.effectiveFrom.toString(Qt::ISODate))
                                       : QJsonValue()}});
    return QJsonDocument(entries).toJson(QJsonDocument::Indented);
}

namespace {

// One entry of the JSON format; an empty string or the reason it is wrong.
QString readEntry(const QJsonValue& value, PriceEntry* e) {
    const QJsonObject o = value.toObject();
    if (!value.isObject())
        return QStringLiteral("not an object");
    if (!o.value(QStringLiteral("model")).isString() ||
        o.value(QStringLiteral("model")).toString().trimmed().isEmpty())
        return QStringLiteral("\"model\" must be a non-empty string");
    e->model = o.value(QStringLiteral("model")).toString().trimmed();
    const QJsonValue aliases = o.value(QStringLiteral("aliases"));
    if (!aliases.isUndefined() && !aliases.isNull() && !aliases.isArray())
        return QStringLiteral("\"aliases\" must be a list of names");
    for (const QJsonValue a : aliases.toArray()) {
        if (!a.isString() || a.toString().trimmed().isEmpty())
            return QStringLiteral("\"aliases\" must be a list of names");
        e->aliases << a.toString().trimmed();
    }
    for (const auto& [key, into] : {std::pair{"input_per_million", &e->inputPerMillion},
                                    std::pair{"output_per_million", &e->outputPerMillion}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0)
            return QStringLiteral("\"%1\" must be a non-negative number").arg(QLatin1String(key));
        *into = v.toDouble();
    }
    const QJsonValue from = o.value(QStringLiteral("effective_from"));
    if (from.isString() && !from.toString().isEmpty()) {
        e->effectiveFrom = QDate::fromString(from.toString(), Qt::ISODate);
        if (!e->effectiveFrom.isValid())
            return QStringLiteral("\"effective_from\" must be a date such as 2025-01-01");
    } else if (!from.isUndefined() && !from.isNull() && !from.isString()) {
        return QStringLiteral("\"effective_from\" must be a date such as 2025-01-01");
    }
    return {};
}

} // namespace

std::optional<PriceTable> PriceTable::fromJson(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isArray()) {
        *error = QStringLiteral("a price table is a JSON array of entries");
        return std::nullopt;
    }
    QList<PriceEntry> entries;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        PriceEntry e;
        if (const QString reason = readEntry(array.at(i), &e); !reason.isEmpty()) {
            *error = QStringLiteral("price entry %1: %2").arg(i + 1).arg(reason);
            return std::nullopt;
        }
        entries.append(e);
    }
    return PriceTable(entries);
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
