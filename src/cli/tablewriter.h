// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace runledger::cli {

// Plain aligned text tables for the CLI's human-readable output. Cells hold
// log content: control characters are printed escaped (ESC as \x1b).
class TableWriter {
public:
    explicit TableWriter(QStringList headers, QList<int> rightAligned = {});
    void addRow(QStringList cells);
    static QString escape(const QString& text);
    void print(QTextStream& out) const;

private:
    QStringList m_headers;
    QList<int> m_right;
    QList<QStringList> m_rows;
};

} // namespace runledger::cli
