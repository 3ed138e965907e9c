#include "allocationedits.h"

#include "allocationcommands.h"
#include "editsupport.h"
#include "storage/allocationrepository.h"

#include <QCoreApplication>

namespace Comite::Edit {

using EditSupport::pushed;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};

Result<AllocationScenario> loadScenario(Workspace &ws, qint64 id)
{
    return attempt([&]() -> AllocationScenario {
        const std::optional<AllocationScenario> s = AllocationRepository(ws.database()).scenario(id);
        if (!s)
            throw StorageError(Tr::tr("This allocation scenario no longer exists."));
        return *s;
    });
}

Result<FundingPool> loadPool(Workspace &ws, qint64 id)
{
    return attempt([&]() -> FundingPool {
        const std::optional<FundingPool> p = AllocationRepository(ws.database()).pool(id);
        if (!p)
            throw StorageError(Tr::tr("This funding pool no longer exists."));
        return *p;
    });
}

QString scenarioProblem(Workspace &ws, const AllocationScenario &scenario)
{
    if (scenario.name.trimmed().isEmpty())
        return Tr::tr("A scenario needs a name.");
    const std::optional<AllocationScenario> same = AllocationRepository(ws.database()).scenarioNamed(scenario.poolId, scenario.name);
    if (same && same->id != scenario.id)
        return Tr::tr("The pool already has a scenario named “%1”.").arg(scenario.name);
    for (const AllocationLine &l : scenario.lines) {
        if (l.amount < 0)
            return Tr::tr("An amount cannot be negative.");
    }
    return {};
}
} // namespace

QString poolProblem(const FundingPool &pool)
{
    if (pool.name.trimmed().isEmpty())
        return Tr::tr("A funding pool needs a name.");
    if (!pool.start.isValid() || !pool.end.isValid() || pool.end < pool.start)
        return Tr::tr("The pool's period must start on or before its end.");
    if (pool.amount < 0)
        return Tr::tr("The pool's amount cannot be negative.");
    if (pool.maxPerProduct && *pool.maxPerProduct <= 0)
        return Tr::tr("The maximum per product must be positive.");
    return {};
}

Result<qint64> addPool(Workspace &ws, const FundingPool &pool)
{
    if (const QString p = poolProblem(pool); !p.isEmpty())
        return makeFailure(p);
    FundingPool fresh = pool;
    fresh.id = 0;
    fresh.chosenScenarioId = 0;
    auto *command = new ChangeFundingPool(ws, Tr::tr("Add funding pool"), std::nullopt, fresh);
    if (Result<void> r = pushed(ws, command); !r)
        return r.error();
    return command->recordId();
}

Result<void> updatePool(Workspace &ws, const FundingPool &pool)
{
    if (const QString p = poolProblem(pool); !p.isEmpty())
        return makeFailure(p);
    const Result<FundingPool> before = loadPool(ws, pool.id);
    if (!before)
        return before.error();
    if (before.value() == pool)
        return success();
    return pushed(ws, new ChangeFundingPool(ws, Tr::tr("Edit funding pool"), before.value(), pool));
}

Result<void> removePool(Workspace &ws, qint64 poolId)
{
    const Result<FundingPool> pool = loadPool(ws, poolId);
    if (!pool)
        return pool.error();
    const Result<QList<AllocationScenario>> scenarios = attempt([&] { return AllocationRepository(ws.database()).scenarios(poolId); });
    if (!scenarios)
        return scenarios.error();
    return pushed(ws, new RemoveFundingPool(ws, Tr::tr("Remove funding pool"), pool.value(), scenarios.value()));
}

Result<qint64> addScenario(Workspace &ws, const AllocationScenario &scenario)
{
    AllocationScenario fresh = scenario;
    fresh.id = 0;
    for (AllocationLine &l : fresh.lines)
        l.id = 0;
    const Result<QString> problem = attempt([&] { return scenarioProblem(ws, fresh); });
    if (!problem)
        return problem.error();
    if (!problem.value().isEmpty())
        return makeFailure(problem.value());
    auto *command = new ChangeAllocationScenario(ws, Tr::tr("Add scenario “%1”").arg(fresh.name), std::nullopt, fresh);
    if (Result<void> r = pushed(ws, command); !r)
        return r.error();
    return command->recordId();
}

