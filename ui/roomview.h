#pragma once
// What the room sees on a projector or second screen, full screen on the
// chosen screen: only the current item, its product and the time left —
// and the arbitration grid's means for the product once the facilitator
// reveals them.

#include "domain/sessiontimer.h"
#include "storage/workspace.h"

#include <QWidget>

class QLabel;
class QScreen;

namespace Comite {

class RoomView : public QWidget
{
    Q_OBJECT
public:
    RoomView(Workspace &workspace, qint64 sessionId, QWidget *parent = nullptr);

    void showOn(QScreen *screen);
    void showItem(const QString &product, const QString &item, qint64 productId);
    void showTime(const QString &timeLeft, SessionTimer::Level level);
    void setScoresRevealed(bool revealed);
    bool scoresRevealed() const { return m_revealed; }

    QLabel *productLabel() const { return m_product; }
    QLabel *itemLabel() const { return m_item; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *scoresLabel() const { return m_scores; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
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
    QLabel *m_scores;
};

} // namespace Comite
