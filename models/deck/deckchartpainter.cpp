#include "deckchartpainter.h"

#include "deckstyle.h"

#include "domain/displayformat.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace Comite {

namespace {
QString axisNumber(double v)
{
    const double a = std::abs(v);
    const QLocale locale;
    if (a >= 1e6)
        return locale.toString(v / 1e6, 'f', a >= 1e7 ? 0 : 1) + QStringLiteral(" M");
    if (a >= 1e4)
        return locale.toString(v / 1e3, 'f', 0) + QStringLiteral(" k");
    return locale.toString(v, 'f', a < 10 && v != std::floor(v) ? 1 : 0);
}

QColor lineColor(const ChartLine &line, int index)
{
    if (line.emphasised)
        return DeckStyle::accent();
    switch (line.role) {
    case ChartLine::Target:
    case ChartLine::Trajectory:
    case ChartLine::Reference:
        return DeckStyle::red();
    case ChartLine::Measured:
        break;
    }
    static const QColor palette[] = {QColor(0x00, 0x00, 0x91), QColor(0x00, 0x9a, 0x8f), QColor(0xb3, 0x40, 0x00),
                                     QColor(0x6a, 0x6a, 0xf4), QColor(0x7d, 0x4e, 0x5b)};
    return palette[index % 5];
}
} // namespace

