#pragma once
// The JSON of `comite allocate` and `comite pools`: a pool, a scenario
// (the solver's proposal or a stored one) with its figures and its lines.
// Keys are a contract: add, never rename.

#include "allocation/allocationsolver.h"

#include <QJsonObject>

namespace Comite::AllocationJson {
QJsonObject pool(const FundingPool &pool);
// `proposal`: the solver's run, when the scenario is its proposal.
QJsonObject scenario(const AllocationProblem &problem, const AllocationScenario &scenario,
                     const std::optional<AllocationProposal> &proposal = std::nullopt);
// A pool that cannot cover its must-fund minimum budgets.
QJsonObject failure(const AllocationProblem &problem, const Failure &failure);
}
