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

void AppSettings::sync() {
    open(m_iniFile)->sync();
}

} // namespace runledger
