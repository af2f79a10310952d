// SPDX-License-Identifier: MIT
#include "timelinechartview.h"

#include "plaintext.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QKeyEvent>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace runledger {

namespace {

// A bar that reports hover and clicks back to its view.
class BarItem : public QGraphicsRectItem {
public:
    BarItem(TimelineChartView* view, qint64 id, const QString& tooltip)
        : m_view(view)
        , m_id(id) {
        setToolTip(tooltip);
        setAcceptHoverEvents(true);
        setAcceptedMouseButtons(Qt::LeftButton);
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent*) override {
        if (m_view)
            emit m_view->itemClicked(m_id);
    }

private:
    QPointer<TimelineChartView> m_view;
    qint64 m_id;
};

bool isDark(const QPalette& p) {
    return p.color(QPalette::Window).lightness() < 128;
}

} // namespace

TimelineChartView::TimelineChartView(QWidget* parent)
    : QChartView(new QChart, parent) {
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    // Bars move on every zoom; a BSP index would be rebuilt each time.
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    chart()->setBackgroundRoundness(0);
    chart()->setLocalizeNumbers(true);
    chart()->setLocale(QLocale());
    chart()->legend()->setAlignment(Qt::AlignTop);
    m_laneAxis = new QCategoryAxis;
    m_laneAxis->setTruncateLabels(false);
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_laneAxis->setGridLineVisible(true);
    chart()->addAxis(m_laneAxis, Qt::AlignLeft);
    connect(chart(), &QChart::plotAreaChanged, this, [this]() {
        if (pointCount() > kExactMarkerLimit)
            rebuildMarkers();
        layoutBars();
    });
    applyPalette();
}

void TimelineChartView::setTimeAxis(QAbstractAxis* axis) {
    if (m_timeAxis) {
        chart()->removeAxis(m_timeAxis);
        delete m_timeAxis;
    }
    m_timeAxis = axis;
    chart()->addAxis(axis, Qt::AlignBottom);
    auto onRange = [this]() {
        if (!m_settingRange && pointCount() > kExactMarkerLimit)
            rebuildMarkers();
        layoutBars();
    };
    if (auto* v = qobject_cast<QValueAxis*>(axis))
        connect(v, &QValueAxis::rangeChanged, this, onRange);
    if (auto* d = qobject_cast<QDateTimeAxis*>(axis))
        connect(d, &QDateTimeAxis::rangeChanged, this, onRange);
    applyPalette();
}

void TimelineChartView::setTooltipProvider(std::function<QString(qint64)> provider) {
    m_tooltip = std::move(provider);
}

void TimelineChartView::setEmptyText(const QString& text) {
    m_emptyText = text;
    viewport()->update();
}

void TimelineChartView::clearData() {
    setData({}, {}, {});
}

