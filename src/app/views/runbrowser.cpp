// SPDX-License-Identifier: MIT
#include "runbrowser.h"

#include "models/databaseworker.h"
#include "models/runlistmodel.h"
#include "plaintext.h"
#include "timeformat.h"
#include "ui_runfilterbar.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace runledger {

namespace {
constexpr int kExperimentKeyRole = Qt::UserRole + 1;

struct Lists {
    QList<ExperimentRow> experiments;
    QStringList models;
};
} // namespace

RunBrowser::RunBrowser(DatabaseWorker* worker, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_filterUi(std::make_unique<Ui::RunFilterBar>()) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);

    m_experiments = new QListWidget(m_splitter);
    m_experiments->setAccessibleName(tr("Experiments"));
    m_experiments->setMinimumWidth(190);
    m_splitter->addWidget(m_experiments);

    auto* right = new QWidget(m_splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterWidget = new QWidget(right);
    m_filterUi->setupUi(filterWidget);
    m_filterUi->statusCombo->addItem(tr("Any status"), QString());
    for (const char* s : {"completed", "failed", "running", "unknown"})
        m_filterUi->statusCombo->addItem(RunListModel::statusLabel(QLatin1String(s)),
                                         QLatin1String(s));
    m_filterUi->modelCombo->addItem(tr("Any model"), QString());
    const QDate today = QDate::currentDate();
    m_filterUi->fromDate->setDate(today.addMonths(-1));
    m_filterUi->toDate->setDate(today);
    rightLayout->addWidget(filterWidget);

    m_model = new RunListModel(worker, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunListModel::SortRole);
    m_table = new QTableView(right);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunListModel::StartedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several runs to compare
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Runs"));
    const int widths[] = {100, 140, 100, 175, 85, 165, 130, 75, 95, 80};
    // At least as wide as the (translated) header text, and the start
    // column as wide as a long date in the locale's format.
    const int startWidth =
        m_table->fontMetrics().horizontalAdvance(TimeFormat::dateTime(1766962799000000)) + 16;
    for (int c = 0; c < RunListModel::ColumnCount; ++c)
        m_table->horizontalHeader()->resizeSection(
            c, std::max({widths[c], m_table->horizontalHeader()->sectionSizeHint(c),
                         c == RunListModel::StartedColumn ? startWidth : 0}));
    rightLayout->addWidget(m_table, 1);
    m_countLabel = new QLabel(right);
    rightLayout->addWidget(m_countLabel);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 5);
    layout->addWidget(m_splitter);

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(150);
    connect(m_typingTimer, &QTimer::timeout, this, &RunBrowser::applyFilter);
    connect(m_filterUi->searchEdit, &QLineEdit::textChanged, m_typingTimer,
            qOverload<>(&QTimer::start));
    for (QComboBox* c : {m_filterUi->statusCombo, m_filterUi->modelCombo})
        connect(c, &QComboBox::currentIndexChanged, this, &RunBrowser::applyFilter);
    for (QCheckBox* c : {m_filterUi->fromCheck, m_filterUi->toCheck, m_filterUi->errorsCheck})
        connect(c, &QCheckBox::toggled, this, &RunBrowser::applyFilter);
    for (QDateEdit* d : {m_filterUi->fromDate, m_filterUi->toDate})
        connect(d, &QDateEdit::dateChanged, this, &RunBrowser::applyFilter);
    connect(m_experiments, &QListWidget::currentRowChanged, this, &RunBrowser::applyFilter);

    connect(m_model, &RunListModel::aboutToReload, this, [this]() {
        if (m_keepSelection == 0)
            m_keepSelection = selectedRun();
        m_keepScroll = m_table->verticalScrollBar()->value();
    });
    connect(m_model, &RunListModel::reloaded, this, [this](int rows, qint64 ms) {
        m_countLabel->setText(tr("%n run(s)", nullptr, rows));
        const qint64 keep = m_keepSelection;
        m_keepSelection = 0;
        m_table->verticalScrollBar()->setValue(m_keepScroll);
        if (keep != 0)
            selectRun(keep);
        emit runsLoaded(rows, ms);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                emit runSelected(current.data(RunListModel::RunKeyRole).toLongLong(),
                                 current.data(RunListModel::RunIdRole).toString());
            });
}

RunBrowser::~RunBrowser() = default;

void RunBrowser::focusSearch() {
    m_filterUi->searchEdit->setFocus();
    m_filterUi->searchEdit->selectAll();
}

