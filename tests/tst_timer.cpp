// The session timer's state machine, driven by a ManualClock: start, pause
// and resume, overrun and the amber/red levels, next, back and skip, minutes
// added, the drift of the whole session, and the actual time recorded per
// item. Nothing sleeps.

#include "domain/sessiontimer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Comite;

namespace {
constexpr qint64 sec = 1000;
constexpr qint64 min = 60 * sec;
} // namespace

class TestTimer : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(14, 0))};
    // Intro 5 min, presentation 15 min, questions 15 min, deliberation 20 min.
    QList<int> m_plan = {5 * 60, 15 * 60, 15 * 60, 20 * 60};

    void advance(qint64 ms) { m_clock.advanceMSecs(ms); }

private Q_SLOTS:
    void init() { m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(14, 0))); }

    void notStartedDoesNotCount()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        QCOMPARE(t.state(), SessionTimer::State::NotStarted);
        advance(10 * min);
        QCOMPARE(t.spentMs(0), 0);
        QCOMPARE(t.remainingMs(), 5 * min);
        QCOMPARE(t.driftMs(), 0);
        t.next();  // nothing to move before the start
        QCOMPARE(t.currentIndex(), 0);
        QVERIFY(!t.isVisited(0));
    }

    void countsDownWhileRunning()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        QSignalSpy states(&t, &SessionTimer::stateChanged);
        t.start();
        QCOMPARE(states.size(), 1);
        QCOMPARE(t.state(), SessionTimer::State::Running);
        advance(90 * sec);
        QCOMPARE(t.spentMs(0), 90 * sec);
        QCOMPARE(t.remainingMs(), 3 * min + 30 * sec);
        const SessionTimer::Snapshot s = t.snapshot();
        QCOMPARE(s.index, 0);
        QCOMPARE(s.remainingMs, 210 * sec);
        QCOMPARE(s.progress, 0.3);
        QCOMPARE(s.level, SessionTimer::Level::Normal);
    }

    void pauseAndResume()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        t.start();
        advance(1 * min);
        t.pause();
        QCOMPARE(t.state(), SessionTimer::State::Paused);
        advance(10 * min);  // paused: the item's clock stands still
        QCOMPARE(t.spentMs(0), 1 * min);
        QCOMPARE(t.pausedMs(), 10 * min);
        t.resume();
        advance(30 * sec);
        QCOMPARE(t.spentMs(0), 90 * sec);
        // Space toggles.
        t.togglePause();
        QCOMPARE(t.state(), SessionTimer::State::Paused);
        t.togglePause();
        QCOMPARE(t.state(), SessionTimer::State::Running);
        QCOMPARE(t.pausedMs(), 10 * min);
    }

    void levels_data()
    {
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<SessionTimer::Level>("level");
        QTest::newRow("start") << qint64(0) << SessionTimer::Level::Normal;
        QTest::newRow("2:01 left") << 5 * min - 2 * min - sec << SessionTimer::Level::Normal;
        QTest::newRow("2:00 left") << 3 * min << SessionTimer::Level::Warning;
        QTest::newRow("0:01 left") << 5 * min - sec << SessionTimer::Level::Warning;
        QTest::newRow("time up") << 5 * min << SessionTimer::Level::Warning;
        QTest::newRow("over") << 5 * min + sec << SessionTimer::Level::Over;
        QTest::newRow("long over") << 50 * min << SessionTimer::Level::Over;
    }

    void levels()
    {
        QFETCH(qint64, elapsed);
        QFETCH(SessionTimer::Level, level);
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        t.start();
        advance(elapsed);
        QCOMPARE(t.level(), level);
        QCOMPARE(t.snapshot().level, level);
    }

    void overrun()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        t.start();
        advance(7 * min);
        QCOMPARE(t.remainingMs(), -2 * min);
        QCOMPARE(t.snapshot().progress, 1.0);
        QCOMPARE(t.level(), SessionTimer::Level::Over);
        // Two minutes over on the current item: the session ends 2 min late.
        QCOMPARE(t.driftMs(), 2 * min);
    }

    void nextRecordsTheActualTime()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        QSignalSpy moves(&t, &SessionTimer::currentChanged);
        t.start();
        advance(4 * min + 20 * sec);
        t.next();
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.first().at(0).toInt(), 1);
        QCOMPARE(moves.first().at(1).toInt(), 0);
        QCOMPARE(t.currentIndex(), 1);
        advance(16 * min);
        QCOMPARE(t.spentMs(0), 4 * min + 20 * sec);
        QCOMPARE(t.spentMs(1), 16 * min);
        const QList<std::optional<int>> actual = t.actualSeconds();
        QCOMPARE(actual.size(), 4);
        QCOMPARE(actual[0], std::optional<int>(260));
        QCOMPARE(actual[1], std::optional<int>(960));
        QCOMPARE(actual[2], std::nullopt);
        QCOMPARE(actual[3], std::nullopt);
    }

    void skipAheadGainsTime()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        t.start();
        advance(5 * min);
        t.next();
        advance(5 * sec);
        t.next();  // presentation skipped after 5 s
        QCOMPARE(t.currentIndex(), 2);
        QCOMPARE(t.actualSeconds()[1], std::optional<int>(5));
        // 15 min planned, 5 s taken: 14:55 ahead.
        QCOMPARE(t.driftMs(), -(15 * min - 5 * sec));
    }

    void backResumesThePreviousItem()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        t.start();
        advance(2 * min);
        t.next();
        advance(1 * min);
        t.back();
        QCOMPARE(t.currentIndex(), 0);
        advance(1 * min);
        QCOMPARE(t.spentMs(0), 3 * min);  // continues where it stopped
        QCOMPARE(t.spentMs(1), 1 * min);
        t.back();  // nothing before the first item
        QCOMPARE(t.currentIndex(), 0);
    }

    void addMinute()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        QSignalSpy allowance(&t, &SessionTimer::allowanceChanged);
        t.start();
        advance(4 * min);
        QCOMPARE(t.level(), SessionTimer::Level::Warning);
        t.addMinute();
        t.addMinute();
        QCOMPARE(allowance.size(), 2);
        QCOMPARE(t.allowedMs(0), 7 * min);
        QCOMPARE(t.plannedMs(0), 5 * min);
        QCOMPARE(t.remainingMs(), 3 * min);
        QCOMPARE(t.level(), SessionTimer::Level::Normal);
        // Two minutes granted: the session will end two minutes late.
        QCOMPARE(t.driftMs(), 2 * min);
        t.next();
        QCOMPARE(t.allowedMs(1), 15 * min);  // only for the item it was given to
    }

    void drift()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        t.start();
        advance(7 * min);  // intro 2 min over
        t.next();
        QCOMPARE(t.driftMs(), 2 * min);
        advance(10 * min);  // presentation within its time: nothing more yet
        QCOMPARE(t.driftMs(), 2 * min);
        t.next();  // ... and 5 min early
        QCOMPARE(t.driftMs(), -3 * min);
        t.pause();
        advance(4 * min);  // a 4 min pause pushes the end back
        QCOMPARE(t.driftMs(), 1 * min);
        t.resume();
        QCOMPARE(t.snapshot().driftMs, 1 * min);
    }

    void finishAndBack()
    {
        SessionTimer t(m_clock);
        t.setPlan({60, 60});
        t.start();
        advance(1 * min);
        t.next();
        advance(2 * min);
        t.next();  // after the last item: finished
        QCOMPARE(t.state(), SessionTimer::State::Finished);
        advance(5 * min);
        QCOMPARE(t.spentMs(1), 2 * min);  // no longer counting
        QCOMPARE(t.driftMs(), 1 * min);
        t.addMinute();  // ignored once finished
        QCOMPARE(t.allowedMs(1), 1 * min);
        t.back();  // back to the last item, running again
        QCOMPARE(t.state(), SessionTimer::State::Running);
        QCOMPARE(t.currentIndex(), 1);
        advance(30 * sec);
        QCOMPARE(t.spentMs(1), 150 * sec);
    }

    void goToStartsAndJumps()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        t.goTo(2);
        QCOMPARE(t.state(), SessionTimer::State::Running);
        QCOMPARE(t.currentIndex(), 2);
        advance(min);
        t.goTo(0);
        QCOMPARE(t.spentMs(2), min);
        QVERIFY(t.isVisited(0));
        QVERIFY(!t.isVisited(1));
        t.goTo(9);  // out of range: ignored
        QCOMPARE(t.currentIndex(), 0);
    }

    void resumesFromRecordedTimes()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan, {6 * min, 14 * min, std::nullopt, std::nullopt}, 2);
        QCOMPARE(t.currentIndex(), 2);
        QVERIFY(t.isVisited(0));
        QVERIFY(!t.isVisited(2));
        t.start();
        advance(min);
        QCOMPARE(t.spentMs(2), min);
        // Intro 1 min over, presentation 1 min under.
        QCOMPARE(t.driftMs(), 0);
    }

    void planChangesWhileRunning()
    {
        SessionTimer t(m_clock);
        t.setPlan(m_plan);
        t.start();
        advance(2 * min);
        // The facilitator shortens the intro to 3 min while it runs.
        t.setPlan({3 * 60, 15 * 60, 15 * 60, 20 * 60}, {t.spentMs(0), {}, {}, {}}, 0);
        QCOMPARE(t.state(), SessionTimer::State::Running);
        advance(2 * min);
        QCOMPARE(t.spentMs(0), 4 * min);
        QCOMPARE(t.level(), SessionTimer::Level::Over);
    }

    void emptyPlan()
    {
        SessionTimer t(m_clock);
        t.setPlan({});
        t.start();
        QCOMPARE(t.state(), SessionTimer::State::NotStarted);
        t.next();
        t.addMinute();
        QCOMPARE(t.remainingMs(), 0);
        QCOMPARE(t.actualSeconds().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimer)
#include "tst_timer.moc"
