#pragma once
// Proposes an allocation with GLPK's mixed-integer solver (branch-and-cut
// over the simplex): per candidate a binary fund / not fund y and a
// continuous amount a with minimum·y ≤ a ≤ maximum·y; Σ a ≤ the pool;
// y = 1 for a product that must be funded, y = 0 for one that must not;
// maximise Σ value·a (AllocationProblem says what value is).
//
// Why GLPK: a plain C API (one header, one library), small, in Debian main
// (libglpk-dev, GLPK 5.0), with a real MIP branch-and-cut, presolve, a
// time limit and silent output; ample for ≤ 10,000 variables. COIN-OR CBC
// is faster on hard models but brings a C++ stack of four libraries for a
// model this size does not need.

#include "allocationproblem.h"

namespace Comite {

struct AllocationProposal {
    AllocationScenario scenario;  // one line per funded product, origin Solver
    double objective = 0;         // Σ value × amount
    bool optimal = true;          // false: the time limit stopped the search (best found)
    double seconds = 0;
};

namespace AllocationSolver {
struct Options {
    int timeLimitMs = 10'000;
    double mipGap = 1e-6;  // relative gap accepted as optimal
};
// The proposal, or a failure: a pool that cannot cover the must-fund
// minimum budgets (AllocationProblem::check), or the solver's own refusal.
// Never over-spends the pool.
Result<AllocationProposal> solve(const AllocationProblem &problem, const Options &options);
inline Result<AllocationProposal> solve(const AllocationProblem &problem) { return solve(problem, Options{}); }
}

} // namespace Comite
