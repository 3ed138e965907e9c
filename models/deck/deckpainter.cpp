#include "deckpainter.h"

#include "deckchartpainter.h"
#include "deckstyle.h"
#include "decktablepainter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Comite {

namespace {
constexpr int wrap = Qt::TextWordWrap;

qreal wrappedHeight(const QFont &font, qreal width, const QString &text, int flags = wrap)
{
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height();
}

// The part of `area` left after the block's heading (and padding on a card).
QRectF inner(const DeckBlock &block)
{
    QRectF r = block.frame;
    if (block.card)
        r = r.adjusted(DeckPainter::cardPadding, DeckPainter::cardPadding * 0.8, -DeckPainter::cardPadding, -DeckPainter::cardPadding * 0.8);
    return r.adjusted(0, DeckPainter::headingHeight(block), 0, 0);
}
} // namespace

qreal DeckPainter::headingHeight(const DeckBlock &block)
{
    return block.heading.isEmpty() ? 0 : 52;
}

qreal DeckPainter::textHeight(const DeckBlock &block, qreal size, qreal width)
{
    const QFont font = DeckStyle::font(size, block.bold, block.italic);
    const qreal indent = block.kind == DeckBlock::Bullets ? size * 1.3 : 0;
    const int flags = wrap | (block.centered ? Qt::AlignHCenter : Qt::AlignLeft);
    qreal h = 0;
    for (int i = 0; i < block.lines.size(); ++i) {
        if (i > 0)
            h += size * (block.kind == DeckBlock::Bullets ? 0.45 : 0.6);
        h += wrappedHeight(font, width - indent, block.lines[i], flags);
    }
    return h;
}

qreal DeckPainter::fittedSize(const DeckBlock &block)
{
    const QRectF area = inner(block);
    qreal size = block.pixelSize;
    while (size > minimumPixelSize && textHeight(block, size, area.width()) > area.height())
        size -= size > 30 ? 2 : 1;
    return size;
}

void DeckPainter::paintText(const DeckBlock &block, QPainter &p, const QRectF &area)
{
    const qreal size = fittedSize(block);
    const QFont font = DeckStyle::font(size, block.bold, block.italic);
    const QColor color = block.color.isValid() ? block.color : DeckStyle::text();
    const bool bullets = block.kind == DeckBlock::Bullets;
    const qreal indent = bullets ? size * 1.3 : 0;
    const int flags = wrap | (block.centered ? Qt::AlignHCenter : Qt::AlignLeft);
    p.save();
    p.setClipRect(area.adjusted(0, 0, 0, 1));
    qreal y = area.top();
    for (int i = 0; i < block.lines.size() && y < area.bottom(); ++i) {
        if (i > 0)
            y += size * (bullets ? 0.45 : 0.6);
        const qreal h = wrappedHeight(font, area.width() - indent, block.lines[i], flags);
        if (bullets) {
            p.setPen(Qt::NoPen);
            p.setBrush(DeckStyle::accent());
            const qreal d = size * 0.3;
            p.drawEllipse(QRectF(area.left() + size * 0.25, y + QFontMetricsF(font).ascent() * 0.62 - d / 2, d, d));
        }
        p.setFont(font);
        p.setPen(color);
        p.drawText(QRectF(area.left() + indent, y, area.width() - indent, h + 2), flags, block.lines[i]);
        y += h;
    }
    p.restore();
}

