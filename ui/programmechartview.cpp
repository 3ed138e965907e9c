#include "programmechartview.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace Comite {

ProgrammeChartView::ProgrammeChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 16);
    rebuild();
}

void ProgrammeChartView::setData(const ProgrammeChart &data)
{
    m_data = data;
    rebuild();
}

void ProgrammeChartView::rebuild()
{
    const ChartStyle style = ChartStyle::forPalette(palette(), font());
    auto *chart = new QChart;
    // The tab names the chart: no title above it, only the notice when it is empty.
    style.apply(chart, m_data.isEmpty() ? tr("Nothing to show yet.") : QString(), QString());
    if (m_data.kind == ProgrammeChart::Bars)
        chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    auto *y = new QValueAxis;
    y->setTitleText(m_data.yTitle);
    y->setLabelFormat(QStringLiteral("%.0f"));
    style.styleAxis(y);
    chart->addAxis(y, Qt::AlignLeft);
    if (m_data.kind == ProgrammeChart::Bars) {
        auto *series = new QBarSeries;
        for (int s = 0; s < m_data.series.size(); ++s) {
            auto *set = new QBarSet(m_data.series[s]);
            set->setColor(m_data.colours.value(s));
            set->setBorderColor(m_data.colours.value(s));
            for (double v : m_data.values.value(s))
                *set << v;
            series->append(set);
        }
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(m_data.groups);
        x->setTitleText(m_data.xTitle);
        style.styleAxis(x);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(y);
        y->setRange(0, m_data.yMax);
        y->applyNiceNumbers();
    } else {
        auto *x = new QValueAxis;
        x->setTitleText(m_data.xTitle);
        x->setLabelFormat(QStringLiteral("%.0f"));
        style.styleAxis(x);
        chart->addAxis(x, Qt::AlignBottom);
        for (int s = 0; s < m_data.lines.size(); ++s) {
            auto *line = new QLineSeries;
            line->setName(m_data.series.value(s));
            line->append(m_data.lines[s]);
            QPen pen(m_data.colours.value(s));
            pen.setWidthF(style.lineWidth);
            line->setPen(pen);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
        x->setRange(0, m_data.xMax);
        x->applyNiceNumbers();
        y->setRange(0, 100);
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    setBackgroundBrush(chart->backgroundBrush());
    setAccessibleName(m_data.title);
}

void ProgrammeChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

} // namespace Comite
