// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

class QTextDocument;

namespace runledger {

// Writes a report object as a paginated A4 PDF with its chart; needs a
// QGuiApplication (fonts). Returns an empty string or the error.
QString writeReportPdf(const QJsonObject& report, const QString& path);

// Fills a QTextDocument with the report (its chart as an image resource):
// what the PDF prints and what a preview shows.
void fillReportDocument(const QJsonObject& report, QTextDocument* doc);

// Writes the report in a format ("md", "html", "pdf", "json") to `path`, and
// "<path>.sha256" beside it. Returns an empty string or the error.
QString writeReport(const QJsonObject& report, const QString& format, const QString& path);

} // namespace runledger
