// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include <QRegularExpression>

namespace runledger {

namespace {

bool isPlainNumber(const QString& s) {
    static const QRegularExpression number(
        QStringLiteral("^-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$"));
    return number.match(s).hasMatch();
}

bool startsFormula(const QString& s) {
    if (s.isEmpty())
        return false;
    switch (s.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

} // namespace

CsvWriter::CsvWriter(const QStringList& headers, QList<int> numberColumns)
    : m_numbers(std::move(numberColumns)) {
    QStringList fields;
    for (const QString& h : headers)
        fields << field(h, false);
    m_data = fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

void CsvWriter::addRow(const QStringList& cells) {
    QStringList fields;
    for (qsizetype i = 0; i < cells.size(); ++i)
        fields << field(cells.at(i), m_numbers.contains(static_cast<int>(i)));
    m_data += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QString CsvWriter::field(const QString& cell, bool numberColumn) {
    if (numberColumn && isPlainNumber(cell))
        return cell;
    const bool formula = startsFormula(cell);
    QString s = formula ? QLatin1Char('\'') + cell : cell;
    if (formula || s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
            QLatin1Char('"');
    return s;
}

} // namespace runledger
