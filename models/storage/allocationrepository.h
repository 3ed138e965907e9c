#pragma once
// Reads and writes the funding pools and their allocation scenarios
// (migration 11), and reads what an allocation is computed from: the
// roadmaps' budget requests over a pool's period, the arbitration grid
// means, and the amounts the committee's decisions already granted in the
// pool's period. Inserts keep a record's ids when it has them, so undo
// restores a pool or a scenario exactly.

#include "allocation/allocationproblem.h"
#include "productfilter.h"

#include <QHash>
#include <optional>

namespace Comite {

class Database;
class ProductRepository;

class AllocationRepository
{
public:
    explicit AllocationRepository(Database &db) : m_db(db) {}

    QList<FundingPool> pools() const;
    std::optional<FundingPool> pool(qint64 id) const;
    qint64 insert(const FundingPool &pool);
    void update(const FundingPool &pool);
    void removePool(qint64 id);  // with its scenarios

    QList<AllocationScenario> scenarios(qint64 poolId) const;
    std::optional<AllocationScenario> scenario(qint64 id) const;
    std::optional<AllocationScenario> scenarioNamed(qint64 poolId, const QString &name) const;
    qint64 insert(const AllocationScenario &scenario);
    // The name and every line (lines keep their ids when they have them).
    void update(const AllocationScenario &scenario);
    void removeScenario(qint64 id);  // and un-chooses it

    // Per product: the budget request of its roadmap for the pool's period
    // (the latest one overlapping it), prorated to the pool's length.
    QHash<qint64, qint64> requests(const FundingPool &pool) const;
    // Per product: the mean arbitration grid score (0–5) of its latest
    // committee with scores.
    QHash<qint64, double> gridMeans() const;
    // Per product: the amount decided by committees for a period starting
    // in the pool's (the session's day when the decision has no period).
    QHash<qint64, qint64> decidedAmounts(const FundingPool &pool) const;
    // The sum of those amounts over the candidates of `problem` (the pool's).
    qint64 decidedTotal(const FundingPool &pool, const AllocationProblem &problem) const;
    // The chosen scenario's line for `productId` in the first pool whose
    // period overlaps from–until: where a committee's decision starts from.
    struct ChosenLine {
        FundingPool pool;
        QString scenario;
        AllocationLine line;
    };
    std::optional<ChosenLine> chosenLine(qint64 productId, QDate from, QDate until) const;
    // The pools whose period overlaps from–until.
    QList<FundingPool> poolsOver(QDate from, QDate until) const;
    // The problem of `pool` over `products` (ProductRepository::summaries).
    AllocationProblem problem(const FundingPool &pool, const QList<ProductSummary> &products) const;
    // The same, read from `products`: the summaries of the products in the
    // pool's scope without their indicator facts, then the facts of its
    // candidates alone. A pool funds a few dozen products of a portfolio
    // that may hold 100,000.
    AllocationProblem problem(const FundingPool &pool, const ProductRepository &products) const;
    // The problems of several pools (the pool list, what remains of each):
    // the pools over the whole portfolio share one read of it, the others
    // read their own scope.
    QList<AllocationProblem> problems(const QList<FundingPool> &pools, const ProductRepository &products) const;

private:
    // The products `pool` can fund whatever their phase: those it lists and
    // those of (or co-incubated by) its incubators; every product when it
    // names neither, or when they are most of the portfolio.
    ProductFilter scope(const FundingPool &pool) const;
    AllocationProblem problemIn(const FundingPool &pool, const ProductFilter &inScope, const ProductRepository &products) const;
    AllocationProblem build(AllocationProblem::Input input) const;  // with the requests and grid means read
    QList<FundingPool> readPools(const QString &where, const QVariantList &bindings) const;
    QList<AllocationScenario> readScenarios(const QString &where, const QVariantList &bindings) const;
    void writePoolChildren(const FundingPool &pool);
    void writeLines(const AllocationScenario &scenario);
    Database &m_db;
};

} // namespace Comite
