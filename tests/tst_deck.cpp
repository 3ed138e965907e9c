// The committee deck made from the data (models/deck): every demo product
// in construction or later gets the template's slides in order, each slide
// paints at any size, the figures and follow-up statuses are those of the
// session's date, the session's scores fill the arbitration grid, and the
// PDF is a 16:9 document whose text pdftotext reads.

#include "deck/committeedeck.h"
#include "deck/deckchartpainter.h"
#include "deck/followupslide.h"
#include "commands/followupedits.h"
#include "storage/followuprepository.h"
#include "demo/demoportfolio.h"
#include "testsupport.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Comite;

namespace {
QList<qint64> deckProducts(Workspace &ws)
{
    QList<qint64> ids;
    for (const ProductSummary &s : ws.products().summaries()) {
        const auto phase = s.status(ws.today()).currentPhase;
        if (phase && (*phase == Phase::Construction || *phase == Phase::Acceleration || *phase == Phase::Consolidation))
            ids << s.id;
    }
    return ids;
}

QImage render(const CommitteeDeck &deck, int index, QSize size = QSize(640, 360))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter p(&image);
    deck.paintSlide(index, p, QRectF(QPointF(0, 0), size));
    p.end();
    return image;
}

int inkedPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            n += qGray(line[x]) < 200;
    }
    return n;
}

QString simplified(const QString &text)
{
    QString s = text;
    s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    return s;
}

qint64 sessionOf(Workspace &ws, SessionStatus status, const QString &slug = {}, bool scored = false)
{
    for (const SessionSummary &s : ws.sessions().summaries()) {
        if (s.status == status && (slug.isEmpty() || s.productSlugs.contains(slug))
            && (!scored || !ws.sessions().load(s.id)->scores.isEmpty()))
            return s.id;
    }
    return 0;
}
} // namespace

