// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace runledger {

// Writes a report object as a paginated A4 PDF with its chart; needs a
// QGuiApplication (fonts). Returns an empty string or the error.
QString writeReportPdf(const QJsonObject& report, const QString& path);

} // namespace runledger
