#include "odfpackage.h"

#include <QDir>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <zip.h>

namespace Comite {

namespace {
const QString mimetypePath = QStringLiteral("mimetype");
const QString manifestPath = QStringLiteral("META-INF/manifest.xml");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Adds one entry to the archive; the data must live until zip_close.
bool addEntry(zip_t *archive, const QString &path, const QByteArray &data, bool compress, time_t mtime)
{
    zip_source_t *source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
    if (!source)
        return false;
    const zip_int64_t index = zip_file_add(archive, path.toUtf8().constData(), source, ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return false;
    }
    return zip_set_file_compression(archive, zip_uint64_t(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9) == 0
        && zip_file_set_mtime(archive, zip_uint64_t(index), mtime, 0) == 0;
}

// Reads the whole in-memory archive back after zip_close.
QByteArray readAll(zip_source_t *source)
{
    QByteArray bytes;
    if (zip_source_open(source) < 0)
        return bytes;
    if (zip_source_seek(source, 0, SEEK_END) == 0) {
        const zip_int64_t size = zip_source_tell(source);
        if (size > 0 && zip_source_seek(source, 0, SEEK_SET) == 0) {
            bytes.resize(qsizetype(size));
            if (zip_source_read(source, bytes.data(), zip_uint64_t(size)) != size)
                bytes.clear();
        }
    }
    zip_source_close(source);
    return bytes;
}
} // namespace

OdfPackage::OdfPackage(const QString &mimeType) : m_mimeType(mimeType), m_timestamp(QDateTime::currentDateTime()) {}

QString OdfPackage::textMimeType()
{
    return QStringLiteral("application/vnd.oasis.opendocument.text");
}

QString OdfPackage::presentationMimeType()
{
    return QStringLiteral("application/vnd.oasis.opendocument.presentation");
}

QString OdfPackage::spreadsheetMimeType()
{
    return QStringLiteral("application/vnd.oasis.opendocument.spreadsheet");
}

void OdfPackage::addXml(const QString &path, const QByteArray &xml)
{
    addFile(path, xml, QStringLiteral("text/xml"));
}

void OdfPackage::addFile(const QString &path, const QByteArray &data, const QString &mediaType)
{
    // The package writes these two itself.
    if (path == mimetypePath || path == manifestPath)
        return;
    for (Part &p : m_parts) {
        if (p.path == path) {
            p.data = data;
            p.mediaType = mediaType;
            return;
        }
    }
    m_parts << Part{path, data, mediaType};
}

bool OdfPackage::contains(const QString &path) const
{
    for (const Part &p : m_parts) {
        if (p.path == path)
            return true;
    }
    return false;
}

QByteArray OdfPackage::manifest() const
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    w.writeNamespace(ns, QStringLiteral("manifest"));
    w.writeStartElement(ns, QStringLiteral("manifest"));
    w.writeAttribute(ns, QStringLiteral("version"), QStringLiteral("1.3"));
    const auto entry = [&](const QString &path, const QString &mediaType, bool version) {
        w.writeEmptyElement(ns, QStringLiteral("file-entry"));
        w.writeAttribute(ns, QStringLiteral("full-path"), path);
        if (version)
            w.writeAttribute(ns, QStringLiteral("version"), QStringLiteral("1.3"));
        w.writeAttribute(ns, QStringLiteral("media-type"), mediaType);
    };
    entry(QStringLiteral("/"), m_mimeType, true);
    for (const Part &p : m_parts)
        entry(p.path, p.mediaType, false);
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray OdfPackage::toByteArray(QString *error) const
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zipError);
    if (!buffer) {
        fail(error, tr("Cannot build the document: %1").arg(QString::fromUtf8(zip_error_strerror(&zipError))));
        zip_error_fini(&zipError);
        return {};
    }
    zip_source_keep(buffer);  // read back after the archive is closed
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zipError);
    if (!archive) {
        fail(error, tr("Cannot build the document: %1").arg(QString::fromUtf8(zip_error_strerror(&zipError))));
        zip_error_fini(&zipError);
        zip_source_free(buffer);
        return {};
    }
    zip_error_fini(&zipError);

    const time_t mtime = time_t(m_timestamp.toSecsSinceEpoch());
    const QByteArray mimetype = m_mimeType.toUtf8();
    const QByteArray manifestXml = manifest();
    // ODF: "mimetype" first and stored, so `file` and other readers can
    // identify the package from its first bytes.
    bool ok = addEntry(archive, mimetypePath, mimetype, false, mtime);
    for (const Part &p : m_parts) {
        // Pictures are already compressed; storing them saves time.
        const bool compress = !p.mediaType.startsWith(QLatin1String("image/")) || p.mediaType == QLatin1String("image/svg+xml");
        ok = ok && addEntry(archive, p.path, p.data, compress, mtime);
    }
    ok = ok && addEntry(archive, manifestPath, manifestXml, true, mtime);
    if (!ok) {
        fail(error, tr("Cannot build the document: %1").arg(QString::fromUtf8(zip_strerror(archive))));
        zip_discard(archive);
        zip_source_free(buffer);
        return {};
    }
    if (zip_close(archive) < 0) {
        fail(error, tr("Cannot build the document: %1").arg(QString::fromUtf8(zip_strerror(archive))));
        zip_discard(archive);
        zip_source_free(buffer);
        return {};
    }
    QByteArray bytes = readAll(buffer);
    zip_source_free(buffer);
    if (bytes.isEmpty())
        fail(error, tr("Cannot build the document: the archive could not be read back."));
    return bytes;
}

bool OdfPackage::write(const QString &path, QString *error) const
{
    const QString name = QDir::toNativeSeparators(path);
    QString buildError;
    const QByteArray bytes = toByteArray(&buildError);
    if (bytes.isEmpty())
        return fail(error, tr("Cannot write “%1”: %2").arg(name, buildError));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write “%1”: %2").arg(name, file.errorString()));
    // A short write (full disk) can pass write() and flush(): the size on disk says.
    if (file.write(bytes) != bytes.size() || !file.flush() || file.size() != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(error, tr("Cannot write “%1”: %2").arg(name, reason));
    }
    if (!file.commit())
        return fail(error, tr("Cannot write “%1”: %2").arg(name, file.errorString()));
    return true;
}

} // namespace Comite
