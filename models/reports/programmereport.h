#pragma once
// The programme's results, computed from the facts of a portfolio
// (programmefacts.h) for sponsors and Parliament: the funnel per cohort
// (the year a product started), the Kaplan–Meier survival in each phase
// (leaving the phase is the event; products still in it are censored),
// the time spent in each phase, launches and stops per year, and the share
// of six-month roadmaps whose objectives were reached at their review.

#include "kaplanmeier.h"
#include "programmefacts.h"

#include <QCoreApplication>

namespace Comite {

// One stay of a product in an incubation phase.
struct PhaseEpisode {
    qint64 productId = 0;
    Phase phase = Phase::Investigation;
    QDate start;
    QDate end;           // the end, or the next phase's start; null while running
    int days = 0;        // start to end, or to today while running
    bool finished = false;
};

struct ProgrammeCohort {
    int year = 0;          // 0: all cohorts together
    int started = 0;
    int construction = 0;  // reached construction or a later phase
    int acceleration = 0;  // reached acceleration or later
    int consolidation = 0; // reached consolidation or later
    int exited = 0;        // reached an exit (opéré, transféré)
    int stopped = 0;       // stopped today (abandon, abandon after investigation)
    int running = 0;       // in an incubation phase today
    bool operator==(const ProgrammeCohort &) const = default;
};

struct PhaseTime {
    Phase phase = Phase::Investigation;
    SurvivalCurve survival;            // Kaplan–Meier, running stays censored
    int finished = 0;                  // stays that ended
    int running = 0;                   // stays still running today
    std::optional<int> medianDays;     // of the finished stays
    std::optional<int> meanDays;       // of the finished stays
    std::optional<int> survivalMedianDays;  // Kaplan–Meier median, running stays included
    int longestDays = 0;               // the longest stay observed, running or not
};

struct ProgrammeYear {
    int year = 0;
    int launches = 0;       // products that started
    int constructions = 0;  // entries into construction
    int stops = 0;          // abandons
    int exits = 0;          // opéré, transféré
    int committees = 0;     // committees held
    bool operator==(const ProgrammeYear &) const = default;
};

// Roadmaps whose period ended in `year` (0: all years).
struct ObjectivesYear {
    int year = 0;
    int roadmaps = 0;         // with at least one quantified result
    int reviewed = 0;         // with at least one result measured at the review
    int achieved = 0;         // every quantified result achieved
    int results = 0;          // quantified results
    int resultsMeasured = 0;
    int resultsAchieved = 0;
    std::optional<double> share() const { return roadmaps > 0 ? std::optional<double>(double(achieved) / roadmaps) : std::nullopt; }
    bool operator==(const ObjectivesYear &) const = default;
};

struct ProgrammeReport {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeReport)
public:
    QString scope;   // the incubator, empty for the whole portfolio
    QDate today;
    int fromYear = 0;  // cohorts from this year on; 0: every cohort
    int products = 0;  // in the report (with a dated phase)
    QList<ProgrammeCohort> cohorts;  // by year
    ProgrammeCohort total;
    QList<PhaseTime> phases;         // investigation, construction, acceleration, consolidation
    QList<ProgrammeYear> years;      // from the first cohort to today's year
    QList<ObjectivesYear> objectives;  // by year of the period's end
    ObjectivesYear objectivesTotal;

    static ProgrammeReport compute(const ProgrammeFacts &facts, QDate today, int fromYear = 0);

    // The phases whose stays the report measures.
    static QList<Phase> measuredPhases();
    // A product's stays in incubation phases as of `today`: ordered by
    // start; a phase without an end ends when the next one starts; one
    // still running (or ending after today) is cut at today and unfinished;
    // backfill investigations (beta.gouv.fr 2020) and phases starting after
    // today are left out.
    static QList<PhaseEpisode> episodes(const ProgrammeProduct &product, QDate today);
    // The year the product started (its earliest phase); 0 when none.
    static int cohortYear(const ProgrammeProduct &product, QDate today);
    // How far the product went: 0 investigation, 1 construction,
    // 2 acceleration, 3 consolidation, 4 an exit; -1 when nothing started.
    static int furthestStage(const ProgrammeProduct &product, QDate today);
    const PhaseTime *phase(Phase phase) const;
};

} // namespace Comite
