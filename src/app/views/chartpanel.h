// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;

namespace runledger {

// A chart with its data table beside it and export buttons: the chart as
// PNG or SVG, the table as CSV. The chart follows the palette (light/dark).
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);

    // Takes ownership of the chart (the previous one is deleted); its labels
    // are shown as plain text (escapeChartLabels()).
    void setChart(QChart* chart);
    // Cells are the CSV export's text (C locale, ISO dates); numeric and date
    // columns are shown in the user's locale. The CSV (CsvWriter) writes the
    // numeric columns' numbers as numbers and every other cell as text.
    void setTable(const QStringList& headers, const QList<QStringList>& rows,
                  const QList<int>& numericColumns = {}, const QList<int>& dateColumns = {});
    void setNote(const QString& text);
    QChart* chart() const;
    QTableWidget* table() const { return m_table; }

    bool exportPng(const QString& path) const;
    bool exportSvg(const QString& path) const;
    bool exportCsv(const QString& path) const;
    QByteArray csv() const;

    static void styleChart(QChart* chart, const QPalette& palette);
    enum class CellKind { Text, Number, Date };
    // A table cell as shown: numbers and ISO dates in the user's locale.
    static QString displayText(const QString& raw, CellKind kind);
    // The table shows at most this many rows; the CSV export has them all.
    static constexpr int kMaxTableRows = 1000;

protected:
    void changeEvent(QEvent* event) override;

private:
    QString m_title;
    QLabel* m_note;
    QChartView* m_view;
    QTableWidget* m_table;
    QLabel* m_tableNote;
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_numericColumns;
};

} // namespace runledger
