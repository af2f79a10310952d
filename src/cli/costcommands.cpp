// SPDX-License-Identifier: MIT
// runledger-cli tokens and budget.
#include "commands.h"

#include "cliio.h"

#include "domain/costledger.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "tablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace runledger::cli {

namespace {

QString number(qint64 n) {
    return QLocale::c().toString(n);
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
    if (ctx.budget.contains(QStringLiteral("timezone"))) {
        limits.timeZone = ctx.budget.value(QStringLiteral("timezone")).toUtf8();
        if (!QTimeZone(limits.timeZone).isValid()) {
            return usageError(ctx, QStringLiteral("unknown time zone '%1'")
                                       .arg(ctx.budget.value(QStringLiteral("timezone"))));
        }
    }
    if (ctx.budget.contains(QStringLiteral("week-start"))) {
        const QString w = ctx.budget.value(QStringLiteral("week-start")).toLower();
        if (w != QLatin1String("monday") && w != QLatin1String("sunday")) {
            return usageError(ctx, QStringLiteral("--week-start takes monday or sunday"));
        }
        limits.weekStart = w == QLatin1String("sunday") ? Qt::Sunday : Qt::Monday;
    }
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

} // namespace runledger::cli
