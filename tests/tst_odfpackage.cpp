// OdfPackage: the zip layout ODF readers expect (mimetype first and
// stored), the generated manifest, reproducible bytes, and atomic writes
// that keep the previous file when writing fails.

#include "odf/odfpackage.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace Comite;

namespace {
QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

OdfPackage sample()
{
    OdfPackage odt(OdfPackage::textMimeType());
    odt.setTimestamp(QDateTime(QDate(2026, 9, 3), QTime(14, 0)));
    odt.addXml(QStringLiteral("content.xml"), QByteArrayLiteral("<?xml version=\"1.0\"?><office:document-content "
                                                                "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));
    odt.addXml(QStringLiteral("styles.xml"), QByteArrayLiteral("<?xml version=\"1.0\"?><x/>"));
    odt.addFile(QStringLiteral("Pictures/chart.png"), QByteArray(64, 'p'), QStringLiteral("image/png"));
    return odt;
}
} // namespace

class TestOdfPackage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mimetypeFirstAndStored();
    void manifestListsEveryPart();
    void sameInputSameBytes();
    void failedWriteKeepsPreviousFile();
    void fullDiskKeepsPreviousFile();
};

void TestOdfPackage::mimetypeFirstAndStored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.odt"));
    QString error;
    QVERIFY2(sample().write(path, &error), qPrintable(error));
    const QByteArray bytes = readFile(path);
    // The first local header names "mimetype", method 0 (stored), and the
    // media type follows uncompressed at offset 38.
    QCOMPARE(bytes.left(4), QByteArray("PK\x03\x04", 4));
    QCOMPARE(quint8(bytes.at(8)) | quint8(bytes.at(9)) << 8, 0);
    QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(bytes.mid(38, OdfPackage::textMimeType().size()), OdfPackage::textMimeType().toUtf8());

    const QStringList names = QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path})).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(names, (QStringList{QStringLiteral("mimetype"), QStringLiteral("content.xml"), QStringLiteral("styles.xml"),
                                 QStringLiteral("Pictures/chart.png"), QStringLiteral("META-INF/manifest.xml")}));
    QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("styles.xml")}), QByteArray("<?xml version=\"1.0\"?><x/>"));
    QVERIFY(!run(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}).isEmpty());
}

void TestOdfPackage::manifestListsEveryPart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.odt"));
    QVERIFY(sample().write(path));
    QXmlStreamReader xml(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("META-INF/manifest.xml")}));
    QMap<QString, QString> entries;
    QString rootVersion;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"manifest")
            rootVersion = xml.attributes().value(QStringLiteral("manifest:version")).toString();
        else if (xml.name() == u"file-entry")
            entries.insert(xml.attributes().value(QStringLiteral("manifest:full-path")).toString(),
                           xml.attributes().value(QStringLiteral("manifest:media-type")).toString());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(rootVersion, QStringLiteral("1.3"));
    QCOMPARE(entries.value(QStringLiteral("/")), OdfPackage::textMimeType());
    QCOMPARE(entries.value(QStringLiteral("content.xml")), QStringLiteral("text/xml"));
    QCOMPARE(entries.value(QStringLiteral("styles.xml")), QStringLiteral("text/xml"));
    QCOMPARE(entries.value(QStringLiteral("Pictures/chart.png")), QStringLiteral("image/png"));
    QCOMPARE(entries.size(), 4);
}

void TestOdfPackage::sameInputSameBytes()
{
    QString error;
    const QByteArray first = sample().toByteArray(&error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    QCOMPARE(sample().toByteArray(), first);
    OdfPackage replaced = sample();
    replaced.addXml(QStringLiteral("styles.xml"), QByteArrayLiteral("<y/>"));
    QVERIFY(replaced.toByteArray() != first);
}

void TestOdfPackage::failedWriteKeepsPreviousFile()
{
    QTemporaryDir dir;
    // A target that is a folder cannot be replaced: an error, nothing written.
    const QString folder = dir.filePath(QStringLiteral("folder.odt"));
    QVERIFY(QDir().mkpath(folder));
    QString error;
    QVERIFY(!sample().write(folder, &error));
    QVERIFY2(error.contains(QStringLiteral("folder.odt")), qPrintable(error));
    QVERIFY(QFileInfo(folder).isDir());
}

void TestOdfPackage::fullDiskKeepsPreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.odt"));
    QVERIFY(sample().write(path));
    const QByteArray before = readFile(path);
    OdfPackage bigger = sample();
    bigger.addFile(QStringLiteral("Pictures/big.png"), QByteArray(200000, 'b'), QStringLiteral("image/png"));
    // A file-size limit below the package behaves as a full disk: the write
    // fails (EFBIG) whoever runs the test, root included.
    ::signal(SIGXFSZ, SIG_IGN);
    rlimit saved;
    ::getrlimit(RLIMIT_FSIZE, &saved);
    rlimit limited = saved;
    limited.rlim_cur = 50000;
    ::setrlimit(RLIMIT_FSIZE, &limited);
    QString error;
    const bool written = bigger.write(path, &error);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    QVERIFY(!written);
    QVERIFY2(error.contains(QStringLiteral("a.odt")), qPrintable(error));
    QCOMPARE(readFile(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.odt")});  // no temporary left
}

QTEST_GUILESS_MAIN(TestOdfPackage)
#include "tst_odfpackage.moc"
