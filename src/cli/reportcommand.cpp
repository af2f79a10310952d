// SPDX-License-Identifier: MIT
// runledger-cli report RUN --format md|html|pdf|json -o FILE
#include "commands.h"

#include "cliio.h"

#include "integrity/sha256file.h"
#include "report/reportbuilder.h"
#include "report/reportpdf.h"
#include "settings/appsettings.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace runledger::cli {

int reportCommand(const Context& ctx) {
    static const QStringList formats = {QStringLiteral("md"), QStringLiteral("html"),
                                        QStringLiteral("pdf"), QStringLiteral("json")};
    if (ctx.args.size() != 1 || !formats.contains(ctx.format) || ctx.output.isEmpty()) {
        return usageError(ctx,
                          QStringLiteral("usage: report RUN --format md|html|pdf|json -o FILE"));
    }
    Database db;
    if (!openDatabase(db, ctx, true))
        return Usage;
    AppSettings settings;
    ReportBuilder builder(db.connection(), settings.priceTable(), settings.budgetLimits());
    // RUNLEDGER_REPORT_TIME fixes the generation time (reproducible reports, tests).
    QDateTime generatedAt =
        QDateTime::fromString(qEnvironmentVariable("RUNLEDGER_REPORT_TIME"), Qt::ISODate);
    if (!generatedAt.isValid())
        generatedAt = QDateTime::currentDateTimeUtc();
    const qint64 runKey = runArgument(db, ctx, ctx.args.first());
    if (runKey == 0)
        return Usage;
    QString error;
    const QJsonObject report = builder.build(runKey, generatedAt, &error);
    if (report.isEmpty()) {
        return usageError(ctx, error);
    }
    error = writeReport(report, ctx.format, ctx.output);
    if (!error.isEmpty()) {
        return usageError(ctx, error);
    }
    if (ctx.json) {
        const FileHash written = sha256File(ctx.output);
        const QString output = QFileInfo(ctx.output).absoluteFilePath();
        out() << QJsonDocument(QJsonObject{{QStringLiteral("run"), ctx.args.first()},
                                           {QStringLiteral("format"), ctx.format},
                                           {QStringLiteral("output"), output},
                                           {QStringLiteral("bytes"), written.bytes},
                                           {QStringLiteral("sha256"), written.hex},
                                           {QStringLiteral("sha256_file"),
                                            QString(output + QStringLiteral(".sha256"))}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
    }
    return Ok;
}

} // namespace runledger::cli
