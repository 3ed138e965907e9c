#pragma once
// Writes one slide's shapes into an ODP's draw:page, where DeckPainter
// draws them: the header or title band, text frames with the fitted text
// size, figure cards, ODF tables and pictures, and the footer.

#include "deckslide.h"

class QXmlStreamWriter;

namespace Comite {

class DeckOdpStyles;

class DeckOdpShapes
{
public:
    DeckOdpShapes(QXmlStreamWriter &writer, DeckOdpStyles &styles) : w(writer), m_styles(styles) {}

    void header(const DeckSlide &slide, int index, int count);
    void block(const DeckBlock &block);
    void picture(const QRectF &rect, const QString &path, const QString &description);
    // Where a block's content goes once its card padding and heading are set aside.
    static QRectF blockFrame(const DeckBlock &block);

private:
    void rect(const QRectF &r, const QColor &color);
    void line(const QPointF &a, const QPointF &b, const QColor &color, qreal width);
    // A text frame of one paragraph per line.
    void text(const QRectF &r, const QStringList &lines, qreal px, bool bold, bool italic, const QColor &color,
              Qt::Alignment align = Qt::AlignLeft, bool middle = false, qreal spacing = 0, bool bullets = false);
    void table(const DeckTable &table, const QRectF &area, qreal pixelSize);
    void metrics(const DeckBlock &block, const QRectF &area);
    void geometry(const QRectF &r);

    QXmlStreamWriter &w;
    DeckOdpStyles &m_styles;
};

} // namespace Comite
