// SPDX-License-Identifier: MIT
#include "verifyreportdialog.h"

#include "displaynames.h"
#include "plaintext.h"
#include "text/textescape.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace runledger {

namespace {

// The report comes from someone else: its strings are shown with controls and
// bidirectional overrides escaped (terminalSafe()), so that a name cannot
// disguise itself, and as plain text.
QLabel* plainLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // names and reasons from the report are data
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

VerifyReportDialog::VerifyReportDialog(const QString& reportPath,
                                       const QList<PathMapping>& mappings, QWidget* parent)
    : QDialog(parent)
    , m_reportPath(reportPath)
    , m_mappings(mappings) {
    setWindowTitle(tr("Verify Report — %1").arg(QFileInfo(reportPath).fileName()));
    resize(980, 560);
    auto* layout = new QVBoxLayout(this);
    QLabel* file = plainLabel(this);
    file->setText(terminalSafe(tr("Report: %1").arg(reportPath)));
    file->setToolTip(plainToolTip(terminalSafe(reportPath)));
    layout->addWidget(file);
    m_runLabel = plainLabel(this);
    layout->addWidget(m_runLabel);
    m_checksumLabel = plainLabel(this);
    layout->addWidget(m_checksumLabel);
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Hashing progress"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Data file"), tr("Status"), tr("Recorded SHA-256"),
                                        tr("Current SHA-256"), tr("Resolved path"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Data files of the report"));
    layout->addWidget(m_table, 1);
    m_totalsLabel = plainLabel(this);
    layout->addWidget(m_totalsLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &VerifyReportDialog::reject);
    connect(m_cancelButton, &QPushButton::clicked, this, &VerifyReportDialog::cancel);
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
}

VerifyReportDialog::~VerifyReportDialog() {
    // The thread reports to this dialog: it stops (within one read) before the
    // dialog goes.
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void VerifyReportDialog::start() {
    if (m_thread)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto outcome = std::make_shared<Outcome>();
    m_runLabel->setText(tr("Reading the report…"));
    m_checksumLabel->clear();
    m_totalsLabel->clear();
    m_table->setRowCount(0);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setVisible(true);
    m_thread = QThread::create(
        [this, outcome, path = m_reportPath, mappings = m_mappings, cancel = m_cancel]() {
            outcome->verification = ReportVerifier::verify(
                path, mappings, &outcome->error, cancel.get(), [this](const VerifyProgress& p) {
                    QMetaObject::invokeMethod(
                        this, [this, p]() { showProgress(p); }, Qt::QueuedConnection);
                });
        });
    connect(m_thread, &QThread::finished, this, [this, outcome]() {
        m_thread->deleteLater();
        m_thread = nullptr;
        showOutcome(*outcome);
    });
    m_thread->start();
}

void VerifyReportDialog::cancel() {
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_runLabel->setText(tr("Cancelling…"));
}

void VerifyReportDialog::reject() {
    cancel();
    QDialog::reject();
}

QString VerifyReportDialog::checksumText() const {
    return m_checksumLabel->text();
}

QString VerifyReportDialog::totalsText() const {
    return m_totalsLabel->text();
}

void VerifyReportDialog::showProgress(const VerifyProgress& p) {
    if (!m_thread || m_cancel->load())
        return;
    m_runLabel->setText(tr("Hashing the data files the report lists…"));
    m_progress->setRange(0, p.filesTotal);
    m_progress->setValue(p.filesDone);
    m_progress->setFormat(tr("%1 of %2 files").arg(p.filesDone).arg(p.filesTotal));
}

void VerifyReportDialog::showOutcome(const Outcome& outcome) {
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    if (!outcome.verification) {
        m_runLabel->setText(
            terminalSafe(tr("This file cannot be verified: %1").arg(outcome.error)));
        emit verificationFinished(false, 0);
        return;
    }
    const ReportVerification& v = *outcome.verification;
    const QString run = v.listing.experimentId.isEmpty()
                            ? v.listing.runId
                            : v.listing.experimentId + QLatin1Char('/') + v.listing.runId;
    m_runLabel->setText(
        terminalSafe(tr("Run %1, report generated at %2").arg(run, v.listing.generatedAt)));
    showChecksum(v.checksum);
    m_table->setRowCount(static_cast<int>(v.files.size()));
    for (int r = 0; r < v.files.size(); ++r) {
        const VerifyResult& f = v.files.at(r);
        const QStringList cells = {f.path,         DisplayNames::verifyStatus(f.status),
                                   f.expected,     f.actual,
                                   f.resolvedPath, f.detail};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(terminalSafe(cells.at(c)));
            item->setToolTip(plainToolTip(item->text()));
            m_table->setItem(r, c, item);
        }
        m_table->item(r, 1)->setForeground(
            DisplayNames::verifyStatusColor(static_cast<int>(f.status)));
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount() - 1; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 300));
    showTotals(v);
    emit verificationFinished(true, v.problems());
}

void VerifyReportDialog::showChecksum(const ReportChecksum& c) {
    const QString name = QFileInfo(c.file).fileName();
    QString text;
    switch (c.status) {
    case ReportChecksum::Status::Ok:
        text = tr("The report matches its checksum file %1.").arg(name);
        break;
    case ReportChecksum::Status::Absent:
        text = tr("No checksum file (%1) lies beside the report: the report itself is not "
                  "checked.")
                   .arg(name);
        break;
    case ReportChecksum::Status::Mismatch:
        text = tr("The report does NOT match its checksum file: it was changed after it was "
                  "written. %1")
                   .arg(c.detail);
        break;
    case ReportChecksum::Status::OtherFile:
        text = tr("The checksum file %1 is for another file: %2").arg(name, c.detail);
        break;
    case ReportChecksum::Status::Malformed:
    case ReportChecksum::Status::Unreadable:
        text = tr("The checksum file %1 cannot be used: %2").arg(name, c.detail);
        break;
    }
    m_checksumLabel->setText(terminalSafe(text));
    m_checksumLabel->setStyleSheet(c.problem() ? QStringLiteral("color: #d64545") : QString());
}

void VerifyReportDialog::showTotals(const ReportVerification& v) {
    QStringList parts;
    for (const VerifyStatus s : {VerifyStatus::Ok, VerifyStatus::Mismatch, VerifyStatus::Missing,
                                 VerifyStatus::Unreadable, VerifyStatus::InvalidChecksum})
        parts << QStringLiteral("%1 %2").arg(v.count(s)).arg(DisplayNames::verifyStatus(s));
    QString text = tr("%n data file(s): %1.", nullptr, static_cast<int>(v.listing.files.size()))
                       .arg(parts.join(QStringLiteral(", ")));
    if (v.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled: the other files were not hashed.");
    else if (v.problems() == 0)
        text += QLatin1Char(' ') + tr("Everything verifies.");
    else
        text += QLatin1Char(' ') + tr("%n problem(s) found.", nullptr, v.problems());
    m_totalsLabel->setText(text);
}

} // namespace runledger
