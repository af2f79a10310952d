// SPDX-License-Identifier: MIT
#pragma once

#include "storage/eventquery.h"

#include <QAbstractTableModel>
#include <QCache>

#include <atomic>
#include <memory>
#include <vector>

namespace runledger {

class Database;
class DatabaseWorker;

// Events matching a filter, for a table that may hold a million rows: the
// worker computes the ordered id list; rows are read in pages of
// kPageSize by primary key when the view first shows them (a page read is a
// sub-millisecond indexed lookup), and a bounded cache keeps recent pages.
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, OffsetColumn, LevelColumn, EventColumn, MessageColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, PayloadRole, LevelRole, TimestampRole };
    static constexpr int kPageSize = 256;

    EventTableModel(Database& db, DatabaseWorker* worker, QObject* parent = nullptr);

    void setFilter(const EventFilter& filter, qint64 runStartUs);
    const EventFilter& filter() const { return m_filter; }
    void refresh();
    int rowOfEvent(qint64 eventId) const;
    EventRow eventAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    static QString levelLabel(int level);
    static QColor levelColor(int level);

signals:
    void aboutToReload();
    void reloaded(int rows);
    void queryFailed(const QString& error);

private:
    const QList<EventRow>* page(int pageIndex) const;

    Database& m_db;
    DatabaseWorker* m_worker;
    EventFilter m_filter;
    qint64 m_runStartUs = 0;
    std::vector<qint64> m_ids;
    mutable QCache<int, QList<EventRow>> m_pages;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace runledger
