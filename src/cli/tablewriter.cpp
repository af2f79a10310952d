// SPDX-License-Identifier: MIT
#include "tablewriter.h"

namespace runledger::cli {

TableWriter::TableWriter(QStringList headers, QList<int> rightAligned)
    : m_headers(std::move(headers))
    , m_right(std::move(rightAligned)) {}

QString TableWriter::escape(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void TableWriter::addRow(QStringList cells) {
    for (QString& cell : cells)
        cell = escape(cell);
    while (cells.size() < m_headers.size())
        cells << QString();
    m_rows.append(std::move(cells));
}

void TableWriter::print(QTextStream& out) const {
    QList<qsizetype> widths;
    for (const QString& h : m_headers)
        widths << h.size();
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const int w = static_cast<int>(widths[i]);
            text += m_right.contains(static_cast<int>(i)) ? cells.at(i).rightJustified(w)
                                                          : cells.at(i).leftJustified(w);
            if (i + 1 < widths.size())
                text += QStringLiteral("  ");
        }
        out << text.trimmed() << '\n';
    };
    line(m_headers);
    for (const QStringList& row : m_rows)
        line(row);
}

} // namespace runledger::cli
