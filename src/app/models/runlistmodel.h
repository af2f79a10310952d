// SPDX-License-Identifier: MIT
#pragma once

#include "storage/runbrowserquery.h"

#include <QAbstractTableModel>

#include <atomic>
#include <memory>

namespace runledger {

class DatabaseWorker;

// The runs matching a filter, loaded on the database worker. A new filter or
// refresh() replaces the rows when the query returns; results of superseded
// requests are dropped. Sorting is left to a QSortFilterProxyModel
// (SortRole gives raw values).
class RunListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RunColumn,
        ExperimentColumn,
        StatusColumn,
        StartedColumn,
        DurationColumn,
        ModelColumn,
        TokensColumn,
        CostColumn,
        CostSourceColumn,
        IssuesColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, RunKeyRole, RunIdRole, ExperimentKeyRole };

    explicit RunListModel(DatabaseWorker* worker, QObject* parent = nullptr);

    void setFilter(const RunFilter& filter);
    const RunFilter& filter() const { return m_filter; }
    void refresh();
    bool isLoading() const { return m_pending > 0; }
    const RunRow* rowAt(int row) const;
    const QList<RunRow>& rows() const { return m_rows; }
    int rowOfKey(qint64 key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    // "claude-sonnet-4 +1": the main model and how many others were used.
    static QString modelsLabel(const QList<ModelUse>& models);
    // One line per model, with its calls.
    static QString modelsTooltip(const QList<ModelUse>& models);
    static QColor statusColor(const QString& status);
    static QString statusLabel(const QString& status);

signals:
    void aboutToReload();
    void reloaded(int rows, qint64 milliseconds);
    void queryFailed(const QString& error);

private:
    DatabaseWorker* m_worker;
    RunFilter m_filter;
    QList<RunRow> m_rows;
    quint64 m_generation = 0;
    // Shared with queued work: a request superseded before it starts is skipped.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_pending = 0;
};

} // namespace runledger
