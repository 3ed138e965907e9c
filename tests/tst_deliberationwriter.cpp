// DeliberationWriter: the deliberation written as PDF, ODT, Markdown and
// HTML, read back — pdftotext, the ODT's content.xml, the text files —
// for its content, the escaping of user text (a product titled
// "<script>…" reads as text everywhere), the footer with version and
// status, French formats, embedded images, and unwritable paths.

#include "deliberationfixture.h"
#include "deliberationexport.h"
#include "commands/deliberationedits.h"
#include "domain/displayformat.h"
#include "deliberation/deliberationbuilder.h"
#include "deliberation/deliberationmarkdown.h"
#include "deliberation/deliberationwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

using namespace Comite;

namespace {
const QLocale english(QLocale::English, QLocale::UnitedKingdom);
const QLocale french(QLocale::French, QLocale::France);

// Spaces of any kind as plain ones, for reading extracted text.
QString flat(QString text)
{
    text.replace(QChar(0x202f), u' ').replace(QChar(0x00a0), u' ');
    return text;
}
} // namespace

class TestDeliberationWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::DeliberationFixture> m_f;
    QTemporaryDir m_dir;

    QString write(DeliberationFormat format, const QLocale &locale, const QString &name, bool procurement = false)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        const bool ok = DeliberationExport::exportSession(m_f->ws(), m_f->sessionId, path,
                                                          {format, {}, procurement, locale}, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_f = std::make_unique<Test::DeliberationFixture>();
    }

    void html()
    {
        const QString text = Test::fileText(write(DeliberationFormat::Html, english, QStringLiteral("d.html")));
        QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(text.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(!text.contains(QStringLiteral("<script")));
        QVERIFY(text.contains(QStringLiteral("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; | *Bus* &amp; Co"))
                || text.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; | *Bus* &amp; Co")));
        QVERIFY(text.contains(QStringLiteral("&lt;b&gt;pas gras&lt;/b&gt;")));
        QVERIFY(text.contains(QStringLiteral("<img src=\"data:image/png;base64,")));  // self-contained
        QVERIFY(!text.contains(QStringLiteral("src=\"comite-image")));
        QVERIFY(text.contains(QStringLiteral("<footer>Version 1 · draft")));
        QVERIFY2(text.contains(QStringLiteral("1,500,000")), qPrintable(text));  // frozen in the language it was final in
    }

    void markdown()
    {
        const QString path = write(DeliberationFormat::Markdown, english, QStringLiteral("d.md"));
        const QString text = Test::fileText(path);
        QVERIFY(text.startsWith(QStringLiteral("# Deliberation of the investment committee\n")));
        QVERIFY(text.contains(QStringLiteral("## 3\\. \\<script\\>alert('x')\\</script\\> \\| \\*Bus\\* \\& Co")));
        QVERIFY(!text.contains(QStringLiteral("<script>")));
        QVERIFY(text.contains(QStringLiteral("- **Amount:** €1,500,000")));
        QVERIFY(text.contains(QStringLiteral("| Atteindre 100 collectivités | Validated |  |")));
        QVERIFY(text.trimmed().endsWith(QStringLiteral("_Version 1 · draft — committee of 24 November 2026_")));
        // The North Star beside the file, linked by its name.
        QVERIFY(text.contains(QStringLiteral("(<d-north-star-velo-pour-tous.png>)")));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("d-north-star-velo-pour-tous.png"))));
        QVERIFY(!QImage(m_dir.filePath(QStringLiteral("d-north-star-velo-pour-tous.png"))).isNull());
    }

    void markdownEscape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Vélo pour tous") << QStringLiteral("Vélo pour tous");
        QTest::newRow("html") << QStringLiteral("<b>x</b>") << QStringLiteral("\\<b\\>x\\</b\\>");
        QTest::newRow("emphasis") << QStringLiteral("*a* _b_") << QStringLiteral("\\*a\\* \\_b\\_");
        QTest::newRow("link") << QStringLiteral("[a](b)") << QStringLiteral("\\[a\\](b)");
        QTest::newRow("list start") << QStringLiteral("- item") << QStringLiteral("\\- item");
        QTest::newRow("numbered") << QStringLiteral("1. item") << QStringLiteral("1\\. item");
        QTest::newRow("decimal") << QStringLiteral("8.2 /10") << QStringLiteral("8.2 /10");
        QTest::newRow("signed") << QStringLiteral("+5 %") << QStringLiteral("+5 %");
        QTest::newRow("heading") << QStringLiteral("# title") << QStringLiteral("\\# title");
    }

    void markdownEscape()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(DeliberationMarkdown::escape(text), expected);
    }

    void odt()
    {
        const QString path = write(DeliberationFormat::Odt, english, QStringLiteral("d.odt"));
        const QString xml = Test::odtContent(path);
        if (xml.isEmpty())
            QSKIP("unzip is not available");
        QVERIFY(xml.contains(QStringLiteral("office:document-content")));
        QVERIFY(xml.contains(QStringLiteral("&lt;script&gt;alert(")));
        QVERIFY(!xml.contains(QStringLiteral("<script")));
        QVERIFY(xml.contains(QStringLiteral("Deliberation of the investment committee")));
        QVERIFY(xml.contains(QStringLiteral("€1,500,000")));
        QVERIFY(xml.contains(QStringLiteral("Version 1 · draft")));
        QVERIFY(xml.contains(QStringLiteral("draw:image")));  // the North Star, embedded
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(100).contains("mimetypeapplication/vnd.oasis.opendocument.text"));
    }

    void pdf()
    {
        const QString path = write(DeliberationFormat::Pdf, french, QStringLiteral("d.pdf"));
        QVERIFY(QFileInfo(path).size() > 1000);
        if (qEnvironmentVariableIsSet("COMITE_KEEP_PDF"))
            QFile::copy(path, qEnvironmentVariable("COMITE_KEEP_PDF"));
        const QString text = flat(Test::pdfText(path));
        if (text.isEmpty())
            QSKIP("pdftotext is not available");
        QVERIFY(text.contains(QStringLiteral("Vélo pour tous")));
        QVERIFY(text.contains(QStringLiteral("<script>alert('x')</script> | *Bus* & Co")));  // text, as typed
        QVERIFY(text.contains(QStringLiteral("1 500 000 €")));
        QVERIFY(text.contains(QStringLiteral("24 novembre 2026")));
        QVERIFY(text.contains(QStringLiteral("1er décembre 2026")));
        // Header and footer on every page, with the page number.
        const QStringList pages = text.split(QChar(0x0c), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 4);
        const QString pageWord = DeliberationWriter::tr("Page %1 of %2").arg(1).arg(pages.size());
        QVERIFY(text.contains(flat(DisplayFormat::frenchSpacing(pageWord))) || text.contains(pageWord));
        for (const QString &page : pages) {
            if (page.trimmed().isEmpty())
                continue;
            // Both words: pdftotext's layout may interleave the header band with
            // a table row split across the page break (the row's hidden part).
            QVERIFY2(page.contains(QStringLiteral("Comité")) && page.contains(QStringLiteral("mobilités")),
                     qPrintable(page.left(400)));
            QVERIFY(page.contains(flat(DeliberationRules::footerText(DeliberationVersion{}))));
        }
    }

    void procurementPdfIsOnePage()
    {
        // The notice is issued from a final deliberation only: its own fixture.
        Test::DeliberationFixture f;
        // Without the roadmap the fixture adds for Vélo pour tous: its budget
        // lines and profiles take the notice over one page.
        for (const Roadmap &r : f.ws().roadmaps().forProduct(f.products.velo))
            f.ws().roadmaps().remove(r.id);
        QString error;
        const Result<void> finalised = Edit::markDeliberationFinal(f.ws(), f.sessionId);
        QVERIFY2(finalised, qPrintable(finalised ? QString() : finalised.error().message));
        const QString path = m_dir.filePath(QStringLiteral("p.pdf"));
        QVERIFY2(DeliberationExport::exportSession(f.ws(), f.sessionId, path,
                                                   {DeliberationFormat::Pdf, {}, true, english}, &error),
                 qPrintable(error));
        const QString text = flat(Test::pdfText(path));
        if (text.isEmpty())
            QSKIP("pdftotext is not available");
        QVERIFY(text.contains(QStringLiteral("Notice to the procurement office")));
        QVERIFY(!text.contains(QStringLiteral("DRAFT")));  // no ligature in "office"
        QVERIFY2(text.contains(QStringLiteral("1,500,000")), qPrintable(text));  // frozen in the language it was final in
        QVERIFY2(text.contains(QStringLiteral("Page 1 of 1")), qPrintable(text));
    }

    void unwritable()
    {
        const DeliberationDocument doc = DeliberationBuilder(*DeliberationData::load(m_f->ws(), m_f->sessionId)).deliberation();
        const QString path = m_dir.filePath(QStringLiteral("missing/folder/d"));
        for (DeliberationFormat format : DeliberationFormats::all()) {
            QString error;
            QVERIFY(!DeliberationWriter::write(doc, format, path + u'.' + DeliberationFormats::suffix(format), &error));
            QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
        }
    }

    void preview()
    {
        DeliberationData data = *DeliberationData::load(m_f->ws(), m_f->sessionId);
        DeliberationExport::drawCharts(data);
        QVERIFY(!data.products[0].northStarImage.isNull());
        QTextDocument text;
        DeliberationWriter::fill(text, DeliberationBuilder(data, {}, english).deliberation(), true);
        QVERIFY(text.toPlainText().contains(Test::evilTitle));
        QVERIFY(text.toPlainText().contains(QStringLiteral("Version 1 · draft")));
        QVERIFY(!text.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("comite-image/north-star-velo-pour-tous.png"))).isNull());
    }

    void cleanupTestCase() { m_f.reset(); }
};

QTEST_MAIN(TestDeliberationWriter)
#include "tst_deliberationwriter.moc"
