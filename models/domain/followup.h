#pragma once
// The follow-up register (issue 18): what a committee's decision asked for —
// its actions, its conditions and the blockers it committed to lift — each
// with a status (open, done, dropped), a due date and the history of its
// status changes. Pure values and rules, no storage.

#include "decisionoption.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Comite {

struct Decision;

enum class FollowupKind { Action, Condition, Blocker };
enum class FollowupStatus { Open, Done, Dropped };

namespace FollowupKinds {
QList<FollowupKind> all();
QString key(FollowupKind kind);  // "action", "condition", "blocker" (storage and --json)
std::optional<FollowupKind> fromKey(QStringView key);
QString label(FollowupKind kind);
}

namespace FollowupStatuses {
QList<FollowupStatus> all();
QString key(FollowupStatus status);  // "open", "done", "dropped" (storage and --json)
std::optional<FollowupStatus> fromKey(QStringView key);
QString label(FollowupStatus status);
}

// Names one item: its decision, its kind and its place in that decision's list.
struct FollowupKey {
    qint64 decisionId = 0;
    FollowupKind kind = FollowupKind::Action;
    int position = 0;
    QString text() const;  // "12/action/0", a row key
    bool operator==(const FollowupKey &) const = default;
};

// One status change of an item.
struct FollowupChange {
    qint64 id = 0;
    FollowupKey key;
    QString itemText;
    FollowupStatus status = FollowupStatus::Open;
    QDateTime changedAt;
    QString changedBy;
    QString note;
    bool operator==(const FollowupChange &) const = default;
};

struct FollowupItem {
    FollowupKey key;
    qint64 productId = 0;
    QString productSlug;
    QString productTitle;
    qint64 sessionId = 0;
    QDate decidedOn;  // the session's day
    DecisionOption option = DecisionOption::Continue;
    QString text;
    QString owner;
    QDate due;  // an action's own date, else the end of the decision's period
    FollowupStatus status = FollowupStatus::Open;
    QList<FollowupChange> history;  // oldest first

    bool isPastDue(QDate today) const { return status == FollowupStatus::Open && due.isValid() && due < today; }
    bool operator==(const FollowupItem &) const = default;
};

namespace Followups {
// The items a decision asks for, all open, without storage ids or history:
// its actions, its conditions (one per non-empty line), its blockers.
QList<FollowupItem> itemsOf(const Decision &decision);
// Applies the changes (any order) to the items: status = latest change.
void applyHistory(QList<FollowupItem> &items, const QList<FollowupChange> &changes);
// The follow-up of the last committee before `day` (excluding `sessionId`):
// every item of the latest decision, then the older items still open.
QList<FollowupItem> ofLastCommittee(const QList<FollowupItem> &items, QDate day, qint64 excludedSessionId = 0);
int pastDueCount(const QList<FollowupItem> &items, QDate today);
}

} // namespace Comite
