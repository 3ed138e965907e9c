#include "budgetbandwidget.h"

#include <QPainter>
#include <QPainterPath>

namespace Comite {

BudgetBandWidget::BudgetBandWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Typical cost"));
}

void BudgetBandWidget::setBand(std::optional<CostBand> band, const QString &bandText, qint64 pace, const QString &paceText)
{
    m_band = band;
    m_bandText = bandText;
    m_pace = pace;
    m_paceText = paceText;
    setAccessibleDescription(summary());
    setToolTip(tr("A reference drawn from the typical costs of beta.gouv.fr products, not a rule."));
    updateGeometry();
    update();
}

QString BudgetBandWidget::summary() const
{
    return m_paceText.isEmpty() ? m_bandText : m_bandText + QLatin1Char('\n') + m_paceText;
}

QSize BudgetBandWidget::sizeHint() const
{
    return {40 * fontMetrics().averageCharWidth(), m_band ? fontMetrics().lineSpacing() + 16 : 0};
}

QSize BudgetBandWidget::minimumSizeHint() const
{
    return {20 * fontMetrics().averageCharWidth(), sizeHint().height()};
}

void BudgetBandWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int line = fontMetrics().lineSpacing();
    const QRect area = rect().adjusted(8, 2, -8, -2);
    if (!m_band)
        return;
    // The axis runs from 0 to a bit past the band or the pace.
    const double top = std::max<double>({double(m_band->high) * 1.25, double(m_pace) * 1.1, 1.0});
    const QRect bar(area.left(), area.top() + 6, area.width(), line);
    auto x = [&](double euros) { return bar.left() + int(double(bar.width()) * std::min(euros, top) / top); };
    p.setPen(Qt::NoPen);
    QColor track = pal.color(QPalette::Mid);
    track.setAlpha(90);
    p.setBrush(track);
    p.drawRoundedRect(bar, 4, 4);
    QColor band = pal.color(QPalette::Highlight);
    band.setAlpha(110);
    p.setBrush(band);
    p.drawRoundedRect(QRect(QPoint(x(double(m_band->low)), bar.top()), QPoint(x(double(m_band->high)), bar.bottom())), 4, 4);
    if (m_pace > 0) {
        const int px = x(double(m_pace));
        p.setPen(QPen(pal.color(QPalette::WindowText), 3));
        p.drawLine(px, bar.top() - 4, px, bar.bottom() + 4);
        QPainterPath marker;
        marker.moveTo(px - 6, bar.top() - 6);
        marker.lineTo(px + 6, bar.top() - 6);
        marker.lineTo(px, bar.top());
        marker.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::WindowText));
        p.drawPath(marker);
    }
}

} // namespace Comite
