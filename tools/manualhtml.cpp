// Converts the user manual from Markdown to the HTML that is installed and
// shown by Help > Manual, at build time:
//   comite_manual_html MANUAL.md USAGE.txt OUT.html
// The line "<!-- command-line -->" in the Markdown is replaced by the text
// of `comite --help` (USAGE.txt), so the manual cannot drift from it.

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextStream>

namespace {

QString readText(const QString &path, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << path << ": " << file.errorString() << '\n';
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Screenshots are taken at full window size: shown at most `maxWidth`
// pixels wide (aspect kept), so the manual window needs no sideways
// scrolling. Fails on an image the manual names but that does not exist.
bool fitImages(QTextDocument &document, const QString &baseDir, int maxWidth, QTextStream &err)
{
    struct Image {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Image> images;  // collected first: formatting changes the fragments
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                images.append({fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()});
        }
    }
    bool ok = true;
    for (Image &image : images) {
        const QSize size = QImageReader(baseDir + u'/' + image.format.name()).size();
        if (!size.isValid()) {
            err << "The manual shows " << image.format.name() << ", which cannot be read in " << baseDir << ".\n";
            ok = false;
            continue;
        }
        const double scale = size.width() > maxWidth ? double(maxWidth) / size.width() : 1.0;
        image.format.setWidth(qRound(size.width() * scale));
        image.format.setHeight(qRound(size.height() * scale));
        QTextCursor cursor(&document);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
    return ok;
}

// The contents links (#the-committee-day-step-by-step) need an anchor on
// each heading, named as GitHub names it: lower case, spaces as hyphens,
// other punctuation dropped.
void anchorHeadings(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text().isEmpty())
            continue;
        QString slug;
        for (const QChar c : block.text().toLower()) {
            if (c.isLetterOrNumber() || c == u'-' || c == u'_')
                slug += c;
            else if (c == u' ')
                slug += u'-';
        }
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({slug});
        cursor.mergeCharFormat(format);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "Usage: comite_manual_html MANUAL.md USAGE.txt OUT.html\n";
        return 2;
    }
    QString markdown = readText(args[1], err);
    const QString usage = readText(args[2], err);
    if (markdown.isEmpty() || usage.isEmpty()) {
        err << "The manual or the usage text is missing or empty.\n";
        return 1;
    }
    const QString marker = QStringLiteral("<!-- command-line -->");
    if (!markdown.contains(marker)) {
        err << args[1] << ": no \"" << marker << "\" line where the command line goes.\n";
        return 1;
    }
    markdown.replace(marker, QStringLiteral("```\n%1```\n").arg(usage));

    QTextDocument document;
    document.setMarkdown(markdown);
    if (!fitImages(document, QFileInfo(args[1]).absolutePath(), 760, err))
        return 1;
    anchorHeadings(document);
    // The first heading names the page.
    const QString title = markdown.section(u'\n', 0, 0).remove(QLatin1String("# "));
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    QSaveFile out(args[3]);
    if (!out.open(QIODevice::WriteOnly)) {
        err << args[3] << ": " << out.errorString() << '\n';
        return 1;
    }
    out.write(document.toHtml().toUtf8());
    if (!out.commit()) {
        err << args[3] << ": " << out.errorString() << '\n';
        return 1;
    }
    return 0;
}
