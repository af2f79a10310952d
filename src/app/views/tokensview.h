// SPDX-License-Identifier: MIT
#pragma once

#include "domain/costledger.h"
#include "views/lazyview.h"

class QComboBox;
class QLabel;

namespace runledger {

class ChartPanel;
class DatabaseWorker;

// Where the tokens go, for a scope (all runs, the selected experiment or run,
// and the browser's date range): by step and by model stacked by prompt
// component, a donut of components, and tokens per day per model. Each chart
// has its table and exports. Calls without a breakdown are their own part.
class TokensView : public LazyView {
    Q_OBJECT
public:
    TokensView(DatabaseWorker* worker, QWidget* parent = nullptr);

    // The browser's current context; the view picks what its scope combo says.
    void setContext(qint64 runKey, const QString& runId, qint64 experimentKey,
                    const QString& experimentName, qint64 fromUs, qint64 toUs);
    void setPrices(const PriceTable& prices) { m_prices = prices; }

    ChartPanel* byStep() const { return m_byStep; }
    ChartPanel* byModel() const { return m_byModel; }
    ChartPanel* components() const { return m_components; }
    ChartPanel* perDay() const { return m_perDay; }
    qint64 lastQueryMs() const { return m_queryMs; }
    qint64 lastDrawMs() const { return m_drawMs; }

signals:
    void updated(qint64 queryMs, qint64 drawMs);

protected:
    void reload() override;

private:
    struct Data;
    void apply(const Data& data);
    CostScope scope() const;

    DatabaseWorker* m_worker;
    PriceTable m_prices;
    QComboBox* m_scopeCombo;
    QLabel* m_summary;
    ChartPanel* m_byStep;
    ChartPanel* m_byModel;
    ChartPanel* m_components;
    ChartPanel* m_perDay;
    qint64 m_runKey = 0, m_experimentKey = 0, m_fromUs = 0, m_toUs = 0;
    QString m_runId, m_experimentName;
    quint64 m_generation = 0;
    qint64 m_queryMs = 0, m_drawMs = 0;
};

} // namespace runledger
