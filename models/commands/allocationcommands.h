#pragma once
// Undo commands for funding pools and their allocation scenarios: each a
// ChangeRecord with its RecordStore (add, edit, remove). Removing a pool
// keeps its scenarios, so undo brings them back with their ids.

#include "allocation/fundingpool.h"
#include "changerecord.h"
#include "storage/allocationrepository.h"

namespace Comite {

// Load, insert, update and remove of a record the allocation repository
// keeps: pools and scenarios alike.
template<typename T, std::optional<T> (AllocationRepository::*Load)(qint64) const,
         void (AllocationRepository::*Remove)(qint64)>
struct AllocationStore {
    static std::optional<T> load(Workspace &ws, qint64 id) { return (AllocationRepository(ws.database()).*Load)(id); }
    static T insert(Workspace &ws, T record)
    {
        record.id = AllocationRepository(ws.database()).insert(record);
        return record;
    }
    static void update(Workspace &ws, const T &record) { AllocationRepository(ws.database()).update(record); }
    static void remove(Workspace &ws, qint64 id) { (AllocationRepository(ws.database()).*Remove)(id); }
};

template<>
struct RecordStore<FundingPool> : AllocationStore<FundingPool, &AllocationRepository::pool, &AllocationRepository::removePool> {
    enum Part : quint32 { Identity = 0x1, Period = 0x2, Amount = 0x4, MaxPerProduct = 0x8, Scope = 0x10, Chosen = 0x20 };
    static const QList<RecordPart<FundingPool>> &parts();
    static QString name(const FundingPool &record);
    static void notify(Workspace &ws, const FundingPool &record, quint32) { ws.notifyAllocationChanged(record.id); }
};

template<>
struct RecordStore<AllocationScenario>
    : AllocationStore<AllocationScenario, &AllocationRepository::scenario, &AllocationRepository::removeScenario> {
    enum Part : quint32 { Name = 0x1, Lines = 0x2, Origin = 0x4 };
    static const QList<RecordPart<AllocationScenario>> &parts();
    static QString name(const AllocationScenario &record);
    static void notify(Workspace &ws, const AllocationScenario &record, quint32) { ws.notifyAllocationChanged(record.poolId); }
};

using ChangeFundingPool = ChangeRecord<FundingPool>;
using ChangeAllocationScenario = ChangeRecord<AllocationScenario>;

// Removes a pool with its scenarios; undo restores both, ids included.
class RemoveFundingPool : public ChangeFundingPool
{
public:
    RemoveFundingPool(Workspace &ws, const QString &text, const FundingPool &pool, QList<AllocationScenario> scenarios)
        : ChangeFundingPool(ws, text, pool, std::nullopt), m_scenarios(std::move(scenarios))
    {
    }

protected:
    void afterWrite(bool forward) override;

private:
    QList<AllocationScenario> m_scenarios;
};

} // namespace Comite
