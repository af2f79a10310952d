// SPDX-License-Identifier: MIT
// runledger-cli tokens, budget and costs.
#include "commands.h"

#include "cliio.h"

#include "domain/costledger.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "tablewriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <cmath>
#include <tuple>

namespace runledger::cli {

namespace {

QString number(qint64 n) {
    return QLocale::c().toString(n);
}

// USD as every cost table prints it: $1234.5678, -$0.0100.
QString money(double usd) {
    const QString digits = QString::number(std::abs(usd), 'f', 4);
    return (usd < 0 && digits != QLatin1String("0.0000") ? QStringLiteral("-$")
                                                         : QStringLiteral("$")) +
           digits;
}

// --timezone and --week-start over the settings' budget calendar; false
// after reporting a bad value.
bool calendarOptions(const Context& ctx, BudgetLimits* limits) {
    if (ctx.budget.contains(QStringLiteral("timezone"))) {
        limits->timeZone = ctx.budget.value(QStringLiteral("timezone")).toUtf8();
        if (!QTimeZone(limits->timeZone).isValid()) {
            usageError(ctx, QStringLiteral("unknown time zone '%1'")
                                .arg(ctx.budget.value(QStringLiteral("timezone"))));
            return false;
        }
    }
    if (ctx.budget.contains(QStringLiteral("week-start"))) {
        const QString w = ctx.budget.value(QStringLiteral("week-start")).toLower();
        if (w != QLatin1String("monday") && w != QLatin1String("sunday")) {
            usageError(ctx, QStringLiteral("--week-start takes monday or sunday"));
            return false;
        }
        limits->weekStart = w == QLatin1String("sunday") ? Qt::Sunday : Qt::Monday;
    }
    return true;
}

// What `costs` was asked, checked before the database is opened.
struct CostsQuestion {
    QString by;
    BudgetLimits limits;
    QDate from, to; // local dates, inclusive; invalid: open
    PriceTable prices;
    QList<ModelSubstitution> whatIf;
};

// Reads and checks the options of `costs`; false after reporting one.
bool readCostsQuestion(const Context& ctx, CostsQuestion* q) {
    AppSettings settings;
    q->by = ctx.by.isEmpty() ? QStringLiteral("model") : ctx.by;
    if (!CostLedger::dimensions().contains(q->by)) {
        usageError(ctx,
                   QStringLiteral("--by takes model, step, run, day, week, month or experiment"));
        return false;
    }
    q->limits = settings.budgetLimits();
    if (!calendarOptions(ctx, &q->limits))
        return false;
    for (const auto& [text, date, option] :
         {std::tuple{ctx.from, &q->from, "--from"}, std::tuple{ctx.to, &q->to, "--to"}}) {
        *date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date->isValid()) {
            usageError(ctx, QStringLiteral("%1 takes a date such as 2025-10-08, not '%2'")
                                .arg(QLatin1String(option), text));
            return false;
        }
    }
    if (q->from.isValid() && q->to.isValid() && q->from > q->to) {
        usageError(ctx, QStringLiteral("--from is after --to"));
        return false;
    }
    q->prices = settings.priceTable();
    if (!ctx.prices.isEmpty()) {
        QFile f(ctx.prices);
        const bool readable = f.open(QIODevice::ReadOnly);
        QString error = f.errorString();
        const std::optional<PriceTable> table =
            readable ? PriceTable::fromJson(f.readAll(), &error) : std::nullopt;
        if (!table) {
            usageError(ctx, QStringLiteral("--prices %1: %2").arg(ctx.prices, error));
            return false;
        }
        q->prices = *table;
    }
    for (const QString& text : ctx.whatIf) {
        const std::optional<ModelSubstitution> s = ModelSubstitution::parse(text);
        if (!s) {
            usageError(
                ctx,
                QStringLiteral("--what-if takes FROM=TO (two model names), not '%1'").arg(text));
            return false;
        }
        q->whatIf.append(*s);
    }
    return true;
}

QJsonObject costsJson(const QString& by, const CostTotal& total, const QList<CostRow>& rows,
                      bool whatIf) {
    QJsonArray array;
    for (const CostRow& r : rows) {
        QJsonObject row{
            {QStringLiteral("key"), r.key},
            {QStringLiteral("cost_usd"), r.usd},
            {QStringLiteral("estimated_usd"), r.estimatedUsd},
            {QStringLiteral("items"), r.items},
            {QStringLiteral("what_if_usd"), whatIf ? QJsonValue(r.whatIfUsd) : QJsonValue()}};
        if (by == QLatin1String("run") || by == QLatin1String("experiment"))
            row.insert(QStringLiteral("experiment_id"),
                       r.experimentId.isEmpty() ? QJsonValue() : QJsonValue(r.experimentId));
        if (by == QLatin1String("run"))
            row.insert(QStringLiteral("run_id"),
                       r.runId.isEmpty() ? QJsonValue() : QJsonValue(r.runId));
        array.append(row);
    }
    const CostCoverage& c = total.coverage;
    QJsonObject doc{
        {QStringLiteral("by"), by},
        {QStringLiteral("total_usd"), total.usd},
        {QStringLiteral("estimated_usd"), total.estimatedUsd},
        {QStringLiteral("coverage"), QJsonObject{{QStringLiteral("calls"), c.calls},
                                                 {QStringLiteral("logged"), c.logged},
                                                 {QStringLiteral("estimated"), c.estimated},
                                                 {QStringLiteral("unpriced"), c.unpriced}}},
        {QStringLiteral("rows"), array}};
    if (whatIf) {
        doc.insert(QStringLiteral("what_if_total_usd"), total.whatIfUsd);
        doc.insert(QStringLiteral("saving_usd"),
                   std::round((total.usd - total.whatIfUsd) * 1e9) / 1e9);
    }
    return doc;
}

void printCosts(const QString& by, const CostTotal& total, const QList<CostRow>& rows,
                bool whatIf) {
    QStringList headers{by.toUpper(), QStringLiteral("COST"), QStringLiteral("ESTIMATED"),
                        QStringLiteral("ITEMS")};
    if (whatIf)
        headers << QStringLiteral("WHAT-IF");
    TableWriter table(headers, {1, 2, 3, 4});
    for (const CostRow& r : rows) {
        QStringList cells{r.key, money(r.usd), money(r.estimatedUsd), number(r.items)};
        if (whatIf)
            cells << money(r.whatIfUsd);
        table.addRow(cells);
    }
    table.print(out());
    const CostCoverage& c = total.coverage;
    out() << "Total " << money(total.usd) << ", of which " << money(total.estimatedUsd)
          << " estimated from the price table. LLM calls of runs priced from their calls: "
          << number(c.calls) << " (" << number(c.logged) << " with their own cost, "
          << number(c.estimated) << " estimated, " << number(c.unpriced) << " unpriced).\n";
    if (whatIf)
        out() << "What-if total " << money(total.whatIfUsd) << ", saving "
              << money(total.usd - total.whatIfUsd) << ".\n";
    out().flush();
}

} // namespace

