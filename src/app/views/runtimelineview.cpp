// SPDX-License-Identifier: MIT
#include "runtimelineview.h"

#include "models/databaseworker.h"
#include "models/eventtablemodel.h"
#include "plaintext.h"
#include "storage/database.h"
#include "timeformat.h"
#include "timelinechartview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace runledger {

// The lane index of an event name in family mode (see the lane names in redraw()).
int RunTimelineView::eventFamily(const QString& e) {
    if (e.startsWith(QLatin1String("experiment_")) || e.startsWith(QLatin1String("run_")))
        return 0;
    if (e.startsWith(QLatin1String("config")) || e.startsWith(QLatin1String("provider")))
        return 1;
    if (e.startsWith(QLatin1String("data_")))
        return 2;
    if (e.startsWith(QLatin1String("generation_")) || e.startsWith(QLatin1String("summary")))
        return 3;
    if (e.startsWith(QLatin1String("persona_")))
        return 4;
    if (e.startsWith(QLatin1String("llm_call")))
        return 5;
    if (e.startsWith(QLatin1String("output_")) || e.startsWith(QLatin1String("checkpoint")))
        return 6;
    return 7;
}

RunTimelineView::RunTimelineView(Database& db, DatabaseWorker* worker, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_worker(worker) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* toolbar = new QHBoxLayout;
    m_title = new QLabel(tr("Select a run to see its timeline."), this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    toolbar->addWidget(m_title, 1);
    toolbar->addWidget(new QLabel(tr("Lanes:"), this));
    m_laneCombo = new QComboBox(this);
    m_laneCombo->addItem(tr("By level"));
    m_laneCombo->addItem(tr("By event family"));
    m_laneCombo->setAccessibleName(tr("Timeline lanes"));
    toolbar->addWidget(m_laneCombo);
    auto addTool = [&](const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        toolbar->addWidget(b);
        return b;
    };
    QToolButton* zoomIn = addTool(QStringLiteral("+"), tr("Zoom in (+, wheel)"));
    QToolButton* zoomOut = addTool(QStringLiteral("−"), tr("Zoom out (-, wheel)"));
    QToolButton* reset = addTool(tr("Reset"), tr("Show the whole run (Home, right click)"));
    layout->addLayout(toolbar);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_chart = new TimelineChartView(m_splitter);
    m_chart->setMinimumHeight(220);
    auto* axis = new QValueAxis;
    axis->setTitleText(tr("seconds since the run started"));
    axis->setLabelFormat(QStringLiteral("%.1f"));
    m_chart->setTimeAxis(axis);
    m_chart->setEmptyText(tr("No events for this run."));
    m_chart->chart()->legend()->setVisible(true);
    m_splitter->addWidget(m_chart);

    auto* lower = new QWidget(m_splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    for (int level = 0; level < 4; ++level) {
        m_levelBoxes[level] = new QCheckBox(EventTableModel::levelLabel(level), lower);
        m_levelBoxes[level]->setChecked(true);
        filters->addWidget(m_levelBoxes[level]);
    }
    m_eventCombo = new QComboBox(lower);
    m_eventCombo->setMinimumContentsLength(18);
    m_eventCombo->setAccessibleName(tr("Event name filter"));
    filters->addWidget(m_eventCombo);
    m_textEdit = new QLineEdit(lower);
    m_textEdit->setPlaceholderText(tr("Filter messages and payloads…"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->setAccessibleName(tr("Event text filter"));
    filters->addWidget(m_textEdit, 1);
    lowerLayout->addLayout(filters);

    auto* tableSplit = new QSplitter(Qt::Horizontal, lower);
    m_events = new EventTableModel(db, worker, this);
    m_table = new QTableView(tableSplit);
    m_table->setModel(m_events);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(EventTableModel::TimeColumn, 190);
    m_table->horizontalHeader()->resizeSection(EventTableModel::OffsetColumn, 90);
    m_table->horizontalHeader()->resizeSection(EventTableModel::LevelColumn, 70);
    m_table->horizontalHeader()->resizeSection(EventTableModel::EventColumn, 170);
    m_table->setAccessibleName(tr("Events"));
    tableSplit->addWidget(m_table);

    auto* payloadPanel = new QWidget(tableSplit);
    auto* payloadLayout = new QVBoxLayout(payloadPanel);
    payloadLayout->setContentsMargins(0, 0, 0, 0);
    m_payload = new QPlainTextEdit(payloadPanel);
    m_payload->setReadOnly(true);
    m_payload->setPlaceholderText(tr("Select an event to see its payload."));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setAccessibleName(tr("Event payload"));
    payloadLayout->addWidget(m_payload);
    auto* copy = new QPushButton(tr("Copy as JSON"), payloadPanel);
    copy->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    copy->setToolTip(tr("Copy the selected event as JSON (Ctrl+Shift+C)"));
    payloadLayout->addWidget(copy, 0, Qt::AlignRight);
    tableSplit->addWidget(payloadPanel);
    tableSplit->setStretchFactor(0, 3);
    tableSplit->setStretchFactor(1, 2);
    lowerLayout->addWidget(tableSplit, 1);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, &RunTimelineView::applyEventFilter);
    for (QCheckBox* box : m_levelBoxes)
        connect(box, &QCheckBox::toggled, this, &RunTimelineView::applyEventFilter);
    connect(m_eventCombo, &QComboBox::currentIndexChanged, this,
            &RunTimelineView::applyEventFilter);
    connect(m_textEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_laneCombo, &QComboBox::currentIndexChanged, this,
            [this](int i) { setLaneMode(i == 0 ? LaneMode::Level : LaneMode::Family); });
    connect(zoomIn, &QToolButton::clicked, this,
            [this]() { m_chart->zoomBy(1.5, (m_chart->minX() + m_chart->maxX()) / 2); });
    connect(zoomOut, &QToolButton::clicked, this,
            [this]() { m_chart->zoomBy(1 / 1.5, (m_chart->minX() + m_chart->maxX()) / 2); });
    connect(reset, &QToolButton::clicked, m_chart, &TimelineChartView::resetZoom);
    connect(m_chart, &TimelineChartView::itemClicked, this, &RunTimelineView::selectEvent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunTimelineView::showPayload);
    connect(copy, &QPushButton::clicked, this, &RunTimelineView::copyEventJson);
    connect(m_events, &EventTableModel::queryFailed, this, [this](const QString& error) {
        m_title->setText(tr("The events of %1 could not be read: %2")
                             .arg(m_runId.toHtmlEscaped(), error.toHtmlEscaped()));
    });
    connect(m_events, &EventTableModel::reloaded, this, [this]() {
        if (m_pendingSelection != 0) {
            const qint64 id = m_pendingSelection;
            m_pendingSelection = 0;
            selectEvent(id);
        }
    });
    m_chart->setTooltipProvider([this](qint64 id) {
        for (size_t i = 0; i < m_data.ids.size(); ++i) {
            if (m_data.ids[i] == id) {
                const EventRow row = EventQuery::rows(m_db.connection(), &id, 1).value(0);
                QString tip =
                    QStringLiteral("<b>%1</b> (%2)<br>%3 %4<br>+%5 s")
                        .arg(m_data.names[i].toHtmlEscaped(),
                             EventTableModel::levelLabel(m_data.levels[i]),
                             TimeFormat::dateTimePrecise(m_data.times[i]), TimeFormat::zoneLabel())
                        .arg(QLocale().toString(double(m_data.times[i] - m_data.startUs) / 1e6, 'f',
                                                3));
                if (!row.message.isEmpty())
                    tip += QStringLiteral("<br>") + row.message.left(200).toHtmlEscaped();
                return tip;
            }
        }
        return QString();
    });
}

void RunTimelineView::showRun(qint64 runKey, const QString& runId) {
    if (runKey == m_runKey) {
        refresh();
        return;
    }
    m_runKey = runKey;
    m_runId = runId;
    m_payload->clear();
    m_title->setText(runKey < 0 ? tr("Select a run to see its timeline.")
                                : tr("Run <b>%1</b>").arg(runId.toHtmlEscaped()));
    if (runKey < 0) {
        m_chart->clearData();
        m_events->setFilter(EventFilter{-2, 0xF, {}, {}}, 0);
        return;
    }
    refresh();
}

void RunTimelineView::refresh() {
    if (m_runKey < 0)
        return;
    const qint64 runKey = m_runKey;
    if (const QModelIndex current = m_table->currentIndex(); current.isValid())
        m_pendingSelection = current.data(EventTableModel::EventIdRole).toLongLong();
    m_worker->run<std::pair<TimelineData, QStringList>>(
        this,
        [runKey](Database& db) {
            QString error;
            TimelineData timeline = EventQuery::timeline(db.connection(), runKey, &error);
            return std::make_pair(std::move(timeline),
                                  EventQuery::eventNames(db.connection(), runKey));
        },
        [this, runKey](std::pair<TimelineData, QStringList> result) {
            if (runKey != m_runKey)
                return;
            const QString current = m_eventCombo->currentData().toString();
            m_eventCombo->blockSignals(true);
            m_eventCombo->clear();
            m_eventCombo->addItem(tr("All events"), QString());
            for (const QString& name : std::as_const(result.second))
                m_eventCombo->addItem(name, name);
            m_eventCombo->setCurrentIndex(std::max(0, m_eventCombo->findData(current)));
            m_eventCombo->blockSignals(false);
            applyTimeline(result.first);
            applyEventFilter();
        });
}

void RunTimelineView::applyTimeline(const TimelineData& timeline) {
    m_data = timeline;
    redraw();
}

void RunTimelineView::setLaneMode(LaneMode mode) {
    m_mode = mode;
    m_laneCombo->setCurrentIndex(mode == LaneMode::Level ? 0 : 1);
    redraw();
}

void RunTimelineView::redraw() {
    QElapsedTimer timer;
    timer.start();
    QStringList lanes;
    if (m_mode == LaneMode::Level)
        lanes = {tr("LLM calls"), tr("error"), tr("warn"), tr("info"), tr("debug")};
    else
        lanes = {tr("lifecycle"), tr("config"),
                 //: Timeline lane of data loading events.
                 tr("data", "lane"), tr("generation"), tr("persona"), tr("LLM calls"),
                 //: Timeline lane of output and checkpoint events.
                 tr("output", "lane"), tr("other", "lane")};
    const int callLane = m_mode == LaneMode::Level ? 0 : 5;
    QList<TimelineChartView::PointGroup> groups;
    for (int level = 3; level >= 0; --level) {
        TimelineChartView::PointGroup g;
        g.name = EventTableModel::levelLabel(level);
        g.color = EventTableModel::levelColor(level);
        g.markerSize = level == 3 ? 13 : (level == 2 ? 10 : 8);
        groups.append(g);
    }
    const double start = double(m_data.startUs);
    for (size_t i = 0; i < m_data.ids.size(); ++i) {
        const int level = std::clamp(m_data.levels[i], 0, 3);
        const int lane = m_mode == LaneMode::Level ? 4 - level : eventFamily(m_data.names[i]);
        TimelineChartView::PointGroup& g = groups[3 - level];
        g.points.emplace_back((double(m_data.times[i]) - start) / 1e6, lane);
        g.ids.push_back(m_data.ids[i]);
    }
    QList<TimelineChartView::Bar> bars;
    for (const CallInterval& c : std::as_const(m_data.calls)) {
        TimelineChartView::Bar b;
        b.lane = callLane;
        b.start = (double(c.startUs) - start) / 1e6;
        b.end = (double(c.endUs) - start) / 1e6;
        b.color = c.failed ? EventTableModel::levelColor(3) : QColor(0x7c, 0x5c, 0xc4);
        b.id = c.eventId;
        b.tooltip =
            plainToolTip(tr("LLM call %1\n%2\n%3 s%4")
                             .arg(c.callId, c.model)
                             .arg(QLocale().toString(double(c.endUs - c.startUs) / 1e6, 'f', 2))
                             .arg(c.failed ? tr(" — failed") : QString()));
        bars.append(b);
    }
    m_chart->setData(lanes, groups, bars);
    m_lastDrawMs = timer.elapsed();
    emit timelineDrawn(m_lastDrawMs);
}

void RunTimelineView::applyEventFilter() {
    if (m_runKey < 0)
        return;
    EventFilter f;
    f.runKey = m_runKey;
    f.levelMask = 0;
    for (int level = 0; level < 4; ++level) {
        if (m_levelBoxes[level]->isChecked())
            f.levelMask |= 1 << level;
    }
    f.eventName = m_eventCombo->currentData().toString();
    f.text = m_textEdit->text();
    if (const QModelIndex current = m_table->currentIndex();
        current.isValid() && m_pendingSelection == 0)
        m_pendingSelection = current.data(EventTableModel::EventIdRole).toLongLong();
    m_events->setFilter(f, m_data.startUs);
}

void RunTimelineView::selectEvent(qint64 eventId) {
    const int row = m_events->rowOfEvent(eventId);
    if (row < 0)
        return;
    const QModelIndex index = m_events->index(row, EventTableModel::EventColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void RunTimelineView::showPayload() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_payload->clear();
        return;
    }
    const EventRow e = m_events->eventAt(current.row());
    QString text =
        QStringLiteral("%1  %2  %3\n").arg(e.tsText, EventTableModel::levelLabel(e.level), e.event);
    if (!e.message.isEmpty())
        text += e.message + QLatin1Char('\n');
    if (!e.file.isEmpty())
        text += tr("from %1, line %2").arg(e.file).arg(e.line) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    const QJsonDocument payload = QJsonDocument::fromJson(e.payload.toUtf8());
    text += payload.isNull() ? (e.payload.isEmpty() ? tr("(no payload)") : e.payload)
                             : QString::fromUtf8(payload.toJson(QJsonDocument::Indented));
    m_payload->setPlainText(text);
}

void RunTimelineView::copyEventJson() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const EventRow e = m_events->eventAt(current.row());
    QJsonObject o{{QStringLiteral("timestamp"), e.tsText},
                  {QStringLiteral("level"), EventTableModel::levelLabel(e.level)},
                  {QStringLiteral("event"), e.event},
                  {QStringLiteral("run_id"), m_runId},
                  {QStringLiteral("message"), e.message}};
    const QJsonDocument payload = QJsonDocument::fromJson(e.payload.toUtf8());
    if (payload.isObject())
        o.insert(QStringLiteral("payload"), payload.object());
    QApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

} // namespace runledger
