// SPDX-License-Identifier: MIT
#include "importreportjson.h"

#include <QJsonArray>

namespace runledger {

QJsonObject importReportToJson(const ImportReport& report)
{
    QJsonArray files;
    for (const FileReport& f : report.files) {
        QJsonArray rejected;
        for (const RejectedLine& r : f.rejectedLines)
            rejected.append(QJsonObject{{QStringLiteral("line"), r.line},
                                        {QStringLiteral("reason"), r.reason}});
        QJsonObject o{{QStringLiteral("path"), f.path},
                      {QStringLiteral("kind"), kindName(f.kind)},
                      {QStringLiteral("lines"), f.lines},
                      {QStringLiteral("imported"), f.imported},
                      {QStringLiteral("duplicates"), f.duplicates},
                      {QStringLiteral("rejected"), f.rejected},
                      {QStringLiteral("rejected_lines"), rejected},
                      {QStringLiteral("pending_bytes"), f.pendingBytes},
                      {QStringLiteral("skipped"), f.skipped},
                      {QStringLiteral("blank"), f.blank},
                      {QStringLiteral("unchanged"), f.unchanged},
                      {QStringLiteral("restarted"), f.restarted}};
        if (f.rejectedNotListed > 0)
            o.insert(QStringLiteral("rejected_lines_not_listed"), f.rejectedNotListed);
        if (!f.notes.isEmpty())
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(f.notes));
        if (!f.error.isEmpty())
            o.insert(QStringLiteral("error"), f.error);
        if (!f.skipReason.isEmpty())
            o.insert(QStringLiteral("reason"), f.skipReason);
        files.append(o);
    }
    const ImportTotals& t = report.totals;
    QJsonObject totals{{QStringLiteral("files"), t.files},
                       {QStringLiteral("imported"), t.imported},
                       {QStringLiteral("duplicates"), t.duplicates},
                       {QStringLiteral("rejected"), t.rejected},
                       {QStringLiteral("skipped_files"), t.skippedFiles},
                       {QStringLiteral("failed_files"), t.failedFiles},
                       {QStringLiteral("bytes"), t.bytes}};
    QJsonObject out{{QStringLiteral("files"), files},
                    {QStringLiteral("totals"), totals},
                    {QStringLiteral("seconds"), report.seconds}};
    if (report.cancelled)
        out.insert(QStringLiteral("cancelled"), true);
    if (!report.missingPaths.isEmpty())
        out.insert(QStringLiteral("missing_paths"), QJsonArray::fromStringList(report.missingPaths));
    return out;
}

} // namespace runledger
