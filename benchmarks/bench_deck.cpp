// Committee deck benchmark (issue #15 targets): the deck of one product
// (the demo's « Vélo pour tous ») read from the database, built and
// exported to a 16:9 PDF (≤ 300 ms); one slide painted at 1920×1080, as
// the room view does when the facilitator moves to the next slide (within
// one frame, 16 ms); the ODP export for comparison. Figures, not
// pass/fail: run scripts/benchmark.sh.

#include "deck/committeedeck.h"
#include "demo/demoportfolio.h"
#include "testsupport.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Comite;

class BenchDeck : public QObject
{
    Q_OBJECT

    Test::TempWorkspace m_ws;
    qint64 m_id = 0;

private Q_SLOTS:
    void initTestCase()
    {
        DemoPortfolio::write(m_ws->database(), m_ws->today(), false);
        m_id = *m_ws->products().idForSlug(QStringLiteral("velo-pour-tous"));
    }

    void buildAndExportPdf()
    {
        const QString path = m_ws.dir.filePath(QStringLiteral("deck.pdf"));
        QBENCHMARK {
            const CommitteeDeck deck(*m_ws, m_id);
            QVERIFY(deck.writePdf(path));
        }
    }

    void buildAndExportOdp()
    {
        const QString path = m_ws.dir.filePath(QStringLiteral("deck.odp"));
        QBENCHMARK {
            const CommitteeDeck deck(*m_ws, m_id);
            QVERIFY(deck.writeOdp(path));
        }
    }

    void paintSlideFullHd_data()
    {
        QTest::addColumn<int>("slide");
        const CommitteeDeck deck(*m_ws, m_id);
        for (int i = 0; i < deck.slideCount(); ++i)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(i + 1).arg(deck.slideTitle(i)))) << i;
    }

    void paintSlideFullHd()
    {
        QFETCH(int, slide);
        const CommitteeDeck deck(*m_ws, m_id);
        QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        QBENCHMARK {
            QPainter p(&image);
            deck.paintSlide(slide, p, QRectF(0, 0, 1920, 1080));
        }
    }
};

QTEST_MAIN(BenchDeck)
#include "bench_deck.moc"
