#include "pagedpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QXmlStreamWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace Comite::PagedPdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PagedPdf)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A large light word across the page, under the text: PDF/A-1 has no
// transparency, so it is drawn first, in an opaque light colour.
void watermark(QPainter &painter, const QPdfWriter &pdf, const QString &word)
{
    painter.save();
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(1, pdf.width() / qMax(4, int(word.size()) + 2)));
    painter.setFont(font);
    painter.setPen(QColor(0xf0, 0xd0, 0xd4));
    painter.translate(pdf.width() / 2.0, pdf.height() / 2.0);
    painter.rotate(-50);
    const QRectF box(-pdf.height() / 2.0, -pdf.width() / 4.0, pdf.height(), pdf.width() / 2.0);
    painter.drawText(box, Qt::AlignCenter, word);
    painter.restore();
}
} // namespace

bool write(const QString &path, const Options &options, const std::function<void(QTextDocument &)> &fill, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, Tr::tr("Cannot write “%1”: %2").arg(name, file.errorString()));
    QPdfWriter pdf(&file);
    pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(options.margins, QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(options.title);
    pdf.setCreator(QStringLiteral("Comité"));
    pdf.setDocumentXmpMetadata(xmpMetadata(options));

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&pdf);
    // Words are never broken: a narrow column takes the width of its
    // longest word (QTextDocument's default breaks anywhere, mid-word).
    QTextOption wrap = text.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    text.setDefaultTextOption(wrap);
    fill(text);
    QFont small = text.defaultFont();
    small.setPointSizeF(8);
    const QFontMetricsF metrics(small, &pdf);
    const double band = metrics.height() * 1.6;  // header and footer bands
    const QSizeF page(pdf.width(), pdf.height() - 2 * band);
    text.setPageSize(page);

    QPainter painter(&pdf);
    if (!painter.isActive())
        return fail(error, Tr::tr("Cannot write “%1”.").arg(name));
    const int pages = text.pageCount();
    const QColor grey(0x55, 0x55, 0x55);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.newPage();
        if (!options.watermark.isEmpty())
            watermark(painter, pdf, options.watermark);
        painter.save();
        painter.translate(0, band - i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(context.clip);  // a line cut by the page end stays off the bands
        text.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(grey);
        if (!options.header.isEmpty()) {
            const QRectF top(0, 0, pdf.width(), metrics.height());
            painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(options.header, Qt::ElideRight, pdf.width() * 0.95));
            painter.drawLine(QPointF(0, metrics.height() * 1.2), QPointF(pdf.width(), metrics.height() * 1.2));
        }
        const QRectF bottom(0, pdf.height() - metrics.height(), pdf.width(), metrics.height());
        painter.drawLine(QPointF(0, pdf.height() - metrics.height() * 1.2), QPointF(pdf.width(), pdf.height() - metrics.height() * 1.2));
        const QString pageText = options.pageLabel ? options.pageLabel(i, pages) : QString();
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, pageText);
        const double room = pdf.width() - metrics.horizontalAdvance(pageText) - metrics.height() * 2;
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(options.footer, Qt::ElideRight, room));
    }
    painter.end();
    // A full disk or a failed write shows here; the temporary file is
    // then dropped and the previous file stays.
    if (file.error() != QFileDevice::NoError) {
        file.cancelWriting();
        return fail(error, Tr::tr("Cannot write “%1”: the file could not be written in full (is the disk full?).").arg(name));
    }
    if (!file.commit())
        return fail(error, Tr::tr("Cannot write “%1”: the file could not be written in full (is the disk full?).").arg(name));
    return true;
}

QByteArray xmpMetadata(const Options &options)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("begin='") + QChar(0xfeff) + QStringLiteral("' id='W5M0MpCehiHzreSzNTczkc9d'"));
    w.writeStartElement(QStringLiteral("x:xmpmeta"));
    w.writeAttribute(QStringLiteral("xmlns:x"), QStringLiteral("adobe:ns:meta/"));
    w.writeStartElement(QStringLiteral("rdf:RDF"));
    w.writeAttribute(QStringLiteral("xmlns:rdf"), QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"));
    const auto description = [&](const char *prefix, const char *uri) {
        w.writeStartElement(QStringLiteral("rdf:Description"));
        w.writeAttribute(QStringLiteral("rdf:about"), QString());
        w.writeAttribute(QStringLiteral("xmlns:") + QLatin1String(prefix), QLatin1String(uri));
    };
    const auto alternative = [&](const QString &element, const QString &value) {
        w.writeStartElement(element);
        w.writeStartElement(QStringLiteral("rdf:Alt"));
        w.writeStartElement(QStringLiteral("rdf:li"));
        w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        w.writeCharacters(value);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    };
    const auto list = [&](const QString &element, const char *kind, const QString &value) {
        w.writeStartElement(element);
        w.writeStartElement(QStringLiteral("rdf:") + QLatin1String(kind));
        w.writeTextElement(QStringLiteral("rdf:li"), value);
        w.writeEndElement();
        w.writeEndElement();
    };
    description("dc", "http://purl.org/dc/elements/1.1/");
    w.writeTextElement(QStringLiteral("dc:format"), QStringLiteral("application/pdf"));
    alternative(QStringLiteral("dc:title"), options.title);
    if (!options.author.isEmpty())
        list(QStringLiteral("dc:creator"), "Seq", options.author);
    if (!options.subject.isEmpty())
        alternative(QStringLiteral("dc:description"), options.subject);
    if (!options.language.isEmpty())
        list(QStringLiteral("dc:language"), "Bag", options.language);
    w.writeEndElement();
    description("pdf", "http://ns.adobe.com/pdf/1.3/");
    w.writeTextElement(QStringLiteral("pdf:Producer"), QStringLiteral("Qt ") + QLatin1String(qVersion()));
    if (!options.subject.isEmpty())
        w.writeTextElement(QStringLiteral("pdf:Keywords"), options.subject);
    w.writeEndElement();
    description("xmp", "http://ns.adobe.com/xap/1.0/");
    w.writeTextElement(QStringLiteral("xmp:CreatorTool"), QStringLiteral("Comité"));
    w.writeEndElement();
    description("pdfaid", "http://www.aiim.org/pdfa/ns/id/");
    w.writeTextElement(QStringLiteral("pdfaid:part"), QStringLiteral("1"));
    w.writeTextElement(QStringLiteral("pdfaid:conformance"), QStringLiteral("B"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end='w'"));
    return xml;
}

} // namespace Comite::PagedPdf
