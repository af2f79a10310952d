// SPDX-License-Identifier: MIT
#include "emptystatewidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace runledger {

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto* title = new QLabel(tr("No experiments yet"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    auto* text = new QLabel(
        tr("RunLedger reads the logs the Persona tool writes (events, token usage, costs and "
           "run metadata) and shows your experiment history, timelines and costs.\n\n"
           "Import a Persona experiments folder, or open the bundled sample project to see "
           "every view populated. You can also drop files or folders onto this window."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(560);
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text);
    textRow->addStretch();
    outer->addLayout(textRow);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_import = new QPushButton(tr("Import folder…"), this);
    m_import->setDefault(true);
    m_sample = new QPushButton(tr("Open sample data"), this);
    buttons->addWidget(m_import);
    buttons->addWidget(m_sample);
    buttons->addStretch();
    outer->addSpacing(12);
    outer->addLayout(buttons);
    outer->addStretch(3);
    connect(m_import, &QPushButton::clicked, this, &EmptyStateWidget::importFolderRequested);
    connect(m_sample, &QPushButton::clicked, this, &EmptyStateWidget::sampleRequested);
}

} // namespace runledger
