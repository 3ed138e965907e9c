#pragma once
// The facilitator's screen while a session runs, readable at a distance in
// a dark palette: the current item and product in large type, a countdown
// that turns amber in the last two minutes and red when over, a progress
// bar, the next item, the live schedule (expected end of the session and of
// the product's block) and warnings at shares of the item. The timer keys
// (Space, →, ←, +) work wherever the notes are not being edited; Escape
// leaves the notes, then closes. The time actually spent on each item is
// recorded; the secretary writes notes on the current item. Opens the room
// view on a chosen screen and reveals scores there.

#include "domain/sessiontimer.h"
#include "storage/workspace.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Comite {

class FacilitatorAgenda;
class FacilitatorPanel;
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
    QLabel *endLabel() const { return m_end; }
    QLabel *alertLabel() const { return m_alert; }
    QLabel *teamLabel() const { return m_team; }
    QLabel *hintLabel() const { return m_hint; }
    QProgressBar *progressBar() const { return m_progress; }
    QListWidget *agendaList() const;
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *startButton() const { return m_start; }
    QCheckBox *revealScores() const { return m_reveal; }
    QCheckBox *soundCheck() const { return m_sound; }
    QLineEdit *sharesEdit() const { return m_shares; }
    QComboBox *screenBox() const { return m_screens; }
    QFrame *timerArea() const { return m_timerArea; }
    int alertCount() const { return m_alertCount; }
    // The colour the countdown is drawn in for a level (dark palette).
    static QColor levelColor(SessionTimer::Level level);
    // "Screen 2 — 1920×1080".
    static QString screenName(int index, QSize size);

public Q_SLOTS:
    // One tick: updates the countdown, progress, drift and schedule (cheap).
    void refresh();
    // Shows the room view full screen on the screen chosen in the list.
    RoomView *openRoomView();
    // Writes the time spent and the notes being typed.
    void saveProgress();
    // Goes to an item; asks first when that skips items not run yet.
    bool jumpTo(int index);
    // The session was closed: the timer stops for good.
    void sessionClosed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    QWidget *buildSide();
    void addShortcuts(QWidget *target);
    void escape();
    void loadSession();
    void showItem();
    void commitNotes();
    void checkAlerts(const SessionTimer::Snapshot &s);
    QString itemProductTitle(int index) const;
    const QList<double> &shares() const;

    Workspace &m_workspace;
    Session m_session;
    SessionTimer *m_timer;
    QTimer *m_ticker;
    QTimer *m_saver;
    QTimer *m_notesTimer;
    QFrame *m_timerArea;
    QLabel *m_title;
    QLabel *m_product;
    QLabel *m_item;
    QLabel *m_team;
    QLabel *m_countdown;
    QProgressBar *m_progress;
    QLabel *m_next;
    QLabel *m_drift;
    QLabel *m_end;
    QLabel *m_alert;
    QLabel *m_hint;
    FacilitatorAgenda *m_agenda;
    QPlainTextEdit *m_notes;
    QPushButton *m_start;
    QComboBox *m_screens;
    QCheckBox *m_reveal;
    QCheckBox *m_sound;
    QLineEdit *m_shares;
    FacilitatorPanel *m_panel = nullptr;
    RoomView *m_room = nullptr;
    qint64 m_notesItemId = 0;
    SessionTimer::Level m_shownLevel = SessionTimer::Level::Normal;
    QString m_shownCountdown;
    int m_alertItem = -1;
    int m_alertsReached = 0;
    int m_alertCount = 0;
    bool m_dirty = true;
    bool m_shownLate = false;
    bool m_markedRunning = false;
};

} // namespace Comite
