#pragma once
// A committee session as one value (DESIGN.md §1, the committee): when and
// where, its products, participants, timed agenda, arbitration scores and
// one decision per product. What the session screens, the command line and
// the written deliberation read.

#include "arbitrationgrid.h"
#include "sessionagenda.h"
#include "sessiondecision.h"
#include "sessionparticipant.h"

#include <QDateTime>
#include <QFlags>
#include <QStringList>

namespace Comite {

enum class SessionStatus { Planned, Running, Held };

namespace SessionStatuses {
QString key(SessionStatus status);  // "planned", "running", "held"
std::optional<SessionStatus> fromKey(QStringView key);
QString label(SessionStatus status);
}

struct SessionProduct {
    qint64 productId = 0;
    QString slug;
    QString title;
    bool operator==(const SessionProduct &) const = default;
};

struct Session {
    qint64 id = 0;
    qint64 incubatorId = 0;
    QString title;
    QDateTime startsAt;
    int plannedMinutes = 0;  // the length booked; 0 when not set
    QString place;
    QString videoLink;
    SessionStatus status = SessionStatus::Planned;
    QDateTime startedAt;  // the actual start and end, when noted; null otherwise
    QDateTime endedAt;
    QList<SessionProduct> products;
    QList<Participant> participants;
    QList<AgendaItem> agenda;
    QList<ArbitrationScore> scores;
    QList<Decision> decisions;

    QDate date() const { return startsAt.date(); }
    int agendaMinutes() const { return SessionAgenda::totalMinutes(agenda); }
    QDateTime plannedEnd() const { return startsAt.addSecs(qint64(agendaMinutes()) * 60); }
    // The agenda runs longer than the length booked.
    bool isOverLength() const { return plannedMinutes > 0 && agendaMinutes() > plannedMinutes; }

    const SessionProduct *product(qint64 productId) const;
    const Participant *participant(qint64 participantId) const;
    const Decision *decisionFor(qint64 productId) const;
    QList<SessionProduct> undecidedProducts() const;
    QList<Participant> votingMembers() const;
    ArbitrationGrid grid(qint64 productId) const { return ArbitrationGrid(scores, productId, votingMembers()); }
    // The title to show: the session's own, else one built from its products.
    QString displayTitle() const;

    bool operator==(const Session &) const = default;
};

// One row of the sessions list.
struct SessionSummary {
    qint64 id = 0;
    QString title;
    QDateTime startsAt;
    SessionStatus status = SessionStatus::Planned;
    QString place;
    QStringList productSlugs;
    QStringList productTitles;
    int decisionCount = 0;
    bool operator==(const SessionSummary &) const = default;
};

// What changed in a session, so views refresh only what they show.
enum class SessionChange {
    Header = 0x1,  // title, date, length, place, link
    Products = 0x2,
    Participants = 0x4,
    Agenda = 0x8,
    Notes = 0x10,
    Scores = 0x20,
    Decisions = 0x40,
    Status = 0x80,
    Timing = 0x100,  // actual time spent on agenda items
    All = 0x1ff,
};
Q_DECLARE_FLAGS(SessionChanges, SessionChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(SessionChanges)
// The parts that differ between two versions of a session.
SessionChanges changesBetween(const Session &before, const Session &after);

namespace SessionRules {
// Why the session cannot be closed yet (a product without decision, named),
// translated; empty when it can.
QStringList closingProblems(const Session &session);
}

} // namespace Comite
