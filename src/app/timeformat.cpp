// SPDX-License-Identifier: MIT
#include "timeformat.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace runledger {

namespace {
TimeDisplay g_display = TimeDisplay::Local;
}

void TimeFormat::setDisplay(TimeDisplay display) {
    g_display = display;
}
TimeDisplay TimeFormat::display() {
    return g_display;
}

QDateTime TimeFormat::toDateTime(qint64 utcMicros) {
    const qint64 ms = utcMicros >= 0 ? utcMicros / 1000 : (utcMicros - 999) / 1000;
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return g_display == TimeDisplay::Utc ? utc : utc.toLocalTime();
}

qint64 TimeFormat::toMicros(const QDateTime& t) {
    return t.toMSecsSinceEpoch() * 1000;
}

QString TimeFormat::dateTimeFormat(bool milliseconds) {
    // The locale's short date with a four-digit year, and its short time
    // with seconds added: runs and events are seconds apart. Worked out once
    // per locale (per thread: views format on the database worker too), not
    // for every table cell.
    thread_local QLocale cached(QLocale::C);
    thread_local QString formats[2];
    const QLocale locale;
    if (formats[0].isEmpty() || locale != cached) {
        QString date = locale.dateFormat(QLocale::ShortFormat);
        if (!date.contains(QLatin1String("yyyy")))
            date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        QString time = locale.timeFormat(QLocale::ShortFormat);
        if (!time.contains(QLatin1String("ss"))) {
            const qsizetype mm = time.indexOf(QLatin1String("mm"));
            if (mm >= 0)
                time.insert(mm + 2, QLatin1String(":ss"));
        }
        formats[0] = date + QLatin1Char(' ') + time;
        formats[1] = date + QLatin1Char(' ') +
                     QString(time).replace(QLatin1String("ss"), QLatin1String("ss.zzz"));
        cached = locale;
    }
    return formats[milliseconds ? 1 : 0];
}

QString TimeFormat::dateTime(qint64 utcMicros) {
    return QLocale().toString(toDateTime(utcMicros), dateTimeFormat(false));
}

QString TimeFormat::dateTimePrecise(qint64 utcMicros) {
    return QLocale().toString(toDateTime(utcMicros), dateTimeFormat(true));
}

QString TimeFormat::duration(double seconds) {
    if (std::isnan(seconds))
        return QStringLiteral("–");
    const QLocale locale;
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(seconds, 'f', seconds < 10 ? 2 : 1));
    const auto total = static_cast<qint64>(std::llround(seconds));
    const qint64 h = total / 3600, m = (total / 60) % 60, s = total % 60;
    if (h == 0)
        return tr("%1 min %2 s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    if (h < 48)
        return tr("%1 h %2 min").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(h / 24).arg(h % 24);
}

QString TimeFormat::money(double usd) {
    if (std::isnan(usd))
        return QStringLiteral("–");
    return QLocale().toCurrencyString(usd, QStringLiteral("$"), std::abs(usd) < 10 ? 4 : 2);
}

QString TimeFormat::percent(double value, int decimals) {
    if (std::isnan(value))
        return QStringLiteral("–");
    const QLocale locale;
    return locale.toString(value, 'f', decimals) + locale.percent();
}

QString TimeFormat::count(qint64 n) {
    return QLocale().toString(n);
}

QString TimeFormat::zoneLabel() {
    if (g_display == TimeDisplay::Utc)
        return QStringLiteral("UTC");
    return QDateTime::currentDateTime().timeZoneAbbreviation();
}

} // namespace runledger
