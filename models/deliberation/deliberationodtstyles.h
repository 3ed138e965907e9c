#pragma once
// The template of the deliberation's ODT: styles.xml with named styles a
// secretary finds in LibreOffice (Text body, Heading 1–4 with outline
// levels so the Navigator and a table of contents work, Table Contents,
// Table Heading, Caption, Draft Notice…), an A4 page with a header (the
// committee) and a footer (version, status and "Page n of m" fields), and
// meta.xml (title, subject, author, language, date).

#include "deliberationdocument.h"

#include <QByteArray>
#include <QCoreApplication>

class QXmlStreamWriter;

namespace Comite::DeliberationOdtStyles {

QByteArray styles(const DeliberationDocument &doc);
QByteArray meta(const DeliberationDocument &doc);
// The namespaces every part declares on its root element.
void declareNamespaces(QXmlStreamWriter &w);
// Writes text as ODF character content: line breaks, tabs and runs of spaces kept.
void writeText(QXmlStreamWriter &w, const QString &text);
// The usable width of the page, in centimetres.
constexpr double textWidthCm = 17.0;

} // namespace Comite::DeliberationOdtStyles
