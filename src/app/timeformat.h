// SPDX-License-Identifier: MIT
#pragma once

#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace runledger {

// How the app shows instants, durations, money and counts: in the zone the
// user chose (local or UTC) and with the user's locale.
class TimeFormat {
    Q_DECLARE_TR_FUNCTIONS(TimeFormat)

public:
    static void setDisplay(TimeDisplay display);
    static TimeDisplay display();

    static QDateTime toDateTime(qint64 utcMicros);
    static qint64 toMicros(const QDateTime& t);
    // The locale's short date (four-digit year) and time with seconds:
    // "9/14/2025 8:05:12 AM" in en_US, "14.09.2025 08:05:12" in de_DE.
    static QString dateTimeFormat(bool milliseconds);
    static QString dateTime(qint64 utcMicros);
    static QString dateTimePrecise(qint64 utcMicros);   // with milliseconds
    static QString duration(double seconds);            // 1 h 02 min, 4.8 s
    static QString money(double usd);                   // $0.1234 / 0,1234 $, "–" for NaN
    static QString percent(double value, int decimals); // 45.0% / 45,0 %
    static QString count(qint64 n);
    static QString zoneLabel(); // "UTC" or the local zone's abbreviation
};

} // namespace runledger