int tokensCommand(const Context& ctx) {
    const QString by = ctx.by.isEmpty() ? QStringLiteral("model") : ctx.by;
    if (!QStringList({QStringLiteral("step"), QStringLiteral("model"), QStringLiteral("component"),
                      QStringLiteral("day")})
             .contains(by)) {
        return usageError(ctx, QStringLiteral("--by takes step, model, component or day"));
    }
    Database db;
    if (!openDatabase(db, ctx, true))
        return Usage;
    CostScope scope;
    if (!ctx.run.isEmpty()) {
        scope.runKey = runArgument(db, ctx, ctx.run);
        if (scope.runKey == 0)
            return Usage;
    }
    if (!ctx.experiment.isEmpty()) {
        scope.experimentKey = experimentArgument(db, ctx, ctx.experiment);
        if (scope.experimentKey == 0)
            return Usage;
    }
    AppSettings settings;
    CostLedger ledger(db.connection(), settings.priceTable());
    QString error;
    const BudgetCalendar calendar(settings.budgetLimits());
    const QList<TokenRow> rows = ledger.tokens(by, scope, &error, &calendar);
    if (!error.isEmpty()) {
        return usageError(ctx, error);
    }
    if (ctx.json) {
        QJsonArray array;
        for (const TokenRow& r : rows)
            array.append(QJsonObject{{QStringLiteral("key"), r.key},
                                     {QStringLiteral("calls"), r.calls},
                                     {QStringLiteral("input"), r.input},
                                     {QStringLiteral("output"), r.output},
                                     {QStringLiteral("cost_usd"), r.costUsd}});
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    TableWriter table({by.toUpper(), QStringLiteral("CALLS"), QStringLiteral("INPUT"),
                       QStringLiteral("OUTPUT"), QStringLiteral("COST")},
                      {1, 2, 3, 4});
    for (const TokenRow& r : rows)
        table.addRow({r.key, number(r.calls), number(r.input), number(r.output),
                      QStringLiteral("$%1").arg(r.costUsd, 0, 'f', 4)});
    table.print(out());
    out().flush();
    return Ok;
}

int budgetCommand(const Context& ctx) {
    AppSettings settings;
    BudgetLimits limits = settings.budgetLimits();
    auto amount = [&](const QString& key, std::optional<double>* into) {
        if (!ctx.budget.contains(key))
            return true;
        bool ok = false;
        const double v = ctx.budget.value(key).toDouble(&ok);
        if (!ok || v < 0) {
            usageError(ctx, QStringLiteral("--%1 takes a non-negative amount in USD").arg(key));
            return false;
        }
        *into = v;
        return true;
    };
    auto fraction = [&](const QString& key, double* into) {
        if (!ctx.budget.contains(key))
            return true;
        bool ok = false;
        const double v = ctx.budget.value(key).toDouble(&ok);
        if (!ok || v <= 0 || v > 10) {
            usageError(ctx, QStringLiteral("--%1 takes a fraction such as 0.8").arg(key));
            return false;
        }
        *into = v;
        return true;
    };
    if (!amount(QStringLiteral("daily"), &limits.daily) ||
        !amount(QStringLiteral("weekly"), &limits.weekly) ||
        !amount(QStringLiteral("monthly"), &limits.monthly) ||
        !fraction(QStringLiteral("warn-threshold"), &limits.warnThreshold) ||
        !fraction(QStringLiteral("block-threshold"), &limits.blockThreshold))
        return Usage;
    if (!calendarOptions(ctx, &limits))
        return Usage;
    const BudgetCalendar calendar(limits);
    QDate day = calendar.localDate(QDateTime::currentMSecsSinceEpoch() * 1000);
    if (!ctx.at.isEmpty()) {
        day = QDate::fromString(ctx.at, Qt::ISODate);
        if (!day.isValid()) {
            return usageError(ctx, QStringLiteral("--at takes a date such as 2025-10-08"));
        }
    }
    Database db;
    if (!openDatabase(db, ctx, true))
        return Usage;
    CostLedger ledger(db.connection(), settings.priceTable());
    QString error;
    const QList<PeriodStatus> periods = ledger.budget(limits, day, &error);
    if (!error.isEmpty()) {
        return usageError(ctx, error);
    }
    if (periods.isEmpty())
        err() << "runledger-cli: no budget limits set (Settings, or --daily/--weekly/--monthly)\n";
    bool blocked = false;
    QJsonArray array;
    TableWriter table({QStringLiteral("PERIOD"), QStringLiteral("FROM"), QStringLiteral("TO"),
                       QStringLiteral("LIMIT"), QStringLiteral("SPENT"),
                       QStringLiteral("REMAINING"), QStringLiteral("USED"),
                       QStringLiteral("STATUS")},
                      {3, 4, 5, 6});
    for (const PeriodStatus& p : periods) {
        blocked = blocked || p.status == BudgetStatus::Exceeded;
        array.append(
            QJsonObject{{QStringLiteral("period"), budgetPeriodName(p.range.period)},
                        {QStringLiteral("start"), p.range.first.toString(Qt::ISODate)},
                        {QStringLiteral("end"), p.range.last.toString(Qt::ISODate)},
                        {QStringLiteral("limit"), p.limit},
                        {QStringLiteral("spent"), p.spent},
                        {QStringLiteral("remaining"), p.remaining},
                        {QStringLiteral("percent_used"), p.percentUsed},
                        {QStringLiteral("status"), budgetStatusName(p.status)},
                        {QStringLiteral("resets_at"),
                         QDateTime::fromMSecsSinceEpoch(p.range.endUs / 1000, calendar.zone())
                             .toString(Qt::ISODate)}});
        table.addRow(
            {budgetPeriodName(p.range.period), p.range.first.toString(Qt::ISODate),
             p.range.last.toString(Qt::ISODate), QStringLiteral("$%1").arg(p.limit, 0, 'f', 2),
             QStringLiteral("$%1").arg(p.spent, 0, 'f', 4),
             QStringLiteral("$%1").arg(p.remaining, 0, 'f', 4),
             QStringLiteral("%1%").arg(p.percentUsed, 0, 'f', 1), budgetStatusName(p.status)});
    }
    if (ctx.json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("periods"), array},
                                           {QStringLiteral("time_zone"),
                                            QString::fromUtf8(calendar.zone().id())},
                                           {QStringLiteral("at"), day.toString(Qt::ISODate)}})
                     .toJson(QJsonDocument::Indented);
    } else {
        table.print(out());
    }
    out().flush();
    return blocked ? Problem : Ok;
}

