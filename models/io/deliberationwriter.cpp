#include "deliberationwriter.h"

#include "deliberationhtml.h"
#include "deliberationmarkdown.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace Comite {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

bool DeliberationWriter::write(const DeliberationDocument &doc, DeliberationFormat format, const QString &path, QString *error)
{
    switch (format) {
    case DeliberationFormat::Pdf: return writePdf(doc, path, error);
    case DeliberationFormat::Odt: return writeOdt(doc, path, error);
    case DeliberationFormat::Markdown: return writeMarkdown(doc, path, error);
    case DeliberationFormat::Html: return writeText(DeliberationHtml::standalone(doc), path, error);
    }
    return false;
}

void DeliberationWriter::fill(QTextDocument &text, const DeliberationDocument &doc, bool footer, double scale)
{
    // No ligatures: "office" stays six letters a PDF reader finds.
    QFont font = text.defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    text.setDefaultFont(font);
    for (const DocBlock &b : doc.blocks) {
        if (b.kind == DocBlock::Image)
            text.addResource(QTextDocument::ImageResource, QUrl(DeliberationHtml::resourceName(b)), b.image);
    }
    text.setMetaInformation(QTextDocument::DocumentTitle, doc.title);
    text.setHtml(DeliberationHtml::forTextDocument(doc, footer, scale));
}

bool DeliberationWriter::writeText(const QString &text, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(text.toUtf8());
    if (!file.commit())
        return fail(error, tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

bool DeliberationWriter::writeMarkdown(const DeliberationDocument &doc, const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString prefix = info.completeBaseName() + u'-';
    for (const DocBlock &b : doc.blocks) {
        if (b.kind != DocBlock::Image)
            continue;
        const QString imagePath = info.dir().filePath(DeliberationMarkdown::imageFileName(prefix, b));
        if (!b.image.save(imagePath, "PNG"))
            return fail(error, tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(imagePath)));
    }
    return writeText(DeliberationMarkdown::render(doc, prefix), path, error);
}

bool DeliberationWriter::writeOdt(const DeliberationDocument &doc, const QString &path, QString *error)
{
    QTextDocument text;
    fill(text, doc, true);
    QTextDocumentWriter writer(path, "odf");
    if (!writer.write(&text))
        return fail(error, tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), writer.device() ? writer.device()->errorString() : QString()));
    return true;
}

bool DeliberationWriter::writePdf(const DeliberationDocument &doc, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QPdfWriter pdf(&file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(doc.title);
    pdf.setCreator(QStringLiteral("Comité"));

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&pdf);
    fill(text, doc, false, 1.5);  // paddings a little wider than on screen
    QFont small = text.defaultFont();
    small.setPointSizeF(8);
    const QFontMetricsF metrics(small, &pdf);
    const double band = metrics.height() * 1.6;  // header and footer bands
    const QSizeF page(pdf.width(), pdf.height() - 2 * band);
    text.setPageSize(page);

    QPainter painter(&pdf);
    if (!painter.isActive())
        return fail(error, tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path)));
    const int pages = text.pageCount();
    const QColor grey(0x55, 0x55, 0x55);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.newPage();
        painter.save();
        painter.translate(0, band - i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(context.clip);  // a line cut by the page end stays off the bands
        text.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(grey);
        const QRectF top(0, 0, pdf.width(), metrics.height());
        const QRectF bottom(0, pdf.height() - metrics.height(), pdf.width(), metrics.height());
        const QString header = doc.typeset(doc.headerText);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(header, Qt::ElideRight, pdf.width() * 0.95));
        painter.drawLine(QPointF(0, metrics.height() * 1.2), QPointF(pdf.width(), metrics.height() * 1.2));
        painter.drawLine(QPointF(0, pdf.height() - metrics.height() * 1.2), QPointF(pdf.width(), pdf.height() - metrics.height() * 1.2));
        const QString pageText = doc.typeset(tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, pageText);
        const double room = pdf.width() - metrics.horizontalAdvance(pageText) - metrics.height() * 2;
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(doc.typeset(doc.footerText), Qt::ElideRight, room));
    }
    painter.end();
    return true;
}

} // namespace Comite
