// SPDX-License-Identifier: MIT
#include "importreportexport.h"

#include "text/csvwriter.h"
#include "text/textescape.h"

#include <QJsonArray>

namespace runledger {

QJsonObject importReportToJson(const ImportReport& report) {
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
        if (f.unreadable)
            o.insert(QStringLiteral("unreadable"), true);
        files.append(o);
    }
    const ImportTotals& t = report.totals;
    QJsonObject totals{{QStringLiteral("files"), t.files},
                       {QStringLiteral("imported"), t.imported},
                       {QStringLiteral("duplicates"), t.duplicates},
                       {QStringLiteral("rejected"), t.rejected},
                       {QStringLiteral("skipped_files"), t.skippedFiles},
                       {QStringLiteral("failed_files"), t.failedFiles},
                       {QStringLiteral("unreadable_paths"), t.unreadablePaths},
                       {QStringLiteral("bytes"), t.bytes}};
    QJsonObject out{{QStringLiteral("files"), files},
                    {QStringLiteral("totals"), totals},
                    {QStringLiteral("seconds"), report.seconds}};
    if (report.cancelled)
        out.insert(QStringLiteral("cancelled"), true);
    if (!report.missingPaths.isEmpty())
        out.insert(QStringLiteral("missing_paths"),
                   QJsonArray::fromStringList(report.missingPaths));
    return out;
}

QByteArray rejectedLinesCsv(const ImportReport& report) {
    CsvWriter csv({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("reason")}, {1});
    for (const FileReport& f : report.files) {
        for (const RejectedLine& r : f.rejectedLines)
            csv.addRow({f.path, QString::number(r.line), r.reason});
        if (!f.error.isEmpty())
            csv.addRow(
                {f.path, QString(),
                 (f.unreadable ? QStringLiteral("not read: ") : QStringLiteral("file failed: ")) +
                     f.error});
    }
    return csv.data();
}

QString importReportText(const ImportReport& report) {
    QString out;
    for (const FileReport& f : report.files) {
        out += QStringLiteral("%1\t%2\t%3 lines\t%4 imported\t%5 duplicates\t%6 rejected")
                   .arg(terminalSafe(f.path), kindName(f.kind))
                   .arg(f.lines)
                   .arg(f.imported)
                   .arg(f.duplicates)
                   .arg(f.rejected);
        if (f.pendingBytes > 0)
            out += QStringLiteral("\t%1 bytes pending").arg(f.pendingBytes);
        if (!f.skipReason.isEmpty())
            out += QStringLiteral("\tnot imported: ") + terminalSafe(f.skipReason);
        if (!f.error.isEmpty())
            out += (f.unreadable ? QStringLiteral("\tFAILED, not read: ")
                                 : QStringLiteral("\tFAILED: ")) +
                   terminalSafe(f.error);
        out += QLatin1Char('\n');
    }
    for (const FileReport& f : report.files) {
        for (const RejectedLine& r : f.rejectedLines)
            out += QStringLiteral("%1:%2: %3\n")
                       .arg(terminalSafe(f.path))
                       .arg(r.line)
                       .arg(terminalSafe(r.reason));
    }
    return out;
}

} // namespace runledger
