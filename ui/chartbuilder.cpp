#include "chartbuilder.h"

#include "chartpointslayer.h"

#include "domain/displayformat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

namespace Comite {

namespace {
QPen pen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color, width, style, Qt::RoundCap, Qt::RoundJoin);
    return p;
}

// Month labels ("nov. 2026" in French) exactly on the first of the
// months, every 1, 2, 3, 6 or 12 months so that at most about nine show;
// the range pads the data so that edge points and labels stay whole.
QCategoryAxis *monthAxis(QDate from, QDate to)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (!from.isValid() || !to.isValid()) {
        axis->setRange(0, 1);
        return axis;
    }
    const qint64 pad = std::max<qint64>(12, from.daysTo(to) / 25);
    const QDate low = from.addDays(-pad);
    const QDate high = to.addDays(pad);
    const int months = (high.year() - low.year()) * 12 + high.month() - low.month();
    const int step = months <= 9 ? 1 : months <= 18 ? 2 : months <= 27 ? 3 : months <= 54 ? 6 : 12;
    QDate first = QDate(low.year(), low.month(), 1).addMonths(1);
    while ((first.month() - 1) % step != 0)
        first = first.addMonths(1);
    axis->setStartValue(ChartData::x(low));
    for (QDate d = first; d <= high; d = d.addMonths(step))
        axis->append(QLocale().toString(d, QStringLiteral("MMM yyyy")), ChartData::x(d));
    axis->setRange(ChartData::x(low), ChartData::x(high));
    return axis;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}
} // namespace

QString ChartBuilder::labelFormat(double min, double max)
{
    const double span = std::abs(max - min);
    return span >= 20 ? QStringLiteral("%.0f") : span >= 2 ? QStringLiteral("%.1f") : QStringLiteral("%.2f");
}

QChart *ChartBuilder::timeChart(const TimeChart &data, const ChartStyle &style)
{
    auto *chart = new QChart;
    style.apply(chart, data.title, data.subtitle);
    QCategoryAxis *xAxis = monthAxis(data.from, data.to);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(data.yMin, data.yMax);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(labelFormat(yAxis->min(), yAxis->max()));
    yAxis->setTitleText(data.yTitle);
    style.styleAxis(xAxis);
    style.styleAxis(yAxis);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    auto attach = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };
    // Committee marks first, under the values.
    bool firstMark = true;
    for (const ChartMarker &m : data.markers) {
        auto *mark = new QLineSeries;
        mark->setName(QCoreApplication::translate("ChartBuilder", "Committee"));
        mark->setPen(pen(style.muted, std::max<qreal>(2, style.lineWidth * 0.6), Qt::DashLine));
        const qreal x = ChartData::x(m.date);
        mark->append(x, yAxis->min());
        mark->append(x, yAxis->max());
        attach(mark);
        if (!std::exchange(firstMark, false))
            hideFromLegend(chart, mark);
    }
    int colour = 0;
    for (const ChartLine &line : data.lines) {
        if (line.points.isEmpty())
            continue;
        switch (line.role) {
        case ChartLine::Measured: {
            auto *series = new QLineSeries;
            series->setName(line.name);
            series->setPen(pen(style.seriesColor(colour++), style.lineWidth * (line.emphasised ? 1.4 : 1.0)));
            series->setPointsVisible(line.points.size() <= 36);
            series->append(line.points);
            attach(series);
            break;
        }
        case ChartLine::Target: {
            auto *series = new QScatterSeries;
            series->setName(line.name);
            series->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
            series->setMarkerSize(style.markerSize * 1.4);
            series->setColor(style.target);
            series->setBorderColor(style.background);
            series->append(line.points);
            attach(series);
            break;
        }
        case ChartLine::Trajectory:
        case ChartLine::Reference: {
            auto *series = new QLineSeries;
            series->setName(line.name);
            const QColor c = line.role == ChartLine::Trajectory ? style.target : style.muted;
            series->setPen(pen(c, std::max<qreal>(2, style.lineWidth * 0.7), Qt::DashLine));
            series->append(line.points);
            attach(series);
            break;
        }
        }
    }
    return chart;
}

QChart *ChartBuilder::portfolioChart(const PortfolioChart &data, const ChartStyle &style, ChartPointsLayer **points)
{
    auto *chart = new QChart;
    style.apply(chart, data.title, data.subtitle);
    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < data.phases.size(); ++i)
        xAxis->append(Phases::label(data.phases[i]), i);
    xAxis->setRange(-0.6, std::max<qreal>(0.6, data.phases.size() - 0.4));
    xAxis->setGridLineVisible(false);
    QAbstractAxis *yAxis = nullptr;
    if (data.logarithmic) {
        auto *log = new QLogValueAxis;
        log->setBase(10);
        log->setRange(data.yMin, data.yMax);
        log->setLabelFormat(QStringLiteral("%.0f"));
        log->setMinorTickCount(-1);
        yAxis = log;
    } else {
        auto *value = new QValueAxis;
        value->setRange(data.yMin, data.yMax);
        value->applyNiceNumbers();
        value->setLabelFormat(labelFormat(value->min(), value->max()));
        yAxis = value;
    }
    yAxis->setTitleText(data.yTitle);
    style.styleAxis(xAxis);
    style.styleAxis(yAxis);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // One empty series per phase for its legend marker; the points are
    // painted by one layer (Qt Charts makes an item per point: seconds at 100,000).
    QList<QScatterSeries *> series;
    for (int i = 0; i < data.phases.size(); ++i) {
        auto *s = new QScatterSeries;
        s->setName(Phases::label(data.phases[i]));
        s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        s->setMarkerSize(style.markerSize);
        s->setColor(Phases::badgeColor(data.phases[i]));
        s->setBorderColor(style.text);
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
        series << s;
    }
    auto *layer = new ChartPointsLayer(chart, series.value(0));
    for (const QScatterSeries *s : std::as_const(series))
        layer->addGroup(s->pen(), s->brush(), s->markerSize());
    QList<QList<double>> values(data.phases.size());
    // Points spread across their column so products do not hide each other.
    for (int k = 0; k < data.points.size(); ++k) {
        const PortfolioChartPoint &p = data.points[k];
        const int c = data.categoryOf(p.phase);
        const qreal jitter = (((k * 2654435761u) >> 8) % 1000) / 1000.0 * 0.6 - 0.3;
        layer->addPoint(c, QPointF(c + jitter, p.value), k);
        values[c] << p.value;
    }
    // The median of each phase, a short bar across its column.
    for (int c = 0; c < values.size(); ++c) {
        QList<double> v = values[c];
        if (v.isEmpty())
            continue;
        std::sort(v.begin(), v.end());
        const double median = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
        auto *bar = new QLineSeries;
        bar->setName(QCoreApplication::translate("ChartBuilder", "Median of the phase"));
        bar->setPen(pen(style.text, style.lineWidth));
        bar->append(c - 0.38, median);
        bar->append(c + 0.38, median);
        chart->addSeries(bar);
        bar->attachAxis(xAxis);
        bar->attachAxis(yAxis);
        if (c > 0)
            hideFromLegend(chart, bar);
    }
    if (points)
        *points = layer;
    return chart;
}

} // namespace Comite
