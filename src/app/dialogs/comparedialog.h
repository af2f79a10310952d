// SPDX-License-Identifier: MIT
#pragma once

#include "integrity/runcomparison.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace runledger {

// Two or more runs side by side: configuration, environment, data checksums,
// tokens and cost. Differences only by default; transposable; copyable as
// Markdown.
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    CompareDialog(const Comparison& comparison, QWidget* parent = nullptr);

    void setDifferencesOnly(bool on);
    void setTransposed(bool on);
    QString markdown() const { return m_shown.markdown(); }
    QTableWidget* table() const { return m_table; }

private:
    void rebuild();

    Comparison m_all;
    Comparison m_shown;
    QCheckBox* m_differences;
    QCheckBox* m_transpose;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace runledger
