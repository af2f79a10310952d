// SPDX-License-Identifier: MIT
#pragma once

#include "import/importreport.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportReportDialog;
}

namespace runledger {

// What an import did: per file imported / duplicates / rejected / pending,
// and every rejected line with file, line and reason; copyable, and the
// rejected lines exportable as CSV.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportReportDialog(const ImportReport& report, QWidget* parent = nullptr);
    ~ImportReportDialog() override;

    bool exportCsv(const QString& path);
    QString summaryText() const;

private:
    ImportReport m_report;
    std::unique_ptr<Ui::ImportReportDialog> m_ui;
};

} // namespace runledger
