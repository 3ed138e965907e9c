#pragma once
// Draws a deck slide with QPainter on a 1920×1080 canvas scaled into any
// rectangle (a thumbnail, the room's screen, a PDF page): the header with
// the section number, text and bullet blocks shrunk to fit their frame,
// figure cards, tables and charts. Pure QtGui, no widgets.

#include "deckslide.h"

class QPainter;

namespace Comite {

class DeckPainter
{
public:
    // Paints `slide` (number `index` of `count`) letterboxed into `target`.
    static void paint(const DeckSlide &slide, QPainter &painter, const QRectF &target, int index, int count);
    // Paints one block on the canvas (the painter already scaled).
    static void paintBlock(const DeckBlock &block, QPainter &painter);

    // The text size at which a Text or Bullets block fits its frame (never
    // under `minimumPixelSize`; below it the text is cut).
    static qreal fittedSize(const DeckBlock &block);
    static constexpr qreal minimumPixelSize = 16;
    // Height of the block's heading band, 0 without a heading.
    static qreal headingHeight(const DeckBlock &block);
    static constexpr qreal cardPadding = 28;

private:
    static void paintHeader(const DeckSlide &slide, QPainter &painter);
    static void paintTitleSlide(const DeckSlide &slide, QPainter &painter);
    static void paintFooter(const DeckSlide &slide, QPainter &painter, int index, int count);
    static void paintText(const DeckBlock &block, QPainter &painter, const QRectF &area);
    static void paintMetrics(const DeckBlock &block, QPainter &painter, const QRectF &area);
    static qreal textHeight(const DeckBlock &block, qreal size, qreal width);
};

} // namespace Comite
