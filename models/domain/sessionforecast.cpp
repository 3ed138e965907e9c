#include "sessionforecast.h"

#include <QStringList>
#include <algorithm>

namespace Comite {

SessionForecast::SessionForecast(const QDateTime &plannedStart, const QList<AgendaItem> &agenda, const SessionTimer &timer)
{
    const int n = int(std::min<qsizetype>(agenda.size(), timer.itemCount()));
    const QList<QDateTime> starts = SessionAgenda::plannedStarts(plannedStart, agenda);
    m_items.resize(n);
    for (int i = 0; i < n; ++i) {
        m_items[i].plannedStart = starts[i];
        m_items[i].plannedEnd = starts[i].addSecs(qint64(agenda[i].plannedMinutes) * 60);
        m_items[i].spentMs = timer.spentMs(i);
    }
    m_plannedEnd = n > 0 ? m_items.last().plannedEnd : plannedStart;
    const QDateTime now = timer.now();
    const SessionTimer::State state = timer.state();
    const int current = state == SessionTimer::State::Finished ? n : std::min(timer.currentIndex(), n);

    // The items passed, walked back from the start of the current one.
    QDateTime cursor;
    if (state == SessionTimer::State::NotStarted)
        cursor = plannedStart.isValid() && plannedStart > now ? plannedStart : now;
    else if (state == SessionTimer::State::Finished)
        cursor = timer.finishedAt().isValid() ? timer.finishedAt() : now;
    else
        cursor = now.addMSecs(-timer.spentMs(current));
    QDateTime back = cursor;
    for (int i = current - 1; i >= 0; --i) {
        Item &item = m_items[i];
        item.state = timer.isVisited(i) ? ItemState::Done : ItemState::Skipped;
        item.expectedEnd = back;
        back = back.addMSecs(-item.spentMs);
        item.expectedStart = back;
    }
    // The current item and those after it, forward from now.
    for (int i = current; i < n; ++i) {
        Item &item = m_items[i];
        item.expectedStart = cursor;
        qint64 length = timer.allowedMs(i);
        if (i == current && state != SessionTimer::State::NotStarted) {
            item.state = ItemState::Current;
            length = std::max(item.spentMs, timer.allowedMs(i));
            // An item over its time ends no earlier than now.
            item.expectedEnd = std::max(cursor.addMSecs(length), now);
        } else {
            item.state = i == current ? ItemState::Current : ItemState::Planned;
            item.expectedEnd = cursor.addMSecs(length);
        }
        cursor = item.expectedEnd;
    }
    m_expectedEnd = n == 0 ? cursor : (current < n ? m_items.last().expectedEnd : cursor);

    if (current < n && agenda[current].productId != 0) {
        const qint64 product = agenda[current].productId;
        m_blockFirst = current;
        while (m_blockFirst > 0 && agenda[m_blockFirst - 1].productId == product)
            --m_blockFirst;
        m_blockLast = current;
        while (m_blockLast + 1 < n && agenda[m_blockLast + 1].productId == product)
            ++m_blockLast;
    }
}

qint64 SessionForecast::lateMs() const
{
    return m_plannedEnd.msecsTo(m_expectedEnd);
}

QDateTime SessionForecast::blockPlannedEnd() const
{
    return hasBlock() ? m_items[m_blockLast].plannedEnd : QDateTime();
}

QDateTime SessionForecast::blockExpectedEnd() const
{
    return hasBlock() ? m_items[m_blockLast].expectedEnd : QDateTime();
}

int SessionForecast::sharesReached(qint64 spentMs, qint64 allowedMs, const QList<double> &shares)
{
    if (allowedMs <= 0)
        return 0;
    int reached = 0;
    for (double share : shares) {
        if (double(spentMs) >= share * double(allowedMs))
            ++reached;
    }
    return reached;
}

QList<double> SessionForecast::parseShares(const QString &text)
{
    QList<double> shares;
    const QStringList parts = QString(text).replace(u'%', u' ').split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int percent = part.trimmed().toInt(&ok);
        if (!ok || percent <= 0 || percent > 300)
            return {};
        shares << percent / 100.0;
    }
    std::sort(shares.begin(), shares.end());
    shares.erase(std::unique(shares.begin(), shares.end()), shares.end());
    return shares;
}

QString SessionForecast::sharesText(const QList<double> &shares)
{
    QStringList parts;
    for (double share : shares)
        parts << QString::number(qRound(share * 100));
    return parts.join(QStringLiteral(", "));
}

} // namespace Comite
