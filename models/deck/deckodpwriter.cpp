#include "deckodpwriter.h"

#include "deckchartpainter.h"
#include "deckodpshapes.h"
#include "deckodpstyles.h"

#include "odf/odfpackage.h"

#include <QBuffer>
#include <QImage>
#include <QXmlStreamWriter>

namespace Comite {

namespace {
const char *const namespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    " xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\""
    " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
    " office:version=\"1.3\"";
} // namespace

QByteArray DeckOdpWriter::styles()
{
    // The 16:9 page (28 × 15.75 cm) and the one master page every slide uses.
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles") + namespaces
           + "><office:styles/><office:automatic-styles>"
             "<style:page-layout style:name=\"PM1\"><style:page-layout-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\" "
             "fo:margin-left=\"0cm\" fo:margin-right=\"0cm\" fo:page-width=\"28cm\" fo:page-height=\"15.75cm\" "
             "style:print-orientation=\"landscape\"/></style:page-layout>"
             "<style:style style:name=\"dp1\" style:family=\"drawing-page\"><style:drawing-page-properties draw:fill=\"solid\" "
             "draw:fill-color=\"#ffffff\" draw:background-size=\"full\"/></style:style>"
             "</office:automatic-styles><office:master-styles>"
             "<style:master-page style:name=\"Deck\" style:page-layout-name=\"PM1\" draw:style-name=\"dp1\"/>"
             "</office:master-styles></office:document-styles>";
}

void DeckOdpWriter::writeSlide(QXmlStreamWriter &w, DeckOdpStyles &styles, int index,
                               QList<std::pair<QString, QByteArray>> *pictures) const
{
    const DeckSlide &slide = m_slides[index];
    w.writeStartElement(QStringLiteral("draw:page"));
    w.writeAttribute(QStringLiteral("draw:name"), QStringLiteral("%1 %2").arg(index + 1).arg(slide.title));
    w.writeAttribute(QStringLiteral("draw:style-name"), QStringLiteral("dp1"));
    w.writeAttribute(QStringLiteral("draw:master-page-name"), QStringLiteral("Deck"));
    DeckOdpShapes shapes(w, styles);
    shapes.header(slide, index, int(m_slides.size()));
    for (int b = 0; b < slide.blocks.size(); ++b) {
        const DeckBlock &block = slide.blocks[b];
        if (block.kind == DeckBlock::Chart) {
            const QRectF area = shapes.blockFrame(block);
            const QImage image = DeckChartPainter::image(block.chart, area.size(), block.chartEmpty, 1.25);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            const QString path = QStringLiteral("Pictures/slide%1-chart%2.png").arg(index + 1).arg(b + 1);
            if (pictures)
                pictures->append({path, png});
            shapes.picture(area, path, block.chart.title);
        } else {
            shapes.block(block);
        }
    }
    w.writeEndElement();
}

QByteArray DeckOdpWriter::content(QList<std::pair<QString, QByteArray>> *pictures) const
{
    // The slides first, so their styles are known, then the styles before them.
    QByteArray body;
    DeckOdpStyles styles;
    {
        QXmlStreamWriter w(&body);
        w.writeStartElement(QStringLiteral("office:body"));
        w.writeStartElement(QStringLiteral("office:presentation"));
        for (int i = 0; i < m_slides.size(); ++i)
            writeSlide(w, styles, i, pictures);
        w.writeEndElement();
        w.writeEndElement();
    }
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content") + namespaces
           + "><office:automatic-styles>" + styles.xml().toUtf8() + "</office:automatic-styles>" + body
           + "</office:document-content>";
}

bool DeckOdpWriter::write(const QString &path, QString *error) const
{
    QList<std::pair<QString, QByteArray>> pictures;
    OdfPackage odp(OdfPackage::presentationMimeType());
    odp.addXml(QStringLiteral("content.xml"), content(&pictures));
    odp.addXml(QStringLiteral("styles.xml"), styles());
    QByteArray meta;
    {
        QXmlStreamWriter w(&meta);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("office:document-meta"));
        w.writeAttribute(QStringLiteral("xmlns:office"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
        w.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
        w.writeAttribute(QStringLiteral("xmlns:meta"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"));
        w.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
        w.writeStartElement(QStringLiteral("office:meta"));
        w.writeTextElement(QStringLiteral("dc:title"), m_title);
        w.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Comité"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
    }
    odp.addXml(QStringLiteral("meta.xml"), meta);
    for (const auto &[picture, png] : pictures)
        odp.addFile(picture, png, QStringLiteral("image/png"));
    return odp.write(path, error);
}

} // namespace Comite
