// SPDX-License-Identifier: MIT
// runledger-cli verify-report: a JSON report re-checked offline.
#include "commands.h"

#include "cliio.h"

#include "integrity/reportverifier.h"
#include "tablewriter.h"
#include "text/textescape.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace runledger::cli {

namespace {

constexpr VerifyStatus kStatuses[] = {VerifyStatus::Ok, VerifyStatus::Mismatch,
                                      VerifyStatus::Missing, VerifyStatus::Unreadable,
                                      VerifyStatus::InvalidChecksum};

QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject reportJson(const ReportVerification& v) {
    const ReportChecksum& c = v.checksum;
    QJsonObject report{
        {QStringLiteral("path"), v.reportPath},
        {QStringLiteral("sha256_ok"), c.status == ReportChecksum::Status::Absent
                                          ? QJsonValue()
                                          : QJsonValue(c.status == ReportChecksum::Status::Ok)},
        {QStringLiteral("sha256_status"), reportChecksumStatusName(c.status)},
        {QStringLiteral("sha256_file"),
         c.status == ReportChecksum::Status::Absent ? QJsonValue() : QJsonValue(c.file)},
        {QStringLiteral("sha256"), c.actual},
        {QStringLiteral("sha256_expected"), orNull(c.expected)},
        {QStringLiteral("experiment_id"), v.listing.experimentId},
        {QStringLiteral("run_id"), v.listing.runId},
        {QStringLiteral("generated_at"), orNull(v.listing.generatedAt)}};
    if (!c.detail.isEmpty())
        report.insert(QStringLiteral("detail"), c.detail);
    return report;
}

QJsonDocument document(const ReportVerification& v) {
    QJsonArray files;
    for (const VerifyResult& r : v.files) {
        QJsonObject o{{QStringLiteral("path"), r.path},
                      {QStringLiteral("resolved_path"), r.resolvedPath},
                      {QStringLiteral("expected"), r.expected},
                      {QStringLiteral("actual"), orNull(r.actual)},
                      {QStringLiteral("status"), verifyStatusName(r.status)}};
        if (!r.detail.isEmpty())
            o.insert(QStringLiteral("detail"), r.detail);
        files.append(o);
    }
    QJsonObject totals{{QStringLiteral("files"), files.size()},
                       {QStringLiteral("problems"), v.problems()}};
    for (const VerifyStatus s : kStatuses)
        totals.insert(verifyStatusName(s), v.count(s));
    return QJsonDocument(QJsonObject{{QStringLiteral("report"), reportJson(v)},
                                     {QStringLiteral("files"), files},
                                     {QStringLiteral("totals"), totals}});
}

QString checksumLine(const ReportChecksum& c) {
    const QString name = QFileInfo(c.file).fileName();
    switch (c.status) {
    case ReportChecksum::Status::Absent:
        return QStringLiteral("no %1 beside the report: the report itself is not checked")
            .arg(name);
    case ReportChecksum::Status::Ok:
        return QStringLiteral("ok, matches %1").arg(name);
    default:
        return QStringLiteral("%1: %2").arg(reportChecksumStatusName(c.status).toUpper(), c.detail);
    }
}

void printHuman(const ReportVerification& v) {
    QString run = v.listing.runId;
    if (!v.listing.experimentId.isEmpty())
        run = v.listing.experimentId + QLatin1Char('/') + run;
    out() << "Report: " << terminalSafe(v.reportPath) << " (run " << terminalSafe(run)
          << ", generated " << terminalSafe(v.listing.generatedAt) << ")\n"
          << "Report SHA-256: " << terminalSafe(checksumLine(v.checksum)) << "\n\n";
    TableWriter table({QStringLiteral("PATH"), QStringLiteral("STATUS"), QStringLiteral("RESOLVED"),
                       QStringLiteral("DETAIL")});
    for (const VerifyResult& r : v.files) {
        QString detail = r.detail;
        if (r.status == VerifyStatus::Mismatch)
            detail = QStringLiteral("recorded %1…, found %2…")
                         .arg(r.expected.left(16), r.actual.left(16));
        table.addRow({r.path, verifyStatusName(r.status),
                      r.status == VerifyStatus::Missing ? QString() : r.resolvedPath, detail});
    }
    if (v.files.isEmpty())
        out() << "The report lists no data files.\n";
    else
        table.print(out());
    QStringList parts;
    for (const VerifyStatus s : kStatuses)
        parts << QStringLiteral("%1 %2").arg(v.count(s)).arg(verifyStatusName(s));
    out() << '\n'
          << v.files.size() << " data file(s): " << parts.join(QStringLiteral(", ")) << '\n';
    const int fileProblems = v.problems() - (v.checksum.problem() ? 1 : 0);
    if (v.problems() == 0) {
        out() << "OK: every data file matches the checksum the report records.\n";
        return;
    }
    QStringList what;
    if (fileProblems > 0)
        what << QStringLiteral("%1 data file(s) do not verify").arg(fileProblems);
    if (v.checksum.problem())
        what << QStringLiteral("the report does not match its .sha256 (%1)")
                    .arg(reportChecksumStatusName(v.checksum.status));
    out() << "FAILED: " << what.join(QStringLiteral("; ")) << ".\n";
}

} // namespace

int verifyReportCommand(const Context& ctx) {
    if (ctx.args.size() != 1)
        return usageError(ctx, QStringLiteral("verify-report needs exactly one REPORT.json"));
    QList<PathMapping> mappings;
    if (!pathMappings(ctx, &mappings))
        return Usage;
    QString error;
    const std::optional<ReportVerification> v =
        ReportVerifier::verify(ctx.args.first(), mappings, &error);
    if (!v)
        return usageError(ctx, QStringLiteral("%1: %2").arg(ctx.args.first(), error));
    if (ctx.json)
        out() << document(*v).toJson(QJsonDocument::Indented);
    else
        printHuman(*v);
    out().flush();
    return v->problems() > 0 ? Problem : Ok;
}

} // namespace runledger::cli
