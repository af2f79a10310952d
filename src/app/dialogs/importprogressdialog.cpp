// SPDX-License-Identifier: MIT
#include "importprogressdialog.h"

#include "timeformat.h"
#include "ui_importprogressdialog.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace runledger {

ImportProgressDialog::ImportProgressDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportProgressDialog>()) {
    m_ui->setupUi(this);
    setModal(true);
    m_timer.start();
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ImportProgressDialog::reject);
}

ImportProgressDialog::~ImportProgressDialog() = default;

void ImportProgressDialog::reject() {
    if (!m_running) {
        QDialog::reject();
        return;
    }
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_ui->fileLabel->setText(tr("Cancelling: the current file is rolled back…"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    emit cancelRequested();
}

void ImportProgressDialog::finish() {
    m_running = false;
    accept();
}

void ImportProgressDialog::setProgress(const ImportProgress& p) {
    const QLocale locale;
    if (!m_cancelling) // progress queued before the cancel keeps coming for a moment
        m_ui->fileLabel->setText(p.currentFile.isEmpty()
                                     ? tr("Preparing…")
                                     : tr("Importing %1").arg(QFileInfo(p.currentFile).fileName()));
    m_ui->fileLabel->setToolTip(p.currentFile);
    m_ui->filesLabel->setText(
        tr("%1 of %2").arg(std::min(p.filesDone + 1, p.filesTotal)).arg(p.filesTotal));
    m_ui->linesLabel->setText(TimeFormat::count(p.linesDone));
    const double seconds = std::max(0.001, m_timer.elapsed() / 1000.0);
    const double rate = double(p.bytesDone) / seconds;
    m_ui->speedLabel->setText(tr("%1 MB/s (%2 of %3 MB)")
                                  .arg(locale.toString(rate / 1e6, 'f', 1),
                                       locale.toString(double(p.bytesDone) / 1e6, 'f', 1),
                                       locale.toString(double(p.bytesTotal) / 1e6, 'f', 1)));
    if (p.bytesTotal > 0) {
        m_ui->progressBar->setValue(
            static_cast<int>(1000.0 * double(p.bytesDone) / double(p.bytesTotal)));
        m_ui->remainingLabel->setText(
            rate > 0 && seconds > 0.5
                ? TimeFormat::duration(double(p.bytesTotal - p.bytesDone) / rate)
                : tr("estimating…"));
    }
}

} // namespace runledger
