// SPDX-License-Identifier: MIT
#include "budgetgauge.h"

#include "displaynames.h"
#include "timeformat.h"

#include <QPainter>
#include <QPainterPath>

namespace runledger {

BudgetGauge::BudgetGauge(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(220, 210);
}

QColor BudgetGauge::statusColor(BudgetStatus s) {
    switch (s) {
    case BudgetStatus::Warning:
        return QColor(0xe0, 0x9b, 0x1a);
    case BudgetStatus::Exceeded:
        return QColor(0xd6, 0x45, 0x45);
    case BudgetStatus::Ok:
        break;
    }
    return QColor(0x2e, 0x9e, 0x5b);
}

void BudgetGauge::setStatus(const PeriodStatus& status, const QString& resetText) {
    m_status = status;
    m_reset = resetText;
    setAccessibleName(tr("%1: %2 of %3 spent, %4")
                          .arg(DisplayNames::budgetTitle(status.range.period),
                               TimeFormat::money(status.spent), TimeFormat::money(status.limit),
                               DisplayNames::budgetStatus(status.status)));
    setToolTip(accessibleName() + QLatin1Char('\n') + resetText);
    update();
}

void BudgetGauge::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int side = std::min(width() - 30, (height() - 100) * 2);
    const QRectF arc((width() - side) / 2.0, 26, side, side);
    QColor track = pal.color(QPalette::WindowText);
    track.setAlpha(45);
    const QColor fill = statusColor(m_status.status);
    QPen pen(track, 14, Qt::SolidLine, Qt::FlatCap);
    p.setPen(pen);
    p.drawArc(arc, 180 * 16, -180 * 16);
    const double share = std::clamp(m_status.percentUsed / 100.0, 0.0, 1.0);
    pen.setColor(fill);
    p.setPen(pen);
    p.drawArc(arc, 180 * 16, int(-180 * 16 * share));

    p.setPen(pal.color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(0, 2, width(), 20), Qt::AlignHCenter,
               DisplayNames::budgetTitle(m_status.range.period));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    p.setFont(big);
    p.setPen(fill);
    p.drawText(QRectF(arc.left(), arc.center().y() - 34, arc.width(), 30), Qt::AlignCenter,
               TimeFormat::percent(m_status.percentUsed, 1));
    p.setFont(font());
    p.setPen(pal.color(QPalette::WindowText));
    const qreal y = arc.center().y() + 4;
    p.drawText(QRectF(0, y, width(), 18), Qt::AlignHCenter,
               tr("%1 of %2 · %3")
                   .arg(TimeFormat::money(m_status.spent), TimeFormat::money(m_status.limit),
                        DisplayNames::budgetStatus(m_status.status)));
    p.drawText(QRectF(0, y + 18, width(), 18), Qt::AlignHCenter,
               tr("%1 left").arg(TimeFormat::money(std::max(0.0, m_status.remaining))));
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRectF(0, y + 36, width(), 18), Qt::AlignHCenter,
               p.fontMetrics().elidedText(m_reset, Qt::ElideRight, width() - 4));
}

} // namespace runledger
