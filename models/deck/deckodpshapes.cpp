#include "deckodpshapes.h"

#include "deckodpstyles.h"
#include "deckpainter.h"
#include "deckstyle.h"
#include "decktablepainter.h"

#include <QFontMetricsF>
#include <QXmlStreamWriter>

namespace Comite {

using S = DeckOdpStyles;

QRectF DeckOdpShapes::blockFrame(const DeckBlock &block)
{
    QRectF r = block.frame;
    if (block.card)
        r = r.adjusted(DeckPainter::cardPadding, DeckPainter::cardPadding * 0.8, -DeckPainter::cardPadding, -DeckPainter::cardPadding * 0.8);
    return r.adjusted(0, DeckPainter::headingHeight(block), 0, 0);
}

void DeckOdpShapes::geometry(const QRectF &r)
{
    w.writeAttribute(QStringLiteral("svg:x"), S::cm(r.x()));
    w.writeAttribute(QStringLiteral("svg:y"), S::cm(r.y()));
    w.writeAttribute(QStringLiteral("svg:width"), S::cm(r.width()));
    w.writeAttribute(QStringLiteral("svg:height"), S::cm(r.height()));
}

void DeckOdpShapes::rect(const QRectF &r, const QColor &color)
{
    w.writeStartElement(QStringLiteral("draw:rect"));
    w.writeAttribute(QStringLiteral("draw:style-name"), m_styles.fill(color));
    geometry(r);
    w.writeEndElement();
}

void DeckOdpShapes::line(const QPointF &a, const QPointF &b, const QColor &color, qreal width)
{
    w.writeStartElement(QStringLiteral("draw:line"));
    w.writeAttribute(QStringLiteral("draw:style-name"), m_styles.line(color, width));
    w.writeAttribute(QStringLiteral("svg:x1"), S::cm(a.x()));
    w.writeAttribute(QStringLiteral("svg:y1"), S::cm(a.y()));
    w.writeAttribute(QStringLiteral("svg:x2"), S::cm(b.x()));
    w.writeAttribute(QStringLiteral("svg:y2"), S::cm(b.y()));
    w.writeEndElement();
}

void DeckOdpShapes::text(const QRectF &r, const QStringList &lines, qreal px, bool bold, bool italic, const QColor &color,
                         Qt::Alignment align, bool middle, qreal spacing, bool bullets)
{
    w.writeStartElement(QStringLiteral("draw:frame"));
    w.writeAttribute(QStringLiteral("draw:style-name"), m_styles.frame(middle));
    geometry(r);
    w.writeStartElement(QStringLiteral("draw:text-box"));
    for (int i = 0; i < lines.size(); ++i) {
        w.writeStartElement(QStringLiteral("text:p"));
        w.writeAttribute(QStringLiteral("text:style-name"),
                         m_styles.paragraph(px, bold, italic, color, align, i > 0 ? spacing : 0, bullets ? px * 1.3 : 0));
        if (bullets) {
            w.writeStartElement(QStringLiteral("text:span"));
            w.writeAttribute(QStringLiteral("text:style-name"), m_styles.span(DeckStyle::accent()));
            w.writeCharacters(QStringLiteral("•"));
            w.writeEndElement();
            w.writeEmptyElement(QStringLiteral("text:tab"));
        }
        w.writeCharacters(lines[i]);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

void DeckOdpShapes::picture(const QRectF &r, const QString &path, const QString &description)
{
    w.writeStartElement(QStringLiteral("draw:frame"));
    w.writeAttribute(QStringLiteral("draw:style-name"), m_styles.frame());
    geometry(r);
    w.writeStartElement(QStringLiteral("draw:image"));
    w.writeAttribute(QStringLiteral("xlink:href"), path);
    w.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
    w.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
    w.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
    w.writeEndElement();
    if (!description.isEmpty())
        w.writeTextElement(QStringLiteral("svg:desc"), description);
    w.writeEndElement();
}

void DeckOdpShapes::header(const DeckSlide &slide, int index, int count)
{
    using namespace DeckCanvas;
    if (slide.style == DeckSlide::Title) {
        rect(QRectF(0, 0, 36, height * 0.62), DeckStyle::accent());
        rect(QRectF(0, height * 0.62, 36, height * 0.38), DeckStyle::red());
        text(QRectF(margin + 40, 90, width - 2 * margin, 50), {slide.subtitle}, 30, true, false, DeckStyle::accent(), Qt::AlignLeft, true);
        qreal size = 96;
        const qreal wide = width - 2 * margin - 40;
        while (size > 44 && QFontMetricsF(DeckStyle::font(size, true)).horizontalAdvance(slide.title) > wide)
            size -= 4;
        text(QRectF(margin + 40, 170, wide, 140), {slide.title}, size, true, false, DeckStyle::text(), Qt::AlignLeft, true);
    } else {
        qreal x = margin;
        if (!slide.section.isEmpty()) {
            rect(QRectF(margin, 64, 104, 104), DeckStyle::accent());
            text(QRectF(margin, 64, 104, 104), {slide.section}, 50, true, false, Qt::white, Qt::AlignHCenter, true);
            x += 140;
        }
        const qreal wide = width - margin - x;
        qreal size = 54;
        while (size > 30 && QFontMetricsF(DeckStyle::font(size, true)).horizontalAdvance(slide.title) > wide)
            size -= 2;
        text(QRectF(x, slide.subtitle.isEmpty() ? 80 : 58, wide, 74), {slide.title}, size, true, false, DeckStyle::text(), Qt::AlignLeft, true);
        if (!slide.subtitle.isEmpty())
            text(QRectF(x, 134, wide, 44), {slide.subtitle}, 30, false, false, DeckStyle::muted(), Qt::AlignLeft, true);
        line(QPointF(margin, 200), QPointF(width - margin, 200), DeckStyle::rule(), 2);
    }
    const QRectF band(margin, footerTop + 8, width - 2 * margin, 48);
    text(band.adjusted(0, 0, -200, 0), {slide.footer}, 22, false, false, DeckStyle::muted(), Qt::AlignLeft, true);
    text(QRectF(band.right() - 180, band.top(), 180, band.height()), {QStringLiteral("%1 / %2").arg(index + 1).arg(count)}, 22, false,
         false, DeckStyle::muted(), Qt::AlignRight, true);
}

void DeckOdpShapes::table(const DeckTable &t, const QRectF &area, qreal pixelSize)
{
    const qreal size = DeckTablePainter::fittedSize(t, area, pixelSize);
    const QList<qreal> widths = DeckTablePainter::columnWidths(t, area.width());
    w.writeStartElement(QStringLiteral("draw:frame"));
    w.writeAttribute(QStringLiteral("draw:style-name"), m_styles.frame());
    geometry(area);
    w.writeStartElement(QStringLiteral("table:table"));
    w.writeAttribute(QStringLiteral("table:style-name"), m_styles.table(area.width()));
    for (qreal width : widths) {
        w.writeEmptyElement(QStringLiteral("table:table-column"));
        w.writeAttribute(QStringLiteral("table:style-name"), m_styles.column(width));
    }
    const qreal pad = size * 0.32;
    auto row = [&](const QList<DeckCell> &cells, bool header) {
        const bool span = !header && cells.size() == 1 && widths.size() > 1;
        w.writeStartElement(QStringLiteral("table:table-row"));
        for (int c = 0; c < widths.size(); ++c) {
            if (span && c > 0) {
                w.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
                continue;
            }
            const DeckCell cell = c < cells.size() ? cells[c] : DeckCell();
            w.writeStartElement(QStringLiteral("table:table-cell"));
            w.writeAttribute(QStringLiteral("table:style-name"),
                             m_styles.cell(header ? DeckStyle::accent() : span ? DeckStyle::band() : QColor(Qt::white), pad));
            if (span)
                w.writeAttribute(QStringLiteral("table:number-columns-spanned"), QString::number(widths.size()));
            w.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            const QColor color = header ? QColor(Qt::white) : cell.color.isValid() ? cell.color : span ? DeckStyle::accent() : DeckStyle::text();
            w.writeStartElement(QStringLiteral("text:p"));
            w.writeAttribute(QStringLiteral("text:style-name"),
                             m_styles.paragraph(size, header || cell.bold || span, false, color,
                                                t.alignRight.contains(c) && !span ? Qt::AlignRight : Qt::AlignLeft));
            w.writeCharacters(cell.text);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    };
    if (!t.headers.isEmpty()) {
        QList<DeckCell> cells;
        for (const QString &h : t.headers)
            cells << DeckCell(h);
        row(cells, true);
    }
    if (t.rows.isEmpty())
        row({DeckCell(t.empty, DeckStyle::muted())}, false);
    for (const auto &r : t.rows)
        row(r, false);
    w.writeEndElement();
    w.writeEndElement();
}

void DeckOdpShapes::metrics(const DeckBlock &block, const QRectF &area)
{
    const int n = int(block.metrics.size());
    const bool across = area.width() >= area.height() * 1.5;
    const qreal gap = 24;
    const qreal cw = across ? (area.width() - gap * (n - 1)) / n : area.width();
    const qreal ch = across ? area.height() : (area.height() - gap * (n - 1)) / n;
    for (int i = 0; i < n; ++i) {
        const DeckMetric &m = block.metrics[i];
        const QRectF card = across ? QRectF(area.left() + i * (cw + gap), area.top(), cw, ch)
                                   : QRectF(area.left(), area.top() + i * (ch + gap), cw, ch);
        const QColor accent = m.accent.isValid() ? m.accent : DeckStyle::accent();
        rect(card, DeckStyle::band());
        rect(QRectF(card.left(), card.top(), 8, card.height()), accent);
        const QRectF body = card.adjusted(32, 18, -20, -14);
        const qreal labelSize = qMin<qreal>(26, body.height() * 0.2);
        const qreal labelH = qMin(QFontMetricsF(DeckStyle::font(labelSize, true)).boundingRect(QRectF(0, 0, body.width(), 1e6), Qt::TextWordWrap, m.label).height(),
                                  labelSize * 2.6);
        qreal valueSize = qMin<qreal>(block.pixelSize, body.height() * 0.42);
        while (valueSize > 20 && QFontMetricsF(DeckStyle::font(valueSize, true)).horizontalAdvance(m.value) > body.width())
            valueSize -= 2;
        const qreal valueH = QFontMetricsF(DeckStyle::font(valueSize, true)).height();
        text(QRectF(body.left(), body.top(), body.width(), labelH + 4), {m.label}, labelSize, true, false, DeckStyle::muted());
        text(QRectF(body.left(), body.top() + labelH + 4, body.width(), valueH), {m.value}, valueSize, true, false, accent,
             Qt::AlignLeft, true);
        const QRectF note(body.left(), body.top() + labelH + 10 + valueH, body.width(), body.bottom() - body.top() - labelH - 10 - valueH);
        if (!m.note.isEmpty() && note.height() > 12) {
            qreal noteSize = qMin<qreal>(24, labelSize);
            while (noteSize > 14
                   && QFontMetricsF(DeckStyle::font(noteSize)).boundingRect(QRectF(0, 0, note.width(), 1e6), Qt::TextWordWrap, m.note).height() > note.height())
                noteSize -= 1;
            text(note, {m.note}, noteSize, false, false, DeckStyle::text());
        }
    }
}

void DeckOdpShapes::block(const DeckBlock &b)
{
    if (b.card) {
        rect(b.frame, DeckStyle::band());
        rect(QRectF(b.frame.left(), b.frame.top(), b.frame.width(), 6), DeckStyle::accent());
    }
    QRectF frame = b.frame;
    if (b.card)
        frame = frame.adjusted(DeckPainter::cardPadding, DeckPainter::cardPadding * 0.8, -DeckPainter::cardPadding, -DeckPainter::cardPadding * 0.8);
    if (!b.heading.isEmpty())
        text(QRectF(frame.left(), frame.top(), frame.width(), 40), {b.heading}, 28, true, false, DeckStyle::accent(), Qt::AlignLeft, true);
    const QRectF area = blockFrame(b);
    const QColor color = b.color.isValid() ? b.color : DeckStyle::text();
    switch (b.kind) {
    case DeckBlock::Text:
    case DeckBlock::Bullets: {
        const qreal size = DeckPainter::fittedSize(b);
        const bool bullets = b.kind == DeckBlock::Bullets;
        text(area, b.lines, size, b.bold, b.italic, color, b.centered ? Qt::AlignHCenter : Qt::AlignLeft, false,
             size * (bullets ? 0.45 : 0.6), bullets);
        break;
    }
    case DeckBlock::Metrics:
        metrics(b, area);
        break;
    case DeckBlock::Table:
        table(b.table, area, b.pixelSize);
        break;
    case DeckBlock::Chart:
        break;  // DeckOdpWriter embeds the picture
    }
}

} // namespace Comite
