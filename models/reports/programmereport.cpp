#include "programmereport.h"

#include "domain/phasehistory.h"
#include "domain/roadmapreview.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Comite {

namespace {

int stageOf(Phase phase)
{
    switch (phase) {
    case Phase::Investigation: return 0;
    case Phase::Construction: return 1;
    case Phase::Acceleration: return 2;
    case Phase::Consolidation: return 3;
    case Phase::Opere:
    case Phase::Transfere: return 4;
    case Phase::AbandonInvestigation:
    case Phase::Abandon: return -1;
    }
    return -1;
}

// The phases started on or before today, ordered by start (stored order on a tie).
QList<PhaseRecord> startedPhases(const ProgrammeProduct &product, QDate today)
{
    QList<PhaseRecord> phases;
    for (const PhaseRecord &p : product.phases) {
        if (p.start.isValid() && p.start <= today)
            phases << p;
    }
    std::stable_sort(phases.begin(), phases.end(), [](const PhaseRecord &a, const PhaseRecord &b) { return a.start < b.start; });
    return phases;
}

std::optional<int> median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return values[n / 2];
    return int(std::lround((values[n / 2 - 1] + values[n / 2]) / 2.0));
}

void addObjectives(ObjectivesYear &into, const ObjectivesYear &one)
{
    into.roadmaps += one.roadmaps;
    into.reviewed += one.reviewed;
    into.achieved += one.achieved;
    into.results += one.results;
    into.resultsMeasured += one.resultsMeasured;
    into.resultsAchieved += one.resultsAchieved;
}

void addCohort(ProgrammeCohort &into, const ProgrammeCohort &one)
{
    into.started += one.started;
    into.construction += one.construction;
    into.acceleration += one.acceleration;
    into.consolidation += one.consolidation;
    into.exited += one.exited;
    into.stopped += one.stopped;
    into.running += one.running;
}

} // namespace

QList<Phase> ProgrammeReport::measuredPhases()
{
    return {Phase::Investigation, Phase::Construction, Phase::Acceleration, Phase::Consolidation};
}

QList<PhaseEpisode> ProgrammeReport::episodes(const ProgrammeProduct &product, QDate today)
{
    const QList<PhaseRecord> phases = startedPhases(product, today);
    QList<PhaseEpisode> result;
    for (int i = 0; i < phases.size(); ++i) {
        const PhaseRecord &p = phases[i];
        if (!Phases::isActive(p.phase) || PhaseHistory::isBackfillInvestigation(phases, i))
            continue;
        PhaseEpisode e;
        e.productId = product.id;
        e.phase = p.phase;
        e.start = p.start;
        QDate end = p.end;
        if (!end.isValid() && i + 1 < phases.size())
            end = phases[i + 1].start;
        if (end.isValid() && end < p.start)
            end = p.start;
        if (end.isValid() && end <= today) {
            e.end = end;
            e.finished = true;
        }
        e.days = int(p.start.daysTo(e.finished ? e.end : today));
        result << e;
    }
    return result;
}

int ProgrammeReport::cohortYear(const ProgrammeProduct &product, QDate today)
{
    const QList<PhaseRecord> phases = startedPhases(product, today);
    return phases.isEmpty() ? 0 : phases.first().start.year();
}

int ProgrammeReport::furthestStage(const ProgrammeProduct &product, QDate today)
{
    int furthest = -1;
    for (const PhaseRecord &p : startedPhases(product, today))
        furthest = std::max(furthest, stageOf(p.phase));
    return furthest;
}

const PhaseTime *ProgrammeReport::phase(Phase phase) const
{
    for (const PhaseTime &t : phases) {
        if (t.phase == phase)
            return &t;
    }
    return nullptr;
}

