#include "deliberationwriter.h"

#include "deliberationhtml.h"
#include "deliberationmarkdown.h"
#include "deliberationodt.h"
#include "pagedpdf.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextDocument>

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
    const QByteArray bytes = text.toUtf8();
    // A short write (full disk) can pass write() and flush(): the size on disk says.
    if (file.write(bytes) != bytes.size() || !file.flush() || file.size() != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(error, tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), reason));
    }
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
        QSaveFile image(imagePath);  // atomic, as the text
        if (!image.open(QIODevice::WriteOnly) || !b.image.save(&image, "PNG") || !image.commit())
            return fail(error, tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(imagePath), image.errorString()));
    }
    return writeText(DeliberationMarkdown::render(doc, prefix), path, error);
}

bool DeliberationWriter::writeOdt(const DeliberationDocument &doc, const QString &path, QString *error)
{
    return DeliberationOdt(doc).write(path, error);
}

bool DeliberationWriter::writePdf(const DeliberationDocument &doc, const QString &path, QString *error)
{
    PagedPdf::Options options;
    options.title = doc.typeset(doc.title);
    options.author = doc.author;
    options.subject = doc.typeset(doc.subject);
    options.language = doc.locale.bcp47Name();
    options.watermark = doc.draft ? tr("DRAFT") : QString();
    options.header = doc.typeset(doc.headerText);
    options.footer = doc.typeset(doc.footerText);
    options.pageLabel = [&doc](int page, int pages) { return doc.typeset(tr("Page %1 of %2").arg(page + 1).arg(pages)); };
    return PagedPdf::write(path, options, [&doc](QTextDocument &text) {
        fill(text, doc, false, 1.5);  // paddings a little wider than on screen
    }, error);
}

} // namespace Comite
