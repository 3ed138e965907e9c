#include "allocationcommands.h"

namespace Comite {

const QList<RecordPart<FundingPool>> &RecordStore<FundingPool>::parts()
{
    static const QList<RecordPart<FundingPool>> parts{
        recordPart<FundingPool>(Identity, &FundingPool::name, &FundingPool::source),
        recordPart<FundingPool>(Period, &FundingPool::start, &FundingPool::end),
        recordPart<FundingPool>(Amount, &FundingPool::amount),
        recordPart<FundingPool>(MaxPerProduct, &FundingPool::maxPerProduct),
        recordPart<FundingPool>(Scope, &FundingPool::incubatorIds, &FundingPool::products),
        recordPart<FundingPool>(Chosen, &FundingPool::chosenScenarioId)};
    return parts;
}

QString RecordStore<FundingPool>::name(const FundingPool &record)
{
    return QCoreApplication::translate("ChangeRecord", "the funding pool “%1”").arg(record.name);
}

const QList<RecordPart<AllocationScenario>> &RecordStore<AllocationScenario>::parts()
{
    static const QList<RecordPart<AllocationScenario>> parts{
        recordPart<AllocationScenario>(Name, &AllocationScenario::name),
        recordPart<AllocationScenario>(Lines, &AllocationScenario::lines),
        recordPart<AllocationScenario>(Origin, &AllocationScenario::origin)};
    return parts;
}

QString RecordStore<AllocationScenario>::name(const AllocationScenario &record)
{
    return QCoreApplication::translate("ChangeRecord", "the allocation scenario “%1”").arg(record.name);
}

void RemoveFundingPool::afterWrite(bool forward)
{
    if (forward)
        return;
    AllocationRepository repository(m_workspace.database());
    for (const AllocationScenario &s : std::as_const(m_scenarios))
        repository.insert(s);
}

} // namespace Comite
