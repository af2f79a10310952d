// SPDX-License-Identifier: MIT
#include "importreportdialog.h"

#include "displaynames.h"
#include "import/importreportexport.h"
#include "plaintext.h"
#include "timeformat.h"
#include "ui_importreportdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>

namespace runledger {

namespace {

QTableWidgetItem* numberItem(qint64 n) {
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, QVariant::fromValue(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent)
    , m_report(report)
    , m_ui(std::make_unique<Ui::ImportReportDialog>()) {
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(summaryText());

    resize(std::max(width(), 980), std::max(height(), 600));
    for (QTableWidget* table : {m_ui->filesTable, m_ui->rejectedTable}) {
        table->setWordWrap(false);
        table->setTextElideMode(Qt::ElideMiddle);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    }
    QTableWidget* files = m_ui->filesTable;
    files->setColumnCount(8);
    files->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Lines"), tr("Imported"),
                                      tr("Duplicates"), tr("Rejected"), tr("Pending bytes"),
                                      tr("Notes")});
    files->setSortingEnabled(false);
    files->setRowCount(static_cast<int>(report.files.size()));
    int row = 0;
    qint64 rejectedRows = 0;
    for (const FileReport& f : report.files) {
        files->setItem(row, 0, new QTableWidgetItem(f.path));
        files->setItem(row, 1,
                       new QTableWidgetItem(f.unreadable ? tr("not readable")
                                                         : DisplayNames::fileKind(f.kind)));
        files->setItem(row, 2, numberItem(f.lines));
        files->setItem(row, 3, numberItem(f.imported));
        files->setItem(row, 4, numberItem(f.duplicates));
        files->setItem(row, 5, numberItem(f.rejected));
        files->setItem(row, 6, numberItem(f.pendingBytes));
        QStringList notes = f.notes;
        if (f.unchanged)
            notes.prepend(tr("unchanged since the last import"));
        if (f.restarted)
            notes.prepend(tr("rewritten or truncated: read again"));
        if (!f.skipReason.isEmpty())
            notes.prepend(tr("not imported: %1").arg(f.skipReason));
        if (f.unreadable)
            notes.prepend(tr("could not be read: %1").arg(f.error));
        else if (!f.error.isEmpty())
            notes.prepend(tr("FAILED, nothing kept: %1").arg(f.error));
        if (f.rejectedNotListed > 0)
            notes << tr("%Ln more rejected line(s) not listed", nullptr,
                        static_cast<int>(f.rejectedNotListed));
        auto* note = new QTableWidgetItem(notes.join(QStringLiteral("; ")));
        note->setToolTip(plainToolTip(notes.join(QLatin1Char('\n'))));
        if (!f.error.isEmpty())
            note->setForeground(QColor(0xd6, 0x45, 0x45));
        files->setItem(row, 7, note);
        rejectedRows += f.rejectedLines.size();
        ++row;
    }
    files->setSortingEnabled(true);
    files->resizeColumnsToContents();
    files->horizontalHeader()->setStretchLastSection(true);
    files->setColumnWidth(0, std::min(files->columnWidth(0), 420));

    QTableWidget* rejected = m_ui->rejectedTable;
    rejected->setColumnCount(3);
    rejected->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Reason")});
    rejected->setRowCount(static_cast<int>(rejectedRows));
    row = 0;
    for (const FileReport& f : report.files) {
        for (const RejectedLine& r : f.rejectedLines) {
            rejected->setItem(row, 0, new QTableWidgetItem(f.path));
            rejected->setItem(row, 1, numberItem(r.line));
            rejected->setItem(row, 2, new QTableWidgetItem(r.reason));
            ++row;
        }
    }
    rejected->resizeColumnsToContents();
    rejected->setColumnWidth(0, std::min(rejected->columnWidth(0), 420));
    rejected->horizontalHeader()->setStretchLastSection(true);
    rejected->setVisible(rejectedRows > 0);
    m_ui->exportButton->setEnabled(rejectedRows > 0);

    connect(m_ui->copyButton, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(summaryText() + QStringLiteral("\n\n") +
                                           importReportText(m_report));
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export rejected lines"),
                                                          QStringLiteral("rejected-lines.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(path));
    });
}

ImportReportDialog::~ImportReportDialog() = default;

QString ImportReportDialog::summaryText() const {
    const ImportTotals& t = m_report.totals;
    QString text =
        //: %1 "12 files", %2 a duration, %3 "300 records", %4 "2 duplicates", %5 "1 line".
        tr("%1 read in %2: %3 imported, %4 skipped, %5 rejected.")
            .arg(tr("%Ln file(s)", nullptr, static_cast<int>(t.files)),
                 TimeFormat::duration(m_report.seconds),
                 tr("%Ln record(s)", nullptr, static_cast<int>(t.imported)),
                 tr("%Ln duplicate(s)", nullptr, static_cast<int>(t.duplicates)),
                 tr("%Ln line(s)", nullptr, static_cast<int>(t.rejected)));
    if (t.skippedFiles > 0)
        text += QLatin1Char(' ') + tr("%n file(s) were not Persona logs and were not imported.",
                                      nullptr, static_cast<int>(t.skippedFiles));
    if (t.failedFiles > 0)
        text += QLatin1Char(' ') + tr("%n file(s) failed and were rolled back.", nullptr,
                                      static_cast<int>(t.failedFiles));
    if (t.unreadablePaths > 0)
        text += QLatin1Char(' ') + tr("%n folder(s) or link(s) could not be read.", nullptr,
                                      static_cast<int>(t.unreadablePaths));
    if (m_report.cancelled)
        text +=
            QLatin1Char(' ') + tr("The import was cancelled; the file being read was rolled back.");
    return text;
}

bool ImportReportDialog::exportCsv(const QString& path) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(rejectedLinesCsv(m_report));
    return f.commit();
}

} // namespace runledger
