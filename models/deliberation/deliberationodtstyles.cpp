#include "deliberationodtstyles.h"

#include <QXmlStreamWriter>

namespace Comite::DeliberationOdtStyles {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DeliberationOdt)
};

const char *const fontName = "DejaVu Sans";

QString languageCode(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language());
}

QString countryCode(const QLocale &locale)
{
    return QLocale::territoryToCode(locale.territory());
}

// <style:style style:name=… style:family="paragraph" …> with its display name.
void startParagraphStyle(QXmlStreamWriter &w, const QString &name, const QString &display, const QString &parent,
                         const QString &next = {})
{
    w.writeStartElement(QStringLiteral("style:style"));
    w.writeAttribute(QStringLiteral("style:name"), name);
    if (!display.isEmpty())
        w.writeAttribute(QStringLiteral("style:display-name"), display);
    w.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    if (!parent.isEmpty())
        w.writeAttribute(QStringLiteral("style:parent-style-name"), parent);
    if (!next.isEmpty())
        w.writeAttribute(QStringLiteral("style:next-style-name"), next);
}

void properties(QXmlStreamWriter &w, const QString &element, const QList<std::pair<QString, QString>> &attributes)
{
    w.writeEmptyElement(element);
    for (const auto &[name, value] : attributes)
        w.writeAttribute(name, value);
}

void paragraphStyle(QXmlStreamWriter &w, const QString &name, const QString &display, const QString &parent,
                    const QList<std::pair<QString, QString>> &paragraph, const QList<std::pair<QString, QString>> &text,
                    const QString &next = {})
{
    startParagraphStyle(w, name, display, parent, next);
    if (!paragraph.isEmpty())
        properties(w, QStringLiteral("style:paragraph-properties"), paragraph);
    if (!text.isEmpty())
        properties(w, QStringLiteral("style:text-properties"), text);
    w.writeEndElement();
}

