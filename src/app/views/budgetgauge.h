// SPDX-License-Identifier: MIT
#pragma once

#include "domain/budget.h"

#include <QWidget>

namespace runledger {

// One budget period at a glance: an arc filled to the share of the limit
// spent (capped at the block threshold's arc end), coloured by status, with
// spent, limit, remaining and when the period resets.
class BudgetGauge : public QWidget {
    Q_OBJECT
public:
    explicit BudgetGauge(QWidget* parent = nullptr);
    void setStatus(const PeriodStatus& status, const QString& resetText);
    const PeriodStatus& status() const { return m_status; }
    QSize sizeHint() const override { return {250, 215}; }

    static QColor statusColor(BudgetStatus s);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    PeriodStatus m_status;
    QString m_reset;
};

} // namespace runledger
