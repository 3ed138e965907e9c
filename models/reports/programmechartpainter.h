#pragma once
// Draws a programme chart (programmecharts.h) with QPainter for the
// documents (PDF, ODT, HTML): Qt Charts is a widget library and models/
// draws without widgets. Light background, legend on top, axis titles.

#include "programmecharts.h"

#include <QImage>

namespace Comite {

class ProgrammeChartPainter
{
public:
    // The chart as an image of `size` pixels; `empty` is said when there is nothing to draw.
    static QImage image(const ProgrammeChart &chart, const QSize &size, const QString &empty);
};

} // namespace Comite
