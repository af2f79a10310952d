// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace runledger {

struct EventFilter {
    qint64 runKey = -1;  // -1: every run
    int levelMask = 0xF; // bit n: level n (0 debug .. 3 error)
    QString eventName;   // exact, empty: any
    QString text;        // in message or payload

    bool operator==(const EventFilter&) const = default;
};

struct EventRow {
    qint64 id = 0;
    qint64 tsUs = 0;
    QString tsText; // as written in the log
    int level = 1;
    QString event, message, payload;
    qint64 runKey = 0;
    QString file;
    qint64 line = 0;
};

// One LLM call on a run's timeline: from llm_call_started/llm_call_completed
// (or _failed) pairs matched by payload.call_id, else from a token usage
// record's latency.
struct CallInterval {
    qint64 startUs = 0, endUs = 0;
    QString model, callId;
    bool failed = false;
    qint64 eventId = 0; // the completing event, if any
};

struct TimelineData {
    qint64 runKey = 0;
    qint64 startUs = 0; // the run's start: offsets are measured from here
    std::vector<qint64> ids, times;
    std::vector<int> levels;
    std::vector<QString> names;
    QList<CallInterval> calls;
};

class EventQuery {
public:
    // Event ids in time order (ties by id).
    static std::vector<qint64> ids(QSqlDatabase& db, const EventFilter& filter, QString* error);
    static QList<EventRow> rows(QSqlDatabase& db, const qint64* ids, int count);
    static QStringList eventNames(QSqlDatabase& db, qint64 runKey);
    static TimelineData timeline(QSqlDatabase& db, qint64 runKey, QString* error);
};

} // namespace runledger
