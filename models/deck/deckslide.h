#pragma once
// One slide of the committee deck as data: a header (section number, title,
// subtitle) and blocks placed on a 1920×1080 canvas — text, tables, figure
// cards and charts. The painter draws it with QPainter (preview, PDF, room
// view) and the ODP writer turns the same blocks into real ODF frames.

#include "charts/chartdata.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Comite {

// A table cell: its text, an optional colour and weight.
struct DeckCell {
    QString text;
    QColor color;  // invalid: the table's text colour
    bool bold = false;
    DeckCell() = default;
    DeckCell(const QString &t, const QColor &c = {}, bool b = false) : text(t), color(c), bold(b) {}
};

struct DeckTable {
    QStringList headers;
    QList<qreal> widths;          // share of the width per column (sums to 1)
    QList<QList<DeckCell>> rows;  // a row of one cell spans the whole width (a group heading)
    QList<int> alignRight;        // columns of figures
    QString empty;                // shown when there is no row
};

// A figure on a card: "12 400 users", its label and a note under it.
struct DeckMetric {
    QString label;
    QString value;
    QString note;
    QColor accent;  // invalid: the deck's accent
};

struct DeckBlock {
    enum Kind { Text, Bullets, Table, Metrics, Chart };
    Kind kind = Text;
    QRectF frame;     // on the 1920×1080 canvas
    QString heading;  // optional small heading above the content
    QStringList lines;  // Text: paragraphs; Bullets: items
    int pixelSize = 30;  // preferred text size; shrunk to fit
    bool bold = false;
    bool italic = false;
    bool centered = false;
    bool card = false;   // on a tinted card with padding
    QColor color;        // invalid: the deck's text colour
    DeckTable table;
    QList<DeckMetric> metrics;
    TimeChart chart;
    QString chartEmpty;  // shown when the chart has nothing to draw
};

struct DeckSlide {
    enum Style { Title, Content };
    Style style = Content;
    QString section;   // "01", "02", "03" or empty
    QString title;
    QString subtitle;
    QList<DeckBlock> blocks;
    QString footer;  // product and committee date
};

namespace DeckCanvas {
constexpr qreal width = 1920;
constexpr qreal height = 1080;
constexpr qreal margin = 96;
constexpr qreal headerBottom = 230;  // where the content starts
constexpr qreal footerTop = 1010;    // where the content ends
inline QRectF contentRect() { return QRectF(margin, headerBottom, width - 2 * margin, footerTop - headerBottom - 20); }
}

} // namespace Comite
