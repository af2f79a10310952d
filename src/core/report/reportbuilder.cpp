// SPDX-License-Identifier: MIT
#include "reportbuilder.h"

#include "domain/costledger.h"
#include "import/timestamp.h"
#include "integrity/checksumverifier.h"
#include "storage/ledgerqueries.h"
#include "text/textescape.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace runledger {

namespace {

QJsonValue decoded(const QString& jsonText) {
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + jsonText.toUtf8() + "]");
    return d.isArray() ? d.array().at(0) : QJsonValue(jsonText);
}

QString display(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("–");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d, 'g', 12);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString::fromUtf8(
            QJsonDocument(v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                .toJson(QJsonDocument::Compact));
    }
}

QString money(double v) {
    return QStringLiteral("$%1").arg(v, 0, 'f', 6);
}

QString htmlEscape(const QString& s) {
    return s.toHtmlEscaped();
}

// A table as Markdown or HTML from the same rows; every cell is escaped for
// its format, headers are the writer's own.
QString table(const QStringList& headers, const QList<QStringList>& rows, bool html) {
    QString out;
    if (html) {
        out += QStringLiteral("<table width=\"100%\"><thead><tr>");
        for (const QString& h : headers)
            out += QStringLiteral("<th>") + htmlEscape(h) + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead><tbody>\n");
        for (const QStringList& r : rows) {
            out += QStringLiteral("<tr>");
            for (const QString& c : r)
                out += QStringLiteral("<td>") + htmlEscape(c) + QStringLiteral("</td>");
            out += QStringLiteral("</tr>\n");
        }
        return out + QStringLiteral("</tbody></table>\n");
    }
    if (rows.isEmpty())
        return QStringLiteral("_None._\n");
    out += QStringLiteral("| ") + headers.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < headers.size(); ++i)
        out += QStringLiteral(" --- |");
    out += QLatin1Char('\n');
    for (const QStringList& r : rows) {
        QStringList cells;
        for (const QString& c : r)
            cells << markdownInline(c);
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return out;
}

QList<QStringList> objectRows(const QJsonObject& o) {
    QList<QStringList> rows;
    for (auto it = o.begin(); it != o.end(); ++it)
        rows << QStringList{it.key(), display(it.value())};
    return rows;
}

} // namespace

ReportBuilder::ReportBuilder(QSqlDatabase& db, PriceTable prices, BudgetLimits limits)
    : m_db(db)
    , m_prices(std::move(prices))
    , m_limits(std::move(limits)) {}