void DeckPainter::paintMetrics(const DeckBlock &block, QPainter &p, const QRectF &area)
{
    const int n = int(block.metrics.size());
    if (n == 0)
        return;
    const bool across = area.width() >= area.height() * 1.5;
    const qreal gap = 24;
    const qreal w = across ? (area.width() - gap * (n - 1)) / n : area.width();
    const qreal h = across ? area.height() : (area.height() - gap * (n - 1)) / n;
    for (int i = 0; i < n; ++i) {
        const DeckMetric &m = block.metrics[i];
        const QRectF card = across ? QRectF(area.left() + i * (w + gap), area.top(), w, h)
                                   : QRectF(area.left(), area.top() + i * (h + gap), w, h);
        const QColor accent = m.accent.isValid() ? m.accent : DeckStyle::accent();
        p.setPen(Qt::NoPen);
        p.setBrush(DeckStyle::band());
        p.drawRect(card);
        p.setBrush(accent);
        p.drawRect(QRectF(card.left(), card.top(), 8, card.height()));
        const QRectF body = card.adjusted(32, 18, -20, -14);
        // Label, value and note share the card; the value shrinks to its width.
        qreal labelSize = qMin<qreal>(26, body.height() * 0.2);
        const QFont labelFont = DeckStyle::font(labelSize, true);
        const qreal labelH = qMin(wrappedHeight(labelFont, body.width(), m.label), labelSize * 2.6);
        qreal valueSize = qMin<qreal>(block.pixelSize, body.height() * 0.42);
        while (valueSize > 20 && QFontMetricsF(DeckStyle::font(valueSize, true)).horizontalAdvance(m.value) > body.width())
            valueSize -= 2;
        const QFont valueFont = DeckStyle::font(valueSize, true);
        const qreal valueH = QFontMetricsF(valueFont).height();
        p.setFont(labelFont);
        p.setPen(DeckStyle::muted());
        p.drawText(QRectF(body.left(), body.top(), body.width(), labelH), wrap, m.label);
        p.setFont(valueFont);
        p.setPen(accent);
        const QRectF valueRect(body.left(), body.top() + labelH + 4, body.width(), valueH);
        p.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(valueFont).elidedText(m.value, Qt::ElideRight, body.width()));
        const QRectF noteRect(body.left(), valueRect.bottom() + 6, body.width(), body.bottom() - valueRect.bottom() - 6);
        if (!m.note.isEmpty() && noteRect.height() > 12) {
            qreal noteSize = qMin<qreal>(24, labelSize);
            while (noteSize > 14 && wrappedHeight(DeckStyle::font(noteSize), noteRect.width(), m.note) > noteRect.height())
                noteSize -= 1;
            p.save();
            p.setClipRect(noteRect);
            p.setFont(DeckStyle::font(noteSize));
            p.setPen(DeckStyle::text());
            p.drawText(noteRect, wrap, m.note);
            p.restore();
        }
    }
}

void DeckPainter::paintBlock(const DeckBlock &block, QPainter &p)
{
    if (block.card) {
        p.setPen(Qt::NoPen);
        p.setBrush(DeckStyle::band());
        p.drawRect(block.frame);
        p.setBrush(DeckStyle::accent());
        p.drawRect(QRectF(block.frame.left(), block.frame.top(), block.frame.width(), 6));
    }
    QRectF frame = block.frame;
    if (block.card)
        frame = frame.adjusted(cardPadding, cardPadding * 0.8, -cardPadding, -cardPadding * 0.8);
    if (!block.heading.isEmpty()) {
        p.setFont(DeckStyle::font(28, true));
        p.setPen(DeckStyle::accent());
        p.drawText(QRectF(frame.left(), frame.top(), frame.width(), 40), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(block.heading, Qt::ElideRight, frame.width()));
    }
    const QRectF area = frame.adjusted(0, headingHeight(block), 0, 0);
    switch (block.kind) {
    case DeckBlock::Text:
    case DeckBlock::Bullets:
        paintText(block, p, area);
        break;
    case DeckBlock::Metrics:
        paintMetrics(block, p, area);
        break;
    case DeckBlock::Table:
        DeckTablePainter::paint(block.table, p, area, block.pixelSize);
        break;
    case DeckBlock::Chart:
        DeckChartPainter::paint(block.chart, p, area, block.chartEmpty);
        break;
    }
}

