// SPDX-License-Identifier: MIT
#include "budget.h"

namespace runledger {

std::optional<double> BudgetLimits::limit(BudgetPeriod p) const {
    switch (p) {
    case BudgetPeriod::Daily:
        return daily;
    case BudgetPeriod::Weekly:
        return weekly;
    case BudgetPeriod::Monthly:
        return monthly;
    }
    return std::nullopt;
}

QTimeZone BudgetLimits::zone() const {
    if (!timeZone.isEmpty()) {
        QTimeZone z(timeZone);
        if (z.isValid())
            return z;
    }
    return QTimeZone::systemTimeZone();
}

QDate BudgetCalendar::localDate(qint64 utcMicros) const {
    const qint64 ms = utcMicros >= 0 ? utcMicros / 1000 : (utcMicros - 999) / 1000;
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).date();
}

qint64 BudgetCalendar::startOfDay(const QDate& date) const {
    // QDate::startOfDay handles days whose midnight does not exist.
    return date.startOfDay(m_zone).toMSecsSinceEpoch() * 1000;
}

PeriodRange BudgetCalendar::periodOf(BudgetPeriod period, const QDate& d) const {
    PeriodRange r;
    r.period = period;
    switch (period) {
    case BudgetPeriod::Daily:
        r.first = r.last = d;
        break;
    case BudgetPeriod::Weekly: {
        const int offset = (d.dayOfWeek() - static_cast<int>(m_limits.weekStart) + 7) % 7;
        r.first = d.addDays(-offset);
        r.last = r.first.addDays(6);
        break;
    }
    case BudgetPeriod::Monthly:
        r.first = QDate(d.year(), d.month(), 1);
        r.last = r.first.addMonths(1).addDays(-1);
        break;
    }
    r.startUs = startOfDay(r.first);
    r.endUs = startOfDay(r.last.addDays(1));
    return r;
}

QString budgetStatusName(BudgetStatus s) {
    switch (s) {
    case BudgetStatus::Warning:
        return QStringLiteral("warning");
    case BudgetStatus::Exceeded:
        return QStringLiteral("exceeded");
    case BudgetStatus::Ok:
        break;
    }
    return QStringLiteral("ok");
}

QString budgetPeriodName(BudgetPeriod p) {
    switch (p) {
    case BudgetPeriod::Weekly:
        return QStringLiteral("weekly");
    case BudgetPeriod::Monthly:
        return QStringLiteral("monthly");
    case BudgetPeriod::Daily:
        break;
    }
    return QStringLiteral("daily");
}

BudgetStatus statusFor(double spent, double limit, const BudgetLimits& limits) {
    if (limit <= 0)
        return spent > 0 ? BudgetStatus::Exceeded : BudgetStatus::Ok;
    const double used = spent / limit;
    // A hair of tolerance so that 0.8 of a limit summed from cents counts as 0.8.
    if (used + 1e-9 >= limits.blockThreshold)
        return BudgetStatus::Exceeded;
    if (used + 1e-9 >= limits.warnThreshold)
        return BudgetStatus::Warning;
    return BudgetStatus::Ok;
}

} // namespace runledger
