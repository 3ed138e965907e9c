#pragma once
// Draws a deck table: a header row on the accent colour, rows with wrapped
// cells and thin rules, group headings spanning the width; the text shrinks
// until every row fits the area.

#include "deckslide.h"

class QPainter;

namespace Comite {

class DeckTablePainter
{
public:
    static void paint(const DeckTable &table, QPainter &painter, const QRectF &area, qreal pixelSize);
    // The text size at which the whole table fits `area`.
    static qreal fittedSize(const DeckTable &table, const QRectF &area, qreal pixelSize);
    // Column widths on `width`, from the table's shares (even without them).
    static QList<qreal> columnWidths(const DeckTable &table, qreal width);

private:
    static qreal rowHeight(const DeckTable &table, const QList<DeckCell> &row, const QList<qreal> &widths, qreal size, bool header);
    static qreal height(const DeckTable &table, qreal width, qreal size);
};

} // namespace Comite
