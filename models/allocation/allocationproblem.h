#pragma once
// What the solver works on: a pool's candidates — each product the pool
// may fund, with its request (the roadmap's budget request for the pool's
// period), its minimum viable budget (by phase, over the pool's period),
// its maximum (the request, capped by the pool's maximum per product), its
// rule (must / must not be funded) and its value per euro — and the
// figures of a scenario: total against the pool, what remains, and the
// portfolio's expected cost per use and per impact.
//
// The objective (documented in docs/allocation.md): maximise the expected
// impact, Σ value_i × amount_i, where value_i = grid_i / relativeCost_i:
//  - grid_i is the product's arbitration grid mean over 5 at its last
//    scored committee (0–1; 0.5 when never scored);
//  - relativeCost_i is its cost per impact over the candidates' median
//    cost per impact (1 when unknown): a euro given to a product twice as
//    costly per unit of impact buys half the impact.

#include "domain/indicatorfacts.h"
#include "domain/phase.h"
#include "domain/result.h"
#include "fundingpool.h"

#include <QHash>
#include <QList>

namespace Comite {

struct ProductSummary;

namespace AllocationRules {
// The smallest budget a product in `phase` can work with for six months
// (euros): investigation 50 k€, construction 125 k€ (half of the low end
// of 250–500 k€ a year), acceleration 150 k€, consolidation 100 k€; 0 for
// a phase the pool does not fund (exits, stops).
qint64 minimumForSixMonths(Phase phase);
// The same over a period of `months`, prorated.
qint64 minimumViable(Phase phase, int months);
constexpr double unscoredGrid = 0.5;  // grid_i of a product never scored
}

struct AllocationCandidate {
    qint64 productId = 0;
    QString slug;
    QString title;
    Phase phase = Phase::Investigation;
    qint64 request = 0;   // the roadmap's budget request (0: none)
    qint64 minimum = 0;   // minimum viable budget over the period
    qint64 maximum = 0;   // the request, capped by the pool's maximum per product
    PoolRule rule = PoolRule::Eligible;
    std::optional<double> gridMean;  // 0–5, last scored committee
    std::optional<double> costPerImpact;
    std::optional<double> costPerUse;
    double value = 0;     // objective weight per euro (see above)
    bool operator==(const AllocationCandidate &) const = default;
};

// The figures of one scenario against its pool.
struct ScenarioFigures {
    qint64 total = 0;
    qint64 remaining = 0;    // pool − total (negative: over-spent)
    int funded = 0;          // lines with an amount
    double expectedImpact = 0;  // the objective: Σ value × amount
    // Yearly-equivalent funding over the users (impact units) it buys at
    // each product's current cost; null when no funded product has one.
    std::optional<double> costPerUse;
    std::optional<double> costPerImpact;
    bool operator==(const ScenarioFigures &) const = default;
};

class AllocationProblem
{
public:
    // Everything the candidates are computed from, read by the repository.
    struct Input {
        FundingPool pool;
        QList<ProductSummary> products;
        QHash<qint64, qint64> requests;   // product → request over the pool's period
        QHash<qint64, double> gridMeans;  // product → arbitration grid mean (0–5)
        // When set, the candidates' indicator facts (the products' own
        // are then not read: AllocationRepository reads a large
        // portfolio's summaries without them and only the pool's facts).
        std::optional<QHash<qint64, IndicatorFacts>> facts;
    };

    // Whether `pool` may fund `product`: in an active phase, and listed or
    // in (or co-incubated by) one of its incubators — or any product when
    // the pool names neither.
    static bool considers(const FundingPool &pool, const ProductSummary &product);

    AllocationProblem() = default;
    AllocationProblem(FundingPool pool, QList<AllocationCandidate> candidates);
    static AllocationProblem build(const Input &input);

    const FundingPool &pool() const { return m_pool; }
    const QList<AllocationCandidate> &candidates() const { return m_candidates; }
    const AllocationCandidate *candidate(qint64 productId) const;
    // The minimum budgets of the products that must be funded.
    qint64 mustMinimum() const;
    // A failure saying by how much the pool falls short of the must-fund
    // minimum budgets; success when it covers them.
    Result<void> check() const;
    ScenarioFigures figures(const AllocationScenario &scenario) const;
    // Recomputes each candidate's value from its grid and cost per impact.
    void computeValues();

private:
    FundingPool m_pool;
    QList<AllocationCandidate> m_candidates;
    QHash<qint64, int> m_index;
};

} // namespace Comite
