// The room view turning to the next slide of a product's committee deck
// (PgDn from the facilitator): the slide painted at the room's size and the
// room view redrawn, within one frame (16 ms) on a 1920×1080 projector; and
// a slide seen before (back, PgUp) from the pixmaps kept. Figures, not
// pass/fail: run scripts/benchmark.sh.

#include "commands/sessionedits.h"
#include "demo/demoportfolio.h"
#include "roomdeckview.h"
#include "roomview.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace Comite;

class BenchRoomDeck : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_session = 0;
    qint64 m_product = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_ws = std::make_unique<Test::TempWorkspace>();
        DemoPortfolio::write((*m_ws)->database(), Test::fixedToday, false);
        for (const ProductSummary &p : (*m_ws)->products().summaries()) {
            if (p.slug == QLatin1String("velo-pour-tous"))
                m_product = p.id;
        }
        QVERIFY(m_product > 0);
        Session s;
        s.startsAt = QDateTime(Test::fixedToday, QTime(14, 0));
        s.products = {{m_product, QStringLiteral("velo-pour-tous"), QStringLiteral("Vélo pour tous")}};
        const Result<qint64> created = Edit::createSession(**m_ws, s, SessionAgenda::defaultTemplate());
        QVERIFY(created);
        m_session = created.value();
    }

    void cleanupTestCase() { m_ws.reset(); }

    void nextSlide()
    {
        RoomView room(**m_ws, m_session);
        room.resize(1920, 1080);
        room.show();
        QVERIFY(QTest::qWaitForWindowExposed(&room));
        room.showItem(QStringLiteral("Vélo pour tous"), QStringLiteral("Presentation"), m_product);
        RoomDeckView *deck = room.deck();
        QVERIFY(deck->hasDeck());
        room.repaint();
        const std::shared_ptr<const CommitteeDeck> data = deck->committeeDeck();
        int slide = 0;
        QBENCHMARK {
            // The next slide painted for the first time at this size, then shown.
            deck->setDeck(data);  // forgets the slides painted
            slide = slide + 1 < deck->slideCount() ? slide + 1 : 1;
            deck->setSlide(slide);
            room.repaint();
        }
    }

    void slideSeenBefore()
    {
        RoomView room(**m_ws, m_session);
        room.resize(1920, 1080);
        room.show();
        QVERIFY(QTest::qWaitForWindowExposed(&room));
        room.showItem(QStringLiteral("Vélo pour tous"), QStringLiteral("Presentation"), m_product);
        RoomDeckView *deck = room.deck();
        for (int i = 0; i < deck->slideCount(); ++i)
            deck->slidePixmap(i);
        QBENCHMARK {
            deck->setSlide(deck->currentSlide() + 1 < deck->slideCount() ? deck->currentSlide() + 1 : 0);
            room.repaint();
        }
    }
};

QTEST_MAIN(BenchRoomDeck)
#include "bench_roomdeck.moc"
