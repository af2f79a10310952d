// SPDX-License-Identifier: MIT
#include "commands.h"

#include "cliio.h"

#include "import/importer.h"
#include "import/importreportexport.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"
#include "storage/runlookup.h"
#include "storage/textsearch.h"
#include "tablewriter.h"
#include "text/textescape.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace runledger::cli {

namespace {

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int) {
    g_interrupted.store(true);
}

void printJson(const QJsonDocument& doc) {
    out() << doc.toJson(QJsonDocument::Indented) << Qt::flush;
}

QString money(const QJsonValue& v) {
    return v.isNull() ? QStringLiteral("-") : QStringLiteral("$%1").arg(v.toDouble(), 0, 'f', 4);
}

QString count(qint64 n) {
    return QLocale::c().toString(n);
}

// The main model, and how many others the run used: "claude-sonnet-4 +1".
QString modelsCell(const QJsonArray& models) {
    const QString main = models.isEmpty() ? QString() : models.first().toString();
    return models.size() > 1 ? QStringLiteral("%1 +%2").arg(main).arg(models.size() - 1) : main;
}

void printImportHuman(const ImportReport& report) {
    TableWriter table({QStringLiteral("FILE"), QStringLiteral("KIND"), QStringLiteral("LINES"),
                       QStringLiteral("IMPORTED"), QStringLiteral("DUPLICATES"),
                       QStringLiteral("REJECTED"), QStringLiteral("PENDING")},
                      {2, 3, 4, 5, 6});
    for (const FileReport& f : report.files) {
        if (f.unreadable)
            continue; // listed below with the reason
        QString kind = kindName(f.kind);
        if (f.unchanged)
            kind += QStringLiteral(" (unchanged)");
        table.addRow({f.path, kind, count(f.lines), count(f.imported), count(f.duplicates),
                      count(f.rejected),
                      f.pendingBytes ? QStringLiteral("%1 B").arg(f.pendingBytes) : QString()});
    }
    table.print(out());
    for (const FileReport& f : report.files) {
        const QString path = terminalSafe(f.path);
        if (f.unreadable)
            out() << path << ": FAILED, not read: " << terminalSafe(f.error) << '\n';
        else if (!f.error.isEmpty())
            out() << path << ": FAILED, nothing kept: " << terminalSafe(f.error) << '\n';
        if (!f.skipReason.isEmpty())
            out() << path << ": not imported: " << terminalSafe(f.skipReason) << '\n';
        for (const RejectedLine& r : f.rejectedLines)
            out() << path << ':' << r.line << ": rejected: " << terminalSafe(r.reason) << '\n';
        if (f.rejectedNotListed > 0)
            out() << path << ": " << f.rejectedNotListed << " more rejected lines not listed\n";
        for (const QString& note : f.notes)
            out() << path << ": note: " << terminalSafe(note) << '\n';
    }
    const ImportTotals& t = report.totals;
    out() << QStringLiteral("%1 files, %2 imported, %3 duplicates, %4 rejected, %5 not imported "
                            "(unknown kind), %6 failed")
                 .arg(count(t.files), count(t.imported), count(t.duplicates), count(t.rejected),
                      count(t.skippedFiles), count(t.failedFiles));
    if (t.unreadablePaths > 0)
        out() << ", " << count(t.unreadablePaths) << " paths not readable";
    out() << QStringLiteral(" in %1 s\n").arg(report.seconds, 0, 'f', 3);
    out().flush();
}

int importExitCode(const ImportReport& report) {
    if (!report.missingPaths.isEmpty() || !report.error.isEmpty())
        return Usage;
    const ImportTotals& t = report.totals;
    if (t.rejected > 0 || t.failedFiles > 0 || t.unreadablePaths > 0 || report.cancelled)
        return Problem;
    return Ok;
}

} // namespace

bool openDatabase(Database& db, const Context& ctx, bool mustExist) {
    if (db.open(ctx.dbPath, mustExist))
        return true;
    usageError(ctx, db.error());
    return false;
}

