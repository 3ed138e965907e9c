#include "deckodpstyles.h"

#include "deckslide.h"


namespace Comite {

namespace {
// A 16:9 slide 28 cm wide: 1920 canvas pixels.
constexpr qreal slideCm = 28.0;
constexpr qreal slidePt = slideCm / 2.54 * 72;
} // namespace

QString DeckOdpStyles::cm(qreal px)
{
    return QString::number(px * slideCm / DeckCanvas::width, 'f', 3) + QStringLiteral("cm");
}

QString DeckOdpStyles::pt(qreal px)
{
    return QString::number(px * slidePt / DeckCanvas::width, 'f', 1) + QStringLiteral("pt");
}

QString DeckOdpStyles::named(const QString &prefix, const QString &key, const QString &xml)
{
    const QString full = prefix + key;
    if (const auto it = m_names.constFind(full); it != m_names.cend())
        return *it;
    const QString name = prefix + QString::number(++m_counts[prefix]);
    m_names.insert(full, name);
    m_xml << QString(xml).replace(QStringLiteral("@NAME@"), name);
    return name;
}

QString DeckOdpStyles::frame(bool middle, const QColor &fill)
{
    const QString fillXml = fill.isValid() ? QStringLiteral("draw:fill=\"solid\" draw:fill-color=\"%1\"").arg(fill.name())
                                           : QStringLiteral("draw:fill=\"none\"");
    return named(QStringLiteral("gr"), QStringLiteral("frame%1%2").arg(middle).arg(fill.name()),
                 QStringLiteral("<style:style style:name=\"@NAME@\" style:family=\"graphic\"><style:graphic-properties "
                                "draw:stroke=\"none\" %1 draw:auto-grow-height=\"false\" draw:auto-grow-width=\"false\" "
                                "fo:min-height=\"0cm\" fo:padding-top=\"0cm\" fo:padding-bottom=\"0cm\" fo:padding-left=\"0cm\" "
                                "fo:padding-right=\"0cm\" draw:textarea-vertical-align=\"%2\" fo:wrap-option=\"wrap\"/></style:style>")
                     .arg(fillXml, middle ? QStringLiteral("middle") : QStringLiteral("top")));
}

QString DeckOdpStyles::fill(const QColor &color)
{
    return named(QStringLiteral("gr"), QStringLiteral("fill") + color.name(),
                 QStringLiteral("<style:style style:name=\"@NAME@\" style:family=\"graphic\"><style:graphic-properties "
                                "draw:stroke=\"none\" draw:fill=\"solid\" draw:fill-color=\"%1\" draw:shadow=\"hidden\" "
                                "draw:textarea-vertical-align=\"middle\" fo:padding-top=\"0cm\" fo:padding-bottom=\"0cm\" "
                                "fo:padding-left=\"0cm\" fo:padding-right=\"0cm\"/></style:style>")
                     .arg(color.name()));
}

QString DeckOdpStyles::line(const QColor &color, qreal px)
{
    return named(QStringLiteral("gr"), QStringLiteral("line%1%2").arg(color.name()).arg(px),
                 QStringLiteral("<style:style style:name=\"@NAME@\" style:family=\"graphic\"><style:graphic-properties "
                                "draw:stroke=\"solid\" svg:stroke-color=\"%1\" svg:stroke-width=\"%2\" draw:fill=\"none\"/></style:style>")
                     .arg(color.name(), cm(px)));
}

QString DeckOdpStyles::paragraph(qreal px, bool bold, bool italic, const QColor &color, Qt::Alignment align, qreal spaceBefore,
                                 qreal indent)
{
    const QString alignName = align & Qt::AlignHCenter ? QStringLiteral("center") : align & Qt::AlignRight ? QStringLiteral("end")
                                                                                                         : QStringLiteral("start");
    const QString key = QStringLiteral("%1/%2/%3/%4/%5/%6/%7").arg(px).arg(bold).arg(italic).arg(color.name(), alignName).arg(spaceBefore).arg(indent);
    return named(QStringLiteral("P"), key,
                 QStringLiteral("<style:style style:name=\"@NAME@\" style:family=\"paragraph\"><style:paragraph-properties "
                                "fo:text-align=\"%1\" fo:margin-top=\"%2\" fo:margin-bottom=\"0cm\" fo:margin-left=\"%3\" "
                                "fo:text-indent=\"%4\" fo:line-height=\"100%\"/><style:text-properties fo:font-family=\"'DejaVu Sans'\" "
                                "style:font-family-generic=\"swiss\" fo:font-size=\"%5\" fo:font-weight=\"%6\" fo:font-style=\"%7\" "
                                "fo:color=\"%8\" style:font-size-asian=\"%5\" style:font-size-complex=\"%5\"/></style:style>")
                     .arg(alignName, cm(spaceBefore), cm(indent), cm(-indent), pt(px), bold ? QStringLiteral("bold") : QStringLiteral("normal"),
                          italic ? QStringLiteral("italic") : QStringLiteral("normal"), color.name()));
}

QString DeckOdpStyles::span(const QColor &color)
{
    return named(QStringLiteral("T"), color.name(),
                 QStringLiteral("<style:style style:name=\"@NAME@\" style:family=\"text\"><style:text-properties fo:color=\"%1\" "
                                "fo:font-weight=\"bold\"/></style:style>")
                     .arg(color.name()));
}

QString DeckOdpStyles::cell(const QColor &background, qreal paddingPx)
{
    return named(QStringLiteral("ce"), QStringLiteral("%1/%2").arg(background.name()).arg(paddingPx),
                 QStringLiteral("<style:style style:name=\"@NAME@\" style:family=\"table-cell\"><style:graphic-properties "
                                "draw:fill=\"solid\" draw:fill-color=\"%1\"/><style:paragraph-properties fo:border=\"none\" "
                                "fo:border-bottom=\"0.03cm solid %2\"/><style:table-cell-properties fo:padding-left=\"%3\" "
                                "fo:padding-right=\"%3\" fo:padding-top=\"%4\" fo:padding-bottom=\"%4\" style:vertical-align=\"top\" "
                                "fo:background-color=\"%1\" fo:border=\"none\" fo:border-bottom=\"0.03cm solid %2\"/></style:style>")
                     .arg(background.name(), QColor(0xcc, 0xcc, 0xd6).name(), cm(14), cm(paddingPx)));
}

QString DeckOdpStyles::column(qreal widthPx)
{
    return named(QStringLiteral("co"), QString::number(widthPx, 'f', 1),
                 QStringLiteral("<style:style style:name=\"@NAME@\" style:family=\"table-column\"><style:table-column-properties "
                                "style:column-width=\"%1\"/></style:style>")
                     .arg(cm(widthPx)));
}

QString DeckOdpStyles::table(qreal widthPx)
{
    return named(QStringLiteral("ta"), QString::number(widthPx, 'f', 1),
                 QStringLiteral("<style:style style:name=\"@NAME@\" style:family=\"table\"><style:table-properties "
                                "style:width=\"%1\" table:align=\"left\"/></style:style>")
                     .arg(cm(widthPx)));
}

} // namespace Comite
