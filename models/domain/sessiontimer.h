#pragma once
// The timer of a running session: the current agenda item, the time spent
// on each item, pauses, minutes added, and the drift of the whole session
// against its plan. A state machine driven by an injectable Clock, so it is
// tested without sleeping; the facilitator screen and the room view only
// display it.

#include "clock.h"

#include <QList>
#include <QObject>
#include <optional>

namespace Comite {

class SessionTimer : public QObject
{
    Q_OBJECT
public:
    enum class State { NotStarted, Running, Paused, Finished };
    Q_ENUM(State)
    // Normal, the last two minutes of the item (amber), over time (red).
    enum class Level { Normal, Warning, Over };
    Q_ENUM(Level)
    static constexpr qint64 warningMs = 2 * 60 * 1000;
    static constexpr qint64 minuteMs = 60 * 1000;

    // What a display needs at one tick.
    struct Snapshot {
        State state = State::NotStarted;
        int index = 0;
        qint64 spentMs = 0;      // on the current item
        qint64 allowedMs = 0;    // planned plus minutes added
        qint64 remainingMs = 0;  // negative when over time
        double progress = 0;     // 0–1 of the current item
        Level level = Level::Normal;
        qint64 driftMs = 0;      // the whole session: > 0 behind, < 0 ahead
    };

    explicit SessionTimer(const Clock &clock, QObject *parent = nullptr);

    // The agenda: planned seconds per item, time already spent on each
    // (a session resumed), and the current item. Can change while running
    // (an item edited): the running stretch is kept on the current item.
    void setPlan(const QList<int> &plannedSeconds, const QList<std::optional<qint64>> &spentMs = {},
                 int current = 0);
    int itemCount() const { return int(m_planned.size()); }

    void start();
    void pause();
    void resume();
    void togglePause();
    void next();     // the last item's next finishes the session
    void back();     // from a finished session, back to the last item
    void goTo(int index);
    void addMinute();  // to the current item
    void finish();

    State state() const { return m_state; }
    bool isStarted() const { return m_state != State::NotStarted; }
    int currentIndex() const { return m_index; }
    qint64 plannedMs(int index) const;
    qint64 allowedMs(int index) const;
    qint64 spentMs(int index) const;  // with the running stretch
    bool isVisited(int index) const;  // run at least once (or spent recorded)
    qint64 pausedMs() const;
    qint64 remainingMs() const;
    Level level() const;
    qint64 driftMs() const;
    Snapshot snapshot() const;
    // Seconds spent on each visited item, rounded; none for the others.
    QList<std::optional<int>> actualSeconds() const;
    // When the timer was first started and when it finished (invalid before).
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    QDateTime now() const { return m_clock.now(); }

    static Level levelFor(qint64 remainingMs);

Q_SIGNALS:
    void currentChanged(int index, int previous);
    void stateChanged(Comite::SessionTimer::State state);
    void allowanceChanged(int index);  // a minute was added

private:
    qint64 nowMs() const;
    void commit();  // moves the running stretch into the current item
    void moveTo(int index);
    void setState(State state);

    const Clock &m_clock;
    State m_state = State::NotStarted;
    int m_index = 0;
    QList<qint64> m_planned;
    QList<qint64> m_extra;
    QList<qint64> m_spent;
    QList<bool> m_visited;
    qint64 m_segmentStart = 0;  // while running
    qint64 m_pauseStart = 0;    // while paused
    qint64 m_pausedTotal = 0;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
};

} // namespace Comite
