// SPDX-License-Identifier: MIT
#include "costsview.h"

#include "budgetgauge.h"
#include "chartpanel.h"
#include "displaynames.h"
#include "models/databaseworker.h"
#include "timeformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

namespace runledger {

namespace {

QString usd(double v) {
    return QString::number(v, 'f', 6);
}

} // namespace

struct CostsView::Data {
    CostTotal total;
    QList<PeriodStatus> periods;
    QList<QPair<QDate, double>> days;
    QList<CostRow> models, steps;
    QList<RunCost> runs;
    QList<VarianceRow> variances;
    QString error;
    qint64 ms = 0;
};

CostsView::CostsView(DatabaseWorker* worker, QWidget* parent)
    : LazyView(parent)
    , m_worker(worker) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scope:"), this));
    m_scopeCombo = new QComboBox(this);
    m_scopeCombo->addItems({tr("All runs"), tr("Selected experiment")});
    m_scopeCombo->setAccessibleName(tr("Cost scope"));
    top->addWidget(m_scopeCombo);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    m_gaugeRow = new QHBoxLayout;
    m_noBudget = new QLabel(tr("No budget is set. Set daily, weekly or monthly limits in "
                               "File → Settings → Budgets."),
                            content);
    m_gaugeRow->addWidget(m_noBudget);
    m_gaugeRow->addStretch();
    grid->addLayout(m_gaugeRow, 0, 0);

    auto* historyBox = new QWidget(content);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    m_periodCombo = new QComboBox(historyBox);
    m_periodCombo->addItems({tr("Per day"), tr("Per week"), tr("Per month")});
    m_periodCombo->setAccessibleName(tr("History period"));
    historyLayout->addWidget(m_periodCombo, 0, Qt::AlignLeft);
    m_history = new ChartPanel(tr("Spend history"), historyBox);
    historyLayout->addWidget(m_history, 1);
    grid->addWidget(historyBox, 1, 0);
    m_byModel = new ChartPanel(tr("Cost by model"), content);
    m_byStep = new ChartPanel(tr("Cost by step"), content);
    m_perRun = new ChartPanel(tr("Cost per run"), content);
    m_variance = new ChartPanel(tr("Estimated vs actual"), content);
    grid->addWidget(m_byModel, 2, 0);
    grid->addWidget(m_byStep, 3, 0);
    grid->addWidget(m_perRun, 4, 0);
    grid->addWidget(m_variance, 5, 0);
    for (ChartPanel* p : {m_history, m_byModel, m_byStep, m_perRun, m_variance})
        p->setMinimumHeight(320);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, &CostsView::refresh);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &CostsView::refresh);
}

void CostsView::setSettings(const BudgetLimits& limits, const PriceTable& prices) {
    m_limits = limits;
    m_prices = prices;
    invalidate();
}

void CostsView::setContext(qint64 experimentKey, const QString& experimentName) {
    if (experimentKey == m_experimentKey)
        return;
    m_experimentKey = experimentKey;
    m_experimentName = experimentName;
    // Only the experiment scope shows the experiment.
    if (m_scopeCombo->currentIndex() == 1)
        invalidate();
}

void CostsView::reload() {
    CostScope scope;
    if (m_scopeCombo->currentIndex() == 1)
        scope.experimentKey = m_experimentKey != 0 ? m_experimentKey : -1;
    const BudgetLimits limits = m_limits;
    const PriceTable prices = m_prices;
    const quint64 generation = ++m_generation;
    m_worker->run<Data>(
        this,
        [scope, limits, prices](Database& db) {
            QElapsedTimer timer;
            timer.start();
            Data d;
            CostLedger ledger(db.connection(), prices);
            const BudgetCalendar calendar(limits);
            d.total = ledger.total(scope, &d.error);
            d.periods = ledger.budget(
                limits, calendar.localDate(QDateTime::currentMSecsSinceEpoch() * 1000), &d.error);
            d.days = ledger.byDay(calendar, scope, &d.error);
            d.models = ledger.by(QStringLiteral("model"), scope, &d.error);
            d.steps = ledger.by(QStringLiteral("step"), scope, &d.error);
            d.runs = ledger.runCosts(scope, &d.error);
            d.variances = ledger.variances(scope, &d.error);
            d.ms = timer.elapsed();
            return d;
        },
        [this, generation](Data d) {
            if (generation == m_generation)
                apply(d);
        });
}

QString CostsView::coverageText() const {
    return m_summary->text();
}

