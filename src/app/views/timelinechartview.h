// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

class QAbstractAxis;
class QCategoryAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QScatterSeries;

namespace runledger {

// A horizontal timeline on QtCharts: named lanes on the y axis, point
// markers (one scatter series per marker group) and interval bars (drawn as
// items over the plot area, kept in place as the axes move). Wheel zooms the
// time axis around the cursor, a rubber band selects a range, middle-drag or
// the arrow keys pan, Home resets. Hover shows a tooltip and a click reports
// the item's id.
class TimelineChartView : public QChartView {
    Q_OBJECT
public:
    struct Bar {
        int lane = 0;
        qreal start = 0, end = 0;
        QColor color;
        QString tooltip;
        qint64 id = 0;
        QString label; // drawn after the bar when set
    };
    struct PointGroup {
        QString name;
        QColor color;
        qreal markerSize = 9;
        std::vector<QPointF> points; // x, lane
        std::vector<qint64> ids;     // one per point
    };

    explicit TimelineChartView(QWidget* parent = nullptr);

    // The time axis (a QValueAxis or QDateTimeAxis); the view owns it.
    void setTimeAxis(QAbstractAxis* axis);
    void setData(const QStringList& lanes, const QList<PointGroup>& groups, const QList<Bar>& bars);
    void clearData();
    void setTooltipProvider(std::function<QString(qint64 id)> provider);
    void resetZoom();
    void zoomBy(qreal factor, qreal centreX);
    void setEmptyText(const QString& text);

    // Inspection (tests, status). pointCount() counts the points given;
    // markerCount() the markers drawn (fewer when dense points share a pixel
    // column of a lane and are drawn as one).
    int pointCount() const;
    int markerCount() const;
    // Above this many points, markers are merged per lane and pixel column
    // of the visible range (and recomputed on zoom).
    static constexpr int kExactMarkerLimit = 2000;
    int barCount() const { return static_cast<int>(m_bars.size()); }
    QList<QScatterSeries*> pointSeries() const { return m_series; }
    qreal minX() const { return m_minX; }
    qreal maxX() const { return m_maxX; }

signals:
    void itemClicked(qint64 id);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void layoutBars();
    void rebuildMarkers();
    void setRangeX(qreal min, qreal max);
    qreal currentMin() const;
    qreal currentMax() const;
    void applyPalette();

    QAbstractAxis* m_timeAxis = nullptr;
    QCategoryAxis* m_laneAxis = nullptr;
    QList<QScatterSeries*> m_series;
    QList<PointGroup> m_groups;       // all points, lanes already flipped
    QList<QList<qint64>> m_seriesIds; // per series, per marker: first point's id
    QList<QList<int>> m_seriesCounts; // per series, per marker: points merged
    QList<Bar> m_barData;
    std::vector<QGraphicsRectItem*> m_bars;
    std::vector<QGraphicsSimpleTextItem*> m_labels; // one per bar, null without a label
    std::function<QString(qint64)> m_tooltip;
    qreal m_minX = 0, m_maxX = 1;
    int m_laneCount = 0;
    bool m_panning = false;
    bool m_markersDirty = true;
    bool m_settingRange = false;
    QPoint m_panStart;
    QString m_emptyText;
};

} // namespace runledger