QJsonObject ReportBuilder::build(qint64 runKey, const QDateTime& generatedAt, QString* error) {
    QJsonObject report;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.run_id, e.experiment_id, e.name, e.folder, r.status, r.started_us, "
        "r.ended_us, r.duration_seconds, r.model, r.provider, r.llm_calls, r.input_tokens, "
        "r.output_tokens FROM runs r LEFT JOIN experiments e ON e.id = r.experiment_ref WHERE "
        "r.id = ?"));
    q.addBindValue(runKey);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text().isEmpty() ? QStringLiteral("no run with key %1").arg(runKey)
                                                : q.lastError().text();
        return report;
    }
    const QVariant started = q.value(6);
    const QString experimentFolder = q.value(4).toString();
    report.insert(
        QStringLiteral("run"),
        QJsonObject{{QStringLiteral("run_id"), q.value(1).toString()},
                    {QStringLiteral("experiment_id"), q.value(2).toString()},
                    {QStringLiteral("experiment_name"), q.value(3).toString()},
                    {QStringLiteral("status"), q.value(5).toString()},
                    {QStringLiteral("started"), LedgerQueries::isoTime(started)},
                    {QStringLiteral("ended"), LedgerQueries::isoTime(q.value(7))},
                    {QStringLiteral("duration_seconds"),
                     q.value(8).isNull() ? QJsonValue() : QJsonValue(q.value(8).toDouble())},
                    {QStringLiteral("model"), q.value(9).toString()},
                    {QStringLiteral("provider"), q.value(10).toString()}});
    const qint64 calls = q.value(11).toLongLong();
    auto keyed = [&](const QString& sql) {
        QJsonObject o;
        QSqlQuery k(m_db);
        k.prepare(sql);
        k.addBindValue(runKey);
        if (k.exec()) {
            while (k.next())
                o.insert(k.value(0).toString(), k.value(1).toString());
        }
        return o;
    };
    // Configuration with extras marked; values keep their JSON types.
    QJsonObject configuration, extras;
    {
        QSqlQuery k(m_db);
        k.prepare(QStringLiteral(
            "SELECT key, value, is_extra FROM run_config WHERE run_ref = ? ORDER BY key"));
        k.addBindValue(runKey);
        if (k.exec()) {
            while (k.next()) {
                configuration.insert(k.value(0).toString(), decoded(k.value(1).toString()));
                if (k.value(2).toBool())
                    extras.insert(k.value(0).toString(), true);
            }
        }
    }
    report.insert(QStringLiteral("configuration"), configuration);
    report.insert(QStringLiteral("configuration_extra_keys"),
                  QJsonArray::fromStringList(extras.keys()));
    report.insert(QStringLiteral("environment"),
                  keyed(QStringLiteral(
                      "SELECT key, value FROM run_environment WHERE run_ref = ? ORDER BY key")));
    report.insert(
        QStringLiteral("output_checksums"),
        keyed(QStringLiteral(
            "SELECT label, checksum FROM output_checksums WHERE run_ref = ? ORDER BY label")));

    // Data sources with the latest verification.
    QString verifyError;
    QHash<QString, VerifyResult> verified;
    for (const VerifyResult& v : ChecksumVerifier::stored(m_db, runKey, &verifyError))
        verified.insert(v.path, v);
    // Where each data file resolves now, for the files never verified: a
    // report always says where its files are (verify-report reads it).
    QHash<QString, QString> resolved;
    for (const VerifyTarget& t : ChecksumVerifier::targets(m_db, runKey, {}, &verifyError))
        resolved.insert(t.path, ChecksumVerifier::resolve(t.candidates));
    QJsonArray sources;
    {
        QSqlQuery k(m_db);
        k.prepare(QStringLiteral(
            "SELECT path, recorded_checksum FROM data_sources WHERE run_ref = ? ORDER BY path"));
        k.addBindValue(runKey);
        if (k.exec()) {
            while (k.next()) {
                QJsonObject s{{QStringLiteral("path"), k.value(0).toString()},
                              {QStringLiteral("recorded_checksum"), k.value(1).toString()}};
                const auto v = verified.constFind(k.value(0).toString());
                if (v != verified.constEnd()) {
                    s.insert(QStringLiteral("status"), verifyStatusName(v->status));
                    s.insert(QStringLiteral("actual_checksum"), v->actual);
                    s.insert(QStringLiteral("resolved_path"), v->resolvedPath);
                    s.insert(QStringLiteral("verified_at"),
                             LedgerQueries::isoTime(v->verifiedAtUs));
                    if (!v->detail.isEmpty())
                        s.insert(QStringLiteral("detail"), v->detail);
                } else {
                    s.insert(QStringLiteral("status"), QStringLiteral("not verified"));
                    s.insert(QStringLiteral("resolved_path"),
                             resolved.value(k.value(0).toString()));
                }
                sources.append(s);
            }
        }
    }
    report.insert(QStringLiteral("data_sources"), sources);

    // Tokens and costs.
    CostLedger ledger(m_db, m_prices);
    CostScope scope;
    scope.runKey = runKey;
    QString ledgerError;
    QJsonObject tokens{{QStringLiteral("calls"), calls}};
    for (const TokenRow& t : ledger.tokens(QStringLiteral("component"), scope, &ledgerError))
        tokens.insert(t.key, t.key == QLatin1String("output") ? t.output : t.input);
    QJsonArray byModel;
    QJsonArray modelsUsed;
    for (const TokenRow& t : ledger.tokens(QStringLiteral("model"), scope, &ledgerError)) {
        byModel.append(QJsonObject{{QStringLiteral("model"), t.key},
                                   {QStringLiteral("calls"), t.calls},
                                   {QStringLiteral("input"), t.input},
                                   {QStringLiteral("output"), t.output},
                                   {QStringLiteral("cost_usd"), t.costUsd}});
        modelsUsed.append(t.key);
    }
    tokens.insert(QStringLiteral("by_model"), byModel);
    report.insert(QStringLiteral("tokens"), tokens);
    const CostTotal total = ledger.total(scope, &ledgerError);
    QString source;
    for (const RunCost& c : ledger.runCosts(scope, &ledgerError))
        source = c.source;
    QJsonObject costs{
        {QStringLiteral("total_usd"), total.usd},
        {QStringLiteral("source"), source.isEmpty() ? QStringLiteral("unpriced") : source},
        {QStringLiteral("estimated_usd"), total.estimatedUsd},
        {QStringLiteral("calls_priced_percent"),
         std::round(total.coverage.percentPriced() * 10) / 10}};
    QJsonArray steps;
    for (const CostRow& r : ledger.by(QStringLiteral("step"), scope, &ledgerError))
        steps.append(
            QJsonObject{{QStringLiteral("step"), r.key}, {QStringLiteral("cost_usd"), r.usd}});
    costs.insert(QStringLiteral("by_step"), steps);
    QJsonArray models;
    for (const CostRow& r : ledger.by(QStringLiteral("model"), scope, &ledgerError))
        models.append(
            QJsonObject{{QStringLiteral("model"), r.key}, {QStringLiteral("cost_usd"), r.usd}});
    costs.insert(QStringLiteral("by_model"), models);
    const QList<VarianceRow> variances = ledger.variances(scope, &ledgerError);
    if (!variances.isEmpty()) {
        const VarianceRow& v = variances.first();
        costs.insert(
            QStringLiteral("estimated_vs_actual"),
            QJsonObject{
                {QStringLiteral("estimated_usd"),
                 v.hasEstimate ? QJsonValue(v.estimated) : QJsonValue()},
                {QStringLiteral("actual_usd"), v.actual},
                {QStringLiteral("variance_usd"), std::round(v.variance * 1e6) / 1e6},
                {QStringLiteral("variance_percent"), std::round(v.variancePercent * 100) / 100},
                {QStringLiteral("recorded_variance_percent"), v.recordedPercent},
                {QStringLiteral("recorded_variance_disagrees"), v.disagrees}});
    }
    report.insert(QStringLiteral("costs"), costs);

    // Prices used: the entries in effect at the run's start for its models.
    QJsonArray prices;
    const QDate runDate =
        started.isNull()
            ? QDate()
            : QDateTime::fromMSecsSinceEpoch(started.toLongLong() / 1000, Qt::UTC).date();
    for (const QJsonValue m : std::as_const(modelsUsed)) {
        if (const auto e = m_prices.lookup(m.toString(), runDate))
            prices.append(QJsonObject{
                {QStringLiteral("model"), m.toString()},
                {QStringLiteral("price_entry"), e->model},
                {QStringLiteral("input_per_million_usd"), e->inputPerMillion},
                {QStringLiteral("output_per_million_usd"), e->outputPerMillion},
                {QStringLiteral("effective_from"), e->effectiveFrom.toString(Qt::ISODate)}});
    }
    report.insert(QStringLiteral("prices_used"), prices);

    // Events: counts per level, every error.
    QJsonObject levels{{QStringLiteral("debug"), 0},
                       {QStringLiteral("info"), 0},
                       {QStringLiteral("warn"), 0},
                       {QStringLiteral("error"), 0}};
    QJsonArray errors;
    {
        QSqlQuery k(m_db);
        k.prepare(
            QStringLiteral("SELECT level, count(*) FROM events WHERE run_ref = ? GROUP BY level"));
        k.addBindValue(runKey);
        if (k.exec()) {
            static const char* const names[] = {"debug", "info", "warn", "error"};
            while (k.next())
                levels.insert(QLatin1String(names[std::clamp(k.value(0).toInt(), 0, 3)]),
                              k.value(1).toLongLong());
        }
        k.prepare(QStringLiteral("SELECT ts_us, event, message FROM events WHERE run_ref = ? AND "
                                 "level = 3 ORDER BY ts_us, id"));
        k.addBindValue(runKey);
        if (k.exec()) {
            while (k.next())
                errors.append(
                    QJsonObject{{QStringLiteral("time"), LedgerQueries::isoTime(k.value(0))},
                                {QStringLiteral("event"), k.value(1).toString()},
                                {QStringLiteral("message"), k.value(2).toString()}});
        }
        k.prepare(QStringLiteral(
            "SELECT kind, message FROM run_messages WHERE run_ref = ? ORDER BY kind, position"));
        k.addBindValue(runKey);
        QJsonArray metaErrors, metaWarnings;
        if (k.exec()) {
            while (k.next())
                (k.value(0).toString() == QLatin1String("error") ? metaErrors : metaWarnings)
                    .append(k.value(1).toString());
        }
        report.insert(QStringLiteral("metadata_errors"), metaErrors);
        report.insert(QStringLiteral("metadata_warnings"), metaWarnings);
    }
    report.insert(QStringLiteral("events"), QJsonObject{{QStringLiteral("by_level"), levels},
                                                        {QStringLiteral("errors"), errors}});

    // Budget status at the run's time.
    QJsonArray budget;
    if (!started.isNull()) {
        const BudgetCalendar calendar(m_limits);
        for (const PeriodStatus& p :
             ledger.budget(m_limits, calendar.localDate(started.toLongLong()), &ledgerError))
            budget.append(
                QJsonObject{{QStringLiteral("period"), budgetPeriodName(p.range.period)},
                            {QStringLiteral("start"), p.range.first.toString(Qt::ISODate)},
                            {QStringLiteral("end"), p.range.last.toString(Qt::ISODate)},
                            {QStringLiteral("limit"), p.limit},
                            {QStringLiteral("spent"), p.spent},
                            {QStringLiteral("percent_used"), p.percentUsed},
                            {QStringLiteral("status"), budgetStatusName(p.status)}});
    }
    report.insert(QStringLiteral("budget_at_run_time"), budget);

    // How to reproduce.
    QJsonObject reproduce{{QStringLiteral("configuration_file"),
                           experimentFolder.isEmpty()
                               ? QString()
                               : experimentFolder + QStringLiteral("/config.yaml")},
                          {QStringLiteral("seed"), configuration.value(QStringLiteral("seed"))},
                          {QStringLiteral("model"), configuration.value(QStringLiteral("model"))}};
    QJsonObject checksums;
    for (const QJsonValue s : std::as_const(sources))
        checksums.insert(s.toObject().value(QStringLiteral("path")).toString(),
                         s.toObject().value(QStringLiteral("recorded_checksum")));
    reproduce.insert(QStringLiteral("data_checksums"), checksums);
    report.insert(QStringLiteral("reproduce"), reproduce);
    report.insert(
        QStringLiteral("generator"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("RunLedger")},
                    {QStringLiteral("version"), QStringLiteral(RUNLEDGER_VERSION)},
                    {QStringLiteral("generated_at"), generatedAt.toUTC().toString(Qt::ISODate)}});
    if (!ledgerError.isEmpty())
        *error = ledgerError;
    return report;
}