QList<qint64> RunBrowser::selectedRuns() const {
    QList<qint64> keys;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        keys << i.data(RunListModel::RunKeyRole).toLongLong();
    return keys;
}

qint64 RunBrowser::selectedRun() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(RunListModel::RunKeyRole).toLongLong() : 0;
}

void RunBrowser::selectRun(qint64 runKey) {
    const int row = m_model->rowOfKey(runKey);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, RunListModel::RunColumn));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

RunFilter RunBrowser::currentFilter() const {
    RunFilter f;
    f.text = m_filterUi->searchEdit->text();
    f.status = m_filterUi->statusCombo->currentData().toString();
    f.model = m_filterUi->modelCombo->currentData().toString();
    // Date bounds are whole days in the zone the user reads times in.
    const Qt::TimeSpec spec = TimeFormat::display() == TimeDisplay::Utc ? Qt::UTC : Qt::LocalTime;
    if (m_filterUi->fromCheck->isChecked())
        f.fromUs = TimeFormat::toMicros(QDateTime(m_filterUi->fromDate->date(), QTime(0, 0), spec));
    if (m_filterUi->toCheck->isChecked())
        f.toUs = TimeFormat::toMicros(
            QDateTime(m_filterUi->toDate->date().addDays(1), QTime(0, 0), spec));
    f.errorsOnly = m_filterUi->errorsCheck->isChecked();
    if (const QListWidgetItem* item = m_experiments->currentItem())
        f.experimentKey = item->data(kExperimentKeyRole).toLongLong();
    return f;
}

QString RunBrowser::scopeTitle() const {
    const QListWidgetItem* item = m_experiments->currentItem();
    return item && item->data(kExperimentKeyRole).toLongLong() != 0
               ? item->data(Qt::UserRole + 2).toString()
               : tr("All experiments");
}

void RunBrowser::applyFilter() {
    const RunFilter f = currentFilter();
    if (f == m_model->filter() && m_model->rowCount() > 0)
        return;
    m_model->setFilter(f);
}

void RunBrowser::reload() {
    loadExperiments();
    m_model->refresh();
}

void RunBrowser::loadExperiments() {
    m_worker->run<Lists>(
        this,
        [](Database& db) {
            Lists l;
            QString error;
            l.experiments = RunBrowserQuery::experiments(db.connection(), &error);
            l.models = RunBrowserQuery::models(db.connection());
            return l;
        },
        [this](Lists l) {
            const qint64 current = currentFilter().experimentKey;
            m_experiments->blockSignals(true);
            m_experiments->clear();
            qint64 totalRuns = 0;
            for (const ExperimentRow& e : std::as_const(l.experiments))
                totalRuns += e.runs;
            auto* all = new QListWidgetItem(
                tr("All experiments (%Ln run(s))", nullptr, static_cast<int>(totalRuns)));
            all->setData(kExperimentKeyRole, qint64(0));
            m_experiments->addItem(all);
            int currentRow = 0;
            for (const ExperimentRow& e : std::as_const(l.experiments)) {
                auto* item =
                    new QListWidgetItem(tr("%1 (%2)").arg(e.label(), TimeFormat::count(e.runs)));
                item->setData(kExperimentKeyRole, e.key);
                item->setData(Qt::UserRole + 2, e.label());
                //: Experiment tooltip: name, id, "4 runs", failed count, cost.
                item->setToolTip(plainToolTip(
                    tr("%1\nid %2\n%3, %4 failed, %5")
                        .arg(e.label(), e.experimentId,
                             tr("%Ln run(s)", nullptr, static_cast<int>(e.runs)),
                             TimeFormat::count(e.failedRuns), TimeFormat::money(e.costUsd))));
                m_experiments->addItem(item);
                if (e.key == current)
                    currentRow = m_experiments->count() - 1;
            }
            m_experiments->setCurrentRow(currentRow);
            m_experiments->blockSignals(false);

            const QString model = m_filterUi->modelCombo->currentData().toString();
            m_filterUi->modelCombo->blockSignals(true);
            m_filterUi->modelCombo->clear();
            m_filterUi->modelCombo->addItem(tr("Any model"), QString());
            for (const QString& m : std::as_const(l.models))
                m_filterUi->modelCombo->addItem(m, m);
            m_filterUi->modelCombo->setCurrentIndex(
                std::max(0, m_filterUi->modelCombo->findData(model)));
            m_filterUi->modelCombo->blockSignals(false);
        });
}

} // namespace runledger
