// SPDX-License-Identifier: MIT
#include "timestamp.h"

#include <cstring>

namespace runledger {

namespace {

bool digits(std::string_view s, size_t pos, size_t count, int* value) {
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = 0; i < count; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

bool leapYear(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leapYear(y) ? 29 : days[m - 1];
}

} // namespace

int64_t daysFromCivil(int64_t y, unsigned m, unsigned d) {
    // Howard Hinnant's algorithm.
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

namespace {

void civilFromDays(int64_t z, int64_t* y, unsigned* m, unsigned* d) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = static_cast<int64_t>(yoe) + era * 400 + (*m <= 2);
}

void put(char* out, int64_t v, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + v % 10);
        v /= 10;
    }
}

} // namespace

void formatCanonicalTimestamp(int64_t utcMicros, char out[32]) {
    int64_t secs = utcMicros / 1000000;
    int64_t micros = utcMicros % 1000000;
    if (micros < 0) {
        micros += 1000000;
        --secs;
    }
    int64_t days = secs / 86400;
    int64_t rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    put(out, y < 0 ? 0 : (y > 9999 ? 9999 : y), 4);
    out[4] = '-';
    put(out + 5, m, 2);
    out[7] = '-';
    put(out + 8, d, 2);
    out[10] = 'T';
    put(out + 11, rem / 3600, 2);
    out[13] = ':';
    put(out + 14, (rem / 60) % 60, 2);
    out[16] = ':';
    put(out + 17, rem % 60, 2);
    out[19] = '.';
    put(out + 20, micros, 6);
    std::memcpy(out + 26, "+00:00", 6);
}

bool isCanonicalTimestamp(std::string_view text, int64_t utcMicros) {
    if (text.size() != 32)
        return false;
    char buf[32];
    formatCanonicalTimestamp(utcMicros, buf);
    return std::memcmp(buf, text.data(), 32) == 0;
}

bool parseIsoTimestamp(std::string_view s, ParsedTimestamp* out) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(s, 0, 4, &year) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, &month) ||
        s[7] != '-' || !digits(s, 8, 2, &day) || (s[10] != 'T' && s[10] != ' ' && s[10] != 't') ||
        !digits(s, 11, 2, &hour) || s[13] != ':' || !digits(s, 14, 2, &minute) || s[16] != ':' ||
        !digits(s, 17, 2, &second))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 ||
        minute > 59 || second > 60)
        return false;
    size_t pos = 19;
    int64_t micros = 0;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 6) {
                micros = micros * 10 + (s[pos] - '0');
                ++n;
            }
            ++pos;
        }
        if (n == 0)
            return false;
        for (; n < 6; ++n)
            micros *= 10;
    }
    int64_t offsetSeconds = 0;
    bool hadZone = false;
    if (pos < s.size()) {
        const char c = s[pos];
        if ((c == 'Z' || c == 'z') && pos + 1 == s.size()) {
            hadZone = true;
        } else if (c == '+' || c == '-') {
            int oh = 0, om = 0;
            if (!digits(s, pos + 1, 2, &oh))
                return false;
            size_t p = pos + 3;
            if (p < s.size() && s[p] == ':')
                ++p;
            if (p < s.size()) {
                if (!digits(s, p, 2, &om) || p + 2 != s.size())
                    return false;
            }
            if (oh > 23 || om > 59)
                return false;
            offsetSeconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
            hadZone = true;
        } else {
            return false;
        }
    }
    const int64_t days =
        daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const int64_t secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    out->utcMicros = secs * 1000000 + micros;
    out->hadZone = hadZone;
    return true;
}

} // namespace runledger