void TimelineChartView::setData(const QStringList& lanes, const QList<PointGroup>& groups,
                                const QList<Bar>& bars) {
    for (QScatterSeries* s : std::as_const(m_series)) {
        chart()->removeSeries(s);
        delete s;
    }
    m_series.clear();
    m_seriesIds.clear();
    for (QGraphicsRectItem* item : m_bars)
        delete item;
    m_bars.clear();
    for (QGraphicsSimpleTextItem* item : m_labels)
        delete item;
    m_labels.clear();
    m_barData = bars;

    // Lanes top to bottom: lane 0 at the top.
    m_laneCount = static_cast<int>(lanes.size());
    const QStringList labels = m_laneAxis->categoriesLabels();
    for (const QString& l : labels)
        m_laneAxis->remove(l);
    // Categories must be appended bottom up (increasing values).
    for (int i = m_laneCount - 1; i >= 0; --i)
        m_laneAxis->append(chartText(lanes.at(i)), m_laneCount - 1 - i);
    m_laneAxis->setRange(-0.7, std::max(0, m_laneCount - 1) + 0.7);

    bool any = false;
    qreal lo = 0, hi = 0;
    auto extend = [&](qreal x) {
        lo = any ? std::min(lo, x) : x;
        hi = any ? std::max(hi, x) : x;
        any = true;
    };
    m_groups.clear();
    m_seriesCounts.clear();
    for (const PointGroup& g : groups) {
        auto* s = new QScatterSeries;
        s->setName(chartText(g.name));
        chart()->addSeries(s);
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_laneAxis);
        s->setColor(g.color);
        s->setBorderColor(g.color.darker(130));
        s->setMarkerSize(g.markerSize);
        PointGroup flipped = g;
        for (QPointF& p : flipped.points) {
            p.setY(m_laneCount - 1 - p.y());
            extend(p.x());
        }
        m_groups.append(std::move(flipped));
        const qsizetype index = m_series.size();
        m_series.append(s);
        m_seriesIds.append(QList<qint64>());
        m_seriesCounts.append(QList<int>());
        connect(s, &QScatterSeries::clicked, this, [this, index](const QPointF& p) {
            const QList<QPointF> points = m_series.at(index)->points();
            for (qsizetype i = 0; i < points.size(); ++i) {
                if (points.at(i) == p) {
                    emit itemClicked(m_seriesIds.at(index).value(i));
                    return;
                }
            }
        });
        connect(s, &QScatterSeries::hovered, this, [this, index](const QPointF& p, bool state) {
            if (!state || !m_tooltip) {
                QToolTip::hideText();
                return;
            }
            const QList<QPointF> points = m_series.at(index)->points();
            for (qsizetype i = 0; i < points.size(); ++i) {
                if (points.at(i) == p) {
                    QString text = m_tooltip(m_seriesIds.at(index).value(i));
                    const int merged = m_seriesCounts.at(index).value(i);
                    if (merged > 1)
                        text += tr("<br><i>and %n more here (zoom in to separate)</i>", nullptr,
                                   merged - 1);
                    QToolTip::showText(QCursor::pos(), text, this);
                    return;
                }
            }
        });
    }
    for (const Bar& b : bars) {
        extend(b.start);
        extend(b.end);
        auto* item = new BarItem(this, b.id, b.tooltip);
        item->setBrush(b.color);
        item->setPen(QPen(b.color.darker(140), 1));
        item->setZValue(5);
        chart()->scene()->addItem(item);
        m_bars.push_back(item);
        QGraphicsSimpleTextItem* label = nullptr;
        if (!b.label.isEmpty()) {
            label = new QGraphicsSimpleTextItem(b.label);
            label->setBrush(palette().color(QPalette::Text));
            label->setZValue(6);
            chart()->scene()->addItem(label);
        }
        m_labels.push_back(label);
    }
    if (!any) {
        lo = 0;
        hi = 1;
    } else if (hi <= lo) {
        hi = lo + 1;
    }
    const qreal pad = (hi - lo) * 0.02;
    m_minX = lo - pad;
    m_maxX = hi + pad;
    m_markersDirty = true;
    resetZoom();
    // QtCharts does not lay a QDateTimeAxis out again when its series are
    // replaced on a visible chart; re-adding the axis forces it.
    if (qobject_cast<QDateTimeAxis*>(m_timeAxis)) {
        chart()->removeAxis(m_timeAxis);
        chart()->addAxis(m_timeAxis, Qt::AlignBottom);
        for (QScatterSeries* s : std::as_const(m_series))
            s->attachAxis(m_timeAxis);
        applyPalette();
        resetZoom();
    }
    viewport()->update();
}

int TimelineChartView::pointCount() const {
    int n = 0;
    for (const PointGroup& g : m_groups)
        n += static_cast<int>(g.points.size());
    return n;
}

int TimelineChartView::markerCount() const {
    int n = 0;
    for (const QScatterSeries* s : m_series)
        n += static_cast<int>(s->count());
    return n;
}

