// SPDX-License-Identifier: MIT
#pragma once

#include "domain/budget.h"
#include "domain/pricetable.h"
#include "integrity/checksumverifier.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace runledger {

enum class TimeDisplay { Local, Utc };
enum class Theme { System, Light, Dark };

// The only code that knows QSettings keys and defaults. Everything else asks
// for typed values. Backed by the application's QSettings (organisation and
// application names set at start-up); tests point it at a temporary file.
class AppSettings {
public:
    AppSettings();
    explicit AppSettings(const QString& iniFile); // for tests

    QString databasePath() const; // default: Database::defaultPath()
    void setDatabasePath(const QString& path);

    TimeDisplay timeDisplay() const;
    void setTimeDisplay(TimeDisplay t);

    Theme theme() const;
    void setTheme(Theme t);

    // The user interface language as a locale name ("de", "fr", "en"); empty
    // means the system's.
    QString language() const;
    void setLanguage(const QString& code);

    // Most recent first, at most kMaxRecent, without duplicates.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString& path);
    QStringList recentFolders() const;
    void addRecentFolder(const QString& path);

    QString watchedFolder() const;
    void setWatchedFolder(const QString& path);

    BudgetLimits budgetLimits() const;
    void setBudgetLimits(const BudgetLimits& limits);

    // The defaults until the user edits the table.
    PriceTable priceTable() const;
    void setPriceTable(const PriceTable& table);

    // Recorded path prefixes from other machines and where they are here.
    QList<PathMapping> pathMappings() const;
    void setPathMappings(const QList<PathMapping>& mappings);

    // Opaque UI state blobs (geometry, splitters, header layouts) by name.
    QByteArray uiState(const QString& name) const;
    void setUiState(const QString& name, const QByteArray& state);

    void sync();

    static constexpr int kMaxRecent = 8;

private:
    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    void setValue(const QString& key, const QVariant& v);
    QStringList pushRecent(const QString& key, const QString& path);

    QString m_iniFile;
};

} // namespace runledger
