// SPDX-License-Identifier: MIT
#include "experimenttimelineview.h"

#include "displaynames.h"
#include "models/runlistmodel.h"
#include "plaintext.h"
#include "timeformat.h"
#include "timelinechartview.h"

#include <QDateTimeAxis>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace runledger {

namespace {

// QDateTimeAxis labels in local time: to show UTC, shift each instant by the
// local offset at that instant.
qreal axisValue(qint64 utcMicros) {
    const qint64 ms = utcMicros / 1000;
    if (TimeFormat::display() == TimeDisplay::Local)
        return static_cast<qreal>(ms);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return static_cast<qreal>(ms - qint64(t.toLocalTime().offsetFromUtc()) * 1000);
}

qint64 runEnd(const RunRow& r) {
    if (r.hasEnd())
        return r.endedUs;
    if (!std::isnan(r.durationSeconds))
        return r.startedUs + static_cast<qint64>(r.durationSeconds * 1e6);
    return r.startedUs;
}

} // namespace

ExperimentTimelineView::ExperimentTimelineView(QWidget* parent)
    : LazyView(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText); // holds an experiment's name
    layout->addWidget(m_title);
    m_chart = new TimelineChartView(this);
    auto* axis = new QDateTimeAxis;
    //: Date format of the experiment timeline axis (QDateTime format).
    axis->setFormat(tr("MMM d HH:mm"));
    axis->setTickCount(6);
    m_chart->setTimeAxis(axis);
    m_chart->chart()->legend()->setVisible(true);
    m_chart->setEmptyText(tr("No runs with a start time match the filter."));
    layout->addWidget(m_chart, 1);
    connect(m_chart, &TimelineChartView::itemClicked, this, &ExperimentTimelineView::runActivated);
}

QList<int> ExperimentTimelineView::packLanes(const QList<RunRow>& runs, int* laneCount) {
    QList<int> order(runs.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return runs.at(a).startedUs < runs.at(b).startedUs; });
    QList<int> lane(runs.size(), 0);
    std::vector<qint64> laneEnds;
    for (const int i : order) {
        const RunRow& r = runs.at(i);
        size_t l = 0;
        while (l < laneEnds.size() && laneEnds[l] > r.startedUs)
            ++l;
        if (l == laneEnds.size())
            laneEnds.push_back(0);
        laneEnds[l] = std::max(runEnd(r), r.startedUs + 1);
        lane[i] = static_cast<int>(l);
    }
    *laneCount = static_cast<int>(laneEnds.size());
    return lane;
}

void ExperimentTimelineView::setRuns(const QList<RunRow>& runs, const QString& title) {
    m_runs.clear();
    for (const RunRow& r : runs) {
        if (r.hasStart())
            m_runs.append(r);
    }
    m_scope = title;
    // Drawn when shown: typing in the run browser should not redraw a hidden chart.
    invalidate();
}

void ExperimentTimelineView::reload() {
    std::sort(m_runs.begin(), m_runs.end(),
              [](const RunRow& a, const RunRow& b) { return a.startedUs < b.startedUs; });
    // Few runs: one lane each, named after the run (a Gantt chart). Many: packed.
    QList<int> lanes;
    QStringList laneNames;
    if (m_runs.size() <= kLanePerRunLimit) {
        m_lanes = static_cast<int>(m_runs.size());
        for (int i = 0; i < m_lanes; ++i) {
            lanes << i;
            laneNames << m_runs.at(i).label();
        }
    } else {
        lanes = packLanes(m_runs, &m_lanes);
        for (int i = 0; i < m_lanes; ++i)
            laneNames << tr("lane %1").arg(i + 1);
    }
    QList<TimelineChartView::Bar> bars;
    QList<TimelineChartView::PointGroup> groups;
    const QStringList statuses = {QStringLiteral("completed"), QStringLiteral("failed"),
                                  QStringLiteral("running"), QStringLiteral("unknown")};
    for (const QString& status : statuses) {
        TimelineChartView::PointGroup g;
        g.name = RunListModel::statusLabel(status);
        g.color = RunListModel::statusColor(status);
        g.markerSize = 10;
        groups.append(g);
    }
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        const RunRow& r = m_runs.at(i);
        TimelineChartView::Bar b;
        b.lane = lanes.at(i);
        b.start = axisValue(r.startedUs);
        b.end = axisValue(runEnd(r));
        b.color = RunListModel::statusColor(r.status);
        b.id = r.key;
        if (m_runs.size() <= kCostLabelLimit)
            b.label = TimeFormat::money(r.costUsd);
        b.tooltip = plainToolTip(
            //: Run tooltip; %7 is the cost, %8 " (cost record)" or empty, %9 "2 errors",
            //: %10 "1 warning".
            tr("%1 — %2\n%3\nstarted %4 %5\nduration %6\ncost %7%8\n%9, %10")
                .arg(r.label(), RunListModel::statusLabel(r.status),
                     r.experimentName.isEmpty() ? r.experimentId : r.experimentName,
                     TimeFormat::dateTime(r.startedUs), TimeFormat::zoneLabel(),
                     TimeFormat::duration(r.durationSeconds), TimeFormat::money(r.costUsd),
                     r.costSource.isEmpty()
                         ? QString()
                         : QStringLiteral(" (%1)").arg(DisplayNames::costSource(r.costSource)),
                     tr("%Ln error(s)", nullptr, static_cast<int>(r.errors)))
                .arg(tr("%Ln warning(s)", nullptr, static_cast<int>(r.warnings))));
        bars.append(b);
        // Runs of minutes on a calendar axis are too short to see: mark their starts.
        qsizetype group = statuses.indexOf(r.status);
        TimelineChartView::PointGroup& g = groups[group < 0 ? 3 : group];
        g.points.emplace_back(b.start, b.lane);
        g.ids.push_back(r.key);
    }
    groups.erase(
        std::remove_if(groups.begin(), groups.end(),
                       [](const TimelineChartView::PointGroup& g) { return g.points.empty(); }),
        groups.end());
    m_chart->setTooltipProvider([this](qint64 key) {
        for (const RunRow& r : std::as_const(m_runs)) {
            if (r.key == key)
                return tr("<b>%1</b> — %2<br>%3 %4<br>%5 (%6)")
                    .arg(r.label().toHtmlEscaped(), RunListModel::statusLabel(r.status),
                         TimeFormat::dateTime(r.startedUs), TimeFormat::zoneLabel(),
                         TimeFormat::money(r.costUsd), DisplayNames::costSource(r.costSource));
        }
        return QString();
    });
    m_chart->setData(laneNames, groups, bars);
    m_title->setText(tr("%1 — %n run(s), times in %2. Click a run to open it.", nullptr,
                        static_cast<int>(m_runs.size()))
                         .arg(m_scope, TimeFormat::zoneLabel()));
}

} // namespace runledger
