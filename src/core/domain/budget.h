// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace runledger {

enum class BudgetPeriod { Daily, Weekly, Monthly };

struct BudgetLimits {
    std::optional<double> daily, weekly, monthly; // USD; unset: no limit
    double warnThreshold = 0.8;
    double blockThreshold = 1.0;
    QByteArray timeZone; // IANA name; empty: the system zone
    Qt::DayOfWeek weekStart = Qt::Monday;

    std::optional<double> limit(BudgetPeriod p) const;
    QTimeZone zone() const;
    bool operator==(const BudgetLimits&) const = default;
};

// A calendar period in the budget's zone, as local dates and as the UTC
// instants that bound it (start inclusive, end exclusive). Days are 23 or 25
// hours long across DST changes; periods are always whole local days.
struct PeriodRange {
    BudgetPeriod period = BudgetPeriod::Daily;
    QDate first, last; // local dates, inclusive
    qint64 startUs = 0, endUs = 0;
};

class BudgetCalendar {
public:
    explicit BudgetCalendar(const BudgetLimits& limits)
        : m_limits(limits)
        , m_zone(limits.zone()) {}

    // The period of the given kind that contains the local date.
    PeriodRange periodOf(BudgetPeriod period, const QDate& localDate) const;
    // The local date of a UTC instant in the budget's zone.
    QDate localDate(qint64 utcMicros) const;
    // UTC microseconds of local midnight starting `date` (the first valid
    // instant of that day when midnight itself is skipped by a DST change).
    qint64 startOfDay(const QDate& date) const;
    const QTimeZone& zone() const { return m_zone; }

private:
    BudgetLimits m_limits;
    QTimeZone m_zone;
};

enum class BudgetStatus { Ok, Warning, Exceeded };
QString budgetStatusName(BudgetStatus s);
QString budgetPeriodName(BudgetPeriod p);

struct PeriodStatus {
    PeriodRange range;
    double limit = 0;
    double spent = 0;
    double remaining = 0;
    double percentUsed = 0;
    BudgetStatus status = BudgetStatus::Ok;
};

// spent/limit reaching the block threshold is exceeded, the warn threshold warning.
BudgetStatus statusFor(double spent, double limit, const BudgetLimits& limits);

} // namespace runledger