QByteArray sha256Line(const QByteArray& content, const QString& fileName) {
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() + "  " +
           fileName.toUtf8() + '\n';
}

namespace {

// The sections of a report, shared by the Markdown and HTML renderings.
QString render(const QJsonObject& r, bool html) {
    QString out;
    // Text from the data inside a heading or a paragraph: escaped for Markdown
    // here; the HTML rendering escapes whole headings and paragraphs.
    auto data = [html](const QString& s) {
        return html ? s : markdownInline(s);
    };
    auto heading = [&](int level, const QString& text) {
        if (html)
            out += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(htmlEscape(text));
        else
            out +=
                QString(level, QLatin1Char('#')) + QLatin1Char(' ') + text + QStringLiteral("\n\n");
    };
    auto para = [&](const QString& text) {
        out += html ? QString(QStringLiteral("<p>") + htmlEscape(text) + QStringLiteral("</p>\n"))
                    : QString(text + QStringLiteral("\n\n"));
    };
    auto tbl = [&](const QStringList& h, const QList<QStringList>& rows) {
        out += table(h, rows, html);
        if (!html)
            out += QLatin1Char('\n');
    };
    const QJsonObject run = r.value(QStringLiteral("run")).toObject();
    heading(1, QStringLiteral("Reproducibility report: %1")
                   .arg(data(run.value(QStringLiteral("run_id")).toString())));
    heading(2, QStringLiteral("Identity and timing"));
    tbl({QStringLiteral("Field"), QStringLiteral("Value")}, objectRows(run));
    heading(2, QStringLiteral("Configuration"));
    QList<QStringList> config;
    const QJsonArray extras = r.value(QStringLiteral("configuration_extra_keys")).toArray();
    const QJsonObject configuration = r.value(QStringLiteral("configuration")).toObject();
    for (auto it = configuration.begin(); it != configuration.end(); ++it)
        config << QStringList{it.key(), display(it.value()),
                              extras.contains(it.key()) ? QStringLiteral("extra") : QString()};
    tbl({QStringLiteral("Key"), QStringLiteral("Value"), QStringLiteral("Note")}, config);
    heading(2, QStringLiteral("Environment"));
    tbl({QStringLiteral("Key"), QStringLiteral("Value")},
        objectRows(r.value(QStringLiteral("environment")).toObject()));
    heading(2, QStringLiteral("Data sources"));
    QList<QStringList> sources;
    for (const QJsonValue v : r.value(QStringLiteral("data_sources")).toArray()) {
        const QJsonObject s = v.toObject();
        sources << QStringList{s.value(QStringLiteral("path")).toString(),
                               s.value(QStringLiteral("recorded_checksum")).toString(),
                               s.value(QStringLiteral("status")).toString(),
                               s.value(QStringLiteral("actual_checksum")).toString(),
                               s.value(QStringLiteral("verified_at")).toString()};
    }
    tbl({QStringLiteral("Path"), QStringLiteral("Recorded"), QStringLiteral("Status"),
         QStringLiteral("Current"), QStringLiteral("Verified at")},
        sources);
    heading(2, QStringLiteral("Output checksums"));
    tbl({QStringLiteral("Label"), QStringLiteral("Checksum")},
        objectRows(r.value(QStringLiteral("output_checksums")).toObject()));

    heading(2, QStringLiteral("Tokens and costs"));
    const QJsonObject tokens = r.value(QStringLiteral("tokens")).toObject();
    QList<QStringList> comp;
    for (const char* k : {"system", "data", "instructions", "other", "no_breakdown", "output"})
        comp << QStringList{QLatin1String(k), display(tokens.value(QLatin1String(k)))};
    tbl({QStringLiteral("Component"), QStringLiteral("Tokens")}, comp);
    if (html)
        out += QStringLiteral("<div class=\"chart\">") + reportChartSvg(r) +
               QStringLiteral("</div>\n");
    const QJsonObject costs = r.value(QStringLiteral("costs")).toObject();
    para(QStringLiteral("Cost %1 from %2; %3% of calls priced; %4 estimated from the price table.")
             .arg(money(costs.value(QStringLiteral("total_usd")).toDouble()),
                  data(costs.value(QStringLiteral("source")).toString()))
             .arg(costs.value(QStringLiteral("calls_priced_percent")).toDouble())
             .arg(money(costs.value(QStringLiteral("estimated_usd")).toDouble())));
    QList<QStringList> steps;
    for (const QJsonValue v : costs.value(QStringLiteral("by_step")).toArray())
        steps << QStringList{v.toObject().value(QStringLiteral("step")).toString(),
                             money(v.toObject().value(QStringLiteral("cost_usd")).toDouble())};
    tbl({QStringLiteral("Step"), QStringLiteral("Cost")}, steps);
    QList<QStringList> models;
    for (const QJsonValue v : costs.value(QStringLiteral("by_model")).toArray())
        models << QStringList{v.toObject().value(QStringLiteral("model")).toString(),
                              money(v.toObject().value(QStringLiteral("cost_usd")).toDouble())};
    tbl({QStringLiteral("Model"), QStringLiteral("Cost")}, models);
    if (costs.contains(QStringLiteral("estimated_vs_actual"))) {
        heading(3, QStringLiteral("Estimated vs actual"));
        tbl({QStringLiteral("Field"), QStringLiteral("Value")},
            objectRows(costs.value(QStringLiteral("estimated_vs_actual")).toObject()));
    }
    heading(3, QStringLiteral("Prices used"));
    QList<QStringList> prices;
    for (const QJsonValue v : r.value(QStringLiteral("prices_used")).toArray()) {
        const QJsonObject p = v.toObject();
        prices << QStringList{p.value(QStringLiteral("model")).toString(),
                              display(p.value(QStringLiteral("input_per_million_usd"))),
                              display(p.value(QStringLiteral("output_per_million_usd"))),
                              p.value(QStringLiteral("effective_from")).toString()};
    }
    tbl({QStringLiteral("Model"), QStringLiteral("Input $/1M"), QStringLiteral("Output $/1M"),
         QStringLiteral("Effective from")},
        prices);

    heading(2, QStringLiteral("Events"));
    const QJsonObject events = r.value(QStringLiteral("events")).toObject();
    tbl({QStringLiteral("Level"), QStringLiteral("Events")},
        objectRows(events.value(QStringLiteral("by_level")).toObject()));
    QList<QStringList> errors;
    for (const QJsonValue v : events.value(QStringLiteral("errors")).toArray())
        errors << QStringList{v.toObject().value(QStringLiteral("time")).toString(),
                              v.toObject().value(QStringLiteral("event")).toString(),
                              v.toObject().value(QStringLiteral("message")).toString()};
    heading(3, QStringLiteral("Errors"));
    tbl({QStringLiteral("Time"), QStringLiteral("Event"), QStringLiteral("Message")}, errors);
    QList<QStringList> meta;
    for (const QJsonValue v : r.value(QStringLiteral("metadata_errors")).toArray())
        meta << QStringList{QStringLiteral("error"), v.toString()};
    for (const QJsonValue v : r.value(QStringLiteral("metadata_warnings")).toArray())
        meta << QStringList{QStringLiteral("warning"), v.toString()};
    heading(3, QStringLiteral("Errors and warnings in the run's metadata"));
    tbl({QStringLiteral("Kind"), QStringLiteral("Message")}, meta);

    heading(2, QStringLiteral("Budget at the run's time"));
    QList<QStringList> budget;
    for (const QJsonValue v : r.value(QStringLiteral("budget_at_run_time")).toArray()) {
        const QJsonObject b = v.toObject();
        budget << QStringList{b.value(QStringLiteral("period")).toString(),
                              b.value(QStringLiteral("start")).toString() + QStringLiteral(" – ") +
                                  b.value(QStringLiteral("end")).toString(),
                              money(b.value(QStringLiteral("spent")).toDouble()),
                              money(b.value(QStringLiteral("limit")).toDouble()),
                              b.value(QStringLiteral("status")).toString()};
    }
    tbl({QStringLiteral("Period"), QStringLiteral("Dates"), QStringLiteral("Spent"),
         QStringLiteral("Limit"), QStringLiteral("Status")},
        budget);

    heading(2, QStringLiteral("How to reproduce"));
    const QJsonObject reproduce = r.value(QStringLiteral("reproduce")).toObject();
    para(QStringLiteral("Run Persona with the configuration above (configuration file %1), model "
                        "%2 and seed %3, "
                        "on data files whose SHA-256 checksums match:")
             .arg(data(reproduce.value(QStringLiteral("configuration_file")).toString()),
                  data(display(reproduce.value(QStringLiteral("model")))),
                  data(display(reproduce.value(QStringLiteral("seed"))))));
    tbl({QStringLiteral("Path"), QStringLiteral("SHA-256")},
        objectRows(reproduce.value(QStringLiteral("data_checksums")).toObject()));
    const QJsonObject gen = r.value(QStringLiteral("generator")).toObject();
    para(QStringLiteral("Generated by RunLedger %1 at %2.")
             .arg(data(gen.value(QStringLiteral("version")).toString()),
                  data(gen.value(QStringLiteral("generated_at")).toString())));
    return out;
}

} // namespace

