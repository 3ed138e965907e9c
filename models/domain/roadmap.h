#pragma once
// A product's six-month roadmap as stored and edited: the period and the
// committee that approved it, the vision and deployment potential, at most
// three priorities with their expected results (and their review), the
// hypotheses, success criteria, team, budget request, support needs,
// blockers and the beta.gouv.fr standards self-assessment.

#include "roadmapstandard.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace Comite {

// A result the team is accountable for at the end of the period. With a
// target value it is quantified (usually on one of the product's
// indicators); the review fills the values and the explanation.
struct ExpectedResult {
    qint64 id = 0;
    QString text;
    qint64 indicatorId = 0;         // 0: not tied to an indicator
    std::optional<double> target;   // target value, when quantified
    QDate targetDate;               // null: the end of the period
    std::optional<double> startValue;    // « il y a 6 mois »
    std::optional<double> reachedValue;  // « aujourd'hui »
    QString explanation;            // the team's, at the review

    bool isQuantified() const { return target.has_value(); }
    bool operator==(const ExpectedResult &) const = default;
};

struct RoadmapPriority {
    qint64 id = 0;
    QString title;
    QString description;
    QList<ExpectedResult> results;
    bool operator==(const RoadmapPriority &) const = default;
};

enum class TimeUnit { DaysPerWeek, Fte };

// A profile the team needs and its time.
struct TeamMember {
    QString profile;
    double time = 0;
    TimeUnit unit = TimeUnit::DaysPerWeek;
    double fte() const { return unit == TimeUnit::Fte ? time : time / 5.0; }
    bool operator==(const TeamMember &) const = default;
};

// Support needed from an actor (an administration, a partner).
struct SupportNeed {
    QString actor;
    QString need;
    QString objective;
    bool operator==(const SupportNeed &) const = default;
};

struct Roadmap {
    qint64 id = 0;
    qint64 productId = 0;
    QDate start;
    QDate end;
    qint64 sessionId = 0;  // the committee session that approved it; 0: draft
    QString vision;            // five years out
    QString targetPopulation;  // deployment potential…
    QString potentialEstimate; // …and how it was estimated
    QList<RoadmapPriority> priorities;
    QStringList hypotheses;
    QStringList quantitativeCriteria;
    QStringList qualitativeCriteria;
    QList<TeamMember> team;
    QMap<QString, qint64> budgetRequest;  // BudgetLines key → euros
    QList<SupportNeed> supportNeeds;
    QStringList blockers;
    QList<StandardAssessment> standards;  // in Standards::keys() order
    QString reviewNotes;  // achievements and learnings, at the review

    bool isApproved() const { return sessionId > 0; }
    bool covers(QDate day) const { return start.isValid() && end.isValid() && start <= day && day <= end; }
    qint64 requestTotal() const;
    double teamFte() const;
    QList<ExpectedResult> results() const;  // of every priority, in order
    // The assessment of `standard`, unrated when missing.
    StandardAssessment standard(const QString &key) const;
    bool operator==(const Roadmap &) const = default;
};

namespace TimeUnits {
QString key(TimeUnit unit);  // "days-per-week", "fte"
std::optional<TimeUnit> fromKey(QStringView key);
QString label(TimeUnit unit);  // translated
}

namespace RoadmapRules {
constexpr int maxPriorities = 3;
// A period of about six months, by default.
constexpr int periodMonths = 6;
// Problems with a roadmap before it is saved, translated; empty when fine.
// `others` are the product's other roadmaps (their periods must not
// overlap this one's).
QStringList problems(const Roadmap &roadmap, const QList<Roadmap> &others = {});
// A fresh roadmap for the period after `previous` (or from `start`),
// carrying over the vision, potential and team; standards "six months
// ago" take the previous "today".
Roadmap following(const Roadmap &previous, QDate start);
Roadmap blank(qint64 productId, QDate start);
}

// Which of a product's roadmaps (sorted by start) is which on a day.
namespace RoadmapTimeline {
void sort(QList<Roadmap> &roadmaps);
// The roadmap being carried out: the last approved one started on or
// before `today`, else the last one started; -1 when none has started.
int current(const QList<Roadmap> &roadmaps, QDate today);
// The one before the current one, whose review the last committee heard;
// -1 when none.
int previous(const QList<Roadmap> &roadmaps, QDate today);
// The roadmap for the next period, presented at the next committee: the
// first after the current one, or the first one when none has started;
// -1 when not drafted yet.
int proposed(const QList<Roadmap> &roadmaps, QDate today);
}

} // namespace Comite