void TimelineChartView::rebuildMarkers() {
    const int total = pointCount();
    const qreal lo = currentMin(), hi = currentMax();
    const qreal width = std::max<qreal>(1, chart()->plotArea().width());
    const bool exact = total <= kExactMarkerLimit;
    // Merge points that fall in the same 3-pixel column of a lane.
    const qreal bucket = (hi - lo) / (width / 3.0);
    for (qsizetype gi = 0; gi < m_groups.size(); ++gi) {
        const PointGroup& g = m_groups.at(gi);
        QList<QPointF> markers;
        QList<qint64> ids;
        QList<int> counts;
        QHash<int, qsizetype> lastInLane; // lane -> marker index
        QHash<int, qint64> lastBucket;
        for (size_t i = 0; i < g.points.size(); ++i) {
            const QPointF& p = g.points[i];
            if (!exact && (p.x() < lo || p.x() > hi))
                continue;
            const int lane = static_cast<int>(p.y());
            if (!exact && bucket > 0) {
                const auto b = static_cast<qint64>(std::floor((p.x() - lo) / bucket));
                if (lastBucket.contains(lane) && lastBucket.value(lane) == b) {
                    ++counts[lastInLane.value(lane)];
                    continue;
                }
                lastBucket.insert(lane, b);
                lastInLane.insert(lane, markers.size());
            }
            markers.append(p);
            ids.append(g.ids[i]);
            counts.append(1);
        }
        m_seriesIds[gi] = ids;
        m_seriesCounts[gi] = counts;
        m_series.at(gi)->replace(markers);
    }
}

void TimelineChartView::layoutBars() {
    if (m_bars.empty() || !m_timeAxis)
        return;
    for (size_t i = 0; i < m_labels.size(); ++i) {
        if (m_labels[i])
            m_labels[i]->setVisible(false);
    }
    const QRectF plot = chart()->plotArea();
    const qreal laneHeight = m_laneCount > 0 ? plot.height() / (m_laneCount + 0.4) : plot.height();
    const qreal barHeight = std::clamp(laneHeight * 0.45, 4.0, 18.0);
    // The axes are linear: map two reference values once, interpolate the rest.
    QAbstractSeries* anchor = m_series.isEmpty() ? nullptr : m_series.first();
    const QPointF p0 = chart()->mapToPosition(QPointF(0, 0), anchor);
    const QPointF p1 = chart()->mapToPosition(QPointF(1, 1), anchor);
    const qreal x0 = currentMin();
    const QPointF q0 = chart()->mapToPosition(QPointF(x0, 0), anchor);
    const QPointF q1 = chart()->mapToPosition(QPointF(x0 + (currentMax() - x0), 0), anchor);
    const qreal span = currentMax() - x0;
    const qreal xScale = span > 0 ? (q1.x() - q0.x()) / span : 0;
    auto toPos = [&](qreal x, qreal y) {
        return QPointF(q0.x() + (x - x0) * xScale, p0.y() + y * (p1.y() - p0.y()));
    };
    for (size_t i = 0; i < m_bars.size(); ++i) {
        const Bar& b = m_barData.at(static_cast<qsizetype>(i));
        const qreal y = m_laneCount - 1 - b.lane;
        const QPointF a = toPos(b.start, y);
        const QPointF c = toPos(b.end, y);
        qreal left = std::max(a.x(), plot.left());
        qreal right = std::min(c.x(), plot.right());
        if (right < plot.left() || left > plot.right()) {
            m_bars[i]->setVisible(false);
            continue;
        }
        right = std::max(right, left + 2.0); // very short calls stay visible
        m_bars[i]->setVisible(true);
        m_bars[i]->setRect(QRectF(left, a.y() - barHeight / 2, right - left, barHeight));
        if (QGraphicsSimpleTextItem* label = m_labels[i]) {
            const QRectF box = label->boundingRect();
            // After the bar, or before it at the right edge of the plot.
            qreal x = right + 8;
            if (x + box.width() > plot.right())
                x = left - 8 - box.width();
            label->setVisible(laneHeight >= box.height() * 0.9 && x >= plot.left());
            label->setPos(x, a.y() - box.height() / 2);
        }
    }
}

qreal TimelineChartView::currentMin() const {
    if (auto* v = qobject_cast<QValueAxis*>(m_timeAxis))
        return v->min();
    if (auto* d = qobject_cast<QDateTimeAxis*>(m_timeAxis))
        return static_cast<qreal>(d->min().toMSecsSinceEpoch());
    return m_minX;
}

