// SPDX-License-Identifier: MIT
#pragma once

#include "storage/eventquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace runledger {

class Database;
class DatabaseWorker;
class EventTableModel;
class TimelineChartView;

// One run: its events on a time axis in lanes (by level or by event family)
// with LLM calls as duration bars, an event table below (filter by level,
// event name, text) and the selected event's payload beside it.
class RunTimelineView : public QWidget {
    Q_OBJECT
public:
    enum class LaneMode { Level, Family };

    RunTimelineView(Database& db, DatabaseWorker* worker, QWidget* parent = nullptr);

    void showRun(qint64 runKey, const QString& runId);
    // Reloads the current run in place, keeping the selected event.
    void refresh();
    qint64 runKey() const { return m_runKey; }
    void setLaneMode(LaneMode mode);

    TimelineChartView* chart() const { return m_chart; }
    EventTableModel* eventModel() const { return m_events; }
    QTableView* eventTable() const { return m_table; }
    QSplitter* splitter() const { return m_splitter; }
    qint64 lastDrawMilliseconds() const { return m_lastDrawMs; }

    static int eventFamily(const QString& event);

signals:
    void timelineDrawn(qint64 milliseconds);

private:
    void applyTimeline(const TimelineData& timeline);
    void redraw();
    void applyEventFilter();
    void selectEvent(qint64 eventId);
    void showPayload();
    void copyEventJson();

    Database& m_db;
    DatabaseWorker* m_worker;
    qint64 m_runKey = -1;
    QString m_runId;
    TimelineData m_data;
    LaneMode m_mode = LaneMode::Level;
    qint64 m_lastDrawMs = 0;
    qint64 m_pendingSelection = 0;

    QLabel* m_title;
    QComboBox* m_laneCombo;
    TimelineChartView* m_chart;
    EventTableModel* m_events;
    QTableView* m_table;
    QSplitter* m_splitter;
    QCheckBox* m_levelBoxes[4];
    QComboBox* m_eventCombo;
    QLineEdit* m_textEdit;
    QPlainTextEdit* m_payload;
    QTimer* m_filterTimer;
};

} // namespace runledger
