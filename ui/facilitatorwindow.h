#pragma once
// The facilitator's screen while a session runs, readable at a distance in
// a dark palette: the current item and product in large type, a countdown
// that turns amber in the last two minutes and red when over, a progress
// bar, the next item, and the drift of the whole session. Space pauses and
// resumes, → moves on, ← goes back, + adds a minute. The time actually
// spent on each item is recorded; the secretary writes notes on the current
// item. Opens the room view on a chosen screen and reveals scores there.

#include "domain/sessiontimer.h"
#include "storage/workspace.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Comite {

class RoomView;

class FacilitatorWindow : public QWidget
{
    Q_OBJECT
public:
    FacilitatorWindow(Workspace &workspace, qint64 sessionId, QWidget *parent = nullptr);
    ~FacilitatorWindow() override;

    qint64 sessionId() const { return m_session.id; }
    const Session &session() const { return m_session; }
    SessionTimer *timer() const { return m_timer; }
    RoomView *roomView() const { return m_room; }
    QLabel *itemLabel() const { return m_item; }
    QLabel *productLabel() const { return m_product; }
    QLabel *countdownLabel() const { return m_countdown; }
    QLabel *nextLabel() const { return m_next; }
    QLabel *driftLabel() const { return m_drift; }
    QLabel *teamLabel() const { return m_team; }
    QProgressBar *progressBar() const { return m_progress; }
    QListWidget *agendaList() const { return m_agenda; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *startButton() const { return m_start; }
    QCheckBox *revealScores() const { return m_reveal; }
    QComboBox *screenBox() const { return m_screens; }
    // The colour the countdown is drawn in for a level (dark palette).
    static QColor levelColor(SessionTimer::Level level);

public Q_SLOTS:
    // One tick: updates the countdown, progress and drift (cheap).
    void refresh();
    // Shows the room view full screen on the screen chosen in the list.
    RoomView *openRoomView();
    // Writes the time spent and the notes being typed.
    void saveProgress();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void loadSession();
    void showItem();
    void commitNotes();
    QString itemProductTitle(int index) const;

    Workspace &m_workspace;
    Session m_session;
    SessionTimer *m_timer;
    QTimer *m_ticker;
    QTimer *m_saver;
    QTimer *m_notesTimer;
    QLabel *m_title;
    QLabel *m_product;
    QLabel *m_item;
    QLabel *m_team;
    QLabel *m_countdown;
    QProgressBar *m_progress;
    QLabel *m_next;
    QLabel *m_drift;
    QListWidget *m_agenda;
    QPlainTextEdit *m_notes;
    QPushButton *m_start;
    QComboBox *m_screens;
    QCheckBox *m_reveal;
    RoomView *m_room = nullptr;
    qint64 m_notesItemId = 0;
    SessionTimer::Level m_shownLevel = SessionTimer::Level::Normal;
    QString m_shownCountdown;
    bool m_dirty = true;
    bool m_shownLate = false;
    bool m_markedRunning = false;
};

// Text of a countdown: "12:34", "-01:20" when over time.
QString countdownText(qint64 remainingMs);
// "3 min behind schedule", "2 min ahead of schedule", "On schedule".
QString driftText(qint64 driftMs);

} // namespace Comite
