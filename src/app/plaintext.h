// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QChart;

namespace runledger {

// Text from the data (a run id, a message, a file name) may hold markup such
// as "<img src=...>" or "<b>". Widgets that render rich text must show it as
// written: these helpers are the one place where that is done.

// Qt guesses whether a tooltip is rich text. Every tooltip that shows text
// from the data goes through this: the text is escaped and its line breaks
// kept, as rich text that shows exactly the text. Empty stays empty.
QString plainToolTip(const QString& text);

// Qt Charts draws axis labels and legend entries as HTML: text from the data
// for them goes through this.
QString chartText(const QString& text);

// The same for a chart built from the data, before it is shown: category and
// lane labels, series, bar set and slice labels holding <, > or & are
// escaped. Call it once per chart.
void escapeChartLabels(QChart* chart);

} // namespace runledger
