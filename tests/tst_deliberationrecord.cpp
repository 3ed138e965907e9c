// The written deliberation as a record (issue 16): a final version is
// exported from what was frozen when it became final — a later
// measurement or envelope changes nothing —; drafts carry a DRAFT mark;
// a session not held has no deliberation; the procurement notice needs a
// final deliberation; the ODT opens in LibreOffice with its header, page
// numbers and outline; a failed write is an error that keeps the previous
// file, in every format and through the command line (exit 1).

#include "deliberationfixture.h"

#include "commands/deliberationedits.h"
#include "deliberation/deliberationbuilder.h"
#include "deliberation/deliberationodt.h"
#include "deliberation/deliberationsnapshot.h"
#include "deliberationexport.h"

#include <QApplication>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>
#include <sys/resource.h>

using namespace Comite;

namespace {
QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray unzipped(const QString &path, const QString &part)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, part});
    return p.waitForFinished(30000) && p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

QString xmlProblem(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    return r.hasError() ? r.errorString() : QString();
}

// A file-size limit makes every write past `limit` bytes fail (EFBIG), as
// on a full disk, for root too.
struct FullDisk {
    rlimit saved{};
    explicit FullDisk(rlim_t limit)
    {
        ::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &saved);
        rlimit limited = saved;
        limited.rlim_cur = limit;
        ::setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FullDisk() { ::setrlimit(RLIMIT_FSIZE, &saved); }
};

const QList<DeliberationFormat> formats{DeliberationFormat::Pdf, DeliberationFormat::Odt, DeliberationFormat::Markdown,
                                         DeliberationFormat::Html};
} // namespace

