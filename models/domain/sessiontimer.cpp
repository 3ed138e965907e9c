#include "sessiontimer.h"

namespace Comite {

SessionTimer::SessionTimer(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
}

qint64 SessionTimer::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

void SessionTimer::setPlan(const QList<int> &plannedSeconds, const QList<std::optional<qint64>> &spentMs, int current)
{
    commit();
    const qsizetype n = plannedSeconds.size();
    m_planned.resize(n);
    m_extra = QList<qint64>(n, 0);
    m_spent = QList<qint64>(n, 0);
    m_visited = QList<bool>(n, false);
    for (qsizetype i = 0; i < n; ++i) {
        m_planned[i] = qint64(plannedSeconds[i]) * 1000;
        if (i < spentMs.size() && spentMs[i]) {
            m_spent[i] = *spentMs[i];
            m_visited[i] = true;
        }
    }
    const int previous = m_index;
    m_index = n == 0 ? 0 : std::clamp(current, 0, int(n) - 1);
    if (isStarted() && m_state != State::Finished && n > 0)
        m_visited[m_index] = true;
    if (n == 0 && isStarted())
        setState(State::Finished);
    if (previous != m_index)
        Q_EMIT currentChanged(m_index, previous);
}

void SessionTimer::commit()
{
    if (m_state != State::Running || m_index >= m_spent.size())
        return;
    const qint64 t = nowMs();
    m_spent[m_index] += t - m_segmentStart;
    m_segmentStart = t;
}

void SessionTimer::setState(State state)
{
    if (state == m_state)
        return;
    const qint64 t = nowMs();
    if (m_state == State::Paused)
        m_pausedTotal += t - m_pauseStart;
    if (state == State::Paused)
        m_pauseStart = t;
    if (state == State::Running)
        m_segmentStart = t;
    if (m_state == State::Finished)
        m_finishedAt = {};  // taken up again
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SessionTimer::start()
{
    if (isStarted() || m_planned.isEmpty())
        return;
    m_visited[m_index] = true;
    m_startedAt = m_clock.now();
    setState(State::Running);
}

void SessionTimer::pause()
{
    if (m_state != State::Running)
        return;
    commit();
    setState(State::Paused);
}

void SessionTimer::resume()
{
    if (m_state == State::Paused)
        setState(State::Running);
}

void SessionTimer::togglePause()
{
    switch (m_state) {
    case State::NotStarted: start(); break;
    case State::Running: pause(); break;
    case State::Paused: resume(); break;
    case State::Finished: break;
    }
}

void SessionTimer::moveTo(int index)
{
    commit();
    const int previous = m_index;
    m_index = index;
    m_visited[index] = true;
    if (m_state == State::Running)
        m_segmentStart = nowMs();
    if (previous != index)
        Q_EMIT currentChanged(index, previous);
}

void SessionTimer::next()
{
    if (m_state == State::NotStarted || m_state == State::Finished)
        return;
    if (m_index + 1 >= itemCount()) {
        finish();
        return;
    }
    moveTo(m_index + 1);
}

void SessionTimer::back()
{
    if (m_state == State::NotStarted)
        return;
    if (m_state == State::Finished) {
        setState(State::Running);
        Q_EMIT currentChanged(m_index, m_index);
        return;
    }
    if (m_index > 0)
        moveTo(m_index - 1);
}

void SessionTimer::goTo(int index)
{
    if (index < 0 || index >= itemCount())
        return;
    if (m_state == State::NotStarted) {
        const int previous = m_index;
        m_index = index;
        start();
        if (previous != index)
            Q_EMIT currentChanged(index, previous);
        return;
    }
    if (m_state == State::Finished) {
        m_index = index;
        m_visited[index] = true;
        setState(State::Running);
        Q_EMIT currentChanged(index, index);
        return;
    }
    moveTo(index);
}

void SessionTimer::addMinute()
{
    if (m_planned.isEmpty() || m_state == State::Finished)
        return;
    m_extra[m_index] += minuteMs;
    Q_EMIT allowanceChanged(m_index);
}

void SessionTimer::finish()
{
    if (m_state == State::Finished || m_state == State::NotStarted)
        return;
    commit();
    m_finishedAt = m_clock.now();
    setState(State::Finished);
}

qint64 SessionTimer::plannedMs(int index) const
{
    return index >= 0 && index < itemCount() ? m_planned[index] : 0;
}

qint64 SessionTimer::allowedMs(int index) const
{
    return index >= 0 && index < itemCount() ? m_planned[index] + m_extra[index] : 0;
}

qint64 SessionTimer::spentMs(int index) const
{
    if (index < 0 || index >= itemCount())
        return 0;
    qint64 spent = m_spent[index];
    if (m_state == State::Running && index == m_index)
        spent += nowMs() - m_segmentStart;
    return spent;
}

bool SessionTimer::isVisited(int index) const
{
    return index >= 0 && index < itemCount() && m_visited[index];
}

qint64 SessionTimer::pausedMs() const
{
    return m_pausedTotal + (m_state == State::Paused ? nowMs() - m_pauseStart : 0);
}

qint64 SessionTimer::remainingMs() const
{
    return allowedMs(m_index) - spentMs(m_index);
}

SessionTimer::Level SessionTimer::levelFor(qint64 remainingMs)
{
    if (remainingMs < 0)
        return Level::Over;
    if (remainingMs <= warningMs)
        return Level::Warning;
    return Level::Normal;
}

SessionTimer::Level SessionTimer::level() const
{
    return levelFor(remainingMs());
}

// How much later (> 0) or earlier (< 0) than planned the session will end:
// items passed count for the time they took, the current and later ones
// for at least their allowance, pauses push everything back.
qint64 SessionTimer::driftMs() const
{
    const int current = m_state == State::Finished ? itemCount() : m_index;
    qint64 projected = pausedMs();
    qint64 planned = 0;
    for (int i = 0; i < itemCount(); ++i) {
        planned += m_planned[i];
        const qint64 spent = spentMs(i);
        projected += i < current ? spent : std::max(spent, m_planned[i] + m_extra[i]);
    }
    return projected - planned;
}

SessionTimer::Snapshot SessionTimer::snapshot() const
{
    Snapshot s;
    s.state = m_state;
    s.index = m_index;
    s.spentMs = spentMs(m_index);
    s.allowedMs = allowedMs(m_index);
    s.remainingMs = s.allowedMs - s.spentMs;
    s.progress = s.allowedMs > 0 ? std::clamp(double(s.spentMs) / double(s.allowedMs), 0.0, 1.0) : 1.0;
    s.level = levelFor(s.remainingMs);
    s.driftMs = driftMs();
    return s;
}

QList<std::optional<int>> SessionTimer::actualSeconds() const
{
    QList<std::optional<int>> result;
    result.reserve(itemCount());
    for (int i = 0; i < itemCount(); ++i) {
        if (m_visited[i])
            result << int((spentMs(i) + 500) / 1000);
        else
            result << std::nullopt;
    }
    return result;
}

} // namespace Comite