int costsCommand(const Context& ctx) {
    CostsQuestion q;
    if (!readCostsQuestion(ctx, &q))
        return Usage;
    Database db;
    if (!openDatabase(db, ctx, true))
        return Usage;
    CostScope scope;
    if (!ctx.run.isEmpty() && (scope.runKey = runArgument(db, ctx, ctx.run)) == 0)
        return Usage;
    if (!ctx.experiment.isEmpty() &&
        (scope.experimentKey = experimentArgument(db, ctx, ctx.experiment)) == 0)
        return Usage;
    const BudgetCalendar calendar(q.limits);
    if (q.from.isValid())
        scope.fromUs = calendar.startOfDay(q.from);
    if (q.to.isValid())
        scope.toUs = calendar.startOfDay(q.to.addDays(1));
    CostLedger ledger(db.connection(), q.prices);
    QString error;
    if (!ledger.setWhatIf(q.whatIf, &error))
        return usageError(ctx, QStringLiteral("--what-if: %1").arg(error));
    const CostTotal total = ledger.total(scope, &error);
    const QList<CostRow> rows =
        error.isEmpty() ? ledger.by(q.by, scope, &error, &calendar) : QList<CostRow>();
    if (!error.isEmpty())
        return usageError(ctx, error);
    if (ctx.json)
        out() << QJsonDocument(costsJson(q.by, total, rows, ledger.hasWhatIf()))
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
    else
        printCosts(q.by, total, rows, ledger.hasWhatIf());
    return Ok;
}

} // namespace runledger::cli
