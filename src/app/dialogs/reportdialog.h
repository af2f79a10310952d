// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QTextBrowser;

namespace runledger {

// A run's reproducibility report: a preview, then Save as Markdown, HTML,
// PDF or JSON (with a .sha256 file beside it).
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(const QJsonObject& report, QWidget* parent = nullptr);
    QString save(const QString& path, const QString& format); // empty or the error

private:
    QJsonObject m_report;
    QComboBox* m_format;
    QTextBrowser* m_preview;
};

} // namespace runledger
