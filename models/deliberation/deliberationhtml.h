#pragma once
// The deliberation documents as HTML: a self-contained web page (styles
// inline, images as data: URIs) and the rich-text subset QTextDocument
// reads for the PDF, the ODT and the preview (images as resources named
// after DocBlock::imageName). All text is escaped.

#include "deliberationdocument.h"

namespace Comite::DeliberationHtml {
QString standalone(const DeliberationDocument &doc);
// `footer`: end with the footer line (the ODT; the PDF paints it on every
// page). `scale` widens the paddings of tables (the PDF).
QString forTextDocument(const DeliberationDocument &doc, bool footer, double scale = 1);
// The resource name an image block is referred to by in forTextDocument().
QString resourceName(const DocBlock &block);
// Escaped, typeset text with line breaks kept.
QString text(const DeliberationDocument &doc, const QString &text);
}
