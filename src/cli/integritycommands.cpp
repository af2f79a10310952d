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
    qint64 runKey = 0;
    if (!ctx.run.isEmpty()) {
        runKey = runArgument(db, ctx, ctx.run);
        if (runKey == 0)
            return Usage;
    }
    QString error;
    const QList<VerifyTarget> targets =
        ChecksumVerifier::targets(db.connection(), runKey, mappings, &error);
    if (!error.isEmpty()) {
        return usageError(ctx, error);
    }
    const QList<VerifyResult> results =
        ChecksumVerifier::verify(targets, QDateTime::currentMSecsSinceEpoch() * 1000);
    error = ChecksumVerifier::store(db.connection(), results);
    if (!error.isEmpty())
        err() << "runledger-cli: the results could not be stored: " << terminalSafe(error) << '\n';

    QMap<QString, int> totals;
    for (const char* s : {"ok", "mismatch", "missing", "unreadable", "invalid_checksum"})
        totals.insert(QLatin1String(s), 0);
    bool problem = false;
    QJsonArray array;
    TableWriter table({QStringLiteral("RUN"), QStringLiteral("PATH"), QStringLiteral("STATUS"),
                       QStringLiteral("DETAIL")});
    for (const VerifyResult& r : results) {
        const QString status = verifyStatusName(r.status);
        totals[status] += 1;
        problem =
            problem || r.status == VerifyStatus::Mismatch || r.status == VerifyStatus::Missing;
        QJsonObject o{
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
    if (ctx.json) {
        QJsonObject t;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            t.insert(it.key(), it.value());
        out() << QJsonDocument(
                     QJsonObject{{QStringLiteral("results"), array}, {QStringLiteral("totals"), t}})
                     .toJson(QJsonDocument::Indented);
    } else {
        table.print(out());
        QStringList parts;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        out() << parts.join(QStringLiteral(", ")) << '\n';
    }
    out().flush();
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
