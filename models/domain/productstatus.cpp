#include "productstatus.h"

#include "phasehistory.h"

#include <QCoreApplication>

namespace Comite {

QString WarningCode::label(const QString &code)
{
    if (code == PhaseOverrun)
        return QCoreApplication::translate("Warning", "Phase overrun");
    if (code == CommitteeOverdue)
        return QCoreApplication::translate("Warning", "Committee overdue");
    if (code == CommitteeUnknown)
        return QCoreApplication::translate("Warning", "No committee on record");
    if (code == UsageOnly)
        return QCoreApplication::translate("Warning", "Usage only");
    if (code == MissingMandatoryIndicators)
        return QCoreApplication::translate("Warning", "Missing mandatory indicators");
    if (code == EfficiencyWorsening)
        return QCoreApplication::translate("Warning", "Efficiency worsening");
    return code;
}

void ProductStatus::applyEnvelope(QDate exhaustion, QDate today)
{
    envelopeExhaustion = exhaustion;
    const QDate due = CommitteeSchedule::withEnvelope(nextCommitteeDue, exhaustion);
    dueToEnvelope = due != nextCommitteeDue;
    nextCommitteeDue = due;
    committeeOverdue = CommitteeSchedule::isOverdue(nextCommitteeDue, today, currentPhase);
    settleOutOfIncubation();
}

void ProductStatus::applyNoCommitteeOnRecord(QDate today)
{
    if (lastCommittee.isValid())
        return;
    committeeUnknown = currentPhase && Phases::isActive(*currentPhase);
    nextCommitteeDue = CommitteeSchedule::withEnvelope(QDate(), envelopeExhaustion);
    dueToEnvelope = nextCommitteeDue.isValid();
    committeeOverdue = CommitteeSchedule::isOverdue(nextCommitteeDue, today, currentPhase);
    settleOutOfIncubation();
}

void ProductStatus::settleOutOfIncubation()
{
    if (!currentPhase || Phases::isActive(*currentPhase))
        return;
    nextCommitteeDue = QDate();
    dueToEnvelope = false;
    committeeOverdue = false;
}

QStringList ProductStatus::warnings() const
{
    QStringList codes;
    if (phaseOverrun)
        codes << WarningCode::PhaseOverrun;
    if (committeeOverdue)
        codes << WarningCode::CommitteeOverdue;
    if (committeeUnknown)
        codes << WarningCode::CommitteeUnknown;
    if (usageOnly)
        codes << WarningCode::UsageOnly;
    if (!missingMandatory.isEmpty())
        codes << WarningCode::MissingMandatoryIndicators;
    if (efficiencyWorsening)
        codes << WarningCode::EfficiencyWorsening;
    return codes;
}

ProductStatus ProductStatus::compute(const QList<PhaseRecord> &phases, QDate lastCommittee, QDate today)
{
    ProductStatus s;
    s.lastCommittee = lastCommittee;
    QDate firstStart;
    for (const PhaseRecord &p : phases) {
        if (p.start.isValid() && (!firstStart.isValid() || p.start < firstStart))
            firstStart = p.start;
    }
    if (const auto cur = PhaseHistory::current(phases)) {
        s.currentPhase = cur->phase;
        s.phaseStart = cur->start;
        const QDate until = cur->end.isValid() && cur->end < today ? cur->end : today;
        s.daysInPhase = std::max<qint64>(0, cur->start.daysTo(until));
        const QDate limit = Phases::overrunLimit(cur->phase, cur->start);
        s.phaseOverrun = limit.isValid() && limit < until;
    }
    s.nextCommitteeDue = CommitteeSchedule::dueDate(lastCommittee, firstStart);
    s.committeeOverdue = CommitteeSchedule::isOverdue(s.nextCommitteeDue, today, s.currentPhase);
    s.settleOutOfIncubation();
    return s;
}

ProductStatus ProductStatus::compute(const QList<PhaseRecord> &phases, QDate lastCommittee, QDate today,
                                     const IndicatorFacts &indicators)
{
    ProductStatus s = compute(phases, lastCommittee, today);
    const bool expected = s.currentPhase && Phases::isActive(*s.currentPhase) && *s.currentPhase != Phase::Investigation;
    if (!expected)
        return s;
    s.usageOnly = indicators.usageOnly(today);
    s.missingMandatory = indicators.missingMandatory();
    s.efficiencyWorsening = lastCommittee.isValid() && indicators.efficiencyWorsening();
    return s;
}

} // namespace Comite
