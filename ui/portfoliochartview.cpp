#include "portfoliochartview.h"

#include "chartbuilder.h"
#include "chartexport.h"
#include "chartpointslayer.h"
#include "domain/displayformat.h"

#include <QEvent>
#include <QHelpEvent>
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
    setChart(ChartBuilder::portfolioChart(m_data, ChartStyle::forPalette(palette(), font()), &m_points));
    delete old;
    setBackgroundBrush(chart()->backgroundBrush());
    setAccessibleName(m_data.title);
    setAccessibleDescription(m_data.subtitle);
}

const PortfolioChartPoint *PortfolioChartView::pointAt(QPoint position) const
{
    const int index = m_points->keyAt(chart()->mapFromScene(mapToScene(position)));
    return index >= 0 && index < m_data.points.size() ? &m_data.points[index] : nullptr;
}

QRectF PortfolioChartView::pointRect(int index) const
{
    return viewportTransform().mapRect(chart()->mapRectToScene(m_points->markerRect(index)));
}

bool PortfolioChartView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QChartView::viewportEvent(event);
    // The pointer rests: the product under it, found where it is painted.
    // It stays while the pointer is on that point.
    const auto *help = static_cast<QHelpEvent *>(event);
    if (const PortfolioChartPoint *p = pointAt(help->pos())) {
        const QString text = QStringLiteral("%1\n%2").arg(p->title, DisplayFormat::cost(p->value));
        QToolTip::showText(help->globalPos(), text, viewport(), pointRect(int(p - m_data.points.constData())).toAlignedRect());
    } else {
        QToolTip::hideText();
    }
    return true;
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
