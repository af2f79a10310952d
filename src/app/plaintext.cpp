// SPDX-License-Identifier: MIT
#include "plaintext.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>

namespace runledger {

QString plainToolTip(const QString& text) {
    if (text.isEmpty())
        return text;
    // "<p>…</p>" with <, > and & escaped and line breaks as <br>: always taken
    // for rich text, shown as the text itself.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString chartText(const QString& text) {
    return text.toHtmlEscaped();
}

void escapeChartLabels(QChart* chart) {
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis)) {
            const QStringList categories = bars->categories();
            for (const QString& c : categories) {
                if (chartText(c) != c)
                    bars->replace(c, chartText(c));
            }
        } else if (auto* lanes = qobject_cast<QCategoryAxis*>(axis)) {
            const QStringList labels = lanes->categoriesLabels();
            for (const QString& l : labels) {
                if (chartText(l) != l)
                    lanes->replaceLabel(l, chartText(l));
            }
        }
    }
    for (QAbstractSeries* series : chart->series()) {
        series->setName(chartText(series->name()));
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                set->setLabel(chartText(set->label()));
        } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            for (QPieSlice* slice : pie->slices())
                slice->setLabel(chartText(slice->label()));
        }
    }
}

} // namespace runledger
