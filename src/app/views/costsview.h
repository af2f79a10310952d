// SPDX-License-Identifier: MIT
#pragma once

#include "domain/costledger.h"
#include "views/lazyview.h"

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace runledger {

class BudgetGauge;
class ChartPanel;
class DatabaseWorker;

// Spend against budgets and where it goes: a gauge per configured budget
// period, the spend history per day, week or month with the limit and warn
// lines, cost by model and by step, cost per run with its source and price
// coverage, and estimated against actual cost (the runs the estimator got
// most wrong first). Every total says how much of it is priced.
class CostsView : public LazyView {
    Q_OBJECT
public:
    CostsView(DatabaseWorker* worker, QWidget* parent = nullptr);

    void setSettings(const BudgetLimits& limits, const PriceTable& prices);
    void setContext(qint64 experimentKey, const QString& experimentName);

    QList<BudgetGauge*> gauges() const { return m_gauges; }
    ChartPanel* history() const { return m_history; }
    ChartPanel* byModel() const { return m_byModel; }
    ChartPanel* perRun() const { return m_perRun; }
    ChartPanel* variance() const { return m_variance; }
    QString coverageText() const;

signals:
    void updated(qint64 queryMs, qint64 drawMs);

protected:
    void reload() override;

private:
    struct Data;
    void apply(const Data& d);

    DatabaseWorker* m_worker;
    BudgetLimits m_limits;
    PriceTable m_prices;
    QComboBox* m_scopeCombo;
    QComboBox* m_periodCombo;
    QLabel* m_summary;
    QHBoxLayout* m_gaugeRow;
    QLabel* m_noBudget;
    QList<BudgetGauge*> m_gauges;
    ChartPanel* m_history;
    ChartPanel* m_byModel;
    ChartPanel* m_byStep;
    ChartPanel* m_perRun;
    ChartPanel* m_variance;
    qint64 m_experimentKey = 0;
    QString m_experimentName;
    quint64 m_generation = 0;
};

} // namespace runledger
