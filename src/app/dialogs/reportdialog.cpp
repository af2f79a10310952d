// SPDX-License-Identifier: MIT
#include "reportdialog.h"

#include "report/reportpdf.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace runledger {

ReportDialog::ReportDialog(const QJsonObject& report, QWidget* parent)
    : QDialog(parent)
    , m_report(report) {
    const QString runId =
        report.value(QStringLiteral("run")).toObject().value(QStringLiteral("run_id")).toString();
    setWindowTitle(tr("Reproducibility report — %1").arg(runId));
    resize(860, 700);
    auto* layout = new QVBoxLayout(this);
    m_preview = new QTextBrowser(this);
    m_preview->setAccessibleName(tr("Report preview"));
    fillReportDocument(report, m_preview->document());
    layout->addWidget(m_preview, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("&Format:"), this));
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML (one self-contained file)"), QStringLiteral("html"));
    m_format->addItem(tr("Markdown"), QStringLiteral("md"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    row->addWidget(m_format);
    row->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    row->addWidget(buttons);
    layout->addLayout(row);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this, runId]() {
        const QString format = m_format->currentData().toString();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save report"), QStringLiteral("%1-report.%2").arg(runId, format));
        if (path.isEmpty())
            return;
        const QString error = save(path, format);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Save report"), error);
        else
            QMessageBox::information(this, tr("Save report"),
                                     tr("Saved %1, with its checksum in %1.sha256.").arg(path));
    });
}

QString ReportDialog::save(const QString& path, const QString& format) {
    return writeReport(m_report, format, path);
}

} // namespace runledger
