// SPDX-License-Identifier: MIT
#include "runlistmodel.h"

#include "databaseworker.h"
#include "displaynames.h"
#include "timeformat.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFont>

#include <cmath>

namespace runledger {

namespace {

struct RunsResult {
    bool stale = false;
    QList<RunRow> rows;
    QString error;
    qint64 ms = 0;
};

} // namespace

RunListModel::RunListModel(DatabaseWorker* worker, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(worker) {}

void RunListModel::setFilter(const RunFilter& filter) {
    m_filter = filter;
    refresh();
}

void RunListModel::refresh() {
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    ++m_pending;
    const RunFilter filter = m_filter;
    const auto latest = m_latest;
    m_worker->run<RunsResult>(
        this,
        [filter, latest, generation](Database& db) {
            QElapsedTimer timer;
            timer.start();
            RunsResult r;
            if (latest->load() != generation) {
                r.stale = true;
                return r;
            }
            r.rows = RunBrowserQuery::runs(db.connection(), filter, &r.error);
            r.ms = timer.elapsed();
            return r;
        },
        [this, generation](RunsResult r) {
            --m_pending;
            if (generation != m_generation)
                return; // superseded by a newer filter
            if (!r.error.isEmpty()) {
                emit queryFailed(r.error);
                return;
            }
            emit aboutToReload();
            beginResetModel();
            m_rows = std::move(r.rows);
            endResetModel();
            emit reloaded(static_cast<int>(m_rows.size()), r.ms);
        });
}

const RunRow* RunListModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RunListModel::rowOfKey(qint64 key) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

int RunListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QColor RunListModel::statusColor(const QString& status) {
    if (status == QLatin1String("completed"))
        return QColor(0x2e, 0x9e, 0x5b);
    if (status == QLatin1String("failed"))
        return QColor(0xd6, 0x45, 0x45);
    if (status == QLatin1String("running"))
        return QColor(0x3b, 0x82, 0xd6);
    return QColor(0x8a, 0x8f, 0x98);
}

QString RunListModel::statusLabel(const QString& status) {
    if (status == QLatin1String("completed"))
        return tr("completed");
    if (status == QLatin1String("failed"))
        return tr("failed");
    if (status == QLatin1String("running"))
        return tr("running");
    return tr("unknown");
}

QString RunListModel::modelsLabel(const QList<ModelUse>& models) {
    if (models.size() < 2)
        return models.isEmpty() ? QString() : models.first().model;
    //: The run's main model and how many other models its calls used.
    return tr("%1 +%2").arg(models.first().model).arg(models.size() - 1);
}

QString RunListModel::modelsTooltip(const QList<ModelUse>& models) {
    QStringList lines;
    for (const ModelUse& m : models) {
        //: A model the run used, with its number of LLM calls.
        lines << (m.calls > 0
                      ? tr("%1: %Ln call(s)", nullptr, static_cast<int>(m.calls)).arg(m.model)
                      : tr("%1: no calls").arg(m.model));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant RunListModel::data(const QModelIndex& index, int role) const {
    const RunRow* r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case RunKeyRole:
        return r->key;
    case RunIdRole:
        return r->label();
    case ExperimentKeyRole:
        return r->experimentKey;
    case Qt::ToolTipRole:
        if (index.column() == CostColumn && !r->costSource.isEmpty())
            return tr("Cost from: %1").arg(DisplayNames::costSource(r->costSource));
        if (index.column() == ModelColumn && !r->models.isEmpty())
            return modelsTooltip(r->models);
        if (index.column() == StartedColumn && r->hasStart())
            return QString(TimeFormat::dateTimePrecise(r->startedUs) + QLatin1Char(' ') +
                           TimeFormat::zoneLabel());
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusColor(r->status);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case DurationColumn:
        case TokensColumn:
        case CostColumn:
        case IssuesColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (index.column() == IssuesColumn && r->errors > 0)
            return QColor(0xd6, 0x45, 0x45);
        return {};
    case SortRole:
        switch (index.column()) {
        case RunColumn:
            return r->runId;
        case ExperimentColumn:
            return r->experimentName.isEmpty() ? r->experimentId : r->experimentName;
        case StatusColumn:
            return r->status;
        case StartedColumn:
            return r->startedUs;
        case DurationColumn:
            return std::isnan(r->durationSeconds) ? -1.0 : r->durationSeconds;
        case ModelColumn:
            return r->model;
        case TokensColumn:
            return r->inputTokens + r->outputTokens;
        case CostColumn:
            return std::isnan(r->costUsd) ? -1.0 : r->costUsd;
        case CostSourceColumn:
            return r->costSource;
        case IssuesColumn:
            return r->errors * 1000000 + r->warnings;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case RunColumn:
            return r->runId;
        case ExperimentColumn:
            return r->experimentName.isEmpty() ? r->experimentId : r->experimentName;
        case StatusColumn:
            return statusLabel(r->status);
        case StartedColumn:
            return r->hasStart() ? TimeFormat::dateTime(r->startedUs) : QStringLiteral("–");
        case DurationColumn:
            return TimeFormat::duration(r->durationSeconds);
        case ModelColumn:
            return modelsLabel(r->models);
        case TokensColumn:
            return QString(TimeFormat::count(r->inputTokens) + QStringLiteral(" / ") +
                           TimeFormat::count(r->outputTokens));
        case CostColumn:
            return TimeFormat::money(r->costUsd);
        case CostSourceColumn:
            return DisplayNames::costSource(r->costSource);
        case IssuesColumn:
            return QString(TimeFormat::count(r->errors) + QStringLiteral(" / ") +
                           TimeFormat::count(r->warnings));
        }
        return {};
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == IssuesColumn)
        return tr("Error and warning events");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn:
        return tr("Run");
    case ExperimentColumn:
        return tr("Experiment");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started (%1)").arg(TimeFormat::zoneLabel());
    case DurationColumn:
        return tr("Duration");
    case ModelColumn:
        return tr("Model");
    case TokensColumn:
        return tr("Tokens in / out");
    case CostColumn:
        return tr("Cost");
    case CostSourceColumn:
        return tr("Cost source");
    case IssuesColumn:
        return tr("Err / warn");
    }
    return {};
}

} // namespace runledger
