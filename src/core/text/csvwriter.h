// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace runledger {

// Every CSV file RunLedger writes: RFC 4180 (a field holding a comma, a double
// quote, CR or LF is quoted, its quotes doubled), UTF-8 without a byte order
// mark, CRLF after every record including the last.
//
// Cells are text unless their column is a number column. Text comes from the
// data and is untrusted: a text cell a spreadsheet would take for a formula
// (first character `=`, `+`, `-`, `@`, tab or CR) is written with a leading
// single quote and quoted. A number column holds figures the program formats
// itself (C locale); a cell there that is a plain decimal number, such as
// -3.5 or 1e-06, is written as it is, anything else is treated as text.
class CsvWriter {
public:
    explicit CsvWriter(const QStringList& headers, QList<int> numberColumns = {});

    void addRow(const QStringList& cells);
    const QByteArray& data() const { return m_data; }

    // One field as written, without the separator.
    static QString field(const QString& cell, bool numberColumn);

private:
    QList<int> m_numbers;
    QByteArray m_data;
};

} // namespace runledger
