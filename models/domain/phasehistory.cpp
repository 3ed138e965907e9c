#include "phasehistory.h"

#include <QCoreApplication>

#include <algorithm>

namespace Comite::PhaseHistory {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PhaseHistory)
};
} // namespace

int currentIndex(const QList<PhaseRecord> &phases)
{
    int best = -1;
    for (int i = 0; i < phases.size(); ++i) {
        if (best < 0 || phases[i].start >= phases[best].start)
            best = i;
    }
    return best;
}

std::optional<PhaseRecord> current(const QList<PhaseRecord> &phases)
{
    const int i = currentIndex(phases);
    if (i < 0)
        return std::nullopt;
    return phases[i];
}

QStringList problems(const QList<PhaseRecord> &phases)
{
    QStringList result;
    for (int i = 0; i < phases.size(); ++i) {
        const PhaseRecord &p = phases[i];
        const int row = i + 1;
        const QString phaseName = Phases::label(p.phase);
        if (!p.start.isValid()) {
            result << Tr::tr("Row %1 (%2): the start date is missing or invalid.").arg(row).arg(phaseName);
            continue;
        }
        if (p.end.isValid() && p.end < p.start) {
            result << Tr::tr("Row %1 (%2): the phase ends on %3, before it starts on %4.")
                          .arg(row)
                          .arg(phaseName, p.end.toString(Qt::ISODate), p.start.toString(Qt::ISODate));
        }
        if (i == 0)
            continue;
        const PhaseRecord &prev = phases[i - 1];
        if (prev.start.isValid() && p.start < prev.start) {
            result << Tr::tr("Row %1 (%2): it starts on %3, before the previous phase (%4, %5).")
                          .arg(row)
                          .arg(phaseName, p.start.toString(Qt::ISODate), Phases::label(prev.phase),
                               prev.start.toString(Qt::ISODate));
        }
        if (Phases::isStop(prev.phase) && !p.restart) {
            result << Tr::tr("Row %1 (%2): the product was stopped (%3); mark this phase as an explicit "
                         "restart to continue.")
                          .arg(row)
                          .arg(phaseName, Phases::label(prev.phase));
        }
    }
    return result;
}

bool isBackfillInvestigation(const QList<PhaseRecord> &phases, int index)
{
    if (index < 0 || index >= phases.size() || phases[index].phase != Phase::Investigation || !phases[index].start.isValid())
        return false;
    const PhaseRecord &investigation = phases[index];
    if (investigation.end.isValid() && investigation.end != investigation.start)
        return false;
    return std::any_of(phases.cbegin(), phases.cend(), [&](const PhaseRecord &p) {
        return p.phase == Phase::Construction && p.start == investigation.start;
    });
}

QList<std::pair<Phase, int>> finishedDurations(const QList<PhaseRecord> &phases)
{
    QList<std::pair<Phase, int>> result;
    for (int i = 0; i < phases.size(); ++i) {
        const PhaseRecord &p = phases[i];
        if (p.start.isValid() && p.end.isValid() && p.end >= p.start && !isBackfillInvestigation(phases, i))
            result.append({p.phase, int(p.start.daysTo(p.end))});
    }
    return result;
}

QStringList memberSpaceProblems(const QList<PhaseRecord> &phases)
{
    QStringList result;
    QList<Phase> reported;
    for (int i = 0; i < phases.size(); ++i) {
        const PhaseRecord &p = phases[i];
        if (!reported.contains(p.phase)) {
            QStringList rows;
            for (int j = 0; j < phases.size(); ++j) {
                if (phases[j].phase == p.phase)
                    rows << QString::number(j + 1);
            }
            if (rows.size() > 1) {
                reported << p.phase;
                result << Tr::tr("“%1” is given %2 times (rows %3); the member space allows each phase once.")
                              .arg(Phases::key(p.phase))
                              .arg(rows.size())
                              .arg(rows.join(QStringLiteral(", ")));
            }
        }
        if (p.end.isValid() && p.end == p.start && !isBackfillInvestigation(phases, i))
            result << Tr::tr("Row %1 (%2) ends the day it starts; the member space wants the end after the start.")
                          .arg(i + 1)
                          .arg(Phases::key(p.phase));
    }
    return result;
}

QList<PhaseRecord> withTransition(const QList<PhaseRecord> &phases, const PhaseRecord &next,
                                  QStringList *errors)
{
    QList<PhaseRecord> result = phases;
    if (!result.isEmpty() && !result.last().end.isValid() && next.start.isValid()
        && next.start >= result.last().start)
        result.last().end = next.start;
    result.append(next);
    const QStringList found = problems(result);
    if (errors)
        *errors = found;
    return result;
}

} // namespace Comite::PhaseHistory