Result<void> renameScenario(Workspace &ws, qint64 scenarioId, const QString &name)
{
    const Result<AllocationScenario> before = loadScenario(ws, scenarioId);
    if (!before)
        return before.error();
    AllocationScenario after = before.value();
    after.name = name.trimmed();
    if (after == before.value())
        return success();
    const Result<QString> problem = attempt([&] { return scenarioProblem(ws, after); });
    if (!problem)
        return problem.error();
    if (!problem.value().isEmpty())
        return makeFailure(problem.value());
    return pushed(ws, new ChangeAllocationScenario(ws, Tr::tr("Rename scenario"), before.value(), after));
}

Result<void> setAllocationLine(Workspace &ws, qint64 scenarioId, const AllocationLine &line)
{
    if (line.amount < 0)
        return makeFailure(Tr::tr("An amount cannot be negative."));
    const Result<AllocationScenario> before = loadScenario(ws, scenarioId);
    if (!before)
        return before.error();
    AllocationScenario after = before.value();
    const bool drop = line.amount == 0 && line.condition.trimmed().isEmpty();
    auto it = std::find_if(after.lines.begin(), after.lines.end(), [&](const AllocationLine &l) { return l.productId == line.productId; });
    if (it != after.lines.end()) {
        if (drop) {
            after.lines.erase(it);
        } else {
            const qint64 id = it->id;
            *it = line;
            it->id = id;
        }
    } else if (!drop) {
        AllocationLine added = line;
        added.id = 0;
        auto at = std::lower_bound(after.lines.begin(), after.lines.end(), line.productId,
                                   [](const AllocationLine &l, qint64 product) { return l.productId < product; });
        after.lines.insert(at, added);
    }
    if (after == before.value())
        return success();
    return pushed(ws, new ChangeAllocationScenario(ws, Tr::tr("Edit allocation"), before.value(), after));
}

Result<void> removeScenario(Workspace &ws, qint64 scenarioId)
{
    const Result<AllocationScenario> scenario = loadScenario(ws, scenarioId);
    if (!scenario)
        return scenario.error();
    const Result<FundingPool> pool = loadPool(ws, scenario.value().poolId);
    if (!pool)
        return pool.error();
    ws.undoStack()->beginMacro(Tr::tr("Remove scenario “%1”").arg(scenario.value().name));
    Result<void> result = success();
    if (pool.value().chosenScenarioId == scenarioId) {
        FundingPool after = pool.value();
        after.chosenScenarioId = 0;
        result = pushed(ws, new ChangeFundingPool(ws, Tr::tr("Choose scenario"), pool.value(), after));
    }
    if (result)
        result = pushed(ws, new ChangeAllocationScenario(ws, Tr::tr("Remove scenario"), scenario.value(), std::nullopt));
    ws.undoStack()->endMacro();
    return result;
}

Result<void> chooseScenario(Workspace &ws, qint64 poolId, qint64 scenarioId)
{
    const Result<FundingPool> before = loadPool(ws, poolId);
    if (!before)
        return before.error();
    if (before.value().chosenScenarioId == scenarioId)
        return success();
    FundingPool after = before.value();
    after.chosenScenarioId = scenarioId;
    return pushed(ws, new ChangeFundingPool(ws, Tr::tr("Choose scenario"), before.value(), after));
}

Result<qint64> proposeScenario(Workspace &ws, qint64 poolId, const QString &name, const AllocationSolver::Options &options)
{
    const Result<FundingPool> pool = loadPool(ws, poolId);
    if (!pool)
        return pool.error();
    const Result<AllocationProblem> problem = attempt([&] {
        return AllocationRepository(ws.database()).problem(pool.value(), ws.products());
    });
    if (!problem)
        return problem.error();
    Result<AllocationProposal> proposal = AllocationSolver::solve(problem.value(), options);
    if (!proposal)
        return proposal.error();
    AllocationScenario scenario = proposal.value().scenario;
    scenario.name = name;
    const Result<std::optional<AllocationScenario>> existing = attempt([&] {
        return AllocationRepository(ws.database()).scenarioNamed(poolId, name);
    });
    if (!existing)
        return existing.error();
    if (!existing.value())
        return addScenario(ws, scenario);
    AllocationScenario after = *existing.value();
    after.lines = scenario.lines;
    after.origin = ScenarioOrigin::Solver;
    if (after == *existing.value())
        return after.id;
    if (Result<void> r = pushed(ws, new ChangeAllocationScenario(ws, Tr::tr("Propose allocation"), *existing.value(), after)); !r)
        return r.error();
    return after.id;
}

} // namespace Comite::Edit
