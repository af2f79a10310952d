// SPDX-License-Identifier: MIT
#include "comparedialog.h"

#include "plaintext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace runledger {

CompareDialog::CompareDialog(const Comparison& comparison, QWidget* parent)
    : QDialog(parent)
    , m_all(comparison) {
    setWindowTitle(tr("Compare runs"));
    resize(980, 620);
    auto* layout = new QVBoxLayout(this);
    auto* options = new QHBoxLayout;
    m_differences = new QCheckBox(tr("&Differences only"), this);
    m_differences->setChecked(true);
    m_transpose = new QCheckBox(tr("&Transpose"), this);
    m_summary = new QLabel(this);
    options->addWidget(m_differences);
    options->addWidget(m_transpose);
    options->addWidget(m_summary, 1);
    layout->addLayout(options);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Run comparison"));
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy as &Markdown"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(markdown()); });
    connect(m_differences, &QCheckBox::toggled, this, &CompareDialog::rebuild);
    connect(m_transpose, &QCheckBox::toggled, this, &CompareDialog::rebuild);
    rebuild();
}

void CompareDialog::setDifferencesOnly(bool on) {
    m_differences->setChecked(on);
}
void CompareDialog::setTransposed(bool on) {
    m_transpose->setChecked(on);
}

void CompareDialog::rebuild() {
    m_shown = m_all.view(m_differences->isChecked(), m_transpose->isChecked());
    const Comparison rowsFirst = m_all.view(m_differences->isChecked(), false);
    //: %1 is "3 runs"; then "5 of 40 facts differ".
    m_summary->setText(
        tr("%1; %2 of %Ln fact(s) differ", nullptr, static_cast<int>(m_all.keys.size()))
            .arg(tr("%n run(s)", nullptr, static_cast<int>(m_all.runIds.size())))
            .arg(m_all.view(true, false).keys.size()));
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(m_shown.runIds.size()));
    m_table->setHorizontalHeaderLabels(m_shown.runIds);
    m_table->setRowCount(static_cast<int>(m_shown.keys.size()));
    m_table->setVerticalHeaderLabels(m_shown.keys);
    for (int r = 0; r < m_shown.keys.size(); ++r) {
        // Rows that differ stand out (in the untransposed layout, per fact).
        const bool differs = !m_transpose->isChecked() && rowsFirst.differs(r);
        for (int c = 0; c < m_shown.values.at(r).size(); ++c) {
            auto* item = new QTableWidgetItem(m_shown.values.at(r).at(c));
            item->setToolTip(plainToolTip(item->text()));
            if (differs) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
}

} // namespace runledger