int usageError(bool json, const QString& reason) {
    // A reason may quote what the user or a log wrote: every control in it is
    // escaped except the line breaks of a multi-line message.
    QStringList lines = reason.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = terminalSafe(line);
    err() << "runledger-cli: " << lines.join(QLatin1Char('\n')) << '\n' << Qt::flush;
    if (json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("error"), reason},
                                           {QStringLiteral("exit_code"), int(Usage)}})
                     .toJson(QJsonDocument::Compact)
              << '\n'
              << Qt::flush;
    }
    return Usage;
}

int usageError(const Context& ctx, const QString& reason) {
    return usageError(ctx.json, reason);
}

qint64 runArgument(Database& db, const Context& ctx, const QString& spec) {
    const RunResolution r = resolveRun(db.connection(), spec);
    if (r.key == 0)
        usageError(ctx, r.error);
    return r.key;
}

qint64 experimentArgument(Database& db, const Context& ctx, const QString& spec) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM experiments WHERE experiment_id = ? UNION ALL "
                             "SELECT id FROM experiments WHERE name = ? LIMIT 1"));
    q.addBindValue(spec);
    q.addBindValue(spec);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    usageError(ctx, QStringLiteral("no experiment '%1'").arg(spec));
    return 0;
}

int importCommand(const Context& ctx) {
    if (ctx.args.isEmpty()) {
        return usageError(ctx, QStringLiteral("import needs at least one PATH"));
    }
    Database db;
    if (!openDatabase(db, ctx, false))
        return Usage;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    Importer importer(db);
    importer.setCancelFlag(&g_interrupted);
    const bool terminal = isatty(STDERR_FILENO) != 0;
    QElapsedTimer sinceStart, sinceShown;
    sinceStart.start();
    sinceShown.start();
    bool shown = false;
    if (terminal) {
        importer.setProgressCallback([&](const ImportProgress& p) {
            if (sinceStart.elapsed() < 1000 || sinceShown.elapsed() < 200)
                return;
            sinceShown.restart();
            shown = true;
            const double seconds = static_cast<double>(sinceStart.elapsed()) / 1000.0;
            const double mbs = static_cast<double>(p.bytesDone) / 1e6 / seconds;
            err() << QStringLiteral("\r\x1b[Kimporting: file %1/%2, %3 lines, %4 of %5 MB, "
                                    "%6 MB/s")
                         .arg(p.filesDone + 1)
                         .arg(p.filesTotal)
                         .arg(count(p.linesDone))
                         .arg(static_cast<double>(p.bytesDone) / 1e6, 0, 'f', 1)
                         .arg(static_cast<double>(p.bytesTotal) / 1e6, 0, 'f', 1)
                         .arg(mbs, 0, 'f', 1)
                  << Qt::flush;
        });
    }

    int exitCode = Ok;
    bool first = true;
    do {
        const ImportReport report = importer.importPaths(ctx.args);
        if (shown) {
            err() << "\r\x1b[K" << Qt::flush;
            shown = false;
        }
        for (const QString& missing : report.missingPaths)
            err() << "runledger-cli: no such file or folder: " << terminalSafe(missing) << '\n';
        if (!report.error.isEmpty())
            err() << "runledger-cli: " << terminalSafe(report.error) << '\n';
        const bool quiet = !first && report.totals.imported == 0 && report.totals.rejected == 0 &&
                           report.totals.failedFiles == 0;
        if (!quiet) {
            if (ctx.json) {
                const QJsonDocument doc(importReportToJson(report));
                // --watch prints one compact document per pass (JSON Lines).
                out() << doc.toJson(ctx.watch ? QJsonDocument::Compact : QJsonDocument::Indented);
                if (ctx.watch)
                    out() << '\n';
                out().flush();
            } else {
                printImportHuman(report);
            }
        }
        exitCode = std::max(exitCode, importExitCode(report));
        if (exitCode == Usage)
            return exitCode;
        first = false;
        for (int i = 0; ctx.watch && i < 10 && !g_interrupted.load(); ++i)
            QThread::msleep(100);
    } while (ctx.watch && !g_interrupted.load());
    return ctx.watch ? Ok : exitCode;
}

