#include "portfoliochartview.h"

#include "chartbuilder.h"
#include "chartexport.h"
#include "domain/displayformat.h"

#include <QEvent>
#include <QScatterSeries>
#include <QToolTip>

namespace Comite {

PortfolioChartView::PortfolioChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 18);
    rebuild();
}

void PortfolioChartView::setData(const PortfolioChart &data)
{
    m_data = data;
    rebuild();
}

void PortfolioChartView::rebuild()
{
    QChart *old = chart();
    QList<QScatterSeries *> series;
    setChart(ChartBuilder::portfolioChart(m_data, ChartStyle::forPalette(palette(), font()), &series));
    delete old;
    setBackgroundBrush(chart()->backgroundBrush());
    for (int i = 0; i < series.size(); ++i) {
        connect(series[i], &QScatterSeries::hovered, this, [this, i](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            if (const PortfolioChartPoint *p = pointAt(i, point))
                QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2").arg(p->title, DisplayFormat::cost(p->value)), this);
        });
    }
    setAccessibleName(m_data.title);
    setAccessibleDescription(m_data.subtitle);
}

const PortfolioChartPoint *PortfolioChartView::pointAt(int phaseIndex, QPointF value) const
{
    if (phaseIndex < 0 || phaseIndex >= m_data.phases.size())
        return nullptr;
    const Phase phase = m_data.phases[phaseIndex];
    const PortfolioChartPoint *best = nullptr;
    double distance = std::numeric_limits<double>::max();
    for (const PortfolioChartPoint &p : m_data.points) {
        if (p.phase != phase)
            continue;
        const double d = std::abs(p.value - value.y());
        if (d < distance) {
            distance = d;
            best = &p;
        }
    }
    return best;
}

bool PortfolioChartView::exportTo(const QString &path, QString *error) const
{
    const QSize size = ChartExport::defaultSize();
    return ChartExport::save(ChartBuilder::portfolioChart(m_data, ChartStyle::forExport(size)), path, size, error);
}

void PortfolioChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

} // namespace Comite