QString reportMarkdown(const QJsonObject& report) {
    return render(report, false);
}

QString reportChartSvg(const QJsonObject& report) {
    const QJsonObject tokens = report.value(QStringLiteral("tokens")).toObject();
    const QStringList keys = {QStringLiteral("system"),       QStringLiteral("data"),
                              QStringLiteral("instructions"), QStringLiteral("other"),
                              QStringLiteral("no_breakdown"), QStringLiteral("output")};
    const QStringList colors = {QStringLiteral("#3b82d6"), QStringLiteral("#2e9e5b"),
                                QStringLiteral("#e09b1a"), QStringLiteral("#8e6bc9"),
                                QStringLiteral("#9a9fa8"), QStringLiteral("#d66045")};
    double maxValue = 1;
    for (const QString& k : keys)
        maxValue = std::max(maxValue, tokens.value(k).toDouble());
    QString svg = QStringLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"560\" height=\"190\" "
        "viewBox=\"0 0 560 190\" role=\"img\" aria-label=\"Tokens by prompt component\">");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const double v = tokens.value(keys.at(i)).toDouble();
        const int y = 10 + int(i) * 28;
        const int w = int(330.0 * v / maxValue);
        svg +=
            QStringLiteral("<text x=\"110\" y=\"%1\" font-family=\"sans-serif\" font-size=\"13\" "
                           "text-anchor=\"end\">%2</text>")
                .arg(y + 15)
                .arg(keys.at(i));
        svg += QStringLiteral("<rect x=\"118\" y=\"%1\" width=\"%2\" height=\"20\" fill=\"%3\"/>")
                   .arg(y)
                   .arg(std::max(w, 1))
                   .arg(colors.at(i));
        svg += QStringLiteral(
                   "<text x=\"%1\" y=\"%2\" font-family=\"sans-serif\" font-size=\"13\">%3</text>")
                   .arg(126 + w)
                   .arg(y + 15)
                   .arg(qint64(v));
    }
    return svg + QStringLiteral("</svg>");
}

QString reportHtml(const QJsonObject& report) {
    const QString title = QStringLiteral("Reproducibility report: %1")
                              .arg(report.value(QStringLiteral("run"))
                                       .toObject()
                                       .value(QStringLiteral("run_id"))
                                       .toString());
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<title>%1</title><style>"
               "body{font-family:sans-serif;max-width:60em;margin:2em "
               "auto;color:#222;line-height:1.4}"
               "table{border-collapse:collapse;margin:0.5em 0 1em}"
               "th,td{border:1px solid #bbb;padding:0.25em "
               "0.6em;text-align:left;vertical-align:top;font-size:0.92em}"
               "th{background:#eef1f5}td{word-break:break-all}"
               "h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid "
               "#ccc;margin-top:1.6em}"
               "@media print{body{margin:0}h2{page-break-after:avoid}table{page-break-inside:auto}}"
               "</style></head><body>\n")
               .arg(htmlEscape(title)) +
           render(report, true) + QStringLiteral("</body></html>\n");
}

} // namespace runledger
