// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "language.h"
#include "ui_settingsdialog.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace runledger {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent,
                               const QString& currentDatabase)
    : QDialog(parent)
    , m_settings(settings)
    , m_initialDatabase(currentDatabase.isEmpty() ? settings.databasePath() : currentDatabase)
    , m_ui(std::make_unique<Ui::SettingsDialog>()) {
    m_ui->setupUi(this);
    m_ui->databaseEdit->setText(m_initialDatabase);
    m_ui->utcRadio->setChecked(settings.timeDisplay() == TimeDisplay::Utc);
    m_ui->localRadio->setChecked(settings.timeDisplay() == TimeDisplay::Local);
    m_ui->themeCombo->setCurrentIndex(static_cast<int>(settings.theme()));
    for (const Language::Choice& c : Language::choices())
        m_ui->languageCombo->addItem(c.name, c.code);
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(settings.language())));
    const BudgetLimits b = settings.budgetLimits();
    m_ui->dailyCheck->setChecked(b.daily.has_value());
    m_ui->dailySpin->setValue(b.daily.value_or(10));
    m_ui->weeklyCheck->setChecked(b.weekly.has_value());
    m_ui->weeklySpin->setValue(b.weekly.value_or(50));
    m_ui->monthlyCheck->setChecked(b.monthly.has_value());
    m_ui->monthlySpin->setValue(b.monthly.value_or(200));
    m_ui->warnSpin->setValue(b.warnThreshold);
    m_ui->blockSpin->setValue(b.blockThreshold);
    m_ui->zoneCombo->addItem(tr("System zone"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_ui->zoneCombo->addItem(QString::fromUtf8(id));
    m_ui->zoneCombo->setCurrentText(b.timeZone.isEmpty() ? tr("System zone")
                                                         : QString::fromUtf8(b.timeZone));
    m_ui->weekCombo->setCurrentIndex(b.weekStart == Qt::Sunday ? 1 : 0);
    showPrices(settings.priceTable());
    QStringList mappings;
    for (const PathMapping& m : settings.pathMappings())
        mappings << m.from + QLatin1Char('=') + m.to;
    m_ui->mappingsEdit->setPlainText(mappings.join(QLatin1Char('\n')));
    connect(m_ui->addPriceButton, &QPushButton::clicked, this, [this]() {
        m_ui->pricesTable->insertRow(m_ui->pricesTable->rowCount());
        m_ui->pricesTable->setCurrentCell(m_ui->pricesTable->rowCount() - 1, 0);
    });
    connect(m_ui->removePriceButton, &QPushButton::clicked, this, [this]() {
        if (m_ui->pricesTable->currentRow() >= 0)
            m_ui->pricesTable->removeRow(m_ui->pricesTable->currentRow());
    });
    connect(m_ui->defaultPricesButton, &QPushButton::clicked, this,
            [this]() { showPrices(PriceTable::defaults()); });
    connect(m_ui->exportPricesButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export price table"),
                                                          QStringLiteral("prices.json"),
                                                          tr("JSON files (*.json);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !exportPrices(path, &error))
            QMessageBox::warning(this, tr("Export price table"), error);
    });
    connect(m_ui->importPricesButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import price table"), QString(),
                                                          tr("JSON files (*.json);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !importPrices(path, &error))
            QMessageBox::warning(this, tr("Import price table"), error);
    });
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

void SettingsDialog::showPrices(const PriceTable& table) {
    QTableWidget* t = m_ui->pricesTable;
    t->setRowCount(static_cast<int>(table.entries().size()));
    for (int r = 0; r < table.entries().size(); ++r) {
        const PriceEntry& e = table.entries().at(r);
        t->setItem(r, 0, new QTableWidgetItem(e.model));
        t->setItem(r, 1, new QTableWidgetItem(e.aliases.join(QStringLiteral(", "))));
        t->setItem(r, 2, new QTableWidgetItem(QString::number(e.inputPerMillion)));
        t->setItem(r, 3, new QTableWidgetItem(QString::number(e.outputPerMillion)));
        t->setItem(r, 4, new QTableWidgetItem(e.effectiveFrom.toString(Qt::ISODate)));
    }
    t->resizeColumnsToContents();
    t->horizontalHeader()->setStretchLastSection(true);
}

PriceTable SettingsDialog::priceTable(QString* error) const {
    QList<PriceEntry> entries;
    const QTableWidget* t = m_ui->pricesTable;
    auto text = [t](int r, int c) {
        return t->item(r, c) ? t->item(r, c)->text().trimmed() : QString();
    };
    for (int r = 0; r < t->rowCount(); ++r) {
        PriceEntry e;
        e.model = text(r, 0);
        if (e.model.isEmpty())
            continue;
        for (const QString& a : text(r, 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            e.aliases << a.trimmed();
        bool okIn = false, okOut = false;
        e.inputPerMillion = text(r, 2).toDouble(&okIn);
        e.outputPerMillion = text(r, 3).toDouble(&okOut);
        const QString date = text(r, 4);
        e.effectiveFrom = QDate::fromString(date, Qt::ISODate);
        if (!okIn || !okOut || e.inputPerMillion < 0 || e.outputPerMillion < 0 ||
            (!date.isEmpty() && !e.effectiveFrom.isValid())) {
            if (error)
                *error = tr("Row %1 (%2): prices must be non-negative numbers and the date "
                            "YYYY-MM-DD or empty.")
                             .arg(r + 1)
                             .arg(e.model);
            continue;
        }
        entries.append(e);
    }
    return PriceTable(entries);
}

bool SettingsDialog::exportPrices(const QString& path, QString* error) const {
    const PriceTable table = priceTable(error);
    if (!error->isEmpty())
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(table.toJson()) < 0 || !f.commit()) {
        *error = tr("Could not write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool SettingsDialog::importPrices(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read %1: %2").arg(path, f.errorString());
        return false;
    }
    QString reason;
    const std::optional<PriceTable> table = PriceTable::fromJson(f.readAll(), &reason);
    if (!table) {
        //: %2 says what is wrong, in English (as the command-line tool says it).
        *error = tr("%1 is not a price table: %2").arg(path, reason);
        return false;
    }
    showPrices(*table);
    return true;
}

BudgetLimits SettingsDialog::budgetLimits() const {
    BudgetLimits b;
    if (m_ui->dailyCheck->isChecked())
        b.daily = m_ui->dailySpin->value();
    if (m_ui->weeklyCheck->isChecked())
        b.weekly = m_ui->weeklySpin->value();
    if (m_ui->monthlyCheck->isChecked())
        b.monthly = m_ui->monthlySpin->value();
    b.warnThreshold = m_ui->warnSpin->value();
    b.blockThreshold = m_ui->blockSpin->value();
    const QString zone = m_ui->zoneCombo->currentText().trimmed();
    b.timeZone = zone == tr("System zone") ? QByteArray() : zone.toUtf8();
    b.weekStart = m_ui->weekCombo->currentIndex() == 1 ? Qt::Sunday : Qt::Monday;
    return b;
}

QList<PathMapping> SettingsDialog::pathMappings(QString* error) const {
    QList<PathMapping> out;
    const QStringList lines =
        m_ui->mappingsEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (const auto m = ChecksumVerifier::parseMapping(line))
            out.append(*m);
        else if (error)
            *error = tr("Mapping line %1 is not FROM=TO: %2").arg(i + 1).arg(line);
    }
    return out;
}

void SettingsDialog::accept() {
    QString error;
    priceTable(&error);
    if (error.isEmpty())
        pathMappings(&error);
    const BudgetLimits b = budgetLimits();
    if (error.isEmpty() && !b.timeZone.isEmpty() && !QTimeZone(b.timeZone).isValid())
        error = tr("'%1' is not a time zone name such as Europe/Berlin.")
                    .arg(QString::fromUtf8(b.timeZone));
    if (error.isEmpty() && b.warnThreshold > b.blockThreshold)
        error = tr("The warn threshold must not be above the block threshold.");
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Settings"), error);
        return;
    }
    QDialog::accept();
}

QString SettingsDialog::databasePath() const {
    return m_ui->databaseEdit->text().trimmed();
}

TimeDisplay SettingsDialog::timeDisplay() const {
    return m_ui->utcRadio->isChecked() ? TimeDisplay::Utc : TimeDisplay::Local;
}

QString SettingsDialog::language() const {
    return m_ui->languageCombo->currentData().toString();
}

Theme SettingsDialog::theme() const {
    return static_cast<Theme>(m_ui->themeCombo->currentIndex());
}

void SettingsDialog::save() {
    if (!databasePath().isEmpty() && databaseChanged())
        m_settings.setDatabasePath(databasePath());
    m_settings.setTimeDisplay(timeDisplay());
    m_settings.setTheme(theme());
    m_settings.setLanguage(language());
    m_settings.setBudgetLimits(budgetLimits());
    m_settings.setPriceTable(priceTable());
    m_settings.setPathMappings(pathMappings());
    m_settings.sync();
}

} // namespace runledger
