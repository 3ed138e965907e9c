#pragma once
// Paints every point of a scatter chart in one graphics item over the
// chart's plot area. Qt Charts makes one item per point of a QScatterSeries,
// which takes seconds at 100,000 products; the chart keeps an empty series
// per group for its legend marker, and that series places the points.

#include <QBrush>
#include <QGraphicsObject>
#include <QPen>

class QAbstractSeries;
class QChart;

namespace Comite {

class ChartPointsLayer : public QGraphicsObject
{
public:
    // A child of `chart`, at the level of its series: over the grid and
    // under the series added after it. `placing` is attached to the axes.
    ChartPointsLayer(QChart *chart, QAbstractSeries *placing);

    // A group of round markers; groups paint in the order they are added.
    int addGroup(const QPen &pen, const QBrush &brush, qreal markerSize);
    // `key` names the point for keyAt() (the caller's index).
    void addPoint(int group, QPointF value, int key);
    int count() const;

    // The key of the topmost point painted under `chartPosition` (in the
    // chart's coordinates), or -1.
    int keyAt(QPointF chartPosition) const;
    // Where the point `key` is painted, in the chart's coordinates.
    QRectF markerRect(int key) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Group {
        QPen pen;
        QBrush brush;
        qreal size = 0;
        QList<QPointF> values;
        QList<int> keys;
        QList<QPointF> positions;  // chart coordinates, for m_placedIn
    };
    void place() const;  // the positions, once per plot area
    static QImage stamp(const Group &group, qreal pixelRatio);

    QChart *m_chart;
    QAbstractSeries *m_placing;
    QRectF m_area;  // the plot area, in the chart's coordinates
    mutable QList<Group> m_groups;
    mutable QRectF m_placedIn;
};

} // namespace Comite
