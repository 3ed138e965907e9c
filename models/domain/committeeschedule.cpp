#include "committeeschedule.h"

namespace Comite::CommitteeSchedule {

QDate dueDate(QDate lastCommittee, QDate firstPhaseStart)
{
    if (lastCommittee.isValid())
        return lastCommittee.addMonths(intervalMonths);
    if (firstPhaseStart.isValid())
        return firstPhaseStart.addMonths(intervalMonths);
    return {};
}

bool isOverdue(QDate due, QDate today, std::optional<Phase> current)
{
    return due.isValid() && current && Phases::isActive(*current) && due < today;
}

QDate withEnvelope(QDate due, QDate envelopeExhaustion)
{
    if (!envelopeExhaustion.isValid())
        return due;
    const QDate beforeExhaustion = envelopeExhaustion.addDays(-envelopeMarginDays);
    return due.isValid() && due <= beforeExhaustion ? due : beforeExhaustion;
}

QDate decisionPeriodEnd(QDate committeeDay)
{
    return committeeDay.isValid() ? committeeDay.addMonths(decisionPeriodMonths).addDays(-1) : QDate();
}

QDate withProvisional(QDate due, QDate provisionalEnd)
{
    if (!provisionalEnd.isValid())
        return due;
    return due.isValid() && due <= provisionalEnd ? due : provisionalEnd;
}

} // namespace Comite::CommitteeSchedule