qreal TimelineChartView::currentMax() const {
    if (auto* v = qobject_cast<QValueAxis*>(m_timeAxis))
        return v->max();
    if (auto* d = qobject_cast<QDateTimeAxis*>(m_timeAxis))
        return static_cast<qreal>(d->max().toMSecsSinceEpoch());
    return m_maxX;
}

void TimelineChartView::setRangeX(qreal min, qreal max) {
    if (max - min < 1e-6)
        max = min + 1e-6;
    m_settingRange = true;
    if (auto* v = qobject_cast<QValueAxis*>(m_timeAxis)) {
        // Ticks on round numbers: 1, 2 or 5 times a power of ten, about 8 per axis.
        const qreal raw = (max - min) / 8;
        const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        const qreal step = raw / magnitude < 2
                               ? magnitude * 2
                               : (raw / magnitude < 5 ? magnitude * 5 : magnitude * 10);
        v->setTickType(QValueAxis::TicksDynamic);
        v->setTickAnchor(0);
        v->setTickInterval(step);
        v->setLabelFormat(step >= 1
                              ? QStringLiteral("%.0f")
                              : (step >= 0.1 ? QStringLiteral("%.1f") : QStringLiteral("%.3f")));
        v->setRange(min, max);
    } else if (auto* d = qobject_cast<QDateTimeAxis*>(m_timeAxis))
        d->setRange(QDateTime::fromMSecsSinceEpoch(qint64(min)),
                    QDateTime::fromMSecsSinceEpoch(qint64(max)));
    m_settingRange = false;
    if (m_markersDirty || pointCount() > kExactMarkerLimit) {
        m_markersDirty = false;
        rebuildMarkers();
    }
    layoutBars();
}

void TimelineChartView::resetZoom() {
    setRangeX(m_minX, m_maxX);
}

void TimelineChartView::zoomBy(qreal factor, qreal centreX) {
    const qreal min = currentMin(), max = currentMax();
    setRangeX(centreX - (centreX - min) / factor, centreX + (max - centreX) / factor);
}

void TimelineChartView::wheelEvent(QWheelEvent* event) {
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const QPointF value =
        chart()->mapToValue(event->position(), m_series.isEmpty() ? nullptr : m_series.first());
    zoomBy(std::pow(1.25, steps), value.x());
    event->accept();
}

void TimelineChartView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier)) {
        m_panning = true;
        m_panStart = event->pos();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        resetZoom(); // instead of QChartView's one-step zoom out
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimelineChartView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const int dx = event->pos().x() - m_panStart.x();
        m_panStart = event->pos();
        chart()->scroll(-dx, 0);
        layoutBars();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
    layoutBars();
}

void TimelineChartView::keyPressEvent(QKeyEvent* event) {
    const qreal span = currentMax() - currentMin();
    const qreal centre = (currentMax() + currentMin()) / 2;
    switch (event->key()) {
    case Qt::Key_Left:
        setRangeX(currentMin() - span * 0.1, currentMax() - span * 0.1);
        break;
    case Qt::Key_Right:
        setRangeX(currentMin() + span * 0.1, currentMax() + span * 0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, centre);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineChartView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void TimelineChartView::applyPalette() {
    const QPalette p = palette();
    const bool dark = isDark(p);
    chart()->setBackgroundBrush(p.color(QPalette::Base));
    chart()->setPlotAreaBackgroundVisible(false);
    const QColor text = p.color(QPalette::Text);
    const QColor grid = dark ? QColor(255, 255, 255, 40) : QColor(0, 0, 0, 30);
    for (QAbstractAxis* axis : chart()->axes()) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setTitleBrush(text);
    }
    chart()->legend()->setLabelColor(text);
    setBackgroundBrush(p.color(QPalette::Base));
}

void TimelineChartView::drawForeground(QPainter* painter, const QRectF& rect) {
    QChartView::drawForeground(painter, rect);
    if (pointCount() == 0 && m_bars.empty() && !m_emptyText.isEmpty()) {
        painter->save();
        painter->setPen(palette().color(QPalette::PlaceholderText));
        painter->drawText(chart()->plotArea(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        painter->restore();
    }
}

} // namespace runledger
