// The allocation solver (GLPK MIP) on cases whose optimum is worked out by
// hand, the pool that cannot cover the must-fund minimum budgets, the
// candidates built from a portfolio, and a scenario's figures.

#include "allocation/allocationsolver.h"
#include "domain/productsummary.h"

#include <QtTest>

using namespace Comite;

namespace {
AllocationCandidate item(qint64 id, qint64 minimum, qint64 maximum, double value, PoolRule rule = PoolRule::Eligible)
{
    AllocationCandidate c;
    c.productId = id;
    c.slug = QStringLiteral("p%1").arg(id);
    c.title = c.slug;
    c.phase = Phase::Construction;
    c.request = maximum;
    c.minimum = minimum;
    c.maximum = maximum;
    c.value = value;
    c.rule = rule;
    return c;
}

FundingPool pool(qint64 amount)
{
    FundingPool p;
    p.id = 1;
    p.name = QStringLiteral("Call 2027");
    p.start = QDate(2027, 1, 1);
    p.end = QDate(2027, 6, 30);
    p.amount = amount;
    return p;
}

QMap<qint64, qint64> amounts(const AllocationProposal &proposal)
{
    QMap<qint64, qint64> result;
    for (const AllocationLine &l : proposal.scenario.lines)
        result.insert(l.productId, l.amount);
    return result;
}

// A 0/1 knapsack: fixed amounts (minimum = maximum). Worked out by hand:
// A 50 k€ ×1.0, B 40 k€ ×1.2, C 30 k€ ×1.5, D 20 k€ ×1.0 in 100 k€.
// Greedy by value per euro takes C, B, D (90 k€, 113 k); the optimum is
// A + C + D (100 k€, 115 k).
QList<AllocationCandidate> knapsack(PoolRule ruleA = PoolRule::Eligible, PoolRule ruleC = PoolRule::Eligible)
{
    return {item(1, 50'000, 50'000, 1.0, ruleA), item(2, 40'000, 40'000, 1.2), item(3, 30'000, 30'000, 1.5, ruleC),
            item(4, 20'000, 20'000, 1.0)};
}
} // namespace

class TestAllocationSolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knapsackOptimum()
    {
        const Result<AllocationProposal> r = AllocationSolver::solve(AllocationProblem(pool(100'000), knapsack()));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(r.value().optimal);
        QCOMPARE(amounts(r.value()), (QMap<qint64, qint64>{{1, 50'000}, {3, 30'000}, {4, 20'000}}));
        QCOMPARE(qRound(r.value().objective), 115'000);
        QCOMPARE(r.value().scenario.origin, ScenarioOrigin::Solver);
        QCOMPARE(r.value().scenario.lines.first().start, QDate(2027, 1, 1));
    }

    void mustAndMustNot()
    {
        // C must not be funded: A + B (90 k€, 98 k) beats B + D, A + D.
        Result<AllocationProposal> r = AllocationSolver::solve(AllocationProblem(pool(100'000), knapsack(PoolRule::Eligible, PoolRule::MustNot)));
        QVERIFY(r.ok());
        QCOMPARE(amounts(r.value()), (QMap<qint64, qint64>{{1, 50'000}, {2, 40'000}}));
        // A must not be funded: B + C + D (90 k€, 113 k).
        r = AllocationSolver::solve(AllocationProblem(pool(100'000), knapsack(PoolRule::MustNot)));
        QVERIFY(r.ok());
        QCOMPARE(amounts(r.value()), (QMap<qint64, qint64>{{2, 40'000}, {3, 30'000}, {4, 20'000}}));
    }

    void minimumViableBudgets()
    {
        // X 30–80 k€ ×2, Y 40–60 k€ ×1.5 in 100 k€. Without minimums the
        // LP gives X 80 + Y 20 (190 k); Y cannot work with 20 k€, so the
        // optimum is X 60 + Y 40 (180 k), better than X 80 alone (160 k).
        const Result<AllocationProposal> r = AllocationSolver::solve(
            AllocationProblem(pool(100'000), {item(1, 30'000, 80'000, 2.0), item(2, 40'000, 60'000, 1.5)}));
        QVERIFY(r.ok());
        QCOMPARE(amounts(r.value()), (QMap<qint64, qint64>{{1, 60'000}, {2, 40'000}}));
        QCOMPARE(qRound(r.value().objective), 180'000);
    }

    void mustFundTakesPrecedence()
    {
        // D (the least valuable) must be funded: A + C + D still fits.
        // With a pool of 80 k€ and D a must: C + D + … → C + D (50 k€, 65 k)
        // or A + D (70 k€, 70 k) or B + D (60 k€, 68 k): A + D.
        QList<AllocationCandidate> cs = knapsack();
        cs[3].rule = PoolRule::Must;
        const Result<AllocationProposal> r = AllocationSolver::solve(AllocationProblem(pool(80'000), cs));
        QVERIFY(r.ok());
        QCOMPARE(amounts(r.value()), (QMap<qint64, qint64>{{1, 50'000}, {4, 20'000}}));
    }

    void poolShortOfMustFundIsReported()
    {
        // A and B must be funded: 90 k€ of minimum budgets in 80 k€.
        const AllocationProblem problem(pool(80'000), {item(1, 50'000, 60'000, 1.0, PoolRule::Must),
                                                       item(2, 40'000, 50'000, 1.0, PoolRule::Must), item(3, 10'000, 10'000, 9.0)});
        QCOMPARE(problem.mustMinimum(), 90'000);
        const Result<AllocationProposal> r = AllocationSolver::solve(problem);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("cannot cover the minimum budgets")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("Call 2027")));
        QVERIFY(r.error().detail.contains(QStringLiteral("p1")));
    }

    void neverOverSpends()
    {
        // Odd amounts that scale to non-integral thousands.
        QList<AllocationCandidate> cs;
        for (int i = 1; i <= 40; ++i)
            cs << item(i, 10'001 + i * 37, 50'003 + i * 101, 1.0 + (i % 7) * 0.1);
        const Result<AllocationProposal> r = AllocationSolver::solve(AllocationProblem(pool(333'333), cs));
        QVERIFY(r.ok());
        QVERIFY(r.value().scenario.total() <= 333'333);
        QVERIFY(r.value().scenario.total() >= 333'333 - 10);  // filled
        for (const AllocationLine &l : r.value().scenario.lines) {
            QVERIFY(l.amount >= cs[l.productId - 1].minimum);
            QVERIFY(l.amount <= cs[l.productId - 1].maximum);
        }
    }

    void emptyPool()
    {
        const Result<AllocationProposal> r = AllocationSolver::solve(AllocationProblem(pool(0), knapsack()));
        QVERIFY(r.ok());
        QVERIFY(r.value().scenario.lines.isEmpty());
    }

    void minimumViableByPhase()
    {
        QCOMPARE(AllocationRules::minimumViable(Phase::Construction, 6), 125'000);
        QCOMPARE(AllocationRules::minimumViable(Phase::Construction, 12), 250'000);
        QCOMPARE(AllocationRules::minimumViable(Phase::Investigation, 3), 25'000);
        QCOMPARE(AllocationRules::minimumViable(Phase::Abandon, 6), 0);
    }

    void candidatesFromPortfolio()
    {
        auto summary = [](qint64 id, Phase phase, qint64 incubator, std::optional<double> impact) {
            ProductSummary s;
            s.id = id;
            s.slug = QStringLiteral("s%1").arg(id);
            s.title = s.slug;
            s.incubatorId = incubator;
            s.phases << PhaseRecord{phase, QDate(2026, 1, 1), {}, {}, false};
            s.indicatorFacts.spendingNow = 120'000;
            s.indicatorFacts.impactNow = impact;
            s.indicatorFacts.usersNow = 1'000;
            return s;
        };
        AllocationProblem::Input in;
        in.pool = pool(500'000);
        in.pool.incubatorIds = {7};
        in.pool.products = {{3, PoolRule::Must}, {4, PoolRule::MustNot}};
        in.pool.maxPerProduct = 150'000;
        in.products = {summary(1, Phase::Construction, 7, 100), summary(2, Phase::Acceleration, 7, 400),
                       summary(3, Phase::Investigation, 9, std::nullopt), summary(4, Phase::Construction, 9, 100),
                       summary(5, Phase::Construction, 9, 100), summary(6, Phase::Abandon, 7, 100),
                       summary(8, Phase::Construction, 9, 100), summary(10, Phase::Construction, 0, 100)};
        in.products[6].coIncubatorIds = {3, 7};  // 8: co-incubated by the pool's incubator
        in.products[7].coIncubatorIds = {9};     // 10: no primary incubator, co-incubated elsewhere
        in.requests = {{1, 200'000}, {2, 90'000}};
        in.gridMeans = {{1, 4.0}};
        const AllocationProblem problem = AllocationProblem::build(in);
        // 5 and 10: not in the pool's scope; 6: stopped.
        QCOMPARE(problem.candidates().size(), 5);
        QVERIFY(problem.candidate(8));
        QVERIFY(!problem.candidate(5));
        QVERIFY(!problem.candidate(10));
        const AllocationCandidate *one = problem.candidate(1);
        QVERIFY(one);
        QCOMPARE(one->maximum, 150'000);  // the request, capped
        QCOMPARE(one->minimum, 125'000);
        const AllocationCandidate *two = problem.candidate(2);
        QCOMPARE(two->maximum, 90'000);
        QCOMPARE(two->minimum, 90'000);  // the request is below the phase's minimum
        const AllocationCandidate *three = problem.candidate(3);
        QCOMPARE(three->rule, PoolRule::Must);
        QCOMPARE(three->maximum, 50'000);  // no request: the minimum viable budget
        QCOMPARE(problem.candidate(4)->rule, PoolRule::MustNot);
        // Costs per impact 1 200, 300, none, 1 200, 1 200: median 1 200.
        // 1: grid 4/5, relative cost 1 → 0.8; 2: unscored 0.5, cost ¼ → 2.
        QCOMPARE(one->value, 0.8);
        QCOMPARE(two->value, 2.0);
        QCOMPARE(three->value, 0.5);
    }

    void scenarioFigures()
    {
        QList<AllocationCandidate> cs = {item(1, 0, 100'000, 1.0), item(2, 0, 100'000, 1.0), item(3, 0, 100'000, 1.0)};
        cs[0].costPerUse = 100;   // € a year per monthly active user
        cs[0].costPerImpact = 1'000;
        cs[1].costPerUse = 50;
        const AllocationProblem problem(pool(300'000), cs);
        AllocationScenario s;
        s.lines = {{0, 1, 60'000, {}, {}, {}}, {0, 2, 60'000, {}, {}, {}}, {0, 3, 30'000, {}, {}, {}}};
        const ScenarioFigures f = problem.figures(s);
        QCOMPARE(f.total, 150'000);
        QCOMPARE(f.remaining, 150'000);
        QCOMPARE(f.funded, 3);
        QCOMPARE(qRound(f.expectedImpact), 150'000);
        // Six months: 120 k€ a year each. Users bought: 1 200 + 2 400 for
        // 240 k€ → 66.67 € per use; impact: 120 units for 120 k€ → 1 000 €.
        QVERIFY(f.costPerUse);
        QCOMPARE(qRound(*f.costPerUse * 100), 6667);
        QCOMPARE(qRound(*f.costPerImpact), 1'000);
    }
};

QTEST_GUILESS_MAIN(TestAllocationSolver)
#include "tst_allocationsolver.moc"