ProgrammeReport ProgrammeReport::compute(const ProgrammeFacts &facts, QDate today, int fromYear)
{
    ProgrammeReport report;
    report.scope = facts.scope;
    report.today = today;
    report.fromYear = fromYear;

    QMap<int, ProgrammeCohort> cohorts;
    QMap<int, ProgrammeYear> years;
    QMap<Phase, QList<PhaseEpisode>> stays;
    QSet<qint64> included;
    auto year = [&](int y) -> ProgrammeYear & {
        ProgrammeYear &entry = years[y];
        entry.year = y;
        return entry;
    };

    for (const ProgrammeProduct &product : facts.products) {
        const QList<PhaseRecord> phases = startedPhases(product, today);
        if (phases.isEmpty())
            continue;
        const int cohortYear = phases.first().start.year();
        if (fromYear > 0 && cohortYear < fromYear)
            continue;
        included.insert(product.id);
        ++report.products;

        ProgrammeCohort &cohort = cohorts[cohortYear];
        cohort.year = cohortYear;
        ++cohort.started;
        const int furthest = furthestStage(product, today);
        cohort.construction += furthest >= 1;
        cohort.acceleration += furthest >= 2;
        cohort.consolidation += furthest >= 3;
        cohort.exited += furthest >= 4;
        const Phase now = phases[PhaseHistory::currentIndex(phases)].phase;
        cohort.stopped += Phases::isStop(now);
        cohort.running += Phases::isActive(now);

        ++year(cohortYear).launches;
        bool constructed = false;
        for (const PhaseRecord &p : phases) {
            if (p.phase == Phase::Construction && !constructed) {
                constructed = true;
                ++year(p.start.year()).constructions;
            }
            if (Phases::isStop(p.phase))
                ++year(p.start.year()).stops;
            if (Phases::isExit(p.phase))
                ++year(p.start.year()).exits;
        }
        for (const QDate &committee : product.committees) {
            if (committee.isValid() && committee <= today && committee.year() >= cohortYear)
                ++year(committee.year()).committees;
        }
        for (const PhaseEpisode &e : episodes(product, today))
            stays[e.phase] << e;
    }

    for (const ProgrammeCohort &c : std::as_const(cohorts)) {
        report.cohorts << c;
        addCohort(report.total, c);
    }
    if (!years.isEmpty()) {
        const int first = years.firstKey();
        for (int y = first; y <= std::max(today.year(), years.lastKey()); ++y)
            report.years << years.value(y, ProgrammeYear{y});
    }

    for (const Phase phase : measuredPhases()) {
        PhaseTime time;
        time.phase = phase;
        QList<SurvivalObservation> observations;
        QList<int> finished;
        for (const PhaseEpisode &e : stays.value(phase)) {
            observations << SurvivalObservation{e.days, e.finished};
            time.longestDays = std::max(time.longestDays, e.days);
            if (e.finished)
                finished << e.days;
            else
                ++time.running;
        }
        time.finished = int(finished.size());
        time.survival = KaplanMeier::estimate(observations);
        time.survivalMedianDays = time.survival.median();
        time.medianDays = median(finished);
        if (!finished.isEmpty())
            time.meanDays = int(std::lround(std::accumulate(finished.cbegin(), finished.cend(), 0.0) / finished.size()));
        report.phases << time;
    }

    QMap<int, ObjectivesYear> objectives;
    for (const Roadmap &roadmap : facts.roadmaps) {
        if (!included.contains(roadmap.productId) || !roadmap.end.isValid() || roadmap.end > today)
            continue;
        ObjectivesYear one;
        one.year = roadmap.end.year();
        int achieved = 0;
        for (const ReviewRow &row : RoadmapReview::rows(roadmap, facts.indicators, today)) {
            if (!row.expected.isQuantified())
                continue;
            ++one.results;
            one.resultsMeasured += row.status != AttainmentStatus::NotMeasured;
            achieved += row.status == AttainmentStatus::Achieved;
        }
        if (one.results == 0)
            continue;
        one.resultsAchieved = achieved;
        one.roadmaps = 1;
        one.reviewed = one.resultsMeasured > 0;
        one.achieved = achieved == one.results;
        ObjectivesYear &entry = objectives[one.year];
        entry.year = one.year;
        addObjectives(entry, one);
        addObjectives(report.objectivesTotal, one);
    }
    report.objectives = objectives.values();
    return report;
}

} // namespace Comite
