// Drives the facilitator screen offscreen with a ManualClock (no sleeping),
// keys sent to the focused widget as a keyboard does: Space starts, pauses
// and resumes, → and ← move, + adds a minute (never typed into the notes);
// Escape leaves the notes then closes, Ctrl+W closes; Tab reaches every
// control; jumping over items asks first; the live schedule and the
// warnings at 70 % and 100 % of the item; the
// countdown turns amber in the last two minutes and red when over; the next
// item and the drift follow; the time spent is recorded; notes typed on the
// current item are saved (Space types a space there); the room view shows
// the item, product and time left, and scores only once revealed.

#include "facilitatorwindow.h"
#include "roomview.h"
#include "sessionfixture.h"
#include "sessionswindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QPointer>
#include <QTimer>
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
    // A message box closed: the window manager gives its parent back the
    // activation (the offscreen platform does not).
    void reactivate()
    {
        if (!QApplication::activeWindow() && m_window->isVisible()) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window));
        }
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        reactivate();
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && focus->window() == m_window, "the facilitator window has the focus");
        QTest::keyClick(focus, k, m);
    }
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
        // The timer has the focus, not the notes.
        QCOMPARE(QApplication::focusWidget(), m_window->timerArea());
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
        // The actual start and end, for the deliberation's "14:00 – 14:08".
        const QDateTime start(Test::fixedToday.addDays(14), QTime(14, 0));
        QCOMPARE(stored().startedAt, start);
        QCOMPARE(stored().endedAt, start.addSecs(8 * 60));
        key(Qt::Key_Left);  // back into the last item
        QCOMPARE(m_window->itemLabel()->text(), QStringLiteral("Deliberation"));
    }

    void notesOnTheCurrentItem()
    {
        key(Qt::Key_Space);
        key(Qt::Key_N, Qt::AltModifier);
        QTest::keyClicks(m_window->notesEdit(), QStringLiteral("Tour de table fait +1"));
        // Typed spaces and + went into the notes, not to the timer.
        QCOMPARE(m_window->timer()->state(), SessionTimer::State::Running);
        QCOMPARE(m_window->timer()->allowedMs(0), 5 * min);
        QCOMPARE(m_window->notesEdit()->toPlainText(), QStringLiteral("Tour de table fait +1"));
        key(Qt::Key_Escape);  // leaves the notes, not the window
        QVERIFY(m_window->isVisible());
        QCOMPARE(QApplication::focusWidget(), m_window->timerArea());
        key(Qt::Key_Plus);
        QCOMPARE(m_window->timer()->allowedMs(0), 6 * min);
        QCOMPARE(m_window->notesEdit()->toPlainText(), QStringLiteral("Tour de table fait +1"));
        key(Qt::Key_Right);
        QCOMPARE(stored().agenda[0].notes, QStringLiteral("Tour de table fait +1"));
        QCOMPARE(m_window->notesEdit()->toPlainText(), QString());
        key(Qt::Key_Left);
        QCOMPARE(m_window->notesEdit()->toPlainText(), QStringLiteral("Tour de table fait +1"));
        // Alt+N goes to the notes from the keyboard.
        key(Qt::Key_N, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), m_window->notesEdit());
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
        // The next item, the expected end, the controls and the keys.
        QVERIFY(room->nextLabel()->text().startsWith(QStringLiteral("Next: Questions and feedback — Vélo pour tous")));
        QVERIFY2(room->endLabel()->text().startsWith(QStringLiteral("Expected end 15:40")), qPrintable(room->endLabel()->text()));
        QVERIFY(room->hintLabel()->text().contains(QStringLiteral("Space")));
        QCOMPARE(room->startButton()->text(), QStringLiteral("Pause (Space)"));
        // Moving on updates the room.
        key(Qt::Key_Right);
        QCOMPARE(room->itemLabel()->text(), QStringLiteral("Questions and feedback"));
        // The facilitator's keys work on the room view too.
        room->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(room));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : room, Qt::Key_Right);
        QCOMPARE(room->itemLabel()->text(), QStringLiteral("Deliberation"));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : room, Qt::Key_Escape);
        QVERIFY(!room->isVisible());
        QVERIFY(m_window->isVisible());
    }

    void screensAreNamedAsAPersonWould()
    {
        QCOMPARE(FacilitatorWindow::screenName(1, QSize(1920, 1080)), QStringLiteral("Screen 2 — 1920×1080"));
        QVERIFY(m_window->screenBox()->itemText(0).startsWith(QStringLiteral("Screen 1 — ")));
    }

    void escapeAndCtrlWClose()
    {
        key(Qt::Key_Space);
        advance(30 * sec);
        QPointer<FacilitatorWindow> first(m_window);
        key(Qt::Key_Escape);
        QVERIFY(!first || !first->isVisible());
        QCOMPARE(stored().agenda[0].actualSeconds, std::optional<int>(30));  // paused and saved
        // Opened again, it resumes after the item run: Ctrl+W closes too.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!first);
        m_window = m_sessions->runCurrentSession();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QCOMPARE(m_window->itemLabel()->text(), QStringLiteral("Reminder of the committee's objectives"));
        QPointer<FacilitatorWindow> second(m_window);

        key(Qt::Key_W, Qt::ControlModifier);
        QVERIFY(!second || !second->isVisible());
    }

    void tabReachesEveryControlAndTheKeysStillWork()
    {
        QSet<QWidget *> reached;
        for (int i = 0; i < 30; ++i) {
            reached.insert(QApplication::focusWidget());
            key(Qt::Key_Tab);
        }
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QListWidget *>(w);
            if (control && w->isVisible() && w->isEnabled())
                QVERIFY2(reached.contains(w), qPrintable(w->accessibleName() + u' ' + w->metaObject()->className()));
        }
        // On a button, Space still drives the timer.
        while (!qobject_cast<QPushButton *>(QApplication::focusWidget()))
            key(Qt::Key_Tab);
        key(Qt::Key_Space);
        QCOMPARE(m_window->timer()->state(), SessionTimer::State::Running);
        QVERIFY(m_window->hintLabel()->text().contains(QStringLiteral("Space")));
        QVERIFY(m_window->hintLabel()->text().contains(QStringLiteral("Esc")));
    }

    void jumpingOverItemsAsksFirst()
    {
        key(Qt::Key_Space);
        m_window->agendaList()->setFocus(Qt::TabFocusReason);
        // Down to the questions of the first product, three items ahead.
        for (int i = 0; i < 3; ++i)
            key(Qt::Key_Down);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY2(box->text().contains(QStringLiteral("skip 2 item")), qPrintable(box->text()));
            QTest::keyClick(box, Qt::Key_Escape);  // no
        });
        key(Qt::Key_Return);
        QCOMPARE(m_window->timer()->currentIndex(), 0);
        reactivate();
        QCOMPARE(QApplication::focusWidget(), m_window->agendaList());  // where it was
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            // Its mnemonics work once it is the active window (a box counts
            // as active as soon as its parent is: qWaitForWindowActive would
            // not wait).
            QTRY_COMPARE(QApplication::activeWindow(), box);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::AltModifier);
        });
        m_window->agendaList()->setCurrentRow(3);
        key(Qt::Key_Return);
        QCOMPARE(m_window->timer()->currentIndex(), 3);
        QCOMPARE(m_window->itemLabel()->text(), QStringLiteral("Questions and feedback"));
        // The items jumped over are marked, the one done too.
        QVERIFY(m_window->agendaList()->item(0)->text().startsWith(QStringLiteral("✓")));
        QVERIFY(m_window->agendaList()->item(1)->text().startsWith(QStringLiteral("↷")));
        QVERIFY(m_window->agendaList()->item(3)->text().startsWith(QStringLiteral("▶")));
        // Back one item asks nothing.
        QVERIFY(m_window->jumpTo(2));
    }

    void liveScheduleAfterALateStart()
    {
        advance(12 * min);  // the committee starts at 14:12
        QVERIFY2(m_window->endLabel()->text().startsWith(QStringLiteral("Expected end 16:02 · planned 15:50 (12 min late)")),
                 qPrintable(m_window->endLabel()->text()));
        key(Qt::Key_Space);
        advance(5 * min);
        key(Qt::Key_Right);
        advance(5 * min);
        key(Qt::Key_Right);  // Vélo's presentation at 14:22
        QVERIFY2(m_window->endLabel()->text().contains(QStringLiteral("Vélo pour tous until 15:12 · planned 15:00")),
                 qPrintable(m_window->endLabel()->text()));
        QVERIFY(m_window->agendaList()->item(3)->text().contains(QStringLiteral("14:37")));
        QVERIFY(m_window->agendaList()->item(3)->text().contains(QStringLiteral("planned 14:25")));
    }

    void warningsAtSharesOfTheItem()
    {
        key(Qt::Key_Space);
        advance(3 * min + 29 * sec);
        QVERIFY(m_window->alertLabel()->isHidden());
        advance(sec);  // 70 % of 5 minutes
        QVERIFY(!m_window->alertLabel()->isHidden());
        QCOMPARE(m_window->alertLabel()->text(), QStringLiteral("70 % of the item's time used"));
        QCOMPARE(m_window->alertCount(), 1);
        advance(90 * sec);
        QCOMPARE(m_window->alertLabel()->text(), QStringLiteral("Time is up for this item"));
        QCOMPARE(m_window->alertCount(), 2);
        advance(min);
        QCOMPARE(m_window->alertCount(), 2);  // once per share
        // Shares typed by the facilitator, remembered.
        m_window->sharesEdit()->setFocus(Qt::TabFocusReason);
        m_window->sharesEdit()->selectAll();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50, 90"));
        key(Qt::Key_Return);
        key(Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), m_window->timerArea());
        key(Qt::Key_Right);
        advance(150 * sec);
        QCOMPARE(m_window->alertLabel()->text(), QStringLiteral("50 % of the item's time used"));
        QCOMPARE(QSettings().value(QStringLiteral("facilitator/warningShares")).toString(), QStringLiteral("50, 90"));
        QSettings().remove(QStringLiteral("facilitator/warningShares"));
    }

    void closingTheSessionStopsTheTimer()
    {
        key(Qt::Key_Space);
        advance(min);
        m_window->sessionClosed();
        QCOMPARE(m_window->timer()->state(), SessionTimer::State::Finished);
        advance(10 * min);
        QCOMPARE(stored().agenda[0].actualSeconds, std::optional<int>(60));
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
