#include "allocationproblem.h"

#include "domain/displayformat.h"
#include "domain/phasehistory.h"
#include "domain/productsummary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AllocationProblem)
};
constexpr int sixMonths = 6;
constexpr int yearMonths = 12;
} // namespace

namespace AllocationRules {
qint64 minimumForSixMonths(Phase phase)
{
    switch (phase) {
    case Phase::Investigation:
        return 50'000;
    case Phase::Construction:
        return 125'000;
    case Phase::Acceleration:
        return 150'000;
    case Phase::Consolidation:
        return 100'000;
    default:
        return 0;
    }
}

qint64 minimumViable(Phase phase, int months)
{
    return qint64(std::llround(double(minimumForSixMonths(phase)) * std::max(1, months) / sixMonths));
}
} // namespace AllocationRules

AllocationProblem::AllocationProblem(FundingPool pool, QList<AllocationCandidate> candidates)
    : m_pool(std::move(pool)), m_candidates(std::move(candidates))
{
    for (int i = 0; i < m_candidates.size(); ++i)
        m_index.insert(m_candidates[i].productId, i);
}

bool AllocationProblem::considers(const FundingPool &pool, const ProductSummary &product)
{
    const std::optional<PhaseRecord> phase = PhaseHistory::current(product.phases);
    if (!phase || !Phases::isActive(phase->phase))
        return false;
    if ((pool.incubatorIds.isEmpty() && pool.products.isEmpty()) || pool.lists(product.id))
        return true;
    // Asked of every product of a portfolio: no list made per product.
    return (product.incubatorId && pool.incubatorIds.contains(product.incubatorId))
        || std::any_of(product.coIncubatorIds.cbegin(), product.coIncubatorIds.cend(),
                       [&](qint64 id) { return pool.incubatorIds.contains(id); });
}

AllocationProblem AllocationProblem::build(const Input &input)
{
    const FundingPool &pool = input.pool;
    QList<AllocationCandidate> candidates;
    for (const ProductSummary &p : input.products) {
        if (!considers(pool, p))
            continue;
        static const IndicatorFacts none;
        const IndicatorFacts &facts = input.facts ? input.facts->value(p.id, none) : p.indicatorFacts;
        AllocationCandidate c;
        c.productId = p.id;
        c.slug = p.slug;
        c.title = p.title;
        c.phase = PhaseHistory::current(p.phases)->phase;
        c.rule = pool.ruleOf(p.id);
        c.request = input.requests.value(p.id, 0);
        const qint64 viable = AllocationRules::minimumViable(c.phase, pool.months());
        c.maximum = c.request > 0 ? c.request : viable;
        if (pool.maxPerProduct)
            c.maximum = std::min(c.maximum, *pool.maxPerProduct);
        c.minimum = std::min(viable, c.maximum);
        if (input.gridMeans.contains(p.id))
            c.gridMean = input.gridMeans.value(p.id);
        c.costPerImpact = facts.costPerImpact();
        c.costPerUse = facts.costPerUse();
        candidates << c;
    }
    AllocationProblem problem(pool, candidates);
    problem.computeValues();
    return problem;
}

void AllocationProblem::computeValues()
{
    QList<double> costs;
    for (const AllocationCandidate &c : std::as_const(m_candidates)) {
        if (c.costPerImpact && *c.costPerImpact > 0)
            costs << *c.costPerImpact;
    }
    double median = 0;
    if (!costs.isEmpty()) {
        std::sort(costs.begin(), costs.end());
        const qsizetype n = costs.size();
        median = n % 2 ? costs[n / 2] : (costs[n / 2 - 1] + costs[n / 2]) / 2;
    }
    for (AllocationCandidate &c : m_candidates) {
        const double grid = c.gridMean ? std::clamp(*c.gridMean / 5.0, 0.0, 1.0) : AllocationRules::unscoredGrid;
        const double relative = (median > 0 && c.costPerImpact && *c.costPerImpact > 0) ? *c.costPerImpact / median : 1.0;
        c.value = grid / relative;
    }
}

const AllocationCandidate *AllocationProblem::candidate(qint64 productId) const
{
    const auto it = m_index.constFind(productId);
    return it == m_index.constEnd() ? nullptr : &m_candidates[*it];
}

qint64 AllocationProblem::mustMinimum() const
{
    qint64 sum = 0;
    for (const AllocationCandidate &c : m_candidates) {
        if (c.rule == PoolRule::Must)
            sum += c.minimum;
    }
    return sum;
}

Result<void> AllocationProblem::check() const
{
    const qint64 needed = mustMinimum();
    if (needed <= m_pool.amount)
        return success();
    QStringList names;
    for (const AllocationCandidate &c : m_candidates) {
        if (c.rule == PoolRule::Must)
            names << QStringLiteral("%1 (%2)").arg(c.slug, DisplayFormat::euros(c.minimum));
    }
    return makeFailure(Tr::tr("The pool “%1” (%2) cannot cover the minimum budgets of the products that must be funded (%3): "
                              "%4 short. Raise the pool or fund fewer products for sure.")
                           .arg(m_pool.name, DisplayFormat::euros(m_pool.amount), DisplayFormat::euros(needed),
                                DisplayFormat::euros(needed - m_pool.amount)),
                       names.join(QStringLiteral(", ")));
}

ScenarioFigures AllocationProblem::figures(const AllocationScenario &scenario) const
{
    ScenarioFigures f;
    double yearlyForUse = 0, users = 0, yearlyForImpact = 0, impact = 0;
    const double toYear = double(yearMonths) / m_pool.months();
    for (const AllocationLine &l : scenario.lines) {
        f.total += l.amount;
        if (l.amount <= 0)
            continue;
        ++f.funded;
        const AllocationCandidate *c = candidate(l.productId);
        if (!c)
            continue;
        f.expectedImpact += c->value * double(l.amount);
        const double yearly = double(l.amount) * toYear;
        if (c->costPerUse && *c->costPerUse > 0) {
            yearlyForUse += yearly;
            users += yearly / *c->costPerUse;
        }
        if (c->costPerImpact && *c->costPerImpact > 0) {
            yearlyForImpact += yearly;
            impact += yearly / *c->costPerImpact;
        }
    }
    f.remaining = m_pool.amount - f.total;
    if (users > 0)
        f.costPerUse = yearlyForUse / users;
    if (impact > 0)
        f.costPerImpact = yearlyForImpact / impact;
    return f;
}

} // namespace Comite
