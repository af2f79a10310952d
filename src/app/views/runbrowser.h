// SPDX-License-Identifier: MIT
#pragma once

#include "storage/runbrowserquery.h"

#include <QWidget>
#include <memory>

class QListWidget;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace Ui {
class RunFilterBar;
}

namespace runledger {

class DatabaseWorker;
class RunListModel;

// Experiments (left) and their runs (right) with search and filters. All
// queries run on the database worker; typing restarts a short timer so the
// list follows the text without a query per key stroke. Selection and scroll
// position survive reloads.
class RunBrowser : public QWidget {
    Q_OBJECT
public:
    explicit RunBrowser(DatabaseWorker* worker, QWidget* parent = nullptr);
    ~RunBrowser() override;

    void reload(); // experiments, models and runs, keeping selection
    RunFilter currentFilter() const;
    void focusSearch();
    void selectRun(qint64 runKey);
    qint64 selectedRun() const;
    QList<qint64> selectedRuns() const; // all selected rows, for comparison

    RunListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QSplitter* splitter() const { return m_splitter; }
    QListWidget* experimentList() const { return m_experiments; }
    QString scopeTitle() const;
    Ui::RunFilterBar* filterBar() const { return m_filterUi.get(); }

signals:
    void runSelected(qint64 runKey, const QString& runId);
    void runsLoaded(int rows, qint64 milliseconds);

private:
    void applyFilter();
    void loadExperiments();

    DatabaseWorker* m_worker;
    RunListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QListWidget* m_experiments;
    QSplitter* m_splitter;
    QLabel* m_countLabel;
    QTimer* m_typingTimer;
    std::unique_ptr<Ui::RunFilterBar> m_filterUi;
    qint64 m_keepSelection = 0;
    int m_keepScroll = 0;
};

} // namespace runledger
