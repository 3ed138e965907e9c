// Allocation benchmark (issue 18 target: 1,000 products ≤ 1 s): the GLPK
// MIP alone on 1,000 candidates (minimum viable budgets, requests, some
// must / must-not rules), and the whole proposal on a generated portfolio
// of 1,000 products — reading the summaries, requests and grid, building
// the problem and solving. Figures, not pass/fail: scripts/benchmark.sh.

#include "allocation/allocationsolver.h"
#include "commands/allocationedits.h"
#include "demo/syntheticportfolio.h"
#include "storage/allocationrepository.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Comite;

class BenchAllocation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};

private Q_SLOTS:
    void solver1000()
    {
        QRandomGenerator random(18);
        QList<AllocationCandidate> cs;
        qint64 requested = 0;
        for (int i = 1; i <= 1000; ++i) {
            AllocationCandidate c;
            c.productId = i;
            c.slug = QStringLiteral("p%1").arg(i);
            c.phase = Phase::Construction;
            c.maximum = 100'000 + random.bounded(400'000);
            c.minimum = std::min<qint64>(c.maximum, 50'000 + random.bounded(100'000));
            c.value = 0.2 + random.generateDouble() * 2;
            c.rule = i % 50 == 0 ? PoolRule::Must : i % 40 == 0 ? PoolRule::MustNot : PoolRule::Eligible;
            requested += c.maximum;
            cs << c;
        }
        FundingPool pool;
        pool.name = QStringLiteral("Bench");
        pool.start = QDate(2027, 1, 1);
        pool.end = QDate(2027, 6, 30);
        pool.amount = requested * 2 / 5;
        const AllocationProblem problem(pool, cs);
        Result<AllocationProposal> r = makeFailure(QString());
        QBENCHMARK {
            r = AllocationSolver::solve(problem);
        }
        QVERIFY(r.ok());
        QVERIFY(r.value().scenario.total() <= pool.amount);
        qInfo("1,000 candidates: %lld funded, %s, solver %.3f s", qint64(r.value().scenario.lines.size()),
              r.value().optimal ? "optimal" : "time limit", r.value().seconds);
    }

    void proposal1000Products()
    {
        Test::TempWorkspace tw;
        Workspace &ws = *tw;
        SyntheticPortfolio::write(ws.database(), {1000, 24, 18, Test::fixedToday, true});
        FundingPool pool;
        pool.name = QStringLiteral("Bench");
        pool.start = Test::fixedToday;
        pool.end = Test::fixedToday.addMonths(6).addDays(-1);
        pool.amount = 60'000'000;
        const qint64 poolId = Edit::addPool(ws, pool).value();
        pool.id = poolId;
        AllocationProblem problem;
        Result<AllocationProposal> r = makeFailure(QString());
        QBENCHMARK {
            AllocationRepository repository(ws.database());
            problem = repository.problem(pool, ws.products().summaries());
            r = AllocationSolver::solve(problem);
        }
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        qInfo("generated portfolio: %lld candidates, %lld funded, solver %.3f s", qint64(problem.candidates().size()),
              qint64(r.value().scenario.lines.size()), r.value().seconds);
    }
};

QTEST_MAIN(BenchAllocation)
#include "bench_allocation.moc"
