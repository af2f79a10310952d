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
// While the import runs, Cancel, Esc and the window's close button ask to
// cancel it and the dialog stays up, saying so, until the import has stopped;
// finish() (the import ended, completed or cancelled) closes it.
class ImportProgressDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportProgressDialog(QWidget* parent = nullptr);
    ~ImportProgressDialog() override;

    void setProgress(const ImportProgress& p);
    void finish();
    bool isCancelling() const { return m_cancelling; }

signals:
    void cancelRequested();

protected:
    void reject() override;

private:
    std::unique_ptr<Ui::ImportProgressDialog> m_ui;
    QElapsedTimer m_timer;
    bool m_running = true;
    bool m_cancelling = false;
};

} // namespace runledger
