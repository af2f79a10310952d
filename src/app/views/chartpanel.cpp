// SPDX-License-Identifier: MIT
#include "chartpanel.h"

#include "plaintext.h"
#include "text/csvwriter.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace runledger {

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* header = new QHBoxLayout;
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    header->addWidget(label);
    m_note = new QLabel(this);
    header->addWidget(m_note, 1);
    for (const auto& [text, kind] :
         {std::pair{tr("PNG…"), 0}, std::pair{tr("SVG…"), 1}, std::pair{tr("CSV…"), 2}}) {
        auto* button = new QPushButton(text, this);
        button->setToolTip(
            kind == 2 ? tr("Export the table as CSV")
                      : tr("Export the chart as %1")
                            .arg(kind == 0 ? QStringLiteral("PNG") : QStringLiteral("SVG")));
        button->setAccessibleName(tr("%1: %2").arg(title, button->toolTip()));
        header->addWidget(button);
        const int k = kind;
        connect(button, &QPushButton::clicked, this, [this, k]() {
            static const char* const suffixes[] = {".png", ".svg", ".csv"};
            const QString name = m_title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) +
                                 QLatin1String(suffixes[k]);
            const QString path = QFileDialog::getSaveFileName(this, tr("Export"), name);
            if (path.isEmpty())
                return;
            const bool ok = k == 0 ? exportPng(path) : (k == 1 ? exportSvg(path) : exportCsv(path));
            if (!ok)
                QMessageBox::warning(this, tr("Export failed"),
                                     tr("Could not write %1.").arg(path));
        });
    }
    layout->addLayout(header);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_view = new QChartView(split);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(260, 200);
    auto* tableBox = new QWidget(split);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(tableBox);
    // Column widths from the first rows only: measuring a thousand rows of
    // text costs more than drawing the chart.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_tableNote = new QLabel(tableBox);
    m_tableNote->setVisible(false);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_tableNote);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("%1 data").arg(title));
    split->addWidget(m_view);
    split->addWidget(tableBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400}); // the table's size hint would otherwise win
    m_table->setMinimumWidth(200);
    layout->addWidget(split, 1);
}

QChart* ChartPanel::chart() const {
    return m_view->chart();
}

void ChartPanel::setChart(QChart* chart) {
    escapeChartLabels(chart); // labels come from the data; Qt Charts draws them as HTML
    QChart* old = m_view->chart();
    styleChart(chart, palette());
    m_view->setChart(chart);
    delete old;
}

void ChartPanel::styleChart(QChart* chart, const QPalette& p) {
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    const QColor grid = dark ? QColor(255, 255, 255, 40) : QColor(0, 0, 0, 30);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setTitleBrush(p.color(QPalette::Text));
    }
}

void ChartPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && m_view->chart())
        styleChart(m_view->chart(), palette());
    QWidget::changeEvent(event);
}

QString ChartPanel::displayText(const QString& raw, CellKind kind) {
    const QLocale locale;
    if (kind == CellKind::Number) {
        bool ok = false;
        const double v = raw.toDouble(&ok);
        if (!ok)
            return raw;
        const qsizetype dot = raw.indexOf(QLatin1Char('.'));
        return dot < 0 && std::abs(v) < 9e15
                   ? locale.toString(static_cast<qint64>(v))
                   : locale.toString(v, 'f', dot < 0 ? 0 : int(raw.size() - dot - 1));
    }
    if (kind == CellKind::Date) {
        const QDate day = QDate::fromString(raw, Qt::ISODate);
        if (day.isValid())
            return locale.toString(day, QLocale::ShortFormat);
    }
    return raw;
}

void ChartPanel::setTable(const QStringList& headers, const QList<QStringList>& rows,
                          const QList<int>& numericColumns, const QList<int>& dateColumns) {
    m_headers = headers;
    m_rows = rows;
    m_numericColumns = numericColumns;
    const int shown = static_cast<int>(std::min<qsizetype>(rows.size(), kMaxTableRows));
    m_table->setUpdatesEnabled(false);
    m_table->clear();
    m_table->setSortingEnabled(false);
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const bool numeric = numericColumns.contains(c);
            const CellKind kind = numeric                   ? CellKind::Number
                                  : dateColumns.contains(c) ? CellKind::Date
                                                            : CellKind::Text;
            auto* item = new QTableWidgetItem(displayText(rows.at(r).at(c), kind));
            if (numeric)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setUpdatesEnabled(true);
    m_tableNote->setVisible(shown < rows.size());
    m_tableNote->setText(
        tr("First %1 of %2 rows; the CSV export has all of them.").arg(shown).arg(rows.size()));
}

void ChartPanel::setNote(const QString& text) {
    m_note->setText(text);
}

bool ChartPanel::exportPng(const QString& path) const {
    return m_view->grab().save(path, "PNG");
}

bool ChartPanel::exportSvg(const QString& path) const {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(m_title);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    m_view->render(&painter);
    return painter.end();
}

QByteArray ChartPanel::csv() const {
    CsvWriter csv(m_headers, m_numericColumns);
    for (const QStringList& row : m_rows)
        csv.addRow(row);
    return csv.data();
}

bool ChartPanel::exportCsv(const QString& path) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(csv());
    return f.commit();
}

} // namespace runledger
