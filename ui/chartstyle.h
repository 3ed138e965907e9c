#pragma once
// Colours and type of the indicator charts: high contrast and large enough
// to read on a projector; light or dark following the palette on screen,
// always light in exported files (slides, printed decks).

#include <QColor>
#include <QFont>
#include <QList>
#include <QSize>

class QAbstractAxis;
class QChart;
class QPalette;

namespace Comite {

struct ChartStyle {
    QColor background;
    QColor text;
    QColor grid;
    QColor muted;    // committee marks, reference lines
    QColor target;   // targets and trajectory
    QList<QColor> series;
    QFont titleFont;
    QFont labelFont;
    QFont legendFont;
    qreal lineWidth = 3;
    qreal markerSize = 12;

    QColor seriesColor(int index) const { return series[index % series.size()]; }
    // Background, title (with a subtitle line), legend, French numbers.
    void apply(QChart *chart, const QString &title, const QString &subtitle) const;
    void styleAxis(QAbstractAxis *axis) const;

    static ChartStyle forPalette(const QPalette &palette, const QFont &base);
    // Fonts scaled to an image of `size` (1600 × 900: 30 px titles).
    static ChartStyle forExport(QSize size);
};

} // namespace Comite
