// SPDX-License-Identifier: MIT
#include "displaynames.h"

#include "timeformat.h"

namespace runledger {

QString DisplayNames::budgetStatus(BudgetStatus s) {
    switch (s) {
    case BudgetStatus::Warning:
        //: Budget status: spending passed the warn threshold.
        return tr("warning");
    case BudgetStatus::Exceeded:
        //: Budget status: spending passed the block threshold.
        return tr("exceeded");
    case BudgetStatus::Ok:
        break;
    }
    //: Budget status: within the limit.
    return tr("ok", "budget");
}

QString DisplayNames::budgetPeriod(BudgetPeriod p) {
    switch (p) {
    case BudgetPeriod::Weekly:
        //: Status bar, before the share spent: "weekly 45%".
        return tr("weekly");
    case BudgetPeriod::Monthly:
        //: Status bar, before the share spent: "monthly 45%".
        return tr("monthly");
    case BudgetPeriod::Daily:
        break;
    }
    //: Status bar, before the share spent: "daily 45%".
    return tr("daily");
}

QString DisplayNames::budgetTitle(BudgetPeriod p) {
    switch (p) {
    case BudgetPeriod::Weekly:
        return tr("Weekly budget");
    case BudgetPeriod::Monthly:
        return tr("Monthly budget");
    case BudgetPeriod::Daily:
        break;
    }
    return tr("Daily budget");
}

QString DisplayNames::verifyStatus(VerifyStatus s) {
    switch (s) {
    case VerifyStatus::Ok:
        //: Checksum status: the file on disk has the recorded checksum.
        return tr("ok", "checksum");
    case VerifyStatus::Mismatch:
        //: Checksum status: the file on disk has a different checksum.
        return tr("mismatch");
    case VerifyStatus::Unreadable:
        return tr("unreadable");
    case VerifyStatus::InvalidChecksum:
        //: Checksum status: the recorded checksum is not a SHA-256.
        return tr("invalid checksum");
    case VerifyStatus::Missing:
        break;
    }
    //: Checksum status: the file is not on disk.
    return tr("missing");
}

QString DisplayNames::verifySummary(const VerifySummary& s) {
    if (!s.error.isEmpty())
        return tr("The verification failed: %1").arg(s.error);
    if (s.filesTotal == 0)
        return tr("These runs recorded no data file or configuration checksum to verify.");
    if (s.totals.total() == 0)
        return tr("Verification cancelled before any file was checked.");
    QStringList counts; // statuses that no file has are left out
    for (const VerifyStatus status : kVerifyStatuses) {
        if (s.totals.count(status) > 0)
            //: A verification total: a count and a checksum status, e.g. "7 ok".
            counts << tr("%1 %2", "verification total")
                          .arg(TimeFormat::count(s.totals.count(status)), verifyStatus(status));
    }
    const QString runs = tr("%Ln run(s)", nullptr, s.runs);
    QString text =
        s.cancelled ? tr("Verification cancelled after %1 of %2 files (%3): %4. What was verified "
                         "is kept.")
                          .arg(TimeFormat::count(s.totals.total()), TimeFormat::count(s.filesTotal),
                               runs, counts.join(QStringLiteral(", ")))
                    //: %1 "12 files", %2 "5 runs", %3 the totals per status.
                    : tr("%1 verified (%2): %3.")
                          .arg(tr("%Ln file(s)", nullptr, s.totals.total()), runs,
                               counts.join(QStringLiteral(", ")));
    if (!s.storeError.isEmpty())
        text += QLatin1Char(' ') + tr("The results could not be stored: %1").arg(s.storeError);
    return text;
}

QColor DisplayNames::verifyStatusColor(int status) {
    switch (status) {
    case static_cast<int>(VerifyStatus::Ok):
        return QColor(0x2e, 0x9e, 0x5b);
    case static_cast<int>(VerifyStatus::Mismatch):
    case static_cast<int>(VerifyStatus::Missing):
        return QColor(0xd6, 0x45, 0x45);
    case static_cast<int>(VerifyStatus::Unreadable):
    case static_cast<int>(VerifyStatus::InvalidChecksum):
        return QColor(0xe0, 0x9b, 0x1a);
    default:
        return QColor(0x8a, 0x8f, 0x98);
    }
}

QString DisplayNames::fileKind(FileKind k) {
    switch (k) {
    case FileKind::Events:
        return tr("events");
    case FileKind::Structured:
        return tr("structured log");
    case FileKind::TokenUsage:
        return tr("token usage");
    case FileKind::CostRecords:
        return tr("cost records");
    case FileKind::Metadata:
        //: Kind of input file: a run's metadata.json.
        return tr("metadata", "file kind");
    case FileKind::Unknown:
        break;
    }
    //: Kind of an input file that was not recognised.
    return tr("unknown");
}

QString DisplayNames::costSource(const QString& source) {
    if (source == QLatin1String("cost_record"))
        //: Where a run's cost comes from: its cost record file.
        return tr("cost record");
    if (source == QLatin1String("llm_calls"))
        //: Where a run's cost comes from: the sum of its LLM calls.
        return tr("LLM calls");
    if (source == QLatin1String("metadata"))
        //: Where a run's cost comes from: its metadata.json.
        return tr("metadata");
    if (source == QLatin1String("estimate"))
        //: Where a cost comes from: priced from the price table.
        return tr("estimate");
    if (source == QLatin1String("unpriced"))
        //: A cost with no price in the table.
        return tr("unpriced");
    return source;
}

QString DisplayNames::component(int index) {
    switch (index) {
    case 0:
        //: Prompt component: the system prompt.
        return tr("system");
    case 1:
        //: Prompt component: the data part of the prompt.
        return tr("data");
    case 2:
        //: Prompt component: the instructions part of the prompt.
        return tr("instructions");
    case 3:
        //: Prompt component: input tokens outside the other components.
        return tr("other");
    case 4:
        //: Calls whose token record has no per-component breakdown.
        return tr("no breakdown");
    default:
        break;
    }
    //: Prompt component: the completion tokens.
    return tr("output");
}

} // namespace runledger
