// SPDX-License-Identifier: MIT
#pragma once

#include "integrity/reportverifier.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace runledger {

// File → Verify Report…: a JSON report re-checked offline (ReportVerifier),
// hashing on a background thread with progress and Cancel, then every data
// file with its status and the totals. Closing it cancels the hashing and
// waits for the thread, so the dialog can be closed at any moment.
class VerifyReportDialog : public QDialog {
    Q_OBJECT
public:
    VerifyReportDialog(const QString& reportPath, const QList<PathMapping>& mappings,
                       QWidget* parent = nullptr);
    ~VerifyReportDialog() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    QTableWidget* table() const { return m_table; }
    QString checksumText() const;
    QString totalsText() const;

signals:
    // usable: the report could be read; problems as ReportVerification counts them.
    void verificationFinished(bool usable, int problems);

protected:
    void reject() override; // Esc, the window's close button and Close: cancel, then close

private:
    struct Outcome {
        std::optional<ReportVerification> verification;
        QString error;
    };
    void showProgress(const VerifyProgress& p);
    void showOutcome(const Outcome& outcome);
    void showChecksum(const ReportChecksum& c);
    void showTotals(const ReportVerification& v);

    QString m_reportPath;
    QList<PathMapping> m_mappings;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread* m_thread = nullptr;

    QLabel* m_runLabel;
    QLabel* m_checksumLabel;
    QLabel* m_totalsLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QTableWidget* m_table;
};

} // namespace runledger
