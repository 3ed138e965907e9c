#include "programmechartpainter.h"

#include "deck/deckchartpainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Comite {

namespace {
const QColor ink(0x16, 0x16, 0x16);
const QColor muted(0x66, 0x66, 0x66);
const QColor grid(0xdd, 0xdd, 0xdd);

QFont font(qreal pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(int(pixels));
    f.setBold(bold);
    return f;
}

// The legend's rows, laid out left to right and wrapped; returns its height.
qreal drawLegend(QPainter &p, const ProgrammeChart &chart, const QRectF &area, qreal unit)
{
    const QFont f = font(unit);
    const QFontMetricsF fm(f);
    p.setFont(f);
    qreal x = area.left(), y = area.top();
    const qreal row = fm.height() * 1.4;
    for (int i = 0; i < chart.series.size(); ++i) {
        const qreal w = unit * 1.6 + fm.horizontalAdvance(chart.series[i]) + unit * 1.5;
        if (x + w > area.right() && x > area.left()) {
            x = area.left();
            y += row;
        }
        const QColor c = chart.colours.value(i, ink);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        if (chart.kind == ProgrammeChart::Bars)
            p.drawRect(QRectF(x, y + row / 2 - unit * 0.45, unit * 0.9, unit * 0.9));
        else
            p.drawRect(QRectF(x, y + row / 2 - unit * 0.12, unit * 1.2, unit * 0.24));
        p.setPen(ink);
        p.drawText(QRectF(x + unit * 1.6, y, w, row), Qt::AlignLeft | Qt::AlignVCenter, chart.series[i]);
        x += w;
    }
    return y + row - area.top();
}
} // namespace

QImage ProgrammeChartPainter::image(const ProgrammeChart &chart, const QSize &size, const QString &empty)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size.height() / 28.0;  // the text size
    const QRectF area(unit, unit * 0.6, size.width() - 2 * unit, size.height() - 1.2 * unit);
    if (chart.isEmpty()) {
        p.setPen(QPen(grid, 2, Qt::DashLine));
        p.drawRect(area);
        p.setFont(font(unit * 1.2));
        p.setPen(muted);
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, empty);
        return image;
    }
    const qreal legend = drawLegend(p, chart, area, unit);
    const QFont tickFont = font(unit * 0.95);
    const QFontMetricsF fm(tickFont);
    const QList<double> yTicks = DeckChartPainter::ticks(0, chart.yMax, 5);
    const double yMax = yTicks.isEmpty() ? chart.yMax : yTicks.last();
    const QLocale locale;
    qreal labelW = 0;
    for (double v : yTicks)
        labelW = qMax(labelW, fm.horizontalAdvance(locale.toString(v, 'f', 0)));
    // Left: the y title turned, then the tick labels. Bottom: tick labels, then the x title.
    const qreal left = area.left() + fm.height() * 1.3 + labelW + unit * 0.5;
    const QRectF plot(left, area.top() + legend + unit * 0.6, area.right() - left - unit * 0.5,
                      area.height() - legend - unit * 0.6 - fm.height() * 2.8);
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / yMax; };

    p.setFont(tickFont);
    for (double v : yTicks) {
        const qreal y = yOf(v);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(muted);
        p.drawText(QRectF(plot.left() - labelW - unit * 0.5, y - fm.height() / 2, labelW, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'f', 0));
    }
    p.save();
    p.translate(area.left() + fm.height() * 0.6, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()), Qt::AlignCenter, chart.yTitle);
    p.restore();
    p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() * 1.5, plot.width(), fm.height() * 1.2), Qt::AlignCenter,
               chart.xTitle);

    if (chart.kind == ProgrammeChart::Bars) {
        const int groups = int(chart.groups.size());
        const int bars = int(chart.series.size());
        const qreal slot = plot.width() / qMax(1, groups);
        const qreal barW = slot * 0.8 / qMax(1, bars);
        // Every label when they fit, else every second or fifth.
        qreal widest = 0;
        for (const QString &g : chart.groups)
            widest = qMax(widest, fm.horizontalAdvance(g));
        int every = 1;
        while (every < groups && widest + unit * 0.5 > slot * every)
            every = every == 1 ? 2 : every * 5 / 2;
        for (int g = 0; g < groups; ++g) {
            const qreal x0 = plot.left() + slot * g + slot * 0.1;
            for (int s = 0; s < bars; ++s) {
                const double v = chart.values.value(s).value(g);
                if (v <= 0)
                    continue;
                p.setPen(Qt::NoPen);
                p.setBrush(chart.colours.value(s, ink));
                p.drawRect(QRectF(x0 + barW * s, yOf(v), barW * 0.92, plot.bottom() - yOf(v)));
            }
            if (g % every == 0) {
                p.setPen(muted);
                p.drawText(QRectF(plot.left() + slot * g - slot, plot.bottom() + unit * 0.2, slot * 3, fm.height()),
                           Qt::AlignHCenter | Qt::AlignTop, chart.groups[g]);
            }
        }
    } else {
        const QList<double> xTicks = DeckChartPainter::ticks(0, chart.xMax, 8);
        const double xMax = xTicks.isEmpty() ? chart.xMax : xTicks.last();
        auto xOf = [&](double v) { return plot.left() + plot.width() * v / xMax; };
        for (double v : xTicks) {
            p.setPen(QPen(grid, 1));
            p.drawLine(QPointF(xOf(v), plot.top()), QPointF(xOf(v), plot.bottom()));
            p.setPen(muted);
            p.drawText(QRectF(xOf(v) - unit * 3, plot.bottom() + unit * 0.2, unit * 6, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                       locale.toString(v, 'f', 0));
        }
        for (int s = 0; s < chart.lines.size(); ++s) {
            const QList<QPointF> &points = chart.lines[s];
            if (points.isEmpty())
                continue;
            QPainterPath path(QPointF(xOf(points[0].x()), yOf(points[0].y())));
            for (int i = 1; i < points.size(); ++i)
                path.lineTo(xOf(points[i].x()), yOf(points[i].y()));
            p.setPen(QPen(chart.colours.value(s, ink), unit * 0.22, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
    }
    p.setPen(QPen(muted, 1.5));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    return image;
}

} // namespace Comite
