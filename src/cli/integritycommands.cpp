// SPDX-License-Identifier: MIT
// runledger-cli verify and sha256.
#include "commands.h"

#include "cliio.h"

#include "integrity/checksumverifier.h"
#include "integrity/sha256file.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "tablewriter.h"
#include "text/textescape.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace runledger::cli {

bool pathMappings(const Context& ctx, QList<PathMapping>* mappings) {
    AppSettings settings;
    *mappings = settings.pathMappings();
    for (const QString& mapping : ctx.maps) {
        const auto m = ChecksumVerifier::parseMapping(mapping);
        if (!m) {
            usageError(ctx, QStringLiteral("--map takes FROM=TO, got '%1'").arg(mapping));
            return false;
        }
        mappings->prepend(*m); // the command line wins over Settings
    }
    return true;
}

int verifyCommand(const Context& ctx) {
    QList<PathMapping> mappings;
    if (!pathMappings(ctx, &mappings))
        return Usage;
    Database db;
    if (!openDatabase(db, ctx, true))
        return Usage;
    if (!ctx.run.isEmpty() && !ctx.experiment.isEmpty())
        return usageError(ctx, QStringLiteral("verify takes --run or --experiment, not both"));
    VerifyScope scope;
    if (!ctx.run.isEmpty()) {
        const qint64 runKey = runArgument(db, ctx, ctx.run);
        if (runKey == 0)
            return Usage;
        scope = VerifyScope::runs({runKey});
    } else if (!ctx.experiment.isEmpty()) {
        const qint64 experimentKey = experimentArgument(db, ctx, ctx.experiment);
        if (experimentKey == 0)
            return Usage;
        scope = VerifyScope::experiment(experimentKey);
    }
    const VerifySummary summary = ChecksumVerifier::verifyScope(db.connection(), scope, mappings);
    if (!summary.error.isEmpty())
        return usageError(ctx, summary.error);
    if (!summary.storeError.isEmpty())
        err() << "runledger-cli: the results could not be stored: "
              << terminalSafe(summary.storeError) << '\n';

    QJsonArray array;
    TableWriter table({QStringLiteral("RUN"), QStringLiteral("PATH"), QStringLiteral("STATUS"),
                       QStringLiteral("DETAIL")});
    for (const VerifyResult& r : summary.results) {
        const QString status = verifyStatusName(r.status);
        QJsonObject o{
            {QStringLiteral("experiment_id"), r.experimentId},
            {QStringLiteral("run_id"), r.runId},
            {QStringLiteral("path"), r.path},
            {QStringLiteral("resolved_path"), r.resolvedPath},
            {QStringLiteral("expected"), r.expected},
            {QStringLiteral("actual"), r.actual.isEmpty() ? QJsonValue() : QJsonValue(r.actual)},
            {QStringLiteral("status"), status}};
        if (!r.detail.isEmpty())
            o.insert(QStringLiteral("detail"), r.detail);
        array.append(o);
        table.addRow({r.runId, r.path, status, r.detail});
    }
    const VerifyTotals& totals = summary.totals;
    if (ctx.json) {
        QJsonObject t;
        for (const VerifyStatus s : kVerifyStatuses)
            t.insert(verifyStatusName(s), totals.count(s));
        out() << QJsonDocument(
                     QJsonObject{{QStringLiteral("results"), array}, {QStringLiteral("totals"), t}})
                     .toJson(QJsonDocument::Indented);
    } else {
        table.print(out());
        QStringList parts;
        for (const VerifyStatus s : kVerifyStatuses)
            parts << QStringLiteral("%1 %2").arg(totals.count(s)).arg(verifyStatusName(s));
        out() << parts.join(QStringLiteral(", ")) << '\n';
    }
    out().flush();
    const bool problem =
        totals.count(VerifyStatus::Mismatch) > 0 || totals.count(VerifyStatus::Missing) > 0;
    return problem ? Problem : Ok;
}

int sha256Command(const Context& ctx) {
    if (ctx.args.isEmpty()) {
        return usageError(ctx, QStringLiteral("sha256 needs at least one FILE"));
    }
    int code = Ok;
    QJsonArray files;
    for (const QString& path : ctx.args) {
        const FileHash h = sha256File(path);
        if (h.outcome != FileHash::Outcome::Ok) {
            err() << "runledger-cli: " << terminalSafe(path) << ": " << terminalSafe(h.detail)
                  << '\n';
            files.append(
                QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("error"), h.detail}});
            code = Usage;
            continue;
        }
        if (ctx.json)
            files.append(QJsonObject{{QStringLiteral("path"), path},
                                     {QStringLiteral("sha256"), h.hex},
                                     {QStringLiteral("bytes"), h.bytes}});
        else
            out() << h.hex << "  " << terminalSafe(path) << '\n';
    }
    if (ctx.json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("files"), files}})
                     .toJson(QJsonDocument::Indented);
    out().flush();
    return code;
}

} // namespace runledger::cli
