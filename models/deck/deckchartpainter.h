#pragma once
// Draws a time chart (models/charts' TimeChart: measured lines, targets,
// trajectories, references, committee markers) with QPainter for the deck:
// Qt Charts is a widget library and models/ draws without widgets.

#include "charts/chartdata.h"

class QImage;
class QPainter;

namespace Comite {

class DeckChartPainter
{
public:
    // Paints `chart` inside `area`; `empty` is said when there is nothing to draw.
    static void paint(const TimeChart &chart, QPainter &painter, const QRectF &area, const QString &empty);
    // The chart alone as an image of `size` canvas pixels (for the ODP).
    static QImage image(const TimeChart &chart, const QSizeF &size, const QString &empty, qreal scale = 1.0);
    // Round tick values covering [min, max], about `count` of them.
    static QList<double> ticks(double min, double max, int count = 5);
};

} // namespace Comite
