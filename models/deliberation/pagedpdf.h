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
    QString header;  // top band; none when empty
    QString footer;  // bottom band, left
    // Bottom band, right: "Page 1 of 3" for page 0 of 3.
    std::function<QString(int page, int pages)> pageLabel;
    QMarginsF margins{18, 14, 18, 14};  // millimetres
};

// Writes `path`; `fill` puts the content into the document once its layout
// measures for the PDF. False with a message naming the file when it
// cannot be written.
bool write(const QString &path, const Options &options, const std::function<void(QTextDocument &)> &fill,
           QString *error = nullptr);

} // namespace Comite::PagedPdf
