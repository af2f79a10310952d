// SPDX-License-Identifier: MIT
#pragma once

#include "importreport.h"

#include <QJsonObject>

namespace runledger {

// The import report in the shape of `runledger-cli import --json`.
QJsonObject importReportToJson(const ImportReport& report);

} // namespace runledger
