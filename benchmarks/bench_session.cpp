// Session benchmarks: one timer tick (the state machine's snapshot, and the
// facilitator screen's refresh) must cost under 1 ms of CPU; moving to the
// next item must redraw the facilitator screen (and the room view) in under
// one frame (16 ms). Figures, not pass/fail: run scripts/benchmark.sh.

#include "facilitatorwindow.h"
#include "roomview.h"
#include "sessionfixture.h"

#include <QStandardPaths>
#include <QTest>
#include <ctime>

using namespace Comite;

namespace {
// CPU milliseconds per call of `work`, over `n` calls.
template<typename Work>
double cpuMsPerCall(int n, Work &&work)
{
    timespec a{}, b{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
    for (int i = 0; i < n; ++i)
        work(i);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
    const double ms = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
    return ms / n;
}
} // namespace

class BenchSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_id = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_ws = std::make_unique<Test::TempWorkspace>();
        // A long session: 6 products, 20 items.
        Test::SessionFixture fixture(**m_ws);
        Session s = fixture.planned();
        for (int i = 0; i < 4; ++i) {
            const qint64 id = (*m_ws)->products().insert(Test::sampleProduct(QStringLiteral("produit-%1").arg(i)));
            s.products << SessionProduct{id, QStringLiteral("produit-%1").arg(i), QStringLiteral("Produit %1").arg(i)};
        }
        const Result<qint64> created = Edit::createSession(**m_ws, s, SessionAgenda::defaultTemplate());
        QVERIFY(created);
        m_id = created.value();
    }

    void cleanupTestCase() { m_ws.reset(); }

    void timerTick()
    {
        SessionTimer timer(m_ws->clock);
        timer.setPlan(QList<int>(20, 15 * 60));
        timer.start();
        QBENCHMARK {
            m_ws->clock.advanceMSecs(200);
            const SessionTimer::Snapshot s = timer.snapshot();
            QVERIFY(s.remainingMs < 15 * 60 * 1000);
        }
    }

    void facilitatorTick()
    {
        FacilitatorWindow window(**m_ws, m_id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.timer()->start();
        QBENCHMARK {
            m_ws->clock.advanceMSecs(1000);  // the countdown changes every tick
            window.refresh();
        }
    }

    void nextItemRedraw()
    {
        FacilitatorWindow window(**m_ws, m_id);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.timer()->start();
        const int items = window.timer()->itemCount();
        int i = 0;
        QBENCHMARK {
            window.timer()->goTo(++i % items);
            window.repaint();
        }
    }

    // The budgets in CPU time, printed once.
    void cpuFigures()
    {
        SessionTimer timer(m_ws->clock);
        timer.setPlan(QList<int>(20, 15 * 60));
        timer.start();
        const double tick = cpuMsPerCall(10000, [&](int) {
            m_ws->clock.advanceMSecs(200);
            (void)timer.snapshot();
        });
        qInfo("timer tick, state machine: %.4f ms CPU (budget 1 ms)", tick);

        FacilitatorWindow window(**m_ws, m_id);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.timer()->start();
        const double refresh = cpuMsPerCall(2000, [&](int) {
            m_ws->clock.advanceMSecs(1000);
            window.refresh();
        });
        qInfo("timer tick, facilitator screen updated: %.4f ms CPU (budget 1 ms)", refresh);
        const double painted = cpuMsPerCall(200, [&](int) {
            m_ws->clock.advanceMSecs(1000);
            window.refresh();
            window.repaint();
        });
        qInfo("timer tick with the whole 1920x1080 screen repainted: %.3f ms CPU", painted);
        const int items = window.timer()->itemCount();
        const double next = cpuMsPerCall(100, [&](int n) {
            window.timer()->goTo(n % items);
            window.repaint();
        });
        qInfo("next item, facilitator screen redrawn: %.3f ms CPU (budget 16 ms)", next);
        RoomView *room = window.openRoomView();
        QVERIFY(QTest::qWaitForWindowExposed(room));
        const double both = cpuMsPerCall(100, [&](int n) {
            window.timer()->goTo(n % items);
            window.repaint();
            room->repaint();
        });
        qInfo("next item, facilitator screen and full-screen room view redrawn: %.3f ms CPU (budget 16 ms)", both);
    }
};

QTEST_MAIN(BenchSession)
#include "bench_session.moc"