QList<double> DeckChartPainter::ticks(double min, double max, int count)
{
    if (!(max > min))
        max = min + 1;
    const double raw = (max - min) / qMax(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    QList<double> t;
    // From the round value at or under `min` to the one at or over `max`.
    const double first = std::floor(min / step + 1e-9) * step;
    const double last = std::ceil(max / step - 1e-9) * step;
    for (double v = first; v <= last + step * 1e-6; v += step)
        t << (std::abs(v) < step * 1e-9 ? 0.0 : v);
    return t;
}

void DeckChartPainter::paint(const TimeChart &chart, QPainter &p, const QRectF &area, const QString &empty)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    qreal top = area.top();
    if (!chart.subtitle.isEmpty()) {
        p.setFont(DeckStyle::font(24));
        p.setPen(DeckStyle::muted());
        p.drawText(QRectF(area.left(), top, area.width(), 36), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(chart.subtitle, Qt::ElideRight, area.width()));
        top += 44;
    }
    if (chart.isEmpty() || !chart.from.isValid() || !chart.to.isValid()) {
        p.setPen(QPen(DeckStyle::rule(), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        const QRectF box(area.left(), top, area.width(), area.bottom() - top);
        p.drawRect(box);
        p.setFont(DeckStyle::font(28, false, true));
        p.setPen(DeckStyle::muted());
        p.drawText(box.adjusted(30, 30, -30, -30), Qt::AlignCenter | Qt::TextWordWrap, empty);
        p.restore();
        return;
    }
    const QFont tickFont = DeckStyle::font(22);
    const QFontMetricsF fm(tickFont);
    const QList<double> yTicks = ticks(chart.yMin, chart.yMax);
    const double yMin = qMin(chart.yMin, yTicks.value(0, chart.yMin));
    const double yMax = qMax(chart.yMax, yTicks.isEmpty() ? chart.yMax : yTicks.last());
    qreal labelW = 0;
    for (double v : yTicks)
        labelW = qMax(labelW, fm.horizontalAdvance(axisNumber(v)));
    // Legend along the top when there is more than one line.
    QList<int> legend;
    for (int i = 0; i < chart.lines.size(); ++i) {
        if (!chart.lines[i].points.isEmpty())
            legend << i;
    }
    if (legend.size() > 1) {
        qreal x = area.left() + labelW + 16;
        p.setFont(tickFont);
        for (int i : legend) {
            const ChartLine &l = chart.lines[i];
            p.setPen(QPen(lineColor(l, i), 4, l.role == ChartLine::Measured ? Qt::SolidLine : Qt::DashLine));
            p.drawLine(QPointF(x, top + 16), QPointF(x + 36, top + 16));
            p.setPen(DeckStyle::text());
            const qreal w = fm.horizontalAdvance(l.name);
            p.drawText(QRectF(x + 44, top, w + 4, 32), Qt::AlignLeft | Qt::AlignVCenter, l.name);
            x += 44 + w + 36;
        }
        top += 44;
    }
    const QRectF plot(area.left() + labelW + 16, top + 10, area.width() - labelW - 16 - 20, area.bottom() - top - 10 - fm.height() - 14);
    const double x0 = ChartData::x(chart.from), x1 = qMax(ChartData::x(chart.to), x0 + 86400000.0);
    auto map = [&](const QPointF &v) {
        return QPointF(plot.left() + (v.x() - x0) / (x1 - x0) * plot.width(),
                       plot.bottom() - (v.y() - yMin) / (yMax - yMin) * plot.height());
    };
    // Grid and y labels.
    p.setFont(tickFont);
    for (double v : yTicks) {
        const qreal y = map(QPointF(x0, v)).y();
        p.setPen(QPen(DeckStyle::rule(), 1.2));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(DeckStyle::muted());
        p.drawText(QRectF(area.left(), y - 16, labelW, 32), Qt::AlignRight | Qt::AlignVCenter, axisNumber(v));
    }
    // Months along the bottom, thinned to what fits.
    const QLocale locale;
    QDate month(chart.from.year(), chart.from.month(), 1);
    if (month < chart.from)
        month = month.addMonths(1);
    int months = 0;
    for (QDate d = month; d <= chart.to; d = d.addMonths(1))
        ++months;
    const qreal labelSpace = fm.horizontalAdvance(QStringLiteral("MMM. 2026")) + 20;
    const int every = qMax(1, int(std::ceil(months * labelSpace / qMax<qreal>(plot.width(), 1))));
    for (int i = 0; month <= chart.to; month = month.addMonths(1), ++i) {
        const qreal x = map(QPointF(ChartData::x(month), yMin)).x();
        p.setPen(QPen(DeckStyle::rule(), 1.2));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 8));
        if (i % every)
            continue;
        p.setPen(DeckStyle::muted());
        const QString label = locale.toString(month, QStringLiteral("MMM yyyy"));
        // Kept inside the area: the last month's label would pass its edge.
        const qreal left = qBound(area.left(), x - labelSpace / 2, area.right() - labelSpace);
        p.drawText(QRectF(left, plot.bottom() + 10, labelSpace, fm.height()), Qt::AlignCenter, label);
    }
    p.setPen(QPen(DeckStyle::muted(), 2));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    // Committees as vertical dotted lines.
    for (const ChartMarker &m : chart.markers) {
        if (m.date < chart.from || m.date > chart.to)
            continue;
        const qreal x = map(QPointF(ChartData::x(m.date), yMin)).x();
        p.setPen(QPen(DeckStyle::muted(), 2, Qt::DotLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    p.setClipRect(plot.adjusted(-12, -12, 12, 12));
    for (int i = 0; i < chart.lines.size(); ++i) {
        const ChartLine &l = chart.lines[i];
        const QColor c = lineColor(l, i);
        if (l.role == ChartLine::Target) {
            p.setPen(QPen(c, 3));
            p.setBrush(Qt::white);
            for (const QPointF &v : l.points) {
                const QPointF q = map(v);
                p.drawPolygon(QPolygonF({q + QPointF(0, -12), q + QPointF(12, 0), q + QPointF(0, 12), q + QPointF(-12, 0)}));
            }
            continue;
        }
        QPainterPath path;
        for (int k = 0; k < l.points.size(); ++k) {
            const QPointF q = map(l.points[k]);
            k == 0 ? path.moveTo(q) : path.lineTo(q);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(c, l.emphasised ? 6 : 4, l.role == ChartLine::Measured ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
        if (l.role == ChartLine::Measured) {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            for (const QPointF &v : l.points)
                p.drawEllipse(map(v), 7, 7);
        }
    }
    // The latest value of the emphasised (or first) measured line, labelled.
    for (const ChartLine &l : chart.lines) {
        if (l.role != ChartLine::Measured || l.points.isEmpty())
            continue;
        const QPointF q = map(l.points.last());
        const QString text = axisNumber(l.points.last().y());
        p.setFont(DeckStyle::font(26, true));
        const qreal w = QFontMetricsF(p.font()).horizontalAdvance(text) + 8;
        const QRectF r(qMin(q.x() - w / 2, plot.right() - w), q.y() - 48, w, 34);
        p.setPen(lineColor(l, 0));
        p.drawText(r, Qt::AlignCenter, text);
        break;
    }
    p.restore();
}

QImage DeckChartPainter::image(const TimeChart &chart, const QSizeF &size, const QString &empty, qreal scale)
{
    QImage img((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    p.scale(scale, scale);
    paint(chart, p, QRectF(QPointF(0, 0), size), empty);
    p.end();
    return img;
}

} // namespace Comite
