// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPushButton;

namespace runledger {

// Shown while the database holds no runs: what RunLedger does and the two
// ways to start (import a Persona folder, or open the bundled sample).
class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);
    QPushButton* importButton() const { return m_import; }
    QPushButton* sampleButton() const { return m_sample; }

signals:
    void importFolderRequested();
    void sampleRequested();

private:
    QPushButton* m_import;
    QPushButton* m_sample;
};

} // namespace runledger
