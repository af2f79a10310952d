// SPDX-License-Identifier: MIT
#include "tokensview.h"

#include "displaynames.h"

#include "chartpanel.h"
#include "models/databaseworker.h"
#include "timeformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

namespace runledger {

namespace {

QStringList componentNames() {
    QStringList names;
    for (int i = 0; i < DisplayNames::kComponentCount; ++i)
        names << DisplayNames::component(i);
    return names;
}
const QList<QColor> kComponentColors = {QColor(0x3b, 0x82, 0xd6), QColor(0x2e, 0x9e, 0x5b),
                                        QColor(0xe0, 0x9b, 0x1a), QColor(0x8e, 0x6b, 0xc9),
                                        QColor(0x9a, 0x9f, 0xa8), QColor(0xd6, 0x60, 0x45)};

qint64 component(const ComponentRow& r, int i) {
    switch (i) {
    case 0:
        return r.system;
    case 1:
        return r.data;
    case 2:
        return r.instructions;
    case 3:
        return r.other;
    case 4:
        return r.noBreakdown;
    default:
        return r.output;
    }
}

QString ratio(qint64 output, qint64 input) {
    return input > 0 ? QString::number(double(output) / double(input), 'f', 3)
                     : QStringLiteral("–");
}

QChart* stackedChart(const QList<ComponentRow>& rows) {
    auto* chart = new QChart;
    auto* series = new QHorizontalStackedBarSeries;
    QStringList categories;
    for (const ComponentRow& r : rows)
        categories << r.key;
    for (int i = 0; i < DisplayNames::kComponentCount; ++i) {
        auto* set = new QBarSet(DisplayNames::component(i));
        set->setColor(kComponentColors.at(i));
        set->setBorderColor(kComponentColors.at(i));
        for (const ComponentRow& r : rows)
            *set << double(component(r, i));
        series->append(set);
    }
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%.3g"));
    x->setTitleText(QObject::tr("tokens"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    x->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QList<QStringList> componentTable(const QList<ComponentRow>& rows) {
    QList<QStringList> out;
    for (const ComponentRow& r : rows) {
        QStringList row{r.key, QString::number(r.calls)};
        for (int i = 0; i < DisplayNames::kComponentCount; ++i)
            row << QString::number(component(r, i));
        row << ratio(r.output, r.input());
        out << row;
    }
    return out;
}

} // namespace

struct TokensView::Data {
    QList<ComponentRow> steps, models;
    QList<std::tuple<QDate, QString, qint64>> days;
    QString error;
    qint64 ms = 0;
};

TokensView::TokensView(DatabaseWorker* worker, QWidget* parent)
    : LazyView(parent)
    , m_worker(worker) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scope:"), this));
    m_scopeCombo = new QComboBox(this);
    m_scopeCombo->addItems(
        {tr("All runs in the date range"), tr("Selected experiment"), tr("Selected run")});
    m_scopeCombo->setAccessibleName(tr("Token scope"));
    top->addWidget(m_scopeCombo);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText); // holds a run id or an experiment's name
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    m_byStep = new ChartPanel(tr("Tokens by step"), content);
    m_byModel = new ChartPanel(tr("Tokens by model"), content);
    m_components = new ChartPanel(tr("Prompt components"), content);
    m_perDay = new ChartPanel(tr("Tokens per day by model"), content);
    for (ChartPanel* p : {m_byStep, m_byModel, m_components, m_perDay})
        p->setMinimumHeight(320);
    // One chart per row: a chart and its table side by side need the full width.
    grid->addWidget(m_byStep, 0, 0);
    grid->addWidget(m_byModel, 1, 0);
    grid->addWidget(m_components, 2, 0);
    grid->addWidget(m_perDay, 3, 0);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, &TokensView::refresh);
}

void TokensView::setContext(qint64 runKey, const QString& runId, qint64 experimentKey,
                            const QString& experimentName, qint64 fromUs, qint64 toUs) {
    m_runKey = runKey;
    m_runId = runId;
    m_experimentKey = experimentKey;
    m_experimentName = experimentName;
    m_fromUs = fromUs;
    m_toUs = toUs;
    invalidate();
}

CostScope TokensView::scope() const {
    CostScope s;
    switch (m_scopeCombo->currentIndex()) {
    case 2:
        s.runKey = m_runKey != 0 ? m_runKey : -1;
        break;
    case 1:
        s.experimentKey = m_experimentKey != 0 ? m_experimentKey : -1;
        break;
    default:
        s.fromUs = m_fromUs;
        s.toUs = m_toUs;
    }
    return s;
}

void TokensView::reload() {
    const CostScope s = scope();
    const PriceTable prices = m_prices;
    const BudgetLimits zone; // days in the system zone unless the user chose UTC display
    BudgetLimits display = zone;
    if (TimeFormat::display() == TimeDisplay::Utc)
        display.timeZone = "UTC";
    const quint64 generation = ++m_generation;
    m_worker->run<Data>(
        this,
        [s, prices, display](Database& db) {
            QElapsedTimer timer;
            timer.start();
            Data d;
            CostLedger ledger(db.connection(), prices);
            ComponentSplit split = ledger.components(s, &d.error);
            d.steps = std::move(split.steps);
            d.models = std::move(split.models);
            d.days = ledger.tokensByDayAndModel(BudgetCalendar(display), s, &d.error);
            d.ms = timer.elapsed();
            return d;
        },
        [this, generation](Data d) {
            if (generation == m_generation)
                apply(d);
        });
}

void TokensView::apply(const Data& d) {
    QElapsedTimer timer;
    timer.start();
    const QStringList headers =
        QStringList{tr("Key"), tr("Calls")} + componentNames() + QStringList{tr("out/in")};
    const QList<int> numeric = {1, 2, 3, 4, 5, 6, 7, 8};
    m_byStep->setChart(stackedChart(d.steps));
    m_byStep->setTable(headers, componentTable(d.steps), numeric);
    m_byModel->setChart(stackedChart(d.models));
    m_byModel->setTable(headers, componentTable(d.models), numeric);

    // Components of everything in scope.
    ComponentRow all;
    for (const ComponentRow& r : d.models) {
        all.calls += r.calls;
        all.system += r.system;
        all.data += r.data;
        all.instructions += r.instructions;
        all.other += r.other;
        all.noBreakdown += r.noBreakdown;
        all.output += r.output;
    }
    auto* donut = new QChart;
    auto* pie = new QPieSeries;
    pie->setHoleSize(0.45);
    QList<QStringList> compRows;
    const qint64 total = all.input() + all.output;
    for (int i = 0; i < DisplayNames::kComponentCount; ++i) {
        const qint64 v = component(all, i);
        QPieSlice* slice = pie->append(DisplayNames::component(i), double(v));
        slice->setColor(kComponentColors.at(i));
        slice->setLabelVisible(v > 0 && total > 0 && double(v) / double(total) > 0.04);
        slice->setLabelColor(palette().color(QPalette::Text));
        compRows << QStringList{DisplayNames::component(i), QString::number(v),
                                total > 0
                                    ? QString::number(100.0 * double(v) / double(total), 'f', 1)
                                    : QStringLiteral("0")};
    }
    donut->addSeries(pie);
    donut->legend()->setAlignment(Qt::AlignRight);
    m_components->setChart(donut);
    m_components->setTable({tr("Component"), tr("Tokens"), tr("%")}, compRows, {1, 2});
    m_components->setNote(all.noBreakdown > 0
                              ? tr("%1 input tokens come from calls that gave no breakdown.")
                                    .arg(TimeFormat::count(all.noBreakdown))
                              : QString());

    // Per day by model: one line per model.
    auto* perDay = new QChart;
    QMap<QString, QLineSeries*> lines;
    QList<QStringList> dayRows;
    qreal lo = 0, hi = 0;
    bool any = false;
    for (const auto& [day, model, tokens] : d.days) {
        QLineSeries*& s = lines[model];
        if (!s) {
            s = new QLineSeries;
            s->setName(model);
            s->setPointsVisible(true);
        }
        const qreal x = qreal(day.startOfDay().toMSecsSinceEpoch());
        s->append(x, double(tokens));
        lo = any ? std::min(lo, x) : x;
        hi = any ? std::max(hi, x) : x;
        any = true;
        dayRows << QStringList{day.toString(Qt::ISODate), model, QString::number(tokens)};
    }
    auto* x = new QDateTimeAxis;
    //: Date format of the per-day axis (QDateTime format: month name and day).
    x->setFormat(tr("MMM d"));
    x->setTickCount(6);
    perDay->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.3g"));
    y->setTitleText(tr("tokens"));
    perDay->addAxis(y, Qt::AlignLeft);
    qreal maxY = 1;
    for (QLineSeries* s : std::as_const(lines)) {
        perDay->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        for (const QPointF& p : s->points())
            maxY = std::max(maxY, p.y());
    }
    if (any)
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(lo) - 43200000),
                    QDateTime::fromMSecsSinceEpoch(qint64(hi) + 43200000));
    y->setRange(0, maxY * 1.1);
    y->applyNiceNumbers();
    perDay->legend()->setAlignment(Qt::AlignBottom);
    m_perDay->setChart(perDay);
    m_perDay->setTable({tr("Day"), tr("Model"), tr("Tokens")}, dayRows, {2}, {0});

    QString scopeText;
    switch (m_scopeCombo->currentIndex()) {
    case 2:
        scopeText = m_runKey ? tr("run %1").arg(m_runId) : tr("no run selected");
        break;
    case 1:
        scopeText = m_experimentKey ? tr("experiment %1").arg(m_experimentName)
                                    : tr("no experiment selected");
        break;
    default:
        scopeText = (m_fromUs || m_toUs) ? tr("the browser's date range") : tr("all runs");
    }
    m_summary->setText(tr("%1: %2, %3 input and %4 output tokens (output/input %5)")
                           .arg(scopeText, tr("%Ln call(s)", nullptr, int(all.calls)),
                                TimeFormat::count(all.input()), TimeFormat::count(all.output),
                                ChartPanel::displayText(ratio(all.output, all.input()),
                                                        ChartPanel::CellKind::Number)));
    m_queryMs = d.ms;
    m_drawMs = timer.elapsed();
    emit updated(m_queryMs, m_drawMs);
}

} // namespace runledger
