// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace runledger {
class Database;
struct PathMapping;
} // namespace runledger

namespace runledger::cli {

// Exit statuses of the CLI contract.
enum ExitCode { Ok = 0, Problem = 1, Usage = 2 };

struct Context {
    QString dbPath;
    bool json = false;
    QStringList args; // positional arguments after the command name
    QString experiment;
    bool watch = false;
    QString by;  // tokens --by
    QString run; // tokens, verify, search --run
    QString at;  // budget --at
    QMap<QString, QString>
        budget;       // budget overrides: daily, weekly, monthly, warn, block, timezone, week-start
    QStringList maps; // verify --map FROM=TO
    QString format;   // report --format
    QString output;   // report -o
    QString from, to; // costs --from, --to (local dates)
    QString prices;   // costs --prices FILE
    QStringList whatIf; // costs --what-if FROM=TO
    QString limit;      // search --limit
};

// Prints "runledger-cli: <reason>" on stderr (controls escaped, line breaks
// kept) and, with --json, {"error": reason}
// on stdout (so a --json caller always gets one JSON document); returns the
// usage exit code.
int usageError(const Context& ctx, const QString& reason);
// The same for errors found before a Context exists (option parsing).
int usageError(bool json, const QString& reason);

// Opens --db; on failure reports it (usageError) and returns false.
bool openDatabase(Database& db, const Context& ctx, bool mustExist);

// The run a RUN argument names (RUN_ID when unique, EXPERIMENT_ID/RUN_ID
// always); 0 after reporting an unknown or ambiguous name (exit Usage).
qint64 runArgument(Database& db, const Context& ctx, const QString& spec);
// The experiment --experiment names (by id or folder name); 0 after
// reporting an unknown one (exit Usage).
qint64 experimentArgument(Database& db, const Context& ctx, const QString& spec);

// The path mappings of verify and verify-report: each --map (FROM=TO), then
// those in Settings. false after reporting a malformed --map (exit Usage).
bool pathMappings(const Context& ctx, QList<PathMapping>* mappings);

int importCommand(const Context& ctx);
int summaryCommand(const Context& ctx);
int runsCommand(const Context& ctx);
int timelineCommand(const Context& ctx);
int searchCommand(const Context& ctx);
int tokensCommand(const Context& ctx);
int budgetCommand(const Context& ctx);
int costsCommand(const Context& ctx);
int verifyCommand(const Context& ctx);
int sha256Command(const Context& ctx);
int reportCommand(const Context& ctx);

// verify-report REPORT.json [--map FROM=TO]...
int verifyReportCommand(const Context& ctx);

} // namespace runledger::cli
