// SPDX-License-Identifier: MIT
#pragma once

#include "import/importreport.h"

#include <QDialog>
#include <QElapsedTimer>
#include <memory>

namespace Ui {
class ImportProgressDialog;
}

namespace runledger {

// Files, lines, MB/s and the time remaining of a running import, with Cancel.
class ImportProgressDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportProgressDialog(QWidget* parent = nullptr);
    ~ImportProgressDialog() override;

    void setProgress(const ImportProgress& p);

signals:
    void cancelRequested();

protected:
    void reject() override; // Esc and the close button cancel too

private:
    std::unique_ptr<Ui::ImportProgressDialog> m_ui;
    QElapsedTimer m_timer;
};

} // namespace runledger