int summaryCommand(const Context& ctx) {
    Database db;
    if (!openDatabase(db, ctx, true))
        return Usage;
    QString error;
    const QJsonObject s = LedgerQueries(db.connection()).summary(&error);
    if (!error.isEmpty()) {
        return usageError(ctx, error);
    }
    if (ctx.json) {
        printJson(QJsonDocument(s));
        return Ok;
    }
    const QJsonObject events = s.value(QStringLiteral("events")).toObject();
    const QJsonObject byLevel = events.value(QStringLiteral("by_level")).toObject();
    out() << "Experiments:  " << count(s.value(QStringLiteral("experiments")).toInteger()) << '\n'
          << "Runs:         " << count(s.value(QStringLiteral("runs")).toInteger()) << '\n'
          << "Events:       " << count(events.value(QStringLiteral("total")).toInteger())
          << "  (debug " << count(byLevel.value(QStringLiteral("debug")).toInteger()) << ", info "
          << count(byLevel.value(QStringLiteral("info")).toInteger()) << ", warn "
          << count(byLevel.value(QStringLiteral("warn")).toInteger()) << ", error "
          << count(byLevel.value(QStringLiteral("error")).toInteger()) << ")\n"
          << "LLM calls:    " << count(s.value(QStringLiteral("llm_calls")).toInteger()) << '\n'
          << "Cost records: " << count(s.value(QStringLiteral("cost_records")).toInteger())
          << "  (actual " << money(s.value(QStringLiteral("cost_actual_total"))) << ", estimated "
          << money(s.value(QStringLiteral("cost_estimated_total"))) << ")\n\n";
    TableWriter table({QStringLiteral("MODEL"), QStringLiteral("CALLS"), QStringLiteral("INPUT"),
                       QStringLiteral("OUTPUT"), QStringLiteral("COST")},
                      {1, 2, 3, 4});
    const QJsonObject byModel = s.value(QStringLiteral("tokens_by_model")).toObject();
    for (auto it = byModel.begin(); it != byModel.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        table.addRow({it.key(), count(m.value(QStringLiteral("calls")).toInteger()),
                      count(m.value(QStringLiteral("input")).toInteger()),
                      count(m.value(QStringLiteral("output")).toInteger()),
                      money(m.value(QStringLiteral("cost_usd")))});
    }
    table.print(out());
    out().flush();
    return Ok;
}

int runsCommand(const Context& ctx) {
    Database db;
    if (!openDatabase(db, ctx, true))
        return Usage;
    qint64 experimentKey = 0;
    if (!ctx.experiment.isEmpty() &&
        (experimentKey = experimentArgument(db, ctx, ctx.experiment)) == 0)
        return Usage;
    QString error;
    const QJsonArray runs = LedgerQueries(db.connection()).runs(experimentKey, &error);
    if (!error.isEmpty()) {
        return usageError(ctx, error);
    }
    if (ctx.json) {
        printJson(QJsonDocument(runs));
        return Ok;
    }
    TableWriter table({QStringLiteral("RUN"), QStringLiteral("EXPERIMENT"),
                       QStringLiteral("STATUS"), QStringLiteral("STARTED"),
                       QStringLiteral("DURATION"), QStringLiteral("MODEL"),
                       QStringLiteral("TOKENS IN/OUT"), QStringLiteral("COST"),
                       QStringLiteral("SOURCE"), QStringLiteral("ERR/WARN")},
                      {4, 6, 7});
    for (const QJsonValue v : runs) {
        const QJsonObject r = v.toObject();
        const QJsonValue name = r.value(QStringLiteral("experiment_name"));
        const QJsonValue duration = r.value(QStringLiteral("duration_seconds"));
        table.addRow(
            {r.value(QStringLiteral("run_id")).toString(),
             name.isNull() ? r.value(QStringLiteral("experiment_id")).toString() : name.toString(),
             r.value(QStringLiteral("status")).toString(),
             r.value(QStringLiteral("started")).toString().left(19),
             duration.isNull() ? QStringLiteral("-")
                               : QStringLiteral("%1 s").arg(duration.toDouble(), 0, 'f', 1),
             modelsCell(r.value(QStringLiteral("models")).toArray()),
             count(r.value(QStringLiteral("input_tokens")).toInteger()) + QLatin1Char('/') +
                 count(r.value(QStringLiteral("output_tokens")).toInteger()),
             money(r.value(QStringLiteral("cost_usd"))),
             r.value(QStringLiteral("cost_source")).toString(),
             QStringLiteral("%1/%2")
                 .arg(r.value(QStringLiteral("errors")).toInteger())
                 .arg(r.value(QStringLiteral("warnings")).toInteger())});
    }
    table.print(out());
    out() << runs.size() << " runs\n";
    out().flush();
    return Ok;
}

