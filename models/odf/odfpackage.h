#pragma once
// An OpenDocument package (ODT, ODP, ODS…) written with libzip: the
// "mimetype" entry first and stored uncompressed, as ODF requires, the
// parts the caller adds (content.xml, styles.xml, meta.xml, pictures…)
// compressed, and META-INF/manifest.xml generated from them. The file is
// written atomically: a temporary file beside the target, checked, then
// renamed; on any error the previous file stays untouched.
//
//   OdfPackage odt(OdfPackage::textMimeType());
//   odt.addXml(u"content.xml"_s, content);
//   odt.addXml(u"styles.xml"_s, styles);
//   odt.addFile(u"Pictures/chart.png"_s, png, u"image/png"_s);
//   if (!odt.write(path, &error)) …

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Comite {

class OdfPackage
{
    Q_DECLARE_TR_FUNCTIONS(OdfPackage)
public:
    explicit OdfPackage(const QString &mimeType);

    static QString textMimeType();          // application/vnd.oasis.opendocument.text
    static QString presentationMimeType();  // application/vnd.oasis.opendocument.presentation
    static QString spreadsheetMimeType();   // application/vnd.oasis.opendocument.spreadsheet

    // An XML part ("content.xml", "styles.xml", "meta.xml", "settings.xml"),
    // listed in the manifest as text/xml. Adding a path again replaces it.
    void addXml(const QString &path, const QByteArray &xml);
    // Any other part ("Pictures/north-star.png"), with its media type.
    void addFile(const QString &path, const QByteArray &data, const QString &mediaType);
    bool contains(const QString &path) const;

    // The date stamped on every zip entry; the same date and parts give the
    // same bytes (a re-export of a final record is identical). Default: now.
    void setTimestamp(const QDateTime &when) { m_timestamp = when; }

    // The generated META-INF/manifest.xml.
    QByteArray manifest() const;
    // The whole package; empty with a message in `error` when libzip fails.
    QByteArray toByteArray(QString *error = nullptr) const;
    // Writes the package to `path` atomically. False with a message naming
    // the file when it cannot be written (the previous file is kept).
    bool write(const QString &path, QString *error = nullptr) const;

private:
    struct Part {
        QString path;
        QByteArray data;
        QString mediaType;
    };
    QString m_mimeType;
    QList<Part> m_parts;
    QDateTime m_timestamp;
};

} // namespace Comite
