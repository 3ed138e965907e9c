// The live schedule, driven by a ManualClock: a late start pushes every
// forecast time back; an item over its time pushes the rest; the end of the
// current product's block (15 + 15 + 20) and of the session are compared
// with the planned ones; items passed are done or skipped; the warning
// shares of the item (70 % and 100 % by default, or typed) are counted.

#include "domain/sessionforecast.h"

#include <QTest>

using namespace Comite;

namespace {
constexpr qint64 sec = 1000;
constexpr qint64 min = 60 * sec;

AgendaItem item(qint64 productId, int minutes)
{
    AgendaItem a;
    a.productId = productId;
    a.plannedMinutes = minutes;
    return a;
}
} // namespace

class TestSessionForecast : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_start{QDate(2026, 11, 24), QTime(14, 0)};
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(13, 30))};
    // Intro 5 and objectives 5 for the session, then two products' blocks.
    QList<AgendaItem> m_agenda = {item(0, 5), item(0, 5), item(1, 15), item(1, 15), item(1, 20),
                                  item(2, 15), item(2, 15), item(2, 20)};

    QList<int> plan() const
    {
        QList<int> seconds;
        for (const AgendaItem &a : m_agenda)
            seconds << a.plannedMinutes * 60;
        return seconds;
    }
    QTime at(int h, int m) const { return QTime(h, m); }

