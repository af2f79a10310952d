// SPDX-License-Identifier: MIT
#pragma once

#include "settings/appsettings.h"

#include <QDateTime>
#include <QString>

namespace runledger {

// How the app shows instants, durations, money and counts: in the zone the
// user chose (local or UTC) and with the user's locale.
class TimeFormat {
public:
    static void setDisplay(TimeDisplay display);
    static TimeDisplay display();

    static QDateTime toDateTime(qint64 utcMicros);
    static qint64 toMicros(const QDateTime& t);
    static QString dateTime(qint64 utcMicros);        // 2025-09-14 08:05:12
    static QString dateTimePrecise(qint64 utcMicros); // 2025-09-14 08:05:12.480
    static QString duration(double seconds);          // 1 h 02 min, 4.8 s
    static QString money(double usd);                 // $0.1234, "–" for NaN
    static QString count(qint64 n);
    static QString zoneLabel(); // "UTC" or the local zone's abbreviation
};

} // namespace runledger
