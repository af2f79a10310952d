// SPDX-License-Identifier: MIT
#pragma once

#include "domain/budget.h"
#include "integrity/checksumverifier.h"
#include "model/types.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace runledger {

// What the user reads for the core's vocabulary. The core's names
// (budgetStatusName(), verifyStatusName(), "cost_record", ...) are stable
// identifiers that the CLI, JSON and reports print and the database stores;
// the desktop app shows these translated labels instead.
class DisplayNames {
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString budgetStatus(BudgetStatus s);
    static QString budgetPeriod(BudgetPeriod p); // "daily", lower case, inside sentences
    static QString budgetTitle(BudgetPeriod p);  // "Daily budget", as a heading
    static QString verifyStatus(VerifyStatus s);
    // A verification's totals per status (those of no file left out), its
    // runs, and whether it was cancelled or failed: one sentence for the
    // Reproducibility view and the status bar.
    static QString verifySummary(const VerifySummary& s);
    // The colour a checksum status is shown in, by its VerifyStatus value
    // (-1: not verified).
    static QColor verifyStatusColor(int status);
    static QString fileKind(FileKind k);
    // Cost sources as stored in runs.cost_source and cost items: cost_record,
    // llm_calls, metadata, estimate. Unknown text is returned as it is.
    static QString costSource(const QString& source);
    // Prompt components of the token breakdown, by index into kComponentCount.
    static constexpr int kComponentCount = 6;
    static QString component(int index);
};

} // namespace runledger
