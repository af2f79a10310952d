// SPDX-License-Identifier: MIT
// runledger-cli: imports, summaries and checks from scripts, no display needed.
#include "commands.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace runledger;

namespace {

// A PDF report needs fonts, that is a QGuiApplication; every other command
// runs on a QCoreApplication. Without a display the offscreen platform serves.
bool needsGui(int argc, char* argv[]) {
    bool report = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        report = report || a == "report";
        pdf = pdf || a == "pdf" || a == "--format=pdf";
    }
    return report && pdf;
}

} // namespace

int main(int argc, char* argv[]) {
    std::unique_ptr<QCoreApplication> appHolder;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        appHolder = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        appHolder = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("runledger"));
    QCoreApplication::setOrganizationName(QStringLiteral("runledger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNLEDGER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports Persona experiment logs into a RunLedger database and reports on them.\n\n"
        "Commands:\n"
        "  import PATH... [--watch]   import files and folders (incremental, idempotent)\n"
        "  summary                    counts of experiments, runs, events, calls and costs\n"
        "  runs [--experiment ID]     one line per run: status, times, model, tokens, cost\n"
        "  timeline RUN               a run's events in time order\n"
        "  search TEXT [--run RUN] [--limit N]\n"
        "                             events and structured entries holding every word of\n"
        "                             TEXT, newest first (default limit 100)\n"
        "  tokens [--by step|model|component|day] [--run RUN] [--experiment ID]\n"
        "                             token usage of LLM calls\n"
        "  budget [--at DATE] [--daily USD] [--weekly USD] [--monthly USD]\n"
        "         [--warn-threshold F] [--block-threshold F] [--timezone ZONE]\n"
        "         [--week-start monday|sunday]\n"
        "                             spend against budgets (exit 1 at the block threshold)\n"
        "  costs [--by model|step|run|day|week|month|experiment] [--run RUN]\n"
        "        [--experiment ID] [--from DATE] [--to DATE] [--timezone ZONE]\n"
        "        [--week-start monday|sunday] [--prices FILE] [--what-if FROM=TO]...\n"
        "                             the cost ledger of the app's Costs view\n"
        "  verify [--run RUN | --experiment ID] [--map FROM=TO]...\n"
        "                             re-hash recorded data files (exit 1 on mismatch/missing)\n"
        "  sha256 FILE...             SHA-256 of files, as sha256sum prints it\n"
        "  report RUN --format md|html|pdf|json -o FILE\n"
        "                             a run's reproducibility report (and FILE.sha256)\n"
        "  verify-report REPORT.json [--map FROM=TO]...\n"
        "                             re-check a JSON report offline: its data files and\n"
        "                             its .sha256 (exit 1 on any problem)\n\n"
        "Exit status: 0 success, 1 a problem to act on (e.g. rejected lines), 2 usage error "
        "or unreadable input."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file (default: %1).").arg(Database::defaultPath()),
        QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON document on stdout."));
    const QCommandLineOption experimentOption(QStringLiteral("experiment"),
                                              QStringLiteral("Only this experiment (id or name)."),
                                              QStringLiteral("ID"));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        QStringLiteral("import: keep importing what is appended or created until interrupted."));
    const QCommandLineOption byOption(
        QStringLiteral("by"),
        QStringLiteral("tokens: step, model, component or day; costs: model, step, run, day, "
                       "week, month or experiment."),
        QStringLiteral("KEY"), QStringLiteral("model"));
    const QCommandLineOption runOption(
        QStringLiteral("run"), QStringLiteral("tokens, costs, verify, search: only this run."),
        QStringLiteral("RUN"));
    const QCommandLineOption atOption(
        QStringLiteral("at"), QStringLiteral("budget: the day (YYYY-MM-DD, default today)."),
        QStringLiteral("DATE"));
    QList<QCommandLineOption> budgetOptions;
    for (const auto& [name, help] :
         {std::pair{"daily", "budget: daily limit in USD."},
          std::pair{"weekly", "budget: weekly limit in USD."},
          std::pair{"monthly", "budget: monthly limit in USD."},
          std::pair{"warn-threshold", "budget: warning fraction of a limit (default 0.8)."},
          std::pair{"block-threshold", "budget: blocking fraction of a limit (default 1.0)."},
          std::pair{"timezone", "budget, costs: IANA time zone of days, weeks and months."},
          std::pair{"week-start", "budget, costs: monday or sunday."}})
        budgetOptions.append(QCommandLineOption(
            QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("VALUE")));
    parser.addOptions(
        {dbOption, jsonOption, experimentOption, watchOption, byOption, runOption, atOption});
    parser.addOptions(budgetOptions);
    const QCommandLineOption mapOption(
        QStringLiteral("map"),
        QStringLiteral("verify, verify-report: read recorded prefix FROM at TO."),
        QStringLiteral("FROM=TO"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("report: md, html, pdf or json."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("report: the file to write."), QStringLiteral("FILE"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), QStringLiteral("costs: from this local day on (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("costs: up to and including this local day."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption pricesOption(
        QStringLiteral("prices"),
        QStringLiteral("costs: price table JSON file instead of the app's price table."),
        QStringLiteral("FILE"));
    const QCommandLineOption whatIfOption(
        QStringLiteral("what-if"),
        QStringLiteral("costs: also price model FROM's calls at model TO's prices (repeatable)."),
        QStringLiteral("FROM=TO"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("search: at most N matches (default 100)."),
                                         QStringLiteral("N"));
    parser.addOptions({mapOption, formatOption, outputOption, fromOption, toOption, pricesOption,
                       whatIfOption, limitOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("one of the commands above"));

    QTextStream err(stderr);
    if (!parser.parse(QCoreApplication::arguments())) {
        return cli::usageError(
            QCoreApplication::arguments().contains(QStringLiteral("--json")),
            QStringLiteral("%1\nTry 'runledger-cli --help'.").arg(parser.errorText()));
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "runledger-cli " << RUNLEDGER_VERSION << '\n';
        return cli::Ok;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return cli::Ok;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return cli::usageError(parser.isSet(jsonOption),
                               QStringLiteral("no command given\nTry 'runledger-cli --help'."));
    }
    cli::Context ctx;
    ctx.dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    ctx.json = parser.isSet(jsonOption);
    ctx.experiment = parser.value(experimentOption);
    ctx.watch = parser.isSet(watchOption);
    ctx.by = parser.value(byOption);
    ctx.run = parser.value(runOption);
    ctx.at = parser.value(atOption);
    for (const QCommandLineOption& o : std::as_const(budgetOptions)) {
        if (parser.isSet(o))
            ctx.budget.insert(o.names().first(), parser.value(o));
    }
    ctx.maps = parser.values(mapOption);
    ctx.format = parser.value(formatOption);
    ctx.output = parser.value(outputOption);
    ctx.from = parser.value(fromOption);
    ctx.to = parser.value(toOption);
    ctx.prices = parser.value(pricesOption);
    ctx.whatIf = parser.values(whatIfOption);
    ctx.limit = parser.value(limitOption);
    const QString command = positional.takeFirst();
    ctx.args = positional;

    if (command == QLatin1String("import"))
        return cli::importCommand(ctx);
    if (command == QLatin1String("summary"))
        return cli::summaryCommand(ctx);
    if (command == QLatin1String("runs"))
        return cli::runsCommand(ctx);
    if (command == QLatin1String("timeline"))
        return cli::timelineCommand(ctx);
    if (command == QLatin1String("search"))
        return cli::searchCommand(ctx);
    if (command == QLatin1String("tokens"))
        return cli::tokensCommand(ctx);
    if (command == QLatin1String("budget"))
        return cli::budgetCommand(ctx);
    if (command == QLatin1String("costs"))
        return cli::costsCommand(ctx);
    if (command == QLatin1String("verify"))
        return cli::verifyCommand(ctx);
    if (command == QLatin1String("sha256"))
        return cli::sha256Command(ctx);
    if (command == QLatin1String("report"))
        return cli::reportCommand(ctx);

    // Re-checking a JSON report offline (no database needed).
    if (command == QLatin1String("verify-report"))
        return cli::verifyReportCommand(ctx);

    return cli::usageError(
        ctx, QStringLiteral("unknown command '%1'\nTry 'runledger-cli --help'.").arg(command));
}
