#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontInfo>
#include <QLegend>
#include <QLocale>
#include <QPalette>

namespace Comite {

namespace {
// Okabe–Ito colours, distinguishable with colour blindness; yellow and
// black swapped for what reads on each background.
const QList<QColor> lightSeries = {QColor(0x00, 0x5a, 0x9c), QColor(0xc0, 0x4a, 0x00), QColor(0x00, 0x7d, 0x5a),
                                   QColor(0xa8, 0x3e, 0x88), QColor(0xb3, 0x6b, 0x00), QColor(0x1f, 0x6f, 0xa8),
                                   QColor(0x6b, 0x3e, 0x26), QColor(0x30, 0x30, 0x30)};
const QList<QColor> darkSeries = {QColor(0x5c, 0xb3, 0xff), QColor(0xff, 0x8c, 0x4a), QColor(0x3d, 0xd6, 0xa3),
                                  QColor(0xf0, 0x8c, 0xd0), QColor(0xf5, 0xc0, 0x40), QColor(0x9a, 0xd4, 0xff),
                                  QColor(0xd9, 0xa0, 0x7a), QColor(0xf0, 0xf0, 0xf0)};

QFont scaled(QFont font, qreal pixels, bool bold = false)
{
    font.setPixelSize(std::max(9, qRound(pixels)));
    font.setBold(bold);
    return font;
}
} // namespace

ChartStyle ChartStyle::forPalette(const QPalette &palette, const QFont &base)
{
    ChartStyle s;
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.grid = dark ? QColor(0x55, 0x58, 0x60) : QColor(0xcc, 0xcc, 0xcc);
    s.muted = dark ? QColor(0xb0, 0xb4, 0xbc) : QColor(0x55, 0x55, 0x55);
    s.target = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x00, 0x20);
    s.series = dark ? darkSeries : lightSeries;
    const qreal px = QFontInfo(base).pixelSize();
    s.titleFont = scaled(base, px * 1.5, true);
    s.labelFont = scaled(base, px * 1.15);
    s.legendFont = scaled(base, px * 1.15);
    s.lineWidth = std::max<qreal>(3, px / 4);
    s.markerSize = std::max<qreal>(10, px * 0.9);
    return s;
}

ChartStyle ChartStyle::forExport(QSize size)
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, QColor(0x16, 0x16, 0x16));
    ChartStyle s = forPalette(light, QFont());
    const qreal unit = std::min(size.width() / 16.0, size.height() / 9.0);  // 100 at 1600 × 900
    s.titleFont = scaled(QFont(), unit * 0.32, true);
    s.labelFont = scaled(QFont(), unit * 0.22);
    s.legendFont = scaled(QFont(), unit * 0.22);
    s.lineWidth = std::max<qreal>(3, unit * 0.05);
    s.markerSize = std::max<qreal>(10, unit * 0.15);
    return s;
}

void ChartStyle::apply(QChart *chart, const QString &title, const QString &subtitle) const
{
    chart->setBackgroundBrush(background);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitleBrush(text);
    chart->setTitleFont(titleFont);
    QString html = title.toHtmlEscaped();
    if (!subtitle.isEmpty()) {
        html += QStringLiteral("<br><span style=\"font-size:%1px; font-weight:normal\">%2</span>")
                    .arg(labelFont.pixelSize())
                    .arg(subtitle.toHtmlEscaped());
    }
    chart->setTitle(html);
    chart->legend()->setFont(legendFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

void ChartStyle::styleAxis(QAbstractAxis *axis) const
{
    axis->setLabelsFont(labelFont);
    axis->setLabelsColor(text);
    axis->setTitleFont(labelFont);
    axis->setTitleBrush(text);
    axis->setLinePenColor(muted);
    axis->setGridLineColor(grid);
    axis->setMinorGridLineVisible(false);
}

} // namespace Comite
