// SPDX-License-Identifier: MIT
#include "eventtablemodel.h"

#include "databaseworker.h"
#include "plaintext.h"
#include "storage/database.h"
#include "timeformat.h"

#include <QColor>
#include <QLocale>

namespace runledger {

namespace {
struct IdsResult {
    std::vector<qint64> ids;
    QString error;
};
} // namespace

EventTableModel::EventTableModel(Database& db, DatabaseWorker* worker, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_worker(worker)
    , m_pages(64) {}

void EventTableModel::setFilter(const EventFilter& filter, qint64 runStartUs) {
    m_filter = filter;
    m_runStartUs = runStartUs;
    refresh();
}

void EventTableModel::refresh() {
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    const EventFilter filter = m_filter;
    const auto latest = m_latest;
    m_worker->run<IdsResult>(
        this,
        [filter, latest, generation](Database& db) {
            IdsResult r;
            if (latest->load() != generation)
                return r; // superseded before it started

            r.ids = EventQuery::ids(db.connection(), filter, &r.error);
            return r;
        },
        [this, generation](IdsResult r) {
            if (generation != m_generation)
                return;
            if (!r.error.isEmpty())
                emit queryFailed(r.error);
            emit aboutToReload();
            beginResetModel();
            m_ids = std::move(r.ids);
            m_pages.clear();
            endResetModel();
            emit reloaded(static_cast<int>(m_ids.size()));
        });
}

int EventTableModel::rowOfEvent(qint64 eventId) const {
    for (size_t i = 0; i < m_ids.size(); ++i) {
        if (m_ids[i] == eventId)
            return static_cast<int>(i);
    }
    return -1;
}

const QList<EventRow>* EventTableModel::page(int pageIndex) const {
    if (QList<EventRow>* cached = m_pages.object(pageIndex))
        return cached;
    const size_t first = static_cast<size_t>(pageIndex) * kPageSize;
    if (first >= m_ids.size())
        return nullptr;
    const int count = static_cast<int>(std::min<size_t>(kPageSize, m_ids.size() - first));
    auto* rows =
        new QList<EventRow>(EventQuery::rows(m_db.connection(), m_ids.data() + first, count));
    m_pages.insert(pageIndex, rows);
    return rows;
}

EventRow EventTableModel::eventAt(int row) const {
    if (row < 0 || static_cast<size_t>(row) >= m_ids.size())
        return {};
    const QList<EventRow>* p = page(row / kPageSize);
    return p && row % kPageSize < p->size() ? p->at(row % kPageSize) : EventRow{};
}

int EventTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::levelLabel(int level) {
    switch (level) {
    case 0:
        return tr("debug");
    case 2:
        return tr("warn");
    case 3:
        return tr("error");
    default:
        return tr("info");
    }
}

QColor EventTableModel::levelColor(int level) {
    switch (level) {
    case 0:
        return QColor(0x8a, 0x8f, 0x98);
    case 2:
        return QColor(0xe0, 0x9b, 0x1a);
    case 3:
        return QColor(0xd6, 0x45, 0x45);
    default:
        return QColor(0x3b, 0x82, 0xd6);
    }
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || static_cast<size_t>(index.row()) >= m_ids.size())
        return {};
    if (role == EventIdRole)
        return m_ids[static_cast<size_t>(index.row())];
    if (role != Qt::DisplayRole && role != Qt::DecorationRole && role != Qt::ToolTipRole &&
        role != PayloadRole && role != LevelRole && role != TimestampRole)
        return {};
    const EventRow e = eventAt(index.row());
    switch (role) {
    case PayloadRole:
        return e.payload;
    case LevelRole:
        return e.level;
    case TimestampRole:
        return e.tsUs;
    case Qt::DecorationRole:
        return index.column() == LevelColumn ? QVariant(levelColor(e.level)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return plainToolTip(tr("%1 (as logged)").arg(e.tsText));
        if (index.column() == MessageColumn && !e.message.isEmpty())
            return plainToolTip(e.message);
        return {};
    default:
        break;
    }
    switch (index.column()) {
    case TimeColumn:
        return TimeFormat::dateTimePrecise(e.tsUs);
    case OffsetColumn:
        return m_runStartUs > 0 && m_filter.runKey >= 0
                   ? QStringLiteral("+%1 s").arg(
                         QLocale().toString(double(e.tsUs - m_runStartUs) / 1e6, 'f', 3))
                   : QString();
    case LevelColumn:
        return levelLabel(e.level);
    case EventColumn:
        return e.event;
    case MessageColumn:
        return e.message;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (%1)").arg(TimeFormat::zoneLabel());
    case OffsetColumn:
        return tr("Offset");
    case LevelColumn:
        return tr("Level");
    case EventColumn:
        return tr("Event");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace runledger
