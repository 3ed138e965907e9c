#include "followup.h"

#include "sessiondecision.h"

#include <QCoreApplication>
#include <algorithm>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Followup)
};
} // namespace

QList<FollowupKind> FollowupKinds::all()
{
    return {FollowupKind::Action, FollowupKind::Condition, FollowupKind::Blocker};
}

QString FollowupKinds::key(FollowupKind kind)
{
    switch (kind) {
    case FollowupKind::Action: return QStringLiteral("action");
    case FollowupKind::Condition: return QStringLiteral("condition");
    case FollowupKind::Blocker: return QStringLiteral("blocker");
    }
    return {};
}

std::optional<FollowupKind> FollowupKinds::fromKey(QStringView key)
{
    for (FollowupKind k : all()) {
        if (FollowupKinds::key(k) == key)
            return k;
    }
    return std::nullopt;
}

QString FollowupKinds::label(FollowupKind kind)
{
    switch (kind) {
    case FollowupKind::Action: return Tr::tr("Action");
    case FollowupKind::Condition: return Tr::tr("Condition");
    case FollowupKind::Blocker: return Tr::tr("Blocker to lift");
    }
    return {};
}

QList<FollowupStatus> FollowupStatuses::all()
{
    return {FollowupStatus::Open, FollowupStatus::Done, FollowupStatus::Dropped};
}

QString FollowupStatuses::key(FollowupStatus status)
{
    switch (status) {
    case FollowupStatus::Open: return QStringLiteral("open");
    case FollowupStatus::Done: return QStringLiteral("done");
    case FollowupStatus::Dropped: return QStringLiteral("dropped");
    }
    return {};
}

std::optional<FollowupStatus> FollowupStatuses::fromKey(QStringView key)
{
    for (FollowupStatus s : all()) {
        if (FollowupStatuses::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString FollowupStatuses::label(FollowupStatus status)
{
    switch (status) {
    case FollowupStatus::Open: return Tr::tr("Open");
    case FollowupStatus::Done: return Tr::tr("Done");
    case FollowupStatus::Dropped: return Tr::tr("Dropped");
    }
    return {};
}

QString FollowupKey::text() const
{
    return QStringLiteral("%1/%2/%3").arg(decisionId).arg(FollowupKinds::key(kind)).arg(position);
}

QList<FollowupItem> Followups::itemsOf(const Decision &decision)
{
    QList<FollowupItem> items;
    auto add = [&](FollowupKind kind, int position, const QString &text, const QString &owner, QDate due) {
        FollowupItem i;
        i.key = {decision.id, kind, position};
        i.productId = decision.productId;
        i.option = decision.option;
        i.text = text;
        i.owner = owner;
        i.due = due.isValid() ? due : decision.periodEnd;
        items << i;
    };
    for (int p = 0; p < decision.actions.size(); ++p)
        add(FollowupKind::Action, p, decision.actions[p].text, decision.actions[p].owner, decision.actions[p].due);
    int position = 0;
    for (const QString &line : decision.conditions.split(QLatin1Char('\n'))) {
        const QString condition = line.trimmed();
        if (!condition.isEmpty())
            add(FollowupKind::Condition, position++, condition, QString(), QDate());
    }
    for (int p = 0; p < decision.blockers.size(); ++p)
        add(FollowupKind::Blocker, p, decision.blockers[p].text, decision.blockers[p].owner, QDate());
    return items;
}

void Followups::applyHistory(QList<FollowupItem> &items, const QList<FollowupChange> &changes)
{
    QList<FollowupChange> ordered = changes;
    std::stable_sort(ordered.begin(), ordered.end(), [](const FollowupChange &a, const FollowupChange &b) {
        return a.changedAt != b.changedAt ? a.changedAt < b.changedAt : a.id < b.id;
    });
    for (FollowupItem &item : items) {
        item.history.clear();
        item.status = FollowupStatus::Open;
        for (const FollowupChange &c : ordered) {
            if (c.key == item.key) {
                item.history << c;
                item.status = c.status;
            }
        }
    }
}

QList<FollowupItem> Followups::ofLastCommittee(const QList<FollowupItem> &items, QDate day, qint64 excludedSessionId)
{
    QDate last;
    qint64 lastSession = 0;
    for (const FollowupItem &i : items) {
        if (i.sessionId == excludedSessionId || (day.isValid() && i.decidedOn > day))
            continue;
        if (!last.isValid() || i.decidedOn > last || (i.decidedOn == last && i.sessionId > lastSession)) {
            last = i.decidedOn;
            lastSession = i.sessionId;
        }
    }
    QList<FollowupItem> latest, older;
    for (const FollowupItem &i : items) {
        if (i.sessionId == excludedSessionId || (day.isValid() && i.decidedOn > day))
            continue;
        if (i.sessionId == lastSession)
            latest << i;
        else if (i.status == FollowupStatus::Open)
            older << i;
    }
    return latest + older;
}

int Followups::pastDueCount(const QList<FollowupItem> &items, QDate today)
{
    return int(std::count_if(items.cbegin(), items.cend(), [&](const FollowupItem &i) { return i.isPastDue(today); }));
}

} // namespace Comite
