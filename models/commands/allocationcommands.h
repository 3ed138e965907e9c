#pragma once
// Undo commands for funding pools and their allocation scenarios: each a
// ChangeRecord with its RecordStore (add, edit, remove). Removing a pool
// keeps its scenarios, so undo brings them back with their ids.

#include "allocation/fundingpool.h"
#include "changerecord.h"

namespace Comite {

template<>
struct RecordStore<FundingPool> {
    enum Part : quint32 { Identity = 0x1, Period = 0x2, Amount = 0x4, MaxPerProduct = 0x8, Scope = 0x10, Chosen = 0x20 };
    static const QList<RecordPart<FundingPool>> &parts();
    static std::optional<FundingPool> load(Workspace &ws, qint64 id);
    static FundingPool insert(Workspace &ws, FundingPool record);
    static void update(Workspace &ws, const FundingPool &record);
    static void remove(Workspace &ws, qint64 id);
    static QString name(const FundingPool &record);
    static void notify(Workspace &ws, const FundingPool &record, quint32) { ws.notifyAllocationChanged(record.id); }
};

template<>
struct RecordStore<AllocationScenario> {
    enum Part : quint32 { Name = 0x1, Lines = 0x2, Origin = 0x4 };
    static const QList<RecordPart<AllocationScenario>> &parts();
    static std::optional<AllocationScenario> load(Workspace &ws, qint64 id);
    static AllocationScenario insert(Workspace &ws, AllocationScenario record);
    static void update(Workspace &ws, const AllocationScenario &record);
    static void remove(Workspace &ws, qint64 id);
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
