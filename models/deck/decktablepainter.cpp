#include "decktablepainter.h"

#include "deckstyle.h"

#include <QFontMetricsF>
#include <numeric>
#include <QPainter>

namespace Comite {

namespace {
constexpr qreal padX = 14;
qreal padY(qreal size) { return size * 0.32; }
int columnCount(const DeckTable &t)
{
    int n = int(t.headers.size());
    for (const auto &row : t.rows)
        n = qMax(n, int(row.size()));
    return qMax(1, n);
}
} // namespace

QList<qreal> DeckTablePainter::columnWidths(const DeckTable &table, qreal width)
{
    const int n = columnCount(table);
    QList<qreal> w;
    qreal sum = 0;
    for (int c = 0; c < n; ++c) {
        w << (c < table.widths.size() ? table.widths[c] : 1.0 / n);
        sum += w.last();
    }
    for (qreal &v : w)
        v = v / sum * width;
    return w;
}

qreal DeckTablePainter::rowHeight(const DeckTable &table, const QList<DeckCell> &row, const QList<qreal> &widths, qreal size,
                                  bool header)
{
    Q_UNUSED(table)
    qreal h = 0;
    const bool span = !header && row.size() == 1 && widths.size() > 1;
    for (int c = 0; c < row.size() && c < widths.size(); ++c) {
        const QFont font = DeckStyle::font(size, header || row[c].bold || span);
        const qreal w = (span ? std::accumulate(widths.cbegin(), widths.cend(), 0.0) : widths[c]) - 2 * padX;
        const QRectF bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, qMax<qreal>(w, 10), 1e6), Qt::TextWordWrap, row[c].text);
        // A word wider than its column does not fit at this size.
        h = qMax(h, bounds.width() > w + 0.5 ? 1e5 : bounds.height());
    }
    return h + 2 * padY(size);
}

qreal DeckTablePainter::height(const DeckTable &table, qreal width, qreal size)
{
    const QList<qreal> widths = columnWidths(table, width);
    QList<DeckCell> header;
    for (const QString &h : table.headers)
        header << DeckCell(h);
    qreal total = header.isEmpty() ? 0 : rowHeight(table, header, widths, size, true);
    if (table.rows.isEmpty())
        return total + size * 2;
    for (const auto &row : table.rows)
        total += rowHeight(table, row, widths, size, false);
    return total;
}

qreal DeckTablePainter::fittedSize(const DeckTable &table, const QRectF &area, qreal pixelSize)
{
    qreal size = pixelSize;
    while (size > 14 && height(table, area.width(), size) > area.height())
        size -= size > 24 ? 2 : 1;
    return size;
}

void DeckTablePainter::paint(const DeckTable &table, QPainter &p, const QRectF &area, qreal pixelSize)
{
    const qreal size = fittedSize(table, area, pixelSize);
    const QList<qreal> widths = columnWidths(table, area.width());
    p.save();
    p.setClipRect(area.adjusted(-2, -2, 2, 2));
    qreal y = area.top();
    auto drawRow = [&](const QList<DeckCell> &row, bool header) {
        const qreal h = rowHeight(table, row, widths, size, header);
        const bool span = !header && row.size() == 1 && widths.size() > 1;
        const QRectF band(area.left(), y, area.width(), h);
        if (header)
            p.fillRect(band, DeckStyle::accent());
        else if (span)
            p.fillRect(band, DeckStyle::band());
        qreal x = area.left();
        for (int c = 0; c < row.size() && c < widths.size(); ++c) {
            const qreal w = span ? area.width() : widths[c];
            const DeckCell &cell = row[c];
            p.setFont(DeckStyle::font(size, header || cell.bold || span));
            p.setPen(header ? QColor(Qt::white) : cell.color.isValid() ? cell.color : span ? DeckStyle::accent() : DeckStyle::text());
            const Qt::Alignment align = table.alignRight.contains(c) && !span ? Qt::AlignRight : Qt::AlignLeft;
            p.drawText(QRectF(x + padX, y + padY(size), w - 2 * padX, h - 2 * padY(size) + 2), Qt::TextWordWrap | align | Qt::AlignTop,
                       cell.text);
            x += w;
        }
        y += h;
        p.setPen(QPen(DeckStyle::rule(), 1.5));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    };
    if (!table.headers.isEmpty()) {
        QList<DeckCell> header;
        for (const QString &h : table.headers)
            header << DeckCell(h);
        drawRow(header, true);
    }
    if (table.rows.isEmpty()) {
        p.setFont(DeckStyle::font(size, false, true));
        p.setPen(DeckStyle::muted());
        p.drawText(QRectF(area.left() + padX, y + padY(size), area.width() - 2 * padX, size * 2), Qt::AlignLeft | Qt::AlignVCenter,
                   table.empty);
    }
    for (const auto &row : table.rows)
        drawRow(row, false);
    p.restore();
}

} // namespace Comite
