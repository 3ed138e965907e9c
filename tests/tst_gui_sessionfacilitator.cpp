// Drives the facilitator screen offscreen with a ManualClock (no sleeping):
// Space starts, pauses and resumes, → and ← move, + adds a minute; the
// countdown turns amber in the last two minutes and red when over; the next
// item and the drift follow; the time spent is recorded; notes typed on the
// current item are saved (Space types a space there); the room view shows
// the item, product and time left, and scores only once revealed.

#include "facilitatorwindow.h"
#include "roomview.h"
#include "sessionfixture.h"
#include "sessionswindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Comite;

namespace {
constexpr qint64 sec = 1000;
constexpr qint64 min = 60 * sec;
} // namespace

class TestGuiSessionFacilitator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<Test::SessionFixture> m_fixture;
    std::unique_ptr<SessionsWindow> m_sessions;
    FacilitatorWindow *m_window = nullptr;
    qint64 m_id = 0;

    Workspace &ws() { return **m_ws; }
    void advance(qint64 ms)
    {
        m_ws->clock.advanceMSecs(ms);
        m_window->refresh();
    }
    void key(Qt::Key k) { QTest::keyClick(m_window, k); }
    QString countdown() const { return m_window->countdownLabel()->text(); }
    QString colour() const { return m_window->countdownLabel()->styleSheet(); }
    Session stored() { return *ws().sessions().load(m_id); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_ws->clock.set(QDateTime(Test::fixedToday.addDays(14), QTime(14, 0)));
        m_fixture = std::make_unique<Test::SessionFixture>(ws());
        m_id = m_fixture->create(ws());
        m_sessions = std::make_unique<SessionsWindow>(ws());
        m_sessions->show();
        m_sessions->showSession(m_id);
        m_window = m_sessions->runCurrentSession();
        QVERIFY(m_window);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanup()
    {
        m_sessions.reset();
        m_fixture.reset();
        m_ws.reset();
    }

    void showsTheFirstItemBeforeStarting()
    {
        QCOMPARE(m_window->itemLabel()->text(), QStringLiteral("Introduction and round of the table"));
        QCOMPARE(m_window->productLabel()->text(), QStringLiteral("Whole session"));
        QCOMPARE(countdown(), QStringLiteral("05:00"));
        QCOMPARE(m_window->startButton()->text(), QStringLiteral("Start (Space)"));
        QVERIFY(m_window->nextLabel()->text().startsWith(QStringLiteral("Next: Reminder of the committee's objectives")));
        QCOMPARE(m_window->driftLabel()->text(), QStringLiteral("On schedule"));
        QCOMPARE(m_window->agendaList()->count(), 8);
        QVERIFY(m_window->teamLabel()->isHidden());
        // A dark palette.
        QVERIFY(m_window->palette().color(QPalette::Window).lightness() < 60);
        advance(10 * min);  // not started: nothing moves
        QCOMPARE(countdown(), QStringLiteral("05:00"));
    }

    void spaceStartsPausesAndResumes()
    {
        key(Qt::Key_Space);
        QCOMPARE(m_window->timer()->state(), SessionTimer::State::Running);
        QCOMPARE(stored().status, SessionStatus::Running);
        advance(90 * sec);
        QCOMPARE(countdown(), QStringLiteral("03:30"));
        QCOMPARE(m_window->progressBar()->value(), 300);
        key(Qt::Key_Space);
        QCOMPARE(m_window->timer()->state(), SessionTimer::State::Paused);
        QCOMPARE(m_window->startButton()->text(), QStringLiteral("Resume (Space)"));
        advance(5 * min);
        QCOMPARE(countdown(), QStringLiteral("03:30"));
        QCOMPARE(m_window->driftLabel()->text(), QStringLiteral("5 min behind schedule"));
        key(Qt::Key_Space);
        QCOMPARE(m_window->timer()->state(), SessionTimer::State::Running);
    }

    void amberThenRed()
    {
        key(Qt::Key_Space);
        const QString normal = colour();
        advance(2 * min + 59 * sec);
        QCOMPARE(countdown(), QStringLiteral("02:01"));
        QCOMPARE(colour(), normal);
        advance(sec);
        QCOMPARE(countdown(), QStringLiteral("02:00"));
        QVERIFY2(colour().contains(FacilitatorWindow::levelColor(SessionTimer::Level::Warning).name()), qPrintable(colour()));
        advance(2 * min + sec);
        QCOMPARE(countdown(), QStringLiteral("−00:01"));
        QVERIFY(colour().contains(FacilitatorWindow::levelColor(SessionTimer::Level::Over).name()));
        QCOMPARE(m_window->progressBar()->value(), 1000);
        // + gives the item another minute: amber again.
        key(Qt::Key_Plus);
        QCOMPARE(countdown(), QStringLiteral("00:59"));
        QVERIFY(colour().contains(FacilitatorWindow::levelColor(SessionTimer::Level::Warning).name()));
    }

    void arrowsMoveAndTimeIsRecorded()
    {
        key(Qt::Key_Space);
        advance(6 * min + 5 * sec);
        key(Qt::Key_Right);
        QCOMPARE(m_window->itemLabel()->text(), QStringLiteral("Reminder of the committee's objectives"));
        QCOMPARE(countdown(), QStringLiteral("05:00"));
        QCOMPARE(m_window->driftLabel()->text(), QStringLiteral("1 min behind schedule"));
        QCoreApplication::processEvents();  // saving waits for the redraw
        QCOMPARE(stored().agenda[0].actualSeconds, std::optional<int>(365));
        QVERIFY(m_window->nextLabel()->text().contains(QStringLiteral("Presentation — Vélo pour tous")));

        advance(min);
        key(Qt::Key_Right);
        QCOMPARE(m_window->productLabel()->text(), QStringLiteral("Vélo pour tous"));
        QCOMPARE(m_window->itemLabel()->text(), QStringLiteral("Presentation"));
        QCOMPARE(m_window->agendaList()->currentRow(), 2);
        // The drift counts the 4 minutes gained on the objectives.
        QCOMPARE(m_window->driftLabel()->text(), QStringLiteral("3 min ahead of schedule"));

        key(Qt::Key_Left);
        QCOMPARE(m_window->itemLabel()->text(), QStringLiteral("Reminder of the committee's objectives"));
        QCOMPARE(countdown(), QStringLiteral("04:00"));  // continues where it stopped
        // Deliberation: the team leaves the room.
        for (int i = 0; i < 3; ++i)
            key(Qt::Key_Right);
        QCOMPARE(m_window->itemLabel()->text(), QStringLiteral("Deliberation"));
        QVERIFY(!m_window->teamLabel()->isHidden());
        // Closing the screen saves what was spent.
        advance(2 * min);
        m_window->close();
        QCOMPARE(stored().agenda[4].actualSeconds, std::optional<int>(120));
        QCOMPARE(stored().agenda[1].actualSeconds, std::optional<int>(60));
    }

    void theEnd()
    {
        key(Qt::Key_Space);
        for (int i = 0; i < 8; ++i) {
            advance(min);
            key(Qt::Key_Right);
        }
        QCOMPARE(m_window->timer()->state(), SessionTimer::State::Finished);
        QCOMPARE(m_window->itemLabel()->text(), QStringLiteral("Agenda complete"));
        QCOMPARE(countdown(), QString());
        QVERIFY(!m_window->startButton()->isEnabled());
        QCoreApplication::processEvents();
        for (const AgendaItem &item : stored().agenda)
            QCOMPARE(item.actualSeconds, std::optional<int>(60));
        key(Qt::Key_Left);  // back into the last item
        QCOMPARE(m_window->itemLabel()->text(), QStringLiteral("Deliberation"));
    }

    void notesOnTheCurrentItem()
    {
        key(Qt::Key_Space);
        m_window->notesEdit()->setFocus();
        QTest::keyClicks(m_window->notesEdit(), QStringLiteral("Tour de table fait"));
        // Typed spaces went into the notes, not to the timer.
        QCOMPARE(m_window->timer()->state(), SessionTimer::State::Running);
        QCOMPARE(m_window->notesEdit()->toPlainText(), QStringLiteral("Tour de table fait"));
        m_window->setFocus();
        key(Qt::Key_Right);
        QCOMPARE(stored().agenda[0].notes, QStringLiteral("Tour de table fait"));
        QCOMPARE(m_window->notesEdit()->toPlainText(), QString());
        key(Qt::Key_Left);
        QCOMPARE(m_window->notesEdit()->toPlainText(), QStringLiteral("Tour de table fait"));
    }

    void roomView()
    {
        key(Qt::Key_Space);
        key(Qt::Key_Right);
        key(Qt::Key_Right);  // Vélo, presentation
        RoomView *room = m_window->openRoomView();
        QVERIFY(room);
        QVERIFY(room->isVisible());
        QVERIFY(room->isFullScreen());
        QCOMPARE(room->productLabel()->text(), QStringLiteral("Vélo pour tous"));
        QCOMPARE(room->itemLabel()->text(), QStringLiteral("Presentation"));
        advance(min);
        QCOMPARE(room->timeLabel()->text(), QStringLiteral("14:00"));
        // Scores stay hidden until revealed.
        const Session s = stored();
        for (int q = 1; q <= 10; ++q)
            QVERIFY(Edit::setScore(ws(), m_id, {m_fixture->velo, s.participants[0].id, q, 4, {}}));
        QVERIFY(room->scoresLabel()->isHidden());
        m_window->revealScores()->setChecked(true);
        QVERIFY(!room->scoresLabel()->isHidden());
        QVERIFY(room->scoresLabel()->text().contains(QStringLiteral("4.0")));
        QVERIFY(room->scoresLabel()->text().contains(QStringLiteral("Overall")));
        m_window->revealScores()->setChecked(false);
        QVERIFY(room->scoresLabel()->isHidden());
        // Moving on updates the room.
        key(Qt::Key_Right);
        QCOMPARE(room->itemLabel()->text(), QStringLiteral("Questions and feedback"));
        QTest::keyClick(room, Qt::Key_Escape);
        QVERIFY(!room->isVisible());
    }

    void agendaEditedWhileRunning()
    {
        key(Qt::Key_Space);
        advance(min);
        // The secretary shortens the introduction to 2 minutes.
        QList<AgendaItem> agenda = stored().agenda;
        agenda[0].plannedMinutes = 2;
        QVERIFY(Edit::setAgenda(ws(), m_id, agenda, QStringLiteral("Edit")));
        QCOMPARE(m_window->timer()->state(), SessionTimer::State::Running);
        QCOMPARE(countdown(), QStringLiteral("01:00"));
        QVERIFY(colour().contains(FacilitatorWindow::levelColor(SessionTimer::Level::Warning).name()));
    }
};

QTEST_MAIN(TestGuiSessionFacilitator)
#include "tst_gui_sessionfacilitator.moc"
