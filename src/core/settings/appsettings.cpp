// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "storage/database.h"

#include <QFileInfo>
#include <QSettings>

#include <memory>

namespace runledger {

namespace {

std::unique_ptr<QSettings> open(const QString& iniFile) {
    if (iniFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(iniFile, QSettings::IniFormat);
}

} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString& iniFile)
    : m_iniFile(iniFile) {}

QVariant AppSettings::value(const QString& key, const QVariant& fallback) const {
    return open(m_iniFile)->value(key, fallback);
}

void AppSettings::setValue(const QString& key, const QVariant& v) {
    open(m_iniFile)->setValue(key, v);
}

QString AppSettings::databasePath() const {
    const QString path = value(QStringLiteral("database/path")).toString();
    return path.isEmpty() ? Database::defaultPath() : path;
}

void AppSettings::setDatabasePath(const QString& path) {
    setValue(QStringLiteral("database/path"), path);
}

TimeDisplay AppSettings::timeDisplay() const {
    return value(QStringLiteral("display/time")).toString() == QLatin1String("utc")
               ? TimeDisplay::Utc
               : TimeDisplay::Local;
}

void AppSettings::setTimeDisplay(TimeDisplay t) {
    setValue(QStringLiteral("display/time"),
             t == TimeDisplay::Utc ? QStringLiteral("utc") : QStringLiteral("local"));
}

Theme AppSettings::theme() const {
    const QString t = value(QStringLiteral("display/theme")).toString();
    if (t == QLatin1String("light"))
        return Theme::Light;
    if (t == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme t) {
    static const char* const names[] = {"system", "light", "dark"};
    setValue(QStringLiteral("display/theme"), QString::fromLatin1(names[static_cast<int>(t)]));
}

QString AppSettings::language() const {
    return value(QStringLiteral("display/language")).toString();
}

void AppSettings::setLanguage(const QString& code) {
    setValue(QStringLiteral("display/language"), code);
}

QStringList AppSettings::pushRecent(const QString& key, const QString& path) {
    QStringList list = value(key).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    setValue(key, list);
    return list;
}

QStringList AppSettings::recentDatabases() const {
    return value(QStringLiteral("recent/databases")).toStringList();
}

void AppSettings::addRecentDatabase(const QString& path) {
    pushRecent(QStringLiteral("recent/databases"), path);
}

QStringList AppSettings::recentFolders() const {
    return value(QStringLiteral("recent/folders")).toStringList();
}

void AppSettings::addRecentFolder(const QString& path) {
    pushRecent(QStringLiteral("recent/folders"), path);
}

QString AppSettings::watchedFolder() const {
    return value(QStringLiteral("watch/folder")).toString();
}

void AppSettings::setWatchedFolder(const QString& path) {
    setValue(QStringLiteral("watch/folder"), path);
}

QByteArray AppSettings::uiState(const QString& name) const {
    return value(QStringLiteral("ui/") + name).toByteArray();
}

void AppSettings::setUiState(const QString& name, const QByteArray& state) {
    setValue(QStringLiteral("ui/") + name, state);
}

BudgetLimits AppSettings::budgetLimits() const {
    BudgetLimits b;
    auto optional = [&](const char* key) -> std::optional<double> {
        const QVariant v = value(QStringLiteral("budget/") + QLatin1String(key));
        bool ok = false;
        const double d = v.toDouble(&ok);
        return v.isValid() && ok && d >= 0 ? std::optional<double>(d) : std::nullopt;
    };
    b.daily = optional("daily");
    b.weekly = optional("weekly");
    b.monthly = optional("monthly");
    b.warnThreshold = value(QStringLiteral("budget/warn_threshold"), 0.8).toDouble();
    b.blockThreshold = value(QStringLiteral("budget/block_threshold"), 1.0).toDouble();
    b.timeZone = value(QStringLiteral("budget/time_zone")).toByteArray();
    b.weekStart = value(QStringLiteral("budget/week_start")).toString() == QLatin1String("sunday")
                      ? Qt::Sunday
                      : Qt::Monday;
    return b;
}

void AppSettings::setBudgetLimits(const BudgetLimits& b) {
    auto store = [&](const char* key, const std::optional<double>& v) {
        const QString k = QStringLiteral("budget/") + QLatin1String(key);
        if (v)
            setValue(k, *v);
        else
            open(m_iniFile)->remove(k);
    };
    store("daily", b.daily);
    store("weekly", b.weekly);
    store("monthly", b.monthly);
    setValue(QStringLiteral("budget/warn_threshold"), b.warnThreshold);
    setValue(QStringLiteral("budget/block_threshold"), b.blockThreshold);
    setValue(QStringLiteral("budget/time_zone"), QString::fromUtf8(b.timeZone));
    setValue(QStringLiteral("budget/week_start"),
             b.weekStart == Qt::Sunday ? QStringLiteral("sunday") : QStringLiteral("monday"));
}

PriceTable AppSettings::priceTable() const {
    auto settings = open(m_iniFile);
    if (!settings->contains(QStringLiteral("prices/size")))
        return PriceTable::defaults();
    QList<PriceEntry> entries;
    const int n = settings->beginReadArray(QStringLiteral("prices"));
    for (int i = 0; i < n; ++i) {
        settings->setArrayIndex(i);
        PriceEntry e;
        e.model = settings->value(QStringLiteral("model")).toString();
        e.aliases = settings->value(QStringLiteral("aliases")).toStringList();
        e.inputPerMillion = settings->value(QStringLiteral("input_per_million")).toDouble();
        e.outputPerMillion = settings->value(QStringLiteral("output_per_million")).toDouble();
        e.effectiveFrom = QDate::fromString(
            settings->value(QStringLiteral("effective_from")).toString(), Qt::ISODate);
        if (!e.model.isEmpty())
            entries.append(e);
    }
    settings->endArray();
    return PriceTable(entries);
}

void AppSettings::setPriceTable(const PriceTable& table) {
    auto settings = open(m_iniFile);
    settings->remove(QStringLiteral("prices"));
    settings->beginWriteArray(QStringLiteral("prices"), static_cast<int>(table.entries().size()));
    for (int i = 0; i < table.entries().size(); ++i) {
        const PriceEntry& e = table.entries().at(i);
        settings->setArrayIndex(i);
        settings->setValue(QStringLiteral("model"), e.model);
        settings->setValue(QStringLiteral("aliases"), e.aliases);
        settings->setValue(QStringLiteral("input_per_million"), e.inputPerMillion);
        settings->setValue(QStringLiteral("output_per_million"), e.outputPerMillion);
        settings->setValue(QStringLiteral("effective_from"), e.effectiveFrom.toString(Qt::ISODate));
    }
    settings->endArray();
    settings->setValue(QStringLiteral("prices/size"), static_cast<int>(table.entries().size()));
}

QList<PathMapping> AppSettings::pathMappings() const {
    QList<PathMapping> out;
    for (const QString& text : value(QStringLiteral("verify/mappings")).toStringList()) {
        if (const auto m = ChecksumVerifier::parseMapping(text))
            out.append(*m);
    }
    return out;
}

void AppSettings::setPathMappings(const QList<PathMapping>& mappings) {
    QStringList list;
    for (const PathMapping& m : mappings)
        list << m.from + QLatin1Char('=') + m.to;
    setValue(QStringLiteral("verify/mappings"), list);
}

void AppSettings::sync() {
    open(m_iniFile)->sync();
}

} // namespace runledger
