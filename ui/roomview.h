#pragma once
// What the room sees on a projector or second screen, full screen on the
// chosen screen: the product, the current item, the time left, the next
// item and the expected end, the product's committee deck (PgDn/PgUp turn
// its slides) — and the arbitration grid's means for the product once the
// facilitator reveals them. Its own buttons and the facilitator's keys
// drive the timer; a hint line lists the keys.

#include "domain/sessiontimer.h"
#include "storage/workspace.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScreen;

namespace Comite {

class RoomDeckView;

class RoomView : public QWidget
{
    Q_OBJECT
public:
    RoomView(Workspace &workspace, qint64 sessionId, QWidget *parent = nullptr);

    void showOn(QScreen *screen);
    void showItem(const QString &product, const QString &item, qint64 productId);
    void showTime(const QString &timeLeft, SessionTimer::Level level);
    void showNext(const QString &next);
    void showEnd(const QString &end);
    // The start button's text ("Pause (Space)"…) and whether it is usable.
    void showState(const QString &startText, bool enabled);
    void setScoresRevealed(bool revealed);
    bool scoresRevealed() const { return m_revealed; }

    QLabel *productLabel() const { return m_product; }
    QLabel *itemLabel() const { return m_item; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *nextLabel() const { return m_next; }
    QLabel *endLabel() const { return m_end; }
    QLabel *scoresLabel() const { return m_scores; }
    QLabel *hintLabel() const { return m_hint; }
    QPushButton *startButton() const { return m_start; }
    RoomDeckView *deck() const { return m_deck; }

Q_SIGNALS:
    void backRequested();
    void pauseRequested();
    void nextRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateScores();

    Workspace &m_workspace;
    qint64 m_sessionId;
    qint64 m_productId = 0;
    bool m_revealed = false;
    QLabel *m_product;
    QLabel *m_item;
    QLabel *m_time;
    QLabel *m_next;
    QLabel *m_end;
    QLabel *m_scores;
    QLabel *m_hint;
    QPushButton *m_back;
    QPushButton *m_start;
    QPushButton *m_forward;
    QPushButton *m_close;
    RoomDeckView *m_deck;
};

} // namespace Comite