int timelineCommand(const Context& ctx) {
    if (ctx.args.size() != 1) {
        return usageError(ctx, QStringLiteral("timeline needs exactly one RUN id"));
    }
    Database db;
    if (!openDatabase(db, ctx, true))
        return Usage;
    const qint64 runKey = runArgument(db, ctx, ctx.args.first());
    if (runKey == 0)
        return Usage;
    QString error;
    QJsonArray events;
    if (!LedgerQueries(db.connection()).timeline(runKey, &events, &error)) {
        return usageError(ctx, error);
    }
    if (ctx.json) {
        printJson(QJsonDocument(events));
        return Ok;
    }
    TableWriter table({QStringLiteral("OFFSET"), QStringLiteral("TIME"), QStringLiteral("LEVEL"),
                       QStringLiteral("EVENT"), QStringLiteral("MESSAGE")},
                      {0});
    for (const QJsonValue v : events) {
        const QJsonObject e = v.toObject();
        const QJsonValue offset = e.value(QStringLiteral("offset_seconds"));
        table.addRow({offset.isNull() ? QString()
                                      : QStringLiteral("+%1 s").arg(offset.toDouble(), 0, 'f', 3),
                      e.value(QStringLiteral("timestamp")).toString(),
                      e.value(QStringLiteral("level")).toString(),
                      e.value(QStringLiteral("event")).toString(),
                      e.value(QStringLiteral("message")).toString()});
    }
    table.print(out());
    out().flush();
    return Ok;
}

int searchCommand(const Context& ctx) {
    const QString expression = TextSearch::matchExpression(ctx.args.join(QLatin1Char(' ')), false);
    if (expression.isEmpty())
        return usageError(ctx, QStringLiteral("search needs TEXT with a letter or digit"));
    bool limitOk = true;
    const int limit = ctx.limit.isEmpty() ? 100 : ctx.limit.toInt(&limitOk);
    if (!limitOk || limit < 1)
        return usageError(ctx, QStringLiteral("--limit needs a whole number of at least 1"));
    Database db;
    if (!openDatabase(db, ctx, true))
        return Usage;
    qint64 runKey = 0;
    if (!ctx.run.isEmpty() && (runKey = runArgument(db, ctx, ctx.run)) == 0)
        return Usage;
    QString error;
    const QJsonArray hits =
        LedgerQueries(db.connection()).search(expression, runKey, limit, &error);
    if (!error.isEmpty())
        return usageError(ctx, error);
    if (ctx.json) {
        printJson(QJsonDocument(hits));
        return Ok;
    }
    TableWriter table({QStringLiteral("TIME"), QStringLiteral("RUN"), QStringLiteral("LEVEL"),
                       QStringLiteral("EVENT"), QStringLiteral("MATCH"), QStringLiteral("SOURCE")});
    for (const QJsonValue v : hits) {
        const QJsonObject h = v.toObject();
        const RunName run{0, h.value(QStringLiteral("experiment_id")).toString(),
                          h.value(QStringLiteral("run_id")).toString()};
        const QJsonObject source = h.value(QStringLiteral("source")).toObject();
        table.addRow({h.value(QStringLiteral("timestamp")).toString(),
                      run.runId.isEmpty() ? run.experimentId : run.qualified(),
                      h.value(QStringLiteral("level")).toString(),
                      h.value(QStringLiteral("event")).toString(),
                      h.value(QStringLiteral("snippet")).toString(),
                      source.value(QStringLiteral("path")).toString() + QLatin1Char(':') +
                          QString::number(source.value(QStringLiteral("line")).toInteger())});
    }
    table.print(out());
    out() << hits.size() << (hits.size() == 1 ? " match" : " matches")
          << (hits.size() == limit ? " (the newest; --limit for more)\n" : "\n");
    out().flush();
    return Ok;
}

} // namespace runledger::cli
