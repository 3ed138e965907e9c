#pragma once
// What a committee decides on one product (DESIGN.md §1): the sponsor's
// option, an optional phase change, the amount and period granted, the
// opinion on each roadmap priority, the blockers it commits to lift, its
// conditions, the action items, and when procurement was told.

#include "decisionoption.h"
#include "phase.h"
#include "product.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace Comite {

enum class ObjectiveStatus { Validated, Modified, Invalidated };

namespace ObjectiveStatuses {
QList<ObjectiveStatus> all();
QString key(ObjectiveStatus status);
std::optional<ObjectiveStatus> fromKey(QStringView key);
QString label(ObjectiveStatus status);
}

// A roadmap priority and the committee's opinion on it (text for now; the
// roadmap feature links it to its priority).
struct DecisionObjective {
    QString text;
    ObjectiveStatus status = ObjectiveStatus::Validated;
    QString comment;
    bool operator==(const DecisionObjective &) const = default;
};

struct DecisionBlocker {
    QString text;
    QString owner;  // who lifts it
    bool operator==(const DecisionBlocker &) const = default;
};

struct DecisionAction {
    QString text;
    QString owner;
    QDate due;
    bool operator==(const DecisionAction &) const = default;
};

// How the voting members voted on a decision: unanimously, or counted
// (for, against, abstaining). Not recorded when `kind` is None.
struct DecisionVote {
    enum Kind { None, Unanimous, Counted };
    Kind kind = None;
    int votesFor = 0;
    int votesAgainst = 0;
    int abstaining = 0;
    bool isRecorded() const { return kind != None; }
    QString key() const;  // "", "unanimous", "counted" (storage and --json)
    static Kind kindFromKey(QStringView key);
    // "Unanimous" / "4 for, 1 against, 1 abstention" (translated, %n plurals).
    QString text() const;
    bool operator==(const DecisionVote &) const = default;
};

struct Decision {
    qint64 id = 0;
    qint64 productId = 0;
    DecisionOption option = DecisionOption::Continue;
    QString comment;  // the decision in words, shown on the product's timeline
    std::optional<qint64> amount;  // euros granted
    QDate periodStart;
    QDate periodEnd;
    std::optional<Phase> phaseChange;
    QList<DecisionObjective> objectives;
    QList<DecisionBlocker> blockers;
    QString conditions;  // conditions or reserves
    QString roadmapOpinion;  // the committee's opinion on the roadmap as a whole
    QList<DecisionAction> actions;
    QDate procurementInformedOn;  // null: procurement not told yet
    DecisionVote vote;
    bool operator==(const Decision &) const = default;
};

namespace SessionDecisions {
// Problems with a decision before it is saved, translated; `productTitle`
// names the product in the messages.
QStringList problems(const Decision &decision, const QString &productTitle);
// The phase the product enters when the session closes on `decision`: the
// phase change, or `abandon` for a stop. None when nothing changes.
std::optional<Phase> enteredPhase(const Decision &decision);
// The amount granted shared over the budget lines requested (BudgetLines
// keys → euros), in proportion to the request; the shares add up to
// `granted` exactly (the euros left by rounding go to the largest
// remainders). Empty when nothing was requested.
QMap<QString, qint64> grantedByLine(const QMap<QString, qint64> &requested, qint64 granted);
// The phase history once the session held on `date` applies the decision;
// unchanged when the product is already in that phase. Problems of the
// result go to `errors`.
QList<PhaseRecord> phasesAfter(const QList<PhaseRecord> &phases, const Decision &decision, QDate date,
                               const QString &comment, QStringList *errors);
}

} // namespace Comite
