// SPDX-License-Identifier: MIT
#pragma once

#include "settings/appsettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace runledger {

// General settings: database file, time zone for display, theme. Reads
// from and writes to AppSettings; the caller applies what changed.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // currentDatabase: the database the window shows (the sample project, say),
    // which the database field starts with; empty: the configured one. It
    // becomes the configured database only when the user edits the field.
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr,
                            const QString& currentDatabase = QString());
    ~SettingsDialog() override;

    // Stores the dialog's values in the settings.
    void save();

    QString databasePath() const;
    bool databaseChanged() const { return databasePath() != m_initialDatabase; }
    TimeDisplay timeDisplay() const;
    Theme theme() const;
    QString language() const; // a Language::Choice code
    BudgetLimits budgetLimits() const;
    // The table as edited; rows with an error are reported in *error.
    PriceTable priceTable(QString* error = nullptr) const;
    QList<PathMapping> pathMappings(QString* error = nullptr) const;
    // The price table as edited, written as JSON (PriceTable::toJson); or a
    // JSON price table read into the table. False with the reason in *error.
    bool exportPrices(const QString& path, QString* error) const;
    bool importPrices(const QString& path, QString* error);

protected:
    void accept() override;

private:
    void showPrices(const PriceTable& table);

    AppSettings& m_settings;
    QString m_initialDatabase;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace runledger
