#include "deliberationhtml.h"

#include <QBuffer>

namespace Comite::DeliberationHtml {

namespace {
// The width images take in the text document (pixels at 96 dpi, about
// 16 cm: the A4 text width between the margins).
constexpr int imageWidth = 600;

QString dataUri(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString cells(const DeliberationDocument &doc, const QStringList &values, const QList<int> &numeric, const char *tag,
              bool qt)
{
    QString h;
    for (int c = 0; c < values.size(); ++c) {
        const bool right = numeric.contains(c);
        const QString align = right ? (qt ? QStringLiteral(" align=\"right\"") : QStringLiteral(" class=\"num\"")) : QString();
        h += QStringLiteral("<%1%2>%3</%1>").arg(QLatin1String(tag), align, text(doc, values[c]));
    }
    return h;
}

QString body(const DeliberationDocument &doc, bool qt, double scale)
{
    const auto px = [scale](int pixels) { return QString::number(qRound(pixels * scale)); };
    QString h;
    bool pendingBreak = false;
    // Qt's HTML honours page-break-before on the next block; browsers on print.
    const auto open = [&](const QString &tag, const QString &attributes = {}) {
        QString style;
        if (pendingBreak)
            style += QStringLiteral("page-break-before: always;");
        if (!style.isEmpty())
            style = QStringLiteral(" style=\"%1\"").arg(style);
        pendingBreak = false;
        return QStringLiteral("<%1%2%3>").arg(tag, attributes, style);
    };
    bool first = true;
    for (const DocBlock &b : doc.blocks) {
        switch (b.kind) {
        case DocBlock::Heading: {
            const QString tag = QStringLiteral("h%1").arg(qBound(1, b.level, 4));
            h += open(tag) + text(doc, b.text) + QStringLiteral("</%1>").arg(tag);
            if (first && !doc.headerText.isEmpty() && !qt)
                h += QStringLiteral("<p class=\"muted\">%1</p>").arg(text(doc, doc.headerText));
            if (first && doc.draft && !doc.draftNotice.isEmpty())
                h += qt ? QStringLiteral("<p><b><font color=\"#b00020\">%1</font></b></p>").arg(text(doc, doc.draftNotice))
                        : QStringLiteral("<p class=\"draft\" role=\"note\">%1</p>").arg(text(doc, doc.draftNotice));
            first = false;
            break;
        }
        case DocBlock::Paragraph:
            h += open(QStringLiteral("p"), b.muted ? QStringLiteral(" class=\"muted\"") : QString())
                 + (b.muted && qt ? QStringLiteral("<i>%1</i>") : QStringLiteral("%1")).arg(text(doc, b.text)) + QStringLiteral("</p>");
            break;
        case DocBlock::Facts:
            h += open(QStringLiteral("table"), qt ? QStringLiteral(" cellspacing=\"0\" cellpadding=\"%1\"").arg(px(2)) : QStringLiteral(" class=\"facts\""));
            for (const auto &[label, value] : b.facts) {
                h += (qt ? QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                         : QStringLiteral("<tr><th>%1</th><td>%2</td></tr>"))
                         .arg(text(doc, doc.factLabel(label)), text(doc, value));
            }
            h += QStringLiteral("</table>");
            break;
        case DocBlock::Table:
            // Narrow tables keep their natural width in the PDF; wide ones fill the line.
            h += open(QStringLiteral("table"), qt ? QStringLiteral(" class=\"grid\"%1 cellspacing=\"0\" cellpadding=\"%2\"")
                                                        .arg(b.headers.size() >= 4 ? QStringLiteral(" width=\"100%\"") : QString(), px(4))
                                                  : QStringLiteral(" class=\"grid\""));
            h += QStringLiteral("<thead><tr>") + cells(doc, b.headers, b.numericColumns, "th", qt) + QStringLiteral("</tr></thead><tbody>");
            for (const QStringList &row : b.rows)
                h += QStringLiteral("<tr>") + cells(doc, row, b.numericColumns, "td", qt) + QStringLiteral("</tr>");
            h += QStringLiteral("</tbody></table>");
            // The space after a table as a block of its own: a table's bottom
            // margin that reaches the next page makes Qt repeat the table's
            // header there, over the next heading.
            if (qt)
                h += QStringLiteral("<p style=\"margin: 0; font-size: 5pt;\">&nbsp;</p>");
            break;
        case DocBlock::List:
            h += open(QStringLiteral("ul"));
            for (const QString &item : b.items)
                h += QStringLiteral("<li>%1</li>").arg(text(doc, item));
            h += QStringLiteral("</ul>");
            break;
        case DocBlock::Image: {
            const QString src = qt ? resourceName(b) : dataUri(b.image);
            const int width = qt ? qMin(imageWidth, b.image.width()) : b.image.width();
            const int height = b.image.width() > 0 ? width * b.image.height() / b.image.width() : 0;
            h += open(QStringLiteral("p"), qt ? QStringLiteral(" align=\"center\"") : QStringLiteral(" class=\"figure\""))
                 + QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"/></p>")
                       .arg(src.toHtmlEscaped()).arg(width).arg(height).arg(text(doc, b.text));
            break;
        }
        case DocBlock::PageBreak:
            pendingBreak = true;
            break;
        }
    }
    return h;
}
} // namespace

QString text(const DeliberationDocument &doc, const QString &value)
{
    QString escaped = doc.typeset(value).toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return escaped;
}

QString resourceName(const DocBlock &block)
{
    return QStringLiteral("comite-image/%1.png").arg(block.imageName);
}

QString standalone(const DeliberationDocument &doc)
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%2</title>\n")
                    .arg(doc.isFrench() ? QStringLiteral("fr") : QStringLiteral("en"), text(doc, doc.title));
    h += QStringLiteral(
        "<style>\n"
        "body { font-family: Marianne, Arial, sans-serif; font-size: 11pt; line-height: 1.4; max-width: 50em; margin: 2em auto;"
        " padding: 0 1em; color: #1e1e1e; background: #ffffff; }\n"
        "h1 { font-size: 1.7em; margin-bottom: 0.2em; } h2 { font-size: 1.35em; margin-top: 1.6em; border-bottom: 1px solid #cccccc; }\n"
        "h3 { font-size: 1.1em; margin-top: 1.2em; } h4 { font-size: 1em; margin: 0.8em 0 0.2em; }\n"
        "table { border-collapse: collapse; margin: 0.4em 0; }\n"
        "table.grid { width: 100%; } table.grid th, table.grid td { border: 1px solid #999999; padding: 0.25em 0.5em;"
        " vertical-align: top; text-align: left; }\n"
        "table.grid th { background: #e8ecf3; } .num { text-align: right !important; white-space: nowrap; }\n"
        "table.facts th { text-align: left; padding: 0.1em 1em 0.1em 0; vertical-align: top; white-space: nowrap; }\n"
        ".muted { color: #555555; font-style: italic; } .figure { text-align: center; margin-bottom: 0; }\n"
        ".figure img { max-width: 100%; height: auto; } .caption { text-align: center; color: #555555; font-size: 0.9em; }\n"
        "footer { margin-top: 3em; border-top: 1px solid #cccccc; padding-top: 0.5em; color: #555555; font-size: 0.9em; }\n"
        ".draft { border: 2px solid #b00020; background: #fdecea; color: #b00020; font-weight: bold; padding: 0.5em 0.8em; }\n"
        "@media print { body { margin: 0; max-width: none; } }\n"
        "</style>\n</head>\n<body>\n");
    h += QStringLiteral("<main>\n") + body(doc, false, 1) + QStringLiteral("\n</main>\n");
    h += QStringLiteral("<footer>%1</footer>\n</body>\n</html>\n").arg(text(doc, doc.footerText));
    return h;
}

QString forTextDocument(const DeliberationDocument &doc, bool footer, double scale)
{
    QString h = QStringLiteral("<html><head><style>"
                               "body { font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 12pt; }"
                               "h3 { font-size: 11pt; margin-top: 10pt; } h4 { font-size: 10pt; margin-top: 6pt; margin-bottom: 0pt; } .muted { color: #555555; } .caption { color: #555555; font-size: 9pt; }"
                               "table.grid { border-collapse: collapse; border: 1px solid #999999; margin-top: 4pt; margin-bottom: 4pt; }"
                               "th { background: #e8ecf3; text-align: left; }"
                               "</style></head><body>");
    h += body(doc, true, scale);
    if (footer)
        h += QStringLiteral("<hr/><p class=\"muted\">%1</p>").arg(text(doc, doc.footerText));
    return h + QStringLiteral("</body></html>");
}

} // namespace Comite::DeliberationHtml
