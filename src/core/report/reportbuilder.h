// SPDX-License-Identifier: MIT
#pragma once

#include "domain/budget.h"
#include "domain/pricetable.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace runledger {

// Everything a reproducibility report says about one run, as one JSON object
// (keys sorted, so the same database always gives the same document). The
// Markdown, HTML and PDF writers render this object; the JSON report is it.
class ReportBuilder {
public:
    ReportBuilder(QSqlDatabase& db, PriceTable prices, BudgetLimits limits);

    // generatedAt: fixed in tests; the report's only varying field.
    QJsonObject build(qint64 runKey, const QDateTime& generatedAt, QString* error);

private:
    QSqlDatabase& m_db;
    PriceTable m_prices;
    BudgetLimits m_limits;
};

// Text renderings of a report object. Every value from the data is escaped
// for the format: markdownInline() in Markdown, HTML escaping in HTML.
QString reportMarkdown(const QJsonObject& report);
// One self-contained file: styles inline, the token chart as inline SVG.
QString reportHtml(const QJsonObject& report);
// The component chart of a report as an SVG element (no external references).
QString reportChartSvg(const QJsonObject& report);
// "<hex>  <file name>\n", as sha256sum writes it.
QByteArray sha256Line(const QByteArray& content, const QString& fileName);

} // namespace runledger