class TestDeliberationRecord : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    bool exportAll(Workspace &ws, qint64 session, const QString &folder, QString *error)
    {
        QDir().mkpath(m_dir.filePath(folder));
        for (DeliberationFormat f : formats) {
            DeliberationExport::Options options;
            options.format = f;
            options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
            if (!DeliberationExport::exportSession(ws, session, m_dir.filePath(folder + QStringLiteral("/d.") + DeliberationFormats::suffix(f)),
                                                   options, error))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void finalRecordDoesNotChange()
    {
        Test::DeliberationFixture f;
        QString error;
        const Result<void> finalised = Edit::markDeliberationFinal(
            f.ws(), f.sessionId, [](DeliberationData &d) { return DeliberationExport::freeze(d, QLocale(QLocale::English, QLocale::UnitedKingdom)); });
        QVERIFY2(finalised, qPrintable(finalised ? QString() : finalised.error().message));

        QVERIFY2(exportAll(f.ws(), f.sessionId, QStringLiteral("first"), &error), qPrintable(error));

        // Later: a new measurement of the North Star, a new envelope, a day on.
        Workspace &w = f.ws();
        const IndicatorSeries star = w.indicators().seriesForProduct(f.products.velo).first();
        w.indicators().insert(Measurement{0, star.indicator.id, Test::fixedToday.addDays(7), 999, {}});
        Envelope envelope;
        envelope.productId = f.products.velo;
        envelope.start = Test::fixedToday.addDays(10);
        envelope.end = Test::fixedToday.addMonths(6);
        envelope.amount = 777777;
        envelope.label = QStringLiteral("Rallonge");
        w.envelopes().insert(envelope);
        // …spending found for the last period, the roadmap edited.
        w.spending().insert(SpendingEntry{0, f.products.velo, QStringLiteral("2026-10"), QStringLiteral("data"), 654321, false});
        Roadmap roadmap = w.roadmaps().forProduct(f.products.velo).first();
        roadmap.hypotheses << QStringLiteral("Hypothèse ajoutée après coup");
        roadmap.budgetRequest[QStringLiteral("development")] = 3333333;
        w.roadmaps().save(roadmap);
        f.tw.clock.set(Test::fixedToday.addDays(14).startOfDay().addSecs(9 * 3600));
        QVERIFY2(exportAll(f.ws(), f.sessionId, QStringLiteral("second"), &error), qPrintable(error));

        for (const QString suffix : {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("odt")}) {
            const QByteArray first = bytes(m_dir.filePath(QStringLiteral("first/d.") + suffix));
            QVERIFY(first.size() > 500);
            QCOMPARE(bytes(m_dir.filePath(QStringLiteral("second/d.") + suffix)), first);
        }
        const QString pdf = Test::pdfText(m_dir.filePath(QStringLiteral("first/d.pdf")));
        QVERIFY(pdf.contains(QStringLiteral("Version 1 · final")));
        QVERIFY(!pdf.contains(QStringLiteral("DRAFT")));
        QCOMPARE(Test::pdfText(m_dir.filePath(QStringLiteral("second/d.pdf"))), pdf);
        const QString md = Test::fileText(m_dir.filePath(QStringLiteral("second/d.md")));
        QVERIFY(!md.contains(QStringLiteral("999")));
        QVERIFY(!md.contains(QStringLiteral("777")));
        QVERIFY(!md.contains(QStringLiteral("654,321")));
        QVERIFY(!md.contains(QStringLiteral("après coup")));
        QVERIFY(!md.contains(QStringLiteral("3,333,333")));
        // The new sections are in the frozen record.
        for (const char *section : {"Roadmap as approved", "Les élus lisent le plan chiffré", "Feuille de route ambitieuse et mesurable.",
                                    "Means requested and granted", "€937,500", "Spending over the last period", "€35,000", "Convaincant"})
            QVERIFY2(md.contains(QString::fromUtf8(section)), section);
        // The frozen record keeps its chart.
        QVERIFY(unzipped(m_dir.filePath(QStringLiteral("second/d.odt")), QStringLiteral("Pictures/north-star-velo-pour-tous.png")).startsWith("\x89PNG"));
    }

    // The product part in full (issue 16, "complete") reads in every format:
    // the roadmap as approved and the opinion on it, the means by line, the
    // spending over the last period, the whole grid with its comment.
    void everyFormatHasTheWholeRecord()
    {
        Test::DeliberationFixture f;
        QString error;
        QVERIFY2(exportAll(f.ws(), f.sessionId, QStringLiteral("whole"), &error), qPrintable(error));
        const auto flat = [](QString text) {
            text.replace(QRegularExpression(QStringLiteral("<[^>]+>")), QStringLiteral(" "));
            text.replace(QStringLiteral("&#39;"), QStringLiteral("'")).replace(QStringLiteral("&apos;"), QStringLiteral("'"));
            text.replace(QStringLiteral("&amp;"), QStringLiteral("&")).replace(QChar(0x00a0), u' ');
            return text.simplified();
        };
        QStringList everywhere{QStringLiteral("Roadmap as approved"), QStringLiteral("Hypotheses to validate"),
                               QStringLiteral("Les élus lisent le plan chiffré"), QStringLiteral("Techniciens satisfaits"),
                               QStringLiteral("Données de comptage"), QStringLiteral("Feuille de route ambitieuse et mesurable."),
                               QStringLiteral("Means requested and granted"), QStringLiteral("€937,500"), QStringLiteral("−€62,500"),
                               QStringLiteral("Spending over the last period"), QStringLiteral("€35,000"),
                               QStringLiteral("Arbitration grid"), QStringLiteral("Chloé Martin"), QStringLiteral("Mean"),
                               QStringLiteral("Range (max − min)"), QStringLiteral("Convaincant")};
        for (DeliberationFormat format : formats) {
            const QString path = m_dir.filePath(QStringLiteral("whole/d.") + DeliberationFormats::suffix(format));
            QString text = format == DeliberationFormat::Pdf   ? Test::pdfText(path)
                         : format == DeliberationFormat::Odt ? Test::odtContent(path)
                                                             : Test::fileText(path);
            text = flat(text);
            QVERIFY2(text.size() > 1000, qPrintable(path));
            for (const QString &expected : std::as_const(everywhere))
                QVERIFY2(text.contains(expected), qPrintable(path + QStringLiteral(": ") + expected));
            // The questions in full where the text is not laid out in columns.
            if (format == DeliberationFormat::Pdf) {
                for (int q = 1; q <= ArbitrationGrid::questionCount; ++q)
                    QVERIFY2(text.contains(QStringLiteral("%1.").arg(q)), qPrintable(path + QString::number(q)));
            } else {
                for (int q = 1; q <= ArbitrationGrid::questionCount; ++q)
                    QVERIFY2(text.contains(flat(ArbitrationGrid::questionText(q))), qPrintable(path + ArbitrationGrid::questionText(q)));
            }
        }
    }

    void draftIsMarked()
    {
        Test::DeliberationFixture f;
        QString error;
        QVERIFY2(exportAll(f.ws(), f.sessionId, QStringLiteral("draft"), &error), qPrintable(error));
        // The PDF's watermark is drawn on every page (large text Qt paints as
        // shapes, so it is looked for on the rendered pages, not in the text).
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"),
                                                  m_dir.filePath(QStringLiteral("draft/d.pdf")), m_dir.filePath(QStringLiteral("draft/page"))});
        QVERIFY(render.waitForFinished(60000));
        const QStringList pages = QDir(m_dir.filePath(QStringLiteral("draft"))).entryList({QStringLiteral("page*.png")});
        QVERIFY(pages.size() >= 2);
        for (const QString &name : pages) {
            const QImage page(m_dir.filePath(QStringLiteral("draft/") + name));
            int marked = 0;
            for (int y = 0; y < page.height(); ++y) {
                for (int x = 0; x < page.width(); ++x) {
                    const QColor c = page.pixelColor(x, y);
                    marked += c.red() > 220 && c.green() < 225 && c.green() > 180 && c.blue() > 190 && c.red() - c.green() > 20 ? 1 : 0;
                }
            }
            QVERIFY2(marked > 30, qPrintable(name));
        }
        QVERIFY(Test::fileText(m_dir.filePath(QStringLiteral("draft/d.md"))).contains(QStringLiteral("> **Draft — version 1, not approved")));
        QVERIFY(Test::fileText(m_dir.filePath(QStringLiteral("draft/d.html"))).contains(QStringLiteral("class=\"draft\"")));
        const QByteArray styles = unzipped(m_dir.filePath(QStringLiteral("draft/d.odt")), QStringLiteral("styles.xml"));
        QVERIFY(styles.contains("DRAFT"));
        QVERIFY(unzipped(m_dir.filePath(QStringLiteral("draft/d.odt")), QStringLiteral("content.xml")).contains("Draft_20_Notice"));
    }

    void notHeldHasNoDeliberation()
    {
        Test::DeliberationFixture f(false);
        DeliberationExport::Options options;
        options.format = DeliberationFormat::Markdown;
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("planned.md"));
        QVERIFY(!DeliberationExport::exportSession(f.ws(), f.sessionId, path, options, &error));
        QVERIFY2(error.contains(QStringLiteral("agenda")) && error.contains(QStringLiteral("pre-read")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void procurementNeedsFinal()
    {
        Test::DeliberationFixture f;
        DeliberationExport::Options options;
        options.format = DeliberationFormat::Markdown;
        options.procurement = true;
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("notice.md"));
        QVERIFY(!DeliberationExport::exportSession(f.ws(), f.sessionId, path, options, &error));
        QVERIFY2(error.contains(QStringLiteral("draft")), qPrintable(error));
        QVERIFY(Edit::markDeliberationFinal(f.ws(), f.sessionId));
        QVERIFY2(DeliberationExport::exportSession(f.ws(), f.sessionId, path, options, &error), qPrintable(error));
        const QString text = Test::fileText(path);
        QVERIFY(text.contains(QStringLiteral("Notice to the procurement office")));
        QVERIFY(!text.contains(QStringLiteral("DRAFT")) && !text.contains(QStringLiteral("Draft")));
    }

    void odtIsAStyledDocument()
    {
        Test::DeliberationFixture f;
        QString error;
        DeliberationExport::Options options;
        options.format = DeliberationFormat::Odt;
        const QString path = m_dir.filePath(QStringLiteral("styled.odt"));
        QVERIFY2(DeliberationExport::exportSession(f.ws(), f.sessionId, path, options, &error), qPrintable(error));
        for (const QString part : {QStringLiteral("content.xml"), QStringLiteral("styles.xml"), QStringLiteral("meta.xml"),
                                   QStringLiteral("META-INF/manifest.xml")}) {
            const QByteArray xml = unzipped(path, part);
            QVERIFY2(!xml.isEmpty(), qPrintable(part));
            QVERIFY2(xmlProblem(xml).isEmpty(), qPrintable(part + u' ' + xmlProblem(xml)));
        }
        const QByteArray styles = unzipped(path, QStringLiteral("styles.xml"));
        QVERIFY(styles.contains("style:name=\"Heading_20_1\""));
        QVERIFY(styles.contains("style:default-outline-level=\"2\""));
        QVERIFY(styles.contains("<style:header>") && styles.contains("<text:page-number"));
        const QByteArray content = unzipped(path, QStringLiteral("content.xml"));
        QVERIFY(content.contains("text:outline-level=\"2\""));
        QVERIFY(content.contains("table:table-header-rows"));
        QVERIFY(!content.contains("<text:span text:style-name=\"T"));  // labels are plain paragraphs, no tiny spans
        const QByteArray meta = unzipped(path, QStringLiteral("meta.xml"));
        QVERIFY(meta.contains("<dc:title>Deliberation of the investment committee</dc:title>"));
        QVERIFY(meta.contains("<dc:language>"));

        // LibreOffice converts it: header, page numbers and an outline.
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("LibreOffice is not installed (scripts/setup.sh installs libreoffice-writer-nogui)");
        QProcess lo;
        lo.start(QStringLiteral("soffice"), {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                                             QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo-profile")),
                                             QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                                             m_dir.filePath(QStringLiteral("lo")), path});
        QVERIFY(lo.waitForFinished(180000));
        const QString pdf = m_dir.filePath(QStringLiteral("lo/styled.pdf"));
        const QString text = Test::pdfText(pdf);
        QVERIFY2(!text.isEmpty(), lo.readAllStandardError().constData());
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(text.contains(QStringLiteral("Page 2 of")));
        QVERIFY(text.count(QStringLiteral("Comité mobilités")) >= 2 || text.count(f.session().displayTitle()) >= 2);  // the header, on every page
        QVERIFY(bytes(pdf).contains("/Outlines"));
    }

    void failedWriteKeepsPreviousFile()
    {
        Test::DeliberationFixture f;
        QString error;
        for (DeliberationFormat format : formats) {
            const QString path = m_dir.filePath(QStringLiteral("kept.") + DeliberationFormats::suffix(format));
            QFile previous(path);
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write("the previous good file\n");
            previous.close();
            DeliberationExport::Options options;
            options.format = format;
            bool written = true;
            {
                const FullDisk full(2000);
                written = DeliberationExport::exportSession(f.ws(), f.sessionId, path, options, &error);
            }
            QVERIFY2(!written, qPrintable(DeliberationFormats::key(format)));
            QVERIFY2(error.contains(QStringLiteral("kept")), qPrintable(error));
            QCOMPARE(bytes(path), QByteArray("the previous good file\n"));
        }
        // Through the command line: exit 1, a message, the file untouched.
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(Test::comite({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
        for (const QString format : {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("md"), QStringLiteral("html")}) {
            const QString path = m_dir.filePath(QStringLiteral("cli-kept.") + format);
            QFile previous(path);
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write("previous\n");
            previous.close();
            // The shell sets a 1 KB file-size limit, as a nearly full disk.
            QProcess p;
            p.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral("ulimit -f 1; trap '' XFSZ; exec \"$0\" \"$@\""), QStringLiteral(COMITE_BINARY),
                     QStringLiteral("export-history"), QStringLiteral("--product"), QStringLiteral("velo-pour-tous"),
                     QStringLiteral("--format"), format, QStringLiteral("--out"), path, QStringLiteral("--db"), db});
            QVERIFY(p.waitForFinished(120000));
            QCOMPARE(p.exitCode(), 1);
            QVERIFY(!p.readAllStandardError().isEmpty());
            QCOMPARE(bytes(path), QByteArray("previous\n"));
        }
    }

    void snapshotRoundTrip()
    {
        DeliberationDocument doc;
        doc.locale = QLocale(QLocale::French, QLocale::France);
        doc.title = QStringLiteral("Délibération");
        doc.author = QStringLiteral("David Roux");
        doc.stamped = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        doc.heading(doc.title, 1);
        doc.facts({{QStringLiteral("Montant"), QStringLiteral("1 500 000 €")}});
        doc.tagWith = int(DeliberationSection::Scores);
        doc.table({QStringLiteral("A"), QStringLiteral("B")}, {{QStringLiteral("1"), QStringLiteral("x\ny")}}, {0});
        doc.tagWith = 0;
        QImage image(30, 10, QImage::Format_RGB32);
        image.fill(Qt::red);
        doc.image(image, QStringLiteral("chart"), QStringLiteral("Légende"));
        const QString frozen = DeliberationSnapshot::freeze({doc, doc});
        const auto thawed = DeliberationSnapshot::thaw(frozen);
        QVERIFY(thawed);
        QCOMPARE(DeliberationSnapshot::freeze(*thawed), frozen);
        QCOMPARE(thawed->deliberation.blocks.size(), doc.blocks.size());
        QCOMPARE(thawed->deliberation.blocks[3].image.pixelColor(0, 0), QColor(Qt::red));
        QCOMPARE(thawed->deliberation.without(int(DeliberationSection::Scores)).blocks.size(), doc.blocks.size() - 1);
        QVERIFY(!DeliberationSnapshot::thaw(QStringLiteral("# Markdown of an older version")));
    }

    void frenchTimes()
    {
        const QLocale french(QLocale::French, QLocale::France);
        QCOMPARE(DeliberationBuilder::clockTime(QTime(14, 0), french), QStringLiteral("14\u00a0h"));
        QCOMPARE(DeliberationBuilder::clockTime(QTime(9, 5), french), QStringLiteral("9\u00a0h\u00a005"));
        QVERIFY(!DeliberationBuilder::clockTime(QTime(14, 0), QLocale(QLocale::English, QLocale::UnitedKingdom)).contains(u'h'));
    }

    void columnWidthsFitTheirText()
    {
        const QList<double> widths = DeliberationOdt::columnWidths(
            {QStringLiteral("Name"), QStringLiteral("Organisation"), QStringLiteral("Role")},
            {{QStringLiteral("Anne Leroy"), QStringLiteral("Direction interministérielle du numérique"), QStringLiteral("Chair")}}, 17);
        QCOMPARE(widths.size(), 3);
        QVERIFY(qAbs(widths[0] + widths[1] + widths[2] - 17) < 0.01);
        QVERIFY(widths[1] > widths[0] && widths[1] > widths[2]);
        QVERIFY(widths[2] >= 5 * 0.19);  // the longest word fits
    }

    void extensionMustMatchFormat()
    {
        const Test::Run run = Test::comite({QStringLiteral("export-deliberation"), QStringLiteral("--session"), QStringLiteral("1"),
                                            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                                            m_dir.filePath(QStringLiteral("x.odt")), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("x.odt"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.odt"))));
    }
};

QTEST_MAIN(TestDeliberationRecord)
#include "tst_deliberationrecord.moc"
