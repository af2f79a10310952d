// SPDX-License-Identifier: MIT
#pragma once

#include "storage/runbrowserquery.h"
#include "views/lazyview.h"

class QLabel;

namespace runledger {

class TimelineChartView;

// The runs in the browser (an experiment's, or all that match the filter)
// across calendar time: one bar per run from start to end, coloured by
// status, packed into as few lanes as overlaps allow. Hover shows the run's
// status, times and cost; a click opens it.
class ExperimentTimelineView : public LazyView {
    Q_OBJECT
public:
    explicit ExperimentTimelineView(QWidget* parent = nullptr);

    void setRuns(const QList<RunRow>& runs, const QString& title);
    TimelineChartView* chart() const { return m_chart; }
    int laneCount() const { return m_lanes; }

    // Greedy interval packing: lane index per run (same order as `runs`).
    static QList<int> packLanes(const QList<RunRow>& runs, int* laneCount);
    // Up to this many runs get a lane each.
    static constexpr int kLanePerRunLimit = 30;
    // Up to this many runs get their cost written beside them.
    static constexpr int kCostLabelLimit = 300;

signals:
    void runActivated(qint64 runKey);

protected:
    void reload() override;

private:
    QLabel* m_title;
    TimelineChartView* m_chart;
    QList<RunRow> m_runs;
    QString m_scope;
    int m_lanes = 0;
};

} // namespace runledger