void CostsView::apply(const Data& d) {
    QElapsedTimer timer;
    timer.start();
    const CostCoverage& c = d.total.coverage;
    QString summary = tr("Total %1").arg(TimeFormat::money(d.total.usd));
    if (d.total.estimatedUsd > 0)
        summary += tr(" (of which %1 estimated from the price table)")
                       .arg(TimeFormat::money(d.total.estimatedUsd));
    if (c.calls > 0)
        summary +=
            //: %1 a percentage, %2 "200 LLM calls"; applies to runs priced from their calls.
            tr(" · %1 of %2 priced (%3 with their own cost, %4 from the price table, %5 unpriced)")
                .arg(TimeFormat::percent(c.percentPriced(), 1),
                     tr("%Ln LLM call(s)", nullptr, static_cast<int>(c.calls)),
                     TimeFormat::count(c.logged), TimeFormat::count(c.estimated),
                     TimeFormat::count(c.unpriced));
    if (!d.error.isEmpty())
        summary = tr("Could not compute costs: %1").arg(d.error);
    m_summary->setText(summary);

    // Gauges.
    qDeleteAll(m_gauges);
    m_gauges.clear();
    m_noBudget->setVisible(d.periods.isEmpty());
    const BudgetCalendar calendar(m_limits);
    for (const PeriodStatus& p : d.periods) {
        auto* g = new BudgetGauge(this);
        const QDateTime reset =
            QDateTime::fromMSecsSinceEpoch(p.range.endUs / 1000, calendar.zone());
        // The zone is named under the history chart.
        g->setStatus(p, tr("resets %1").arg(QLocale().toString(reset, QLocale::ShortFormat)));
        m_gaugeRow->insertWidget(static_cast<int>(m_gauges.size()), g);
        m_gauges.append(g);
    }

    // History: spend per period with the limit and warn lines.
    const int kind = m_periodCombo->currentIndex();
    const BudgetPeriod period = kind == 0
                                    ? BudgetPeriod::Daily
                                    : (kind == 1 ? BudgetPeriod::Weekly : BudgetPeriod::Monthly);
    QMap<QDate, double> buckets;
    if (!d.days.isEmpty()) {
        QDate first = calendar.periodOf(period, d.days.first().first).first;
        const QDate last = d.days.last().first;
        for (int guard = 0; first <= last && guard < 400; ++guard) {
            buckets.insert(first, 0);
            first = calendar.periodOf(period, first).last.addDays(1);
        }
        for (const auto& [day, amount] : d.days)
            buckets[calendar.periodOf(period, day).first] += amount;
    }
    auto* chart = new QChart;
    auto* bars = new QBarSeries;
    auto* set = new QBarSet(tr("spent"));
    set->setColor(QColor(0x3b, 0x82, 0xd6));
    QStringList categories;
    QList<QStringList> rows;
    double maxY = 0;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        *set << it.value();
        categories << QLocale().toString(it.key(), period == BudgetPeriod::Monthly
                                                       //: Month axis label (QDate format).
                                                       ? tr("MMM yyyy")
                                                       //: Day axis label (QDate format).
                                                       : tr("MMM d"));
        rows << QStringList{it.key().toString(Qt::ISODate), usd(it.value())};
        maxY = std::max(maxY, it.value());
    }
    bars->append(set);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 12 ? -60 : 0);
    x->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto* y = new QValueAxis;
    y->setTitleText(QStringLiteral("USD"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    if (const std::optional<double> limit = m_limits.limit(period);
        limit && !categories.isEmpty()) {
        for (const auto& [name, fraction, color] :
             {std::tuple{tr("limit"), m_limits.blockThreshold, QColor(0xd6, 0x45, 0x45)},
              std::tuple{tr("warn"), m_limits.warnThreshold, QColor(0xe0, 0x9b, 0x1a)}}) {
            auto* line = new QLineSeries;
            line->setName(name);
            line->setColor(color);
            const double v = *limit * fraction;
            line->append(-0.5, v);
            line->append(double(categories.size()) - 0.5, v);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            maxY = std::max(maxY, v);
        }
    }
    y->setRange(0, maxY > 0 ? maxY * 1.1 : 1);
    y->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_history->setChart(chart);
    m_history->setTable({tr("Period start"), tr("Spent (USD)")}, rows, {1}, {0});
    m_history->setNote(
        tr("Time zone %1; weeks start on %2.")
            .arg(QString::fromUtf8(calendar.zone().id()), QLocale().dayName(m_limits.weekStart)));

    auto costChart = [](const QList<CostRow>& list) {
        auto* ch = new QChart;
        auto* series = new QHorizontalBarSeries;
        auto* logged = new QBarSet(tr("logged"));
        auto* estimated = new QBarSet(tr("estimated"));
        logged->setColor(QColor(0x2e, 0x9e, 0x5b));
        estimated->setColor(QColor(0xe0, 0x9b, 0x1a));
        QStringList cats;
        for (qsizetype i = std::min<qsizetype>(list.size(), 12) - 1; i >= 0; --i) {
            cats << list.at(i).key;
            *logged << list.at(i).usd - list.at(i).estimatedUsd;
            *estimated << list.at(i).estimatedUsd;
        }
        series->append(logged);
        series->append(estimated);
        series->setBarWidth(0.8);
        ch->addSeries(series);
        auto* yAxis = new QBarCategoryAxis;
        yAxis->append(cats);
        ch->addAxis(yAxis, Qt::AlignLeft);
        series->attachAxis(yAxis);
        auto* xAxis = new QValueAxis;
        xAxis->setTitleText(QStringLiteral("USD"));
        ch->addAxis(xAxis, Qt::AlignBottom);
        series->attachAxis(xAxis);
        xAxis->applyNiceNumbers();
        ch->legend()->setAlignment(Qt::AlignBottom);
        return ch;
    };
    auto costRows = [](const QList<CostRow>& list) {
        QList<QStringList> out;
        for (const CostRow& r : list)
            out << QStringList{r.key, usd(r.usd), usd(r.estimatedUsd), QString::number(r.items)};
        return out;
    };
    const QStringList costHeaders{tr("Key"), tr("Cost (USD)"), tr("Estimated part"), tr("Items")};
    m_byModel->setChart(costChart(d.models));
    m_byModel->setTable(costHeaders, costRows(d.models), {1, 2, 3});
    m_byModel->setNote(tr("A cost record's breakdown is charged to the models whose calls made "
                          "each step, in proportion to their cost; the rest to the record's "
                          "model."));
    m_byStep->setChart(costChart(d.steps));
    m_byStep->setTable(costHeaders, costRows(d.steps), {1, 2, 3});

    // Per run: cost, source, coverage.
    QList<QStringList> runRows;
    QList<CostRow> topRuns;
    for (const RunCost& r : d.runs) {
        runRows << QStringList{
            r.runId, usd(r.usd),
            r.source.isEmpty() ? tr("unpriced") : DisplayNames::costSource(r.source),
            r.coverage.calls > 0 ? QString::number(r.coverage.percentPriced(), 'f', 0) : QString()};
        if (topRuns.size() < 12) {
            CostRow top;
            top.key = r.runId;
            top.usd = r.usd;
            top.estimatedUsd = r.source == QLatin1String("estimate") ? r.usd : 0.0;
            top.items = 1;
            topRuns.append(top);
        }
    }
    m_perRun->setChart(costChart(topRuns));
    m_perRun->setTable({tr("Run"), tr("Cost (USD)"), tr("Source"), tr("Calls priced (%)")}, runRows,
                       {1, 3});

    // Estimated vs actual.
    QList<QStringList> varRows;
    auto* varChart = new QChart;
    auto* varSeries = new QHorizontalBarSeries;
    auto* varSet = new QBarSet(tr("variance %"));
    varSet->setColor(QColor(0x8e, 0x6b, 0xc9));
    QStringList varCats;
    qsizetype flagged = 0;
    for (const VarianceRow& v : d.variances) {
        flagged += v.disagrees;
        varRows << QStringList{v.runId,
                               v.hasEstimate ? usd(v.estimated) : tr("none"),
                               usd(v.actual),
                               usd(v.variance),
                               v.hasEstimate ? QString::number(v.variancePercent, 'f', 2)
                                             : QString(),
                               QString::number(v.recordedPercent, 'f', 2),
                               v.disagrees ? tr("file's variance disagrees") : QString()};
    }
    for (qsizetype i = std::min<qsizetype>(d.variances.size(), 12) - 1; i >= 0; --i) {
        varCats << d.variances.at(i).runId;
        *varSet << d.variances.at(i).variancePercent;
    }
    varSeries->append(varSet);
    varChart->addSeries(varSeries);
    auto* varY = new QBarCategoryAxis;
    varY->append(varCats);
    varChart->addAxis(varY, Qt::AlignLeft);
    varSeries->attachAxis(varY);
    auto* varX = new QValueAxis;
    varX->setTitleText(tr("actual vs estimate, %"));
    varChart->addAxis(varX, Qt::AlignBottom);
    varSeries->attachAxis(varX);
    varX->applyNiceNumbers();
    varChart->legend()->hide();
    m_variance->setChart(varChart);
    m_variance->setTable({tr("Run"), tr("Estimated"), tr("Actual"), tr("Variance (USD)"),
                          tr("Variance %"), tr("Recorded %"), tr("Flag")},
                         varRows, {1, 2, 3, 4, 5});
    m_variance->setNote(flagged > 0 ? tr("%n record(s) state a variance that disagrees with "
                                         "actual − estimate",
                                         nullptr, static_cast<int>(flagged))
                                    : QString());
    emit updated(d.ms, timer.elapsed());
}

} // namespace runledger
