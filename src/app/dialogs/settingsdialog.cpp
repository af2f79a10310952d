// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "ui_settingsdialog.h"

#include <QFileDialog>

namespace runledger {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::SettingsDialog>()) {
    m_ui->setupUi(this);
    m_ui->databaseEdit->setText(settings.databasePath());
    m_ui->utcRadio->setChecked(settings.timeDisplay() == TimeDisplay::Utc);
    m_ui->localRadio->setChecked(settings.timeDisplay() == TimeDisplay::Local);
    m_ui->themeCombo->setCurrentIndex(static_cast<int>(settings.theme()));
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this]() {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Database file"), m_ui->databaseEdit->text(),
                                         tr("RunLedger databases (*.sqlite *.db);;All files (*)"),
                                         nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_ui->databaseEdit->setText(path);
    });
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::databasePath() const {
    return m_ui->databaseEdit->text().trimmed();
}

TimeDisplay SettingsDialog::timeDisplay() const {
    return m_ui->utcRadio->isChecked() ? TimeDisplay::Utc : TimeDisplay::Local;
}

Theme SettingsDialog::theme() const {
    return static_cast<Theme>(m_ui->themeCombo->currentIndex());
}

void SettingsDialog::save() {
    if (!databasePath().isEmpty())
        m_settings.setDatabasePath(databasePath());
    m_settings.setTimeDisplay(timeDisplay());
    m_settings.setTheme(theme());
    m_settings.sync();
}

} // namespace runledger