class TestDeck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoDecksFollowTheTemplate()
    {
        Test::TempWorkspace t;
        DemoPortfolio::write(t->database(), t->today(), false);
        const QList<qint64> ids = deckProducts(*t);
        QVERIFY(ids.size() >= 5);
        for (qint64 id : ids) {
            const CommitteeDeck deck(*t, id);
            QVERIFY2(deck.isValid(), qPrintable(deck.error()));
            // « Suites du dernier comité » closes part 01 when the last
            // committee left actions, conditions or blockers.
            const int followUp = FollowupSlide::applies(*deck.facts()) ? 1 : 0;
            QCOMPARE(deck.slideCount(), 12 + followUp);
            QStringList titles;
            for (int i = 0; i < deck.slideCount(); ++i)
                titles << deck.slideTitle(i);
            QCOMPARE(titles.first(), deck.facts()->product().title);
            QCOMPARE(titles[1], QStringLiteral("Objective of this committee"));
            QCOMPARE(titles[2], QStringLiteral("Why this service exists"));
            QVERIFY(titles[3].startsWith(QStringLiteral("01 ")));
            if (followUp)
                QCOMPARE(titles[6], QStringLiteral("01 Follow-up of the last committee"));
            QVERIFY(titles[6 + followUp].startsWith(QStringLiteral("02 ")));
            QVERIFY(titles[9 + followUp].startsWith(QStringLiteral("03 ")));
            QCOMPARE(titles.last(), QStringLiteral("Sponsors' arbitration grid"));
            // Every slide draws something, and no two slides look the same.
            QList<QImage> images;
            for (int i = 0; i < deck.slideCount(); ++i) {
                images << render(deck, i);
                QVERIFY2(inkedPixels(images.last()) > 300, qPrintable(titles[i]));
                for (int k = 0; k < i; ++k)
                    QVERIFY(images[k] != images.last());
            }
        }
    }

    void reviewShowsTheRoadmapFigures()
    {
        Test::TempWorkspace t;
        DemoPortfolio::write(t->database(), t->today(), false);
        const CommitteeDeck deck(*t, *t->products().idForSlug(QStringLiteral("velo-pour-tous")));
        const DeckSlide &review = deck.slides()[3];
        QCOMPARE(review.blocks.size(), 1);
        const DeckTable &table = review.blocks.first().table;
        QVERIFY(!table.rows.isEmpty());
        QCOMPARE(table.headers.size(), 6);
        // Priority headings span the table; result rows have six cells.
        QCOMPARE(table.rows.first().size(), 1);
        QCOMPARE(table.rows[1].size(), 6);
        // The North Star chart is drawn from measurements.
        const DeckBlock &chart = deck.slides()[4].blocks.first();
        QCOMPARE(chart.kind, DeckBlock::Chart);
        QVERIFY(!chart.chart.isEmpty());
    }

    void paintsAtAnySizeLetterboxed()
    {
        Test::TempWorkspace t;
        DemoPortfolio::write(t->database(), t->today(), false);
        const CommitteeDeck deck(*t, deckProducts(*t).first());
        const QImage full = render(deck, 3, QSize(1920, 1080));
        const QImage small = render(deck, 3, QSize(320, 180));
        QCOMPARE(full.pixel(5, 5), qRgb(255, 255, 255));
        QCOMPARE(small.pixel(2, 2), qRgb(255, 255, 255));
        // A square target: the 16:9 slide is centred, the bands above and
        // below untouched.
        const QImage square = render(deck, 3, QSize(800, 800));
        QCOMPARE(square.pixel(400, 10), qRgb(0, 0, 0));
        QCOMPARE(square.pixel(400, 790), qRgb(0, 0, 0));
        QCOMPARE(square.pixel(400, 400 - 225 + 4), qRgb(255, 255, 255));
        // Out of range: nothing painted.
        QCOMPARE(inkedPixels(render(deck, deck.slideCount())), 320 * 180);
        QCOMPARE(deck.slideTitle(-1), QString());
    }

    void figuresAsOfTheSessionDate()
    {
        Test::TempWorkspace t;
        DemoPortfolio::write(t->database(), t->today(), false);
        const qint64 sessionId = sessionOf(*t, SessionStatus::Held);
        QVERIFY(sessionId > 0);
        const Session session = *t->sessions().load(sessionId);
        const qint64 productId = session.products.first().productId;
        const CommitteeDeck before(*t, productId, sessionId);
        QVERIFY2(before.isValid(), qPrintable(before.error()));
        QCOMPARE(before.facts()->asOf(), session.date());
        const CommitteeDeck todayBefore(*t, productId);
        // A measurement of every indicator after the session, as today.
        for (const IndicatorSeries &s : t->indicators().seriesForProduct(productId)) {
            Measurement m;
            m.indicatorId = s.indicator.id;
            m.date = t->today();
            m.value = 987654;
            t->indicators().insert(m);
        }
        const CommitteeDeck after(*t, productId, sessionId);
        const CommitteeDeck todayAfter(*t, productId);
        for (int i = 0; i < before.slideCount(); ++i)
            QVERIFY2(render(before, i) == render(after, i), qPrintable(before.slideTitle(i)));
        for (const IndicatorSeries &s : after.facts()->dossier.indicators) {
            for (const Measurement &m : s.measurements)
                QVERIFY(m.date <= session.date());
        }
        // Without a session the deck is of today and shows the new figure.
        QVERIFY(render(todayBefore, 2) != render(todayAfter, 2));
    }

    // A follow-up item closed after a session still shows open in that
    // session's deck, as it stood on the day; today's facts show it done.
    void followupStatusesAsOfTheSessionDate()
    {
        Test::TempWorkspace t;
        DemoPortfolio::write(t->database(), t->today(), false);
        // An open item decided at a held committee, followed up by a later
        // held one before today.
        FollowupItem item;
        for (const FollowupItem &i : FollowupRepository(t->database()).items()) {
            if (i.status == FollowupStatus::Open && i.decidedOn < t->today().addDays(-2)) {
                item = i;
                break;
            }
        }
        QVERIFY2(item.productId > 0, "the demo holds an open follow-up item of a past committee");
        const ProductSummary product = *t->products().summary(item.productId);
        Session later;
        later.title = QStringLiteral("Comité de suivi");
        later.startsAt = QDateTime(t->today().addDays(-1), QTime(14, 0));
        later.status = SessionStatus::Held;
        later.products = {{product.id, product.slug, product.title}};
        const qint64 sessionId = t->sessions().insert(later);

        const CommitteeDeck before(*t, product.id, sessionId);
        QVERIFY2(before.isValid(), qPrintable(before.error()));
        QVERIFY(FollowupSlide::applies(*before.facts()));
        const Result<void> done = Edit::setFollowupStatus(*t, item.key, FollowupStatus::Done, QStringLiteral("fait"));
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));

        const CommitteeDeck after(*t, product.id, sessionId);
        for (int i = 0; i < before.slideCount(); ++i)
            QVERIFY2(render(before, i) == render(after, i), qPrintable(before.slideTitle(i)));
        auto statusIn = [&item](const CommitteeDeck &deck) {
            for (const FollowupItem &i : deck.facts()->dossier.followups) {
                if (i.key == item.key)
                    return std::optional<FollowupStatus>(i.status);
            }
            return std::optional<FollowupStatus>();
        };
        QCOMPARE(statusIn(after), std::optional(FollowupStatus::Open));
        QCOMPARE(statusIn(CommitteeDeck(*t, product.id)), std::optional(FollowupStatus::Done));
    }

    void sessionScoresFillTheGrid()
    {
        Test::TempWorkspace t;
        DemoPortfolio::write(t->database(), t->today(), false);
        const qint64 sessionId = sessionOf(*t, SessionStatus::Held, QStringLiteral("velo-pour-tous"), true);
        const qint64 productId = *t->products().idForSlug(QStringLiteral("velo-pour-tous"));
        const CommitteeDeck scored(*t, productId, sessionId);
        QVERIFY2(scored.isValid(), qPrintable(scored.error()));
        const DeckSlide &grid = scored.slides().last();
        QVERIFY2(grid.subtitle.contains(QStringLiteral("overall mean")), qPrintable(grid.subtitle));
        const DeckTable &table = grid.blocks.first().table;
        QCOMPARE(table.rows.size(), 13);  // three group headings, ten questions
        QCOMPARE(table.rows[1][1].text, QLocale().toString(13.0 / 3, 'f', 1));  // question 1: 4, 5, 4
        const CommitteeDeck blank(*t, productId);
        for (const auto &row : blank.slides().last().blocks.first().table.rows) {
            if (row.size() == 3)
                QCOMPARE(row[1].text, QStringLiteral("—"));
        }
    }

    void unknownProductOrSession()
    {
        Test::TempWorkspace t;
        DemoPortfolio::write(t->database(), t->today(), false);
        const CommitteeDeck none(*t, 999999);
        QVERIFY(!none.isValid());
        QVERIFY(none.error().contains(QStringLiteral("999999")));
        const qint64 productId = *t->products().idForSlug(QStringLiteral("velo-pour-tous"));
        const CommitteeDeck noSession(*t, productId, 999999);
        QVERIFY(!noSession.isValid());
        const qint64 planned = sessionOf(*t, SessionStatus::Planned, QStringLiteral("cantine-locale"));
        QVERIFY(planned > 0);
        const CommitteeDeck notPresented(*t, productId, planned);
        QVERIFY(!notPresented.isValid());
        QVERIFY2(notPresented.error().contains(QStringLiteral("does not present")), qPrintable(notPresented.error()));
    }

    void chartTicksAreRound()
    {
        QCOMPARE(DeckChartPainter::ticks(0, 100, 5), (QList<double>{0, 20, 40, 60, 80, 100}));
        QCOMPARE(DeckChartPainter::ticks(0, 1, 4), (QList<double>{0, 0.25, 0.5, 0.75, 1}));
        QCOMPARE(DeckChartPainter::ticks(1200, 4900, 4).first(), 1000.0);
    }

    void pdfIsWidescreenAndSearchable()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("poppler-utils (pdfinfo, pdftotext) is not installed");
        Test::TempWorkspace t;
        DemoPortfolio::write(t->database(), t->today(), false);
        const CommitteeDeck deck(*t, *t->products().idForSlug(QStringLiteral("velo-pour-tous")));
        const QString path = t.dir.filePath(QStringLiteral("deck.pdf"));
        QString error;
        QVERIFY2(deck.writePdf(path, &error), qPrintable(error));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished());
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(deck.slideCount()))), qPrintable(out));
        const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(out);
        QVERIFY(size.hasMatch());
        QVERIFY(qAbs(size.captured(1).toDouble() / size.captured(2).toDouble() - 16.0 / 9.0) < 0.01);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString words = simplified(QString::fromUtf8(text.readAllStandardOutput()));
        QVERIFY(words.contains(simplified(deck.facts()->product().pitch).left(40)));
        for (const QString &section : {QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03")})
            QVERIFY(words.contains(section));
        QVERIFY(words.contains(QStringLiteral("Review of the last six months")));
    }

    void odpIsRealOdfThatImpressOpens()
    {
        Test::TempWorkspace t;
        DemoPortfolio::write(t->database(), t->today(), false);
        const CommitteeDeck deck(*t, *t->products().idForSlug(QStringLiteral("velo-pour-tous")));
        const QString path = t.dir.filePath(QStringLiteral("deck.odp"));
        QString error;
        QVERIFY2(deck.writeOdp(path, &error), qPrintable(error));
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed");
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QVERIFY(unzip.waitForFinished());
        QXmlStreamReader xml(unzip.readAllStandardOutput());
        int pages = 0, tables = 0, images = 0;
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.qualifiedName() == QLatin1String("draw:page"))
                ++pages;
            else if (xml.qualifiedName() == QLatin1String("table:table"))
                ++tables;
            else if (xml.qualifiedName() == QLatin1String("draw:image"))
                ++images;
            else if (xml.qualifiedName() == QLatin1String("text:p"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(pages, deck.slideCount());
        QVERIFY(tables >= 6);
        QCOMPARE(images, 1);  // the North Star chart
        QVERIFY(texts.contains(deck.facts()->product().pitch));
        QVERIFY(texts.contains(QStringLiteral("01")));
        // LibreOffice Impress opens it: converted headless, one PDF page per slide.
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QProcess soffice;
        soffice.start(QStringLiteral("soffice"), {QStringLiteral("-env:UserInstallation=file://") + t.dir.filePath(QStringLiteral("lo")),
                                                  QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                                  QStringLiteral("--outdir"), t.dir.filePath(QStringLiteral("converted")), path});
        QVERIFY(soffice.waitForFinished(180000));
        const QString pdf = t.dir.filePath(QStringLiteral("converted/deck.pdf"));
        QVERIFY2(QFile::exists(pdf), soffice.readAllStandardError().constData());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished());
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(deck.slideCount()))), qPrintable(out));
    }
};

QTEST_MAIN(TestDeck)
#include "tst_deck.moc"
