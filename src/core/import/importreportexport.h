// SPDX-License-Identifier: MIT
#pragma once

#include "importreport.h"

#include <QJsonObject>

namespace runledger {

// The import report in the shape of `runledger-cli import --json`.
QJsonObject importReportToJson(const ImportReport& report);

// Every rejected line as CSV (file,line,reason), then a row per failed file or
// unreadable path (empty line), written by CsvWriter.
QByteArray rejectedLinesCsv(const ImportReport& report);

// A plain-text report: one line per file, then every rejected line as
// "file:line: reason", for the clipboard; text from the data through
// terminalSafe().
QString importReportText(const ImportReport& report);

} // namespace runledger
