#pragma once
// Writes a deliberation document (deliberationdocument.h) to a file: an A4
// PDF with the page header, the footer (version and status) and page
// numbers on every page, text-searchable with its fonts embedded; an ODT
// that LibreOffice Writer opens; Markdown (images as PNG files beside it);
// a self-contained HTML page. PDF and ODT need a QGuiApplication (fonts).

#include "deliberationdocument.h"
#include "domain/deliberation.h"

#include <QCoreApplication>

class QTextDocument;

namespace Comite {

class DeliberationWriter
{
    Q_DECLARE_TR_FUNCTIONS(DeliberationWriter)
public:
    // False with a message naming the file when it cannot be written.
    static bool write(const DeliberationDocument &doc, DeliberationFormat format, const QString &path, QString *error = nullptr);
    // The document as rich text with its images, for the PDF, the ODT and
    // the preview; `footer`: the footer line at the end.
    static void fill(QTextDocument &text, const DeliberationDocument &doc, bool footer, double scale = 1);

private:
    static bool writePdf(const DeliberationDocument &doc, const QString &path, QString *error);
    static bool writeOdt(const DeliberationDocument &doc, const QString &path, QString *error);
    static bool writeMarkdown(const DeliberationDocument &doc, const QString &path, QString *error);
    static bool writeText(const QString &text, const QString &path, QString *error);
};

} // namespace Comite
