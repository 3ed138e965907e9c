#pragma once
// The narrow API for editing funding pools and allocation scenarios:
// checks, then pushes an undo command (allocationcommands.h). A refused
// edit returns the failure and changes nothing.

#include "allocation/allocationsolver.h"
#include "storage/workspace.h"

namespace Comite::Edit {

// Problems with a pool before it is saved (translated); empty when fine.
QString poolProblem(const FundingPool &pool);

Result<qint64> addPool(Workspace &ws, const FundingPool &pool);
Result<void> updatePool(Workspace &ws, const FundingPool &pool);
Result<void> removePool(Workspace &ws, qint64 poolId);  // with its scenarios

Result<qint64> addScenario(Workspace &ws, const AllocationScenario &scenario);
Result<void> renameScenario(Workspace &ws, qint64 scenarioId, const QString &name);
// What-if: the product's line in the scenario becomes `line` (added when
// missing; removed when its amount is 0 and it has no condition).
Result<void> setAllocationLine(Workspace &ws, qint64 scenarioId, const AllocationLine &line);
Result<void> removeScenario(Workspace &ws, qint64 scenarioId);  // un-chooses it first (one undo step)
// The scenario the pool's decisions start from (0: none).
Result<void> chooseScenario(Workspace &ws, qint64 poolId, qint64 scenarioId);
// Runs the solver on the pool and stores its proposal as the scenario
// `name` (added, or its lines replaced: one undo step); returns its id.
Result<qint64> proposeScenario(Workspace &ws, qint64 poolId, const QString &name,
                               const AllocationSolver::Options &options = {});

} // namespace Comite::Edit