private Q_SLOTS:
    void init() { m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(13, 30))); }

    void beforeTheStartFollowsThePlan()
    {
        SessionTimer t(m_clock);
        t.setPlan(plan());
        const SessionForecast f(m_start, m_agenda, t);
        QCOMPARE(f.items().size(), 8);
        QCOMPARE(f.plannedEnd().time(), at(15, 50));
        QCOMPARE(f.expectedEnd().time(), at(15, 50));
        QCOMPARE(f.lateMs(), 0);
        QCOMPARE(f.items()[2].expectedStart.time(), at(14, 10));
        QCOMPARE(f.items()[0].state, SessionForecast::ItemState::Current);
        QCOMPARE(f.items()[1].state, SessionForecast::ItemState::Planned);
        QVERIFY(!f.hasBlock());  // the introduction is the whole session's
    }

    void aLateStartPushesEverythingBack()
    {
        m_clock.set(QDateTime(m_start.date(), at(14, 12)));
        SessionTimer t(m_clock);
        t.setPlan(plan());
        {
            const SessionForecast f(m_start, m_agenda, t);  // not started yet, already late
            QCOMPARE(f.expectedEnd().time(), at(16, 2));
            QCOMPARE(f.lateMs(), 12 * min);
        }
        t.start();
        m_clock.advanceMSecs(2 * min);
        const SessionForecast f(m_start, m_agenda, t);
        QCOMPARE(f.items()[0].expectedStart.time(), at(14, 12));
        QCOMPARE(f.items()[0].expectedEnd.time(), at(14, 17));
        QCOMPARE(f.items()[2].plannedStart.time(), at(14, 10));
        QCOMPARE(f.items()[2].expectedStart.time(), at(14, 22));
        QCOMPARE(f.expectedEnd().time(), at(16, 2));
    }

    void actualDurationsReForecastAndBlockEnds()
    {
        m_clock.set(QDateTime(m_start.date(), at(14, 0)));
        SessionTimer t(m_clock);
        t.setPlan(plan());
        t.start();
        m_clock.advanceMSecs(3 * min);  // introduction: 3 min instead of 5
        t.next();
        m_clock.advanceMSecs(5 * min);
        t.next();  // presentation of product 1 at 14:08
        m_clock.advanceMSecs(18 * min);  // 3 min over its 15
        const SessionForecast f(m_start, m_agenda, t);
        QCOMPARE(f.items()[0].state, SessionForecast::ItemState::Done);
        QCOMPARE(f.items()[0].spentMs, 3 * min);
        QCOMPARE(f.items()[0].expectedStart.time(), at(14, 0));
        QCOMPARE(f.items()[1].expectedStart.time(), at(14, 3));
        QCOMPARE(f.items()[2].state, SessionForecast::ItemState::Current);
        QCOMPARE(f.items()[2].expectedStart.time(), at(14, 8));
        QCOMPARE(f.items()[2].expectedEnd.time(), at(14, 26));  // over time: now
        QCOMPARE(f.items()[3].expectedStart.time(), at(14, 26));
        QVERIFY(f.hasBlock());
        QCOMPARE(f.blockFirst(), 2);
        QCOMPARE(f.blockLast(), 4);
        QCOMPARE(f.blockPlannedEnd().time(), at(15, 0));
        QCOMPARE(f.blockExpectedEnd().time(), at(15, 1));  // 14:26 + 15 + 20
        QCOMPARE(f.expectedEnd().time(), at(15, 51));
        QCOMPARE(f.lateMs(), 1 * min);
        // A minute added to the current item moves the forecast.
        t.addMinute();
        t.addMinute();
        t.addMinute();
        t.addMinute();
        const SessionForecast g(m_start, m_agenda, t);
        QCOMPARE(g.items()[2].expectedEnd.time(), at(14, 27));
        QCOMPARE(g.expectedEnd().time(), at(15, 52));
    }

    void skippedItemsAndTheEnd()
    {
        m_clock.set(QDateTime(m_start.date(), at(14, 0)));
        SessionTimer t(m_clock);
        t.setPlan(plan());
        t.start();
        m_clock.advanceMSecs(5 * min);
        t.goTo(3);  // jumps over the objectives and the presentation
        {
            const SessionForecast f(m_start, m_agenda, t);
            QCOMPARE(f.items()[0].state, SessionForecast::ItemState::Done);
            QCOMPARE(f.items()[1].state, SessionForecast::ItemState::Skipped);
            QCOMPARE(f.items()[2].state, SessionForecast::ItemState::Skipped);
            QCOMPARE(f.items()[3].state, SessionForecast::ItemState::Current);
            QCOMPARE(f.expectedEnd().time(), at(15, 30));
            QVERIFY(f.lateMs() < 0);
        }
        for (int i = 3; i < 8; ++i) {
            m_clock.advanceMSecs(10 * min);
            t.next();
        }
        QCOMPARE(t.state(), SessionTimer::State::Finished);
        m_clock.advanceMSecs(30 * min);  // the end stays where it was
        const SessionForecast f(m_start, m_agenda, t);
        QCOMPARE(f.expectedEnd().time(), at(14, 55));
        QCOMPARE(f.items()[7].state, SessionForecast::ItemState::Done);
        QCOMPARE(f.items()[7].expectedEnd.time(), at(14, 55));
        QVERIFY(!f.hasBlock());
    }

    void warningShares()
    {
        const QList<double> shares = SessionForecast::defaultShares();
        QCOMPARE(SessionForecast::sharesReached(0, 10 * min, shares), 0);
        QCOMPARE(SessionForecast::sharesReached(7 * min - 1, 10 * min, shares), 0);
        QCOMPARE(SessionForecast::sharesReached(7 * min, 10 * min, shares), 1);
        QCOMPARE(SessionForecast::sharesReached(10 * min, 10 * min, shares), 2);
        QCOMPARE(SessionForecast::sharesReached(12 * min, 0, shares), 0);
        QCOMPARE(SessionForecast::parseShares(QStringLiteral("100, 50 %")), (QList<double>{0.5, 1.0}));
        QCOMPARE(SessionForecast::parseShares(QStringLiteral("70,100")), shares);
        QVERIFY(SessionForecast::parseShares(QStringLiteral("seventy")).isEmpty());
        QVERIFY(SessionForecast::parseShares(QStringLiteral("0")).isEmpty());
        QCOMPARE(SessionForecast::sharesText(shares), QStringLiteral("70, 100"));
    }
};

QTEST_GUILESS_MAIN(TestSessionForecast)
#include "tst_sessionforecast.moc"