void headingStyles(QXmlStreamWriter &w)
{
    paragraphStyle(w, QStringLiteral("Heading"), {}, QStringLiteral("Standard"),
                   {{QStringLiteral("fo:margin-top"), QStringLiteral("0.42cm")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.21cm")},
                    {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
                   {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}, {QStringLiteral("fo:color"), QStringLiteral("#1e1e1e")}},
                   QStringLiteral("Text_20_body"));
    const QStringList sizes{QStringLiteral("18pt"), QStringLiteral("14pt"), QStringLiteral("12pt"), QStringLiteral("10.5pt")};
    for (int level = 1; level <= sizes.size(); ++level) {
        startParagraphStyle(w, QStringLiteral("Heading_20_%1").arg(level), QStringLiteral("Heading %1").arg(level),
                            QStringLiteral("Heading"), QStringLiteral("Text_20_body"));
        w.writeAttribute(QStringLiteral("style:default-outline-level"), QString::number(level));
        w.writeAttribute(QStringLiteral("style:class"), QStringLiteral("text"));
        if (level == 2)
            properties(w, QStringLiteral("style:paragraph-properties"),
                       {{QStringLiteral("fo:border-bottom"), QStringLiteral("0.5pt solid #999999")},
                        {QStringLiteral("fo:padding-bottom"), QStringLiteral("0.05cm")}});
        properties(w, QStringLiteral("style:text-properties"), {{QStringLiteral("fo:font-size"), sizes[level - 1]}});
        w.writeEndElement();
    }
}

void outlineStyle(QXmlStreamWriter &w)
{
    // Headings unnumbered, but on the outline (Navigator, table of contents).
    w.writeStartElement(QStringLiteral("text:outline-style"));
    w.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Outline"));
    for (int level = 1; level <= 10; ++level) {
        w.writeStartElement(QStringLiteral("text:outline-level-style"));
        w.writeAttribute(QStringLiteral("text:level"), QString::number(level));
        w.writeAttribute(QStringLiteral("style:num-format"), QString());
        w.writeEndElement();
    }
    w.writeEndElement();
}

void bulletList(QXmlStreamWriter &w)
{
    w.writeStartElement(QStringLiteral("text:list-style"));
    w.writeAttribute(QStringLiteral("style:name"), QStringLiteral("List_20_Bullet"));
    w.writeAttribute(QStringLiteral("style:display-name"), QStringLiteral("List Bullet"));
    w.writeStartElement(QStringLiteral("text:list-level-style-bullet"));
    w.writeAttribute(QStringLiteral("text:level"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("text:bullet-char"), QStringLiteral("•"));
    w.writeStartElement(QStringLiteral("style:list-level-properties"));
    w.writeAttribute(QStringLiteral("text:list-level-position-and-space-mode"), QStringLiteral("label-alignment"));
    properties(w, QStringLiteral("style:list-level-label-alignment"),
               {{QStringLiteral("text:label-followed-by"), QStringLiteral("listtab")},
                {QStringLiteral("text:list-tab-stop-position"), QStringLiteral("0.6cm")},
                {QStringLiteral("fo:text-indent"), QStringLiteral("-0.4cm")},
                {QStringLiteral("fo:margin-left"), QStringLiteral("0.6cm")}});
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

void pageLayout(QXmlStreamWriter &w)
{
    w.writeStartElement(QStringLiteral("style:page-layout"));
    w.writeAttribute(QStringLiteral("style:name"), QStringLiteral("A4"));
    properties(w, QStringLiteral("style:page-layout-properties"),
               {{QStringLiteral("fo:page-width"), QStringLiteral("21cm")},
                {QStringLiteral("fo:page-height"), QStringLiteral("29.7cm")},
                {QStringLiteral("style:print-orientation"), QStringLiteral("portrait")},
                {QStringLiteral("fo:margin-top"), QStringLiteral("1.2cm")},
                {QStringLiteral("fo:margin-bottom"), QStringLiteral("1.2cm")},
                {QStringLiteral("fo:margin-left"), QStringLiteral("2cm")},
                {QStringLiteral("fo:margin-right"), QStringLiteral("2cm")}});
    w.writeStartElement(QStringLiteral("style:header-style"));
    properties(w, QStringLiteral("style:header-footer-properties"),
               {{QStringLiteral("fo:min-height"), QStringLiteral("0.6cm")},
                {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.5cm")},
                {QStringLiteral("fo:border-bottom"), QStringLiteral("0.5pt solid #999999")},
                {QStringLiteral("fo:padding-bottom"), QStringLiteral("0.1cm")}});
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("style:footer-style"));
    properties(w, QStringLiteral("style:header-footer-properties"),
               {{QStringLiteral("fo:min-height"), QStringLiteral("0.6cm")},
                {QStringLiteral("fo:margin-top"), QStringLiteral("0.5cm")},
                {QStringLiteral("fo:border-top"), QStringLiteral("0.5pt solid #999999")},
                {QStringLiteral("fo:padding-top"), QStringLiteral("0.1cm")}});
    w.writeEndElement();
    w.writeEndElement();
}

// "Page <page-number> of <page-count>" from the translated "Page %1 of %2".
void pageLabel(QXmlStreamWriter &w, const DeliberationDocument &doc)
{
    const QString pattern = doc.typeset(Tr::tr("Page %1 of %2"));
    const qsizetype one = pattern.indexOf(QLatin1String("%1"));
    const qsizetype two = pattern.indexOf(QLatin1String("%2"));
    if (one < 0 || two < one) {
        w.writeEmptyElement(QStringLiteral("text:page-number"));
        return;
    }
    writeText(w, pattern.left(one));
    w.writeStartElement(QStringLiteral("text:page-number"));
    w.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
    w.writeCharacters(QStringLiteral("1"));
    w.writeEndElement();
    writeText(w, pattern.mid(one + 2, two - one - 2));
    w.writeStartElement(QStringLiteral("text:page-count"));
    w.writeCharacters(QStringLiteral("1"));
    w.writeEndElement();
    writeText(w, pattern.mid(two + 2));
}

void masterPage(QXmlStreamWriter &w, const DeliberationDocument &doc)
{
    w.writeStartElement(QStringLiteral("style:master-page"));
    w.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    w.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("A4"));
    w.writeStartElement(QStringLiteral("style:header"));
    w.writeStartElement(QStringLiteral("text:p"));
    w.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Header"));
    if (doc.draft) {
        w.writeStartElement(QStringLiteral("text:span"));
        w.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Draft_20_Mark"));
        writeText(w, Tr::tr("DRAFT"));
        w.writeEndElement();
        writeText(w, QStringLiteral(" — "));
    }
    writeText(w, doc.typeset(doc.headerText));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("style:footer"));
    w.writeStartElement(QStringLiteral("text:p"));
    w.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Footer"));
    writeText(w, doc.typeset(doc.footerText));
    w.writeEmptyElement(QStringLiteral("text:tab"));
    pageLabel(w, doc);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

void bandStyle(QXmlStreamWriter &w, const QString &name, const QString &display)
{
    startParagraphStyle(w, name, display, QStringLiteral("Standard"));
    w.writeAttribute(QStringLiteral("style:class"), QStringLiteral("extra"));
    w.writeStartElement(QStringLiteral("style:paragraph-properties"));
    w.writeStartElement(QStringLiteral("style:tab-stops"));
    w.writeEmptyElement(QStringLiteral("style:tab-stop"));
    w.writeAttribute(QStringLiteral("style:position"), QStringLiteral("%1cm").arg(textWidthCm));
    w.writeAttribute(QStringLiteral("style:type"), QStringLiteral("right"));
    w.writeEndElement();
    w.writeEndElement();
    properties(w, QStringLiteral("style:text-properties"),
               {{QStringLiteral("fo:font-size"), QStringLiteral("8pt")}, {QStringLiteral("fo:color"), QStringLiteral("#555555")}});
    w.writeEndElement();
}
} // namespace

void declareNamespaces(QXmlStreamWriter &w)
{
    const QList<std::pair<const char *, const char *>> namespaces{
        {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
        {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
        {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
        {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
        {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
        {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
        {"xlink", "http://www.w3.org/1999/xlink"},
        {"dc", "http://purl.org/dc/elements/1.1/"},
        {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
        {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    };
    for (const auto &[prefix, uri] : namespaces)
        w.writeAttribute(QStringLiteral("xmlns:") + QLatin1String(prefix), QLatin1String(uri));
    w.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
}

void writeText(QXmlStreamWriter &w, const QString &text)
{
    QString run;
    int spaces = 0;
    const auto flush = [&] {
        if (!run.isEmpty())
            w.writeCharacters(run);
        run.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' && (i == 0 || text.at(i - 1) == u' ' || text.at(i - 1) == u'\n')) {
            ++spaces;  // ODF collapses a run of spaces; <text:s/> keeps them
            continue;
        }
        if (spaces > 0) {
            flush();
            w.writeEmptyElement(QStringLiteral("text:s"));
            if (spaces > 1)
                w.writeAttribute(QStringLiteral("text:c"), QString::number(spaces));
            spaces = 0;
        }
        if (c == u'\n' || c == u'\t') {
            flush();
            w.writeEmptyElement(c == u'\n' ? QStringLiteral("text:line-break") : QStringLiteral("text:tab"));
        } else if (c != u'\r') {
            run += c;
        }
    }
    if (spaces > 0) {
        flush();
        w.writeEmptyElement(QStringLiteral("text:s"));
        if (spaces > 1)
            w.writeAttribute(QStringLiteral("text:c"), QString::number(spaces));
    }
    flush();
}

QByteArray styles(const DeliberationDocument &doc)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("office:document-styles"));
    declareNamespaces(w);

    w.writeStartElement(QStringLiteral("office:font-face-decls"));
    w.writeEmptyElement(QStringLiteral("style:font-face"));
    w.writeAttribute(QStringLiteral("style:name"), QLatin1String(fontName));
    w.writeAttribute(QStringLiteral("svg:font-family"), QStringLiteral("'%1'").arg(QLatin1String(fontName)));
    w.writeAttribute(QStringLiteral("style:font-family-generic"), QStringLiteral("swiss"));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("office:styles"));
    w.writeStartElement(QStringLiteral("style:default-style"));
    w.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    properties(w, QStringLiteral("style:text-properties"),
               {{QStringLiteral("style:font-name"), QLatin1String(fontName)},
                {QStringLiteral("fo:font-size"), QStringLiteral("10pt")},
                {QStringLiteral("fo:language"), languageCode(doc.locale)},
                {QStringLiteral("fo:country"), countryCode(doc.locale)},
                {QStringLiteral("fo:hyphenate"), QStringLiteral("false")}});
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("Standard"), {}, {}, {}, {});
    paragraphStyle(w, QStringLiteral("Text_20_body"), QStringLiteral("Text body"), QStringLiteral("Standard"),
                   {{QStringLiteral("fo:margin-top"), QStringLiteral("0cm")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm")},
                    {QStringLiteral("fo:line-height"), QStringLiteral("115%")}},
                   {});
    headingStyles(w);
    paragraphStyle(w, QStringLiteral("Muted"), {}, QStringLiteral("Text_20_body"), {},
                   {{QStringLiteral("fo:font-style"), QStringLiteral("italic")}, {QStringLiteral("fo:color"), QStringLiteral("#555555")}});
    paragraphStyle(w, QStringLiteral("Draft_20_Notice"), QStringLiteral("Draft Notice"), QStringLiteral("Text_20_body"),
                   {{QStringLiteral("fo:border"), QStringLiteral("1pt solid #b00020")},
                    {QStringLiteral("fo:padding"), QStringLiteral("0.15cm")},
                    {QStringLiteral("fo:background-color"), QStringLiteral("#fdecea")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.4cm")}},
                   {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}, {QStringLiteral("fo:color"), QStringLiteral("#b00020")}});
    paragraphStyle(w, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"), QStringLiteral("Standard"), {},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}});
    paragraphStyle(w, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"), QStringLiteral("Table_20_Contents"), {},
                   {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    paragraphStyle(w, QStringLiteral("Table_20_Number"), QStringLiteral("Table Number"), QStringLiteral("Table_20_Contents"),
                   {{QStringLiteral("fo:text-align"), QStringLiteral("end")}}, {});
    paragraphStyle(w, QStringLiteral("Table_20_Heading_20_Number"), QStringLiteral("Table Heading Number"),
                   QStringLiteral("Table_20_Heading"), {{QStringLiteral("fo:text-align"), QStringLiteral("end")}}, {});
    paragraphStyle(w, QStringLiteral("Field_20_Label"), QStringLiteral("Field Label"), QStringLiteral("Standard"), {},
                   {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    paragraphStyle(w, QStringLiteral("Field_20_Value"), QStringLiteral("Field Value"), QStringLiteral("Standard"), {}, {});
    paragraphStyle(w, QStringLiteral("List_20_Contents"), QStringLiteral("List Contents"), QStringLiteral("Text_20_body"),
                   {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.1cm")}}, {});
    paragraphStyle(w, QStringLiteral("Figure"), {}, QStringLiteral("Standard"),
                   {{QStringLiteral("fo:text-align"), QStringLiteral("center")}, {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}}, {});
    paragraphStyle(w, QStringLiteral("Caption"), {}, QStringLiteral("Standard"),
                   {{QStringLiteral("fo:text-align"), QStringLiteral("center")}, {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.3cm")}},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}, {QStringLiteral("fo:font-style"), QStringLiteral("italic")},
                    {QStringLiteral("fo:color"), QStringLiteral("#555555")}});
    bandStyle(w, QStringLiteral("Header"), {});
    bandStyle(w, QStringLiteral("Footer"), {});
    w.writeStartElement(QStringLiteral("style:style"));
    w.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Draft_20_Mark"));
    w.writeAttribute(QStringLiteral("style:display-name"), QStringLiteral("Draft Mark"));
    w.writeAttribute(QStringLiteral("style:family"), QStringLiteral("text"));
    properties(w, QStringLiteral("style:text-properties"),
               {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}, {QStringLiteral("fo:color"), QStringLiteral("#b00020")}});
    w.writeEndElement();
    outlineStyle(w);
    bulletList(w);
    w.writeEndElement();  // office:styles

    w.writeStartElement(QStringLiteral("office:automatic-styles"));
    pageLayout(w);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("office:master-styles"));
    masterPage(w, doc);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray meta(const DeliberationDocument &doc)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("office:document-meta"));
    declareNamespaces(w);
    w.writeStartElement(QStringLiteral("office:meta"));
    w.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Comité/") + QLatin1String(COMITE_VERSION));
    w.writeTextElement(QStringLiteral("dc:title"), doc.typeset(doc.title));
    if (!doc.subject.isEmpty())
        w.writeTextElement(QStringLiteral("dc:subject"), doc.typeset(doc.subject));
    if (!doc.author.isEmpty()) {
        w.writeTextElement(QStringLiteral("meta:initial-creator"), doc.author);
        w.writeTextElement(QStringLiteral("dc:creator"), doc.author);
    }
    w.writeTextElement(QStringLiteral("dc:language"), doc.locale.bcp47Name().contains(u'-')
                                                         ? doc.locale.bcp47Name()
                                                         : languageCode(doc.locale) + u'-' + countryCode(doc.locale));
    if (doc.stamped.isValid()) {
        const QString when = doc.stamped.toString(Qt::ISODate);
        w.writeTextElement(QStringLiteral("meta:creation-date"), when);
        w.writeTextElement(QStringLiteral("dc:date"), when);
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace Comite::DeliberationOdtStyles
