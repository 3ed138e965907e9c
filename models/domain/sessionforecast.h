#pragma once
// The live schedule of a running session: when each item is now expected
// to start and end, re-forecast from the actual start and the time actually
// spent (items passed count for what they took, the current one for at
// least its allowance, later ones for theirs), the expected end of the
// session and of the current product's block against the planned ones, and
// which warning shares of the current item have been reached.

#include "sessionagenda.h"
#include "sessiontimer.h"

#include <QDateTime>
#include <QList>

namespace Comite {

class SessionForecast
{
public:
    enum class ItemState { Planned, Current, Done, Skipped };
    struct Item {
        QDateTime plannedStart;
        QDateTime plannedEnd;
        QDateTime expectedStart;  // the actual start for items passed
        QDateTime expectedEnd;
        ItemState state = ItemState::Planned;
        qint64 spentMs = 0;
    };

    // The default warning shares of an item: 70 % and 100 %.
    static QList<double> defaultShares() { return {0.7, 1.0}; }

    SessionForecast(const QDateTime &plannedStart, const QList<AgendaItem> &agenda, const SessionTimer &timer);

    const QList<Item> &items() const { return m_items; }
    QDateTime plannedEnd() const { return m_plannedEnd; }
    QDateTime expectedEnd() const { return m_expectedEnd; }
    // > 0: the session is expected to end that much after its planned end.
    qint64 lateMs() const;
    // The current product's run of items (presentation, questions,
    // deliberation); invalid on a whole-session item.
    bool hasBlock() const { return m_blockLast >= 0; }
    int blockFirst() const { return m_blockFirst; }
    int blockLast() const { return m_blockLast; }
    QDateTime blockPlannedEnd() const;
    QDateTime blockExpectedEnd() const;
    // How many of `shares` (fractions of the allowance, ascending) the time
    // spent on the item has reached.
    static int sharesReached(qint64 spentMs, qint64 allowedMs, const QList<double> &shares);
    // Shares typed as percentages ("70, 100"), sorted; empty when invalid.
    static QList<double> parseShares(const QString &text);
    static QString sharesText(const QList<double> &shares);

private:
    QList<Item> m_items;
    QDateTime m_plannedEnd;
    QDateTime m_expectedEnd;
    int m_blockFirst = -1;
    int m_blockLast = -1;
};

} // namespace Comite