void DeckPainter::paintHeader(const DeckSlide &slide, QPainter &p)
{
    using namespace DeckCanvas;
    qreal x = margin;
    if (!slide.section.isEmpty()) {
        const QRectF badge(margin, 64, 104, 104);
        p.setPen(Qt::NoPen);
        p.setBrush(DeckStyle::accent());
        p.drawRect(badge);
        p.setFont(DeckStyle::font(50, true));
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, slide.section);
        x += 104 + 36;
    }
    const qreal w = width - margin - x;
    qreal titleSize = 54;
    while (titleSize > 30 && QFontMetricsF(DeckStyle::font(titleSize, true)).horizontalAdvance(slide.title) > w)
        titleSize -= 2;
    p.setFont(DeckStyle::font(titleSize, true));
    p.setPen(DeckStyle::text());
    const QRectF titleRect(x, slide.subtitle.isEmpty() ? 80 : 58, w, 74);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(p.font()).elidedText(slide.title, Qt::ElideRight, w));
    if (!slide.subtitle.isEmpty()) {
        p.setFont(DeckStyle::font(30));
        p.setPen(DeckStyle::muted());
        p.drawText(QRectF(x, 134, w, 44), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(slide.subtitle, Qt::ElideRight, w));
    }
    p.setPen(QPen(DeckStyle::rule(), 2));
    p.drawLine(QPointF(margin, 200), QPointF(width - margin, 200));
}

void DeckPainter::paintTitleSlide(const DeckSlide &slide, QPainter &p)
{
    using namespace DeckCanvas;
    p.setPen(Qt::NoPen);
    p.setBrush(DeckStyle::accent());
    p.drawRect(QRectF(0, 0, 36, height));
    p.setBrush(DeckStyle::red());
    p.drawRect(QRectF(0, height * 0.62, 36, height * 0.38));
    p.setFont(DeckStyle::font(30, true));
    p.setPen(DeckStyle::accent());
    p.drawText(QRectF(margin + 40, 90, width - 2 * margin, 50), Qt::AlignLeft | Qt::AlignVCenter, slide.subtitle);
    qreal titleSize = 96;
    const qreal w = width - 2 * margin - 40;
    while (titleSize > 44 && QFontMetricsF(DeckStyle::font(titleSize, true)).horizontalAdvance(slide.title) > w)
        titleSize -= 4;
    p.setFont(DeckStyle::font(titleSize, true));
    p.setPen(DeckStyle::text());
    p.drawText(QRectF(margin + 40, 170, w, 140), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font()).elidedText(slide.title, Qt::ElideRight, w));
}

void DeckPainter::paintFooter(const DeckSlide &slide, QPainter &p, int index, int count)
{
    using namespace DeckCanvas;
    p.setFont(DeckStyle::font(22));
    p.setPen(DeckStyle::muted());
    const QRectF band(margin, footerTop + 8, width - 2 * margin, 48);
    const QString page = QStringLiteral("%1 / %2").arg(index + 1).arg(count);
    const qreal pageW = QFontMetricsF(p.font()).horizontalAdvance(page) + 20;
    p.drawText(band.adjusted(0, 0, -pageW - 20, 0), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font()).elidedText(slide.footer, Qt::ElideRight, band.width() - pageW - 20));
    p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, page);
}

void DeckPainter::paint(const DeckSlide &slide, QPainter &p, const QRectF &target, int index, int count)
{
    using namespace DeckCanvas;
    if (target.isEmpty())
        return;
    // Letterbox the 16:9 canvas into the target, centred.
    const qreal scale = qMin(target.width() / width, target.height() / height);
    const QPointF origin(target.left() + (target.width() - width * scale) / 2, target.top() + (target.height() - height * scale) / 2);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.translate(origin);
    p.scale(scale, scale);
    p.setClipRect(QRectF(0, 0, width, height));
    p.fillRect(QRectF(0, 0, width, height), Qt::white);
    if (slide.style == DeckSlide::Title)
        paintTitleSlide(slide, p);
    else
        paintHeader(slide, p);
    for (const DeckBlock &block : slide.blocks)
        paintBlock(block, p);
    paintFooter(slide, p, index, count);
    p.restore();
}

} // namespace Comite
