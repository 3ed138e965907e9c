#include "chartview.h"

#include "chartbuilder.h"
#include "chartexport.h"

#include <QEvent>

namespace Comite {

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(fontMetrics().height() * 10);
    rebuild();
}

void ChartView::setData(const TimeChart &data)
{
    m_data = data;
    rebuild();
}

void ChartView::rebuild()
{
    QChart *old = chart();
    setChart(ChartBuilder::timeChart(m_data, ChartStyle::forPalette(palette(), font())));
    delete old;
    setBackgroundBrush(chart()->backgroundBrush());
    setAccessibleName(m_data.title);
    setAccessibleDescription(m_data.subtitle);
    setToolTip(m_data.subtitle);
}

bool ChartView::exportTo(const QString &path, QString *error) const
{
    const QSize size = ChartExport::defaultSize();
    return ChartExport::save(ChartBuilder::timeChart(m_data, ChartStyle::forExport(size)), path, size, error);
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

} // namespace Comite
