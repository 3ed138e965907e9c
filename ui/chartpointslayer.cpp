#include "chartpointslayer.h"

#include <QChart>
#include <QImage>
#include <QLegend>
#include <QPaintEngine>
#include <QPainter>
#include <cmath>

namespace Comite {

ChartPointsLayer::ChartPointsLayer(QChart *chart, QAbstractSeries *placing)
    : QGraphicsObject(chart), m_chart(chart), m_placing(placing), m_area(chart->plotArea())
{
    // Qt Charts puts its series just under the legend; the series added
    // after this layer (the medians) paint over the points, as before.
    setZValue(chart->legend()->zValue() - 1);
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        prepareGeometryChange();
        m_area = area;
        update();
    });
}

int ChartPointsLayer::addGroup(const QPen &pen, const QBrush &brush, qreal markerSize)
{
    m_groups.append(Group{pen, brush, markerSize, {}, {}, {}});
    return int(m_groups.size()) - 1;
}

void ChartPointsLayer::addPoint(int group, QPointF value, int key)
{
    Group &g = m_groups[group];
    g.values.append(value);
    g.keys.append(key);
    m_placedIn = QRectF();
}

int ChartPointsLayer::count() const
{
    int n = 0;
    for (const Group &g : std::as_const(m_groups))
        n += int(g.values.size());
    return n;
}

void ChartPointsLayer::place() const
{
    if (m_placedIn == m_area && !m_area.isEmpty())
        return;
    for (Group &g : m_groups) {
        g.positions.resize(g.values.size());
        for (qsizetype i = 0; i < g.values.size(); ++i)
            g.positions[i] = m_chart->mapToPosition(g.values[i], m_placing);
    }
    m_placedIn = m_area;
}

int ChartPointsLayer::keyAt(QPointF chartPosition) const
{
    if (!m_area.contains(chartPosition))
        return -1;
    place();
    // The last point painted is the one seen.
    for (qsizetype gi = m_groups.size() - 1; gi >= 0; --gi) {
        const Group &g = m_groups[gi];
        const qreal radius = (g.size + g.pen.widthF()) / 2;
        for (qsizetype i = g.positions.size() - 1; i >= 0; --i) {
            const QPointF d = g.positions[i] - chartPosition;
            if (QPointF::dotProduct(d, d) <= radius * radius)
                return g.keys[i];
        }
    }
    return -1;
}

QRectF ChartPointsLayer::markerRect(int key) const
{
    place();
    for (const Group &g : std::as_const(m_groups)) {
        if (const qsizetype i = g.keys.indexOf(key); i >= 0) {
            const qreal side = g.size + g.pen.widthF();
            return QRectF(g.positions[i] - QPointF(side / 2, side / 2), QSizeF(side, side));
        }
    }
    return {};
}

QRectF ChartPointsLayer::boundingRect() const
{
    return m_area;
}

// One marker drawn once, to be copied at every point of its group.
QImage ChartPointsLayer::stamp(const Group &group, qreal pixelRatio)
{
    const int side = 2 * int(std::ceil((group.size + group.pen.widthF()) / 2 + 1));
    QImage image(QSize(side, side) * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(group.pen);
    painter.setBrush(group.brush);
    painter.drawEllipse(QPointF(side / 2.0, side / 2.0), group.size / 2, group.size / 2);
    return image;
}

void ChartPointsLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_area.isEmpty())
        return;
    place();
    painter->save();
    painter->setClipRect(m_area, Qt::IntersectClip);
    // On pixels, each group's marker is drawn once and copied (100,000
    // antialiased ellipses take a second); drawings (SVG) get true circles.
    const bool pixels = painter->paintEngine()->type() == QPaintEngine::Raster
                        && painter->worldTransform().type() <= QTransform::TxTranslate;
    const qreal ratio = painter->device()->devicePixelRatioF();
    for (const Group &g : std::as_const(m_groups)) {
        if (pixels) {
            const QImage marker = stamp(g, ratio);
            const qreal half = marker.deviceIndependentSize().width() / 2;
            // Whole device pixels: the copy stays sharp.
            auto snap = [ratio](qreal v) { return std::round(v * ratio) / ratio; };
            for (const QPointF &p : g.positions)
                painter->drawImage(QPointF(snap(p.x() - half), snap(p.y() - half)), marker);
        } else {
            painter->setPen(g.pen);
            painter->setBrush(g.brush);
            const qreal r = g.size / 2;
            for (const QPointF &p : g.positions)
                painter->drawEllipse(p, r, r);
        }
    }
    painter->restore();
}

} // namespace Comite
