#pragma once
// A text document printed as a searchable A4 PDF with a header and a footer
// band on every page (a line under the header, one over the footer, the
// page label on the right): what the deliberation and the committee
// pre-read share. Needs a QGuiApplication (fonts).

#include <QMarginsF>
#include <QString>

#include <functional>

class QTextDocument;

namespace Comite::PagedPdf {

struct Options {
    QString title;   // the PDF's metadata
    QString author;
    QString subject;
    QString language;  // BCP 47: "fr-FR"
    QString watermark; // drawn large across every page ("DRAFT"); none when empty
    QString header;  // top band; none when empty
    QString footer;  // bottom band, left
    // Bottom band, right: "Page 1 of 3" for page 0 of 3.
    std::function<QString(int page, int pages)> pageLabel;
    QMarginsF margins{18, 14, 18, 14};  // millimetres
};

// Writes `path` as PDF/A-1b (archivable, fonts embedded, metadata in XMP),
// atomically: a temporary file beside it, renamed once complete. `fill`
// puts the content into the document once its layout measures for the
// PDF; links in it are clickable. False with a message naming the file
// when it cannot be written; the previous file is then untouched.
bool write(const QString &path, const Options &options, const std::function<void(QTextDocument &)> &fill,
           QString *error = nullptr);
// The XMP packet: title, author, subject, language and the PDF/A-1b claim.
QByteArray xmpMetadata(const Options &options);

} // namespace Comite::PagedPdf
