// Funding pools and scenarios stored and edited: the repository round
// trip, what-if edits with undo/redo, removal restored with its scenarios,
// the solver's proposal stored as a scenario, the item models under
// QAbstractItemModelTester, and `comite allocate` / `comite pools` JSON.

#include "commands/allocationedits.h"
#include "commands/productedits.h"
#include "commands/undohistory.h"
#include "demo/syntheticportfolio.h"
#include "itemmodels/allocationlinemodel.h"
#include "itemmodels/allocationpoolmodel.h"
#include "itemmodels/allocationscenariomodel.h"
#include "storage/allocationrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Comite;

class TestAllocation : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempWorkspace> m_ws;
    QList<qint64> m_products;  // construction, construction, investigation
    Workspace &ws() { return **m_ws; }

    qint64 product(const QString &slug, Phase phase, qint64 request)
    {
        Product p = Test::sampleProduct(slug);
        p.phases = {PhaseRecord{phase, Test::fixedToday.addMonths(-3), {}, {}, false}};
        const Result<qint64> added = Edit::addProduct(ws(), p);
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        const qint64 id = added.value();
        if (request > 0) {
            Roadmap r = RoadmapRules::blank(id, QDate(2027, 1, 1));
            r.end = QDate(2027, 6, 30);
            r.budgetRequest = {{QStringLiteral("development"), request * 3 / 4}, {QStringLiteral("design"), request / 4}};
            ws().roadmaps().save(r);
        }
        return id;
    }

    FundingPool pool(qint64 amount) const
    {
        FundingPool p;
        p.name = QStringLiteral("Acceleration call");
        p.source = QStringLiteral("DINUM");
        p.start = QDate(2027, 1, 1);
        p.end = QDate(2027, 6, 30);
        p.amount = amount;
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_products = {product(QStringLiteral("alpha"), Phase::Construction, 200'000),
                      product(QStringLiteral("beta"), Phase::Construction, 160'000),
                      product(QStringLiteral("gamma"), Phase::Investigation, 0)};
    }
    void cleanup() { m_ws.reset(); }

    void poolRoundTrip()
    {
        FundingPool p = pool(300'000);
        p.maxPerProduct = 180'000;
        p.products = {{m_products[0], PoolRule::Must}, {m_products[2], PoolRule::MustNot}};
        const Result<qint64> id = Edit::addPool(ws(), p);
        QVERIFY(id.ok());
        p.id = id.value();
        const std::optional<FundingPool> stored = AllocationRepository(ws().database()).pool(p.id);
        QVERIFY(stored);
        QCOMPARE(*stored, p);
        QVERIFY(Edit::undo(ws()));
        QVERIFY(!AllocationRepository(ws().database()).pool(p.id));
        QVERIFY(Edit::redo(ws()));
        QCOMPARE(*AllocationRepository(ws().database()).pool(p.id), p);
        // Refused: a period that ends before it starts.
        FundingPool bad = p;
        bad.end = p.start.addDays(-1);
        QVERIFY(!Edit::updatePool(ws(), bad).ok());
    }

    void requestsFromRoadmaps()
    {
        FundingPool p = pool(300'000);
        p.id = Edit::addPool(ws(), p).value();
        const AllocationProblem problem = AllocationRepository(ws().database()).problem(p, ws().products().summaries());
        QCOMPARE(problem.candidates().size(), 3);
        QCOMPARE(problem.candidate(m_products[0])->request, 200'000);
        QCOMPARE(problem.candidate(m_products[1])->request, 160'000);
        QCOMPARE(problem.candidate(m_products[2])->request, 0);
        QCOMPARE(problem.candidate(m_products[0])->minimum, 125'000);
        QCOMPARE(problem.candidate(m_products[2])->maximum, 50'000);  // investigation, no request
    }

    // Read from the repository (the summaries of the pool's scope without
    // facts, then the facts of its candidates only), a problem equals the
    // one built from every product's full summary: for a pool over every
    // product, over one incubator (with products it co-incubates), listing
    // products, and both.
    void problemReadForThePoolAlone()
    {
        Test::TempWorkspace tw;
        Workspace &w = *tw;
        SyntheticPortfolio::write(w.database(), {150, 36, 7, Test::fixedToday});
        const qint64 incubator = w.products().summaries().value(40).incubatorId;
        int coIncubated = 0;
        for (const ProductSummary &s : w.products().summaries({})) {
            if (s.incubatorId != incubator && coIncubated < 4 && s.id % 3 == 0) {
                w.database().insert(QStringLiteral("product_incubators"),
                                    {QStringLiteral("product_id"), QStringLiteral("incubator_id"), QStringLiteral("position")},
                                    {s.id, incubator, 1});
                ++coIncubated;
            }
        }
        QCOMPARE(coIncubated, 4);
        const QList<ProductSummary> all = w.products().summaries();
        FundingPool everyProduct = pool(2'000'000);
        FundingPool oneIncubator = everyProduct;
        oneIncubator.incubatorIds = {incubator};
        FundingPool listed = everyProduct;
        listed.products = {{all.value(3).id, PoolRule::Must}, {all.value(90).id, PoolRule::Eligible}};
        FundingPool both = oneIncubator;
        both.products = listed.products;
        FundingPool mostIncubators = everyProduct;  // most of the portfolio: read whole, not by ids
        for (const ProductSummary &s : all) {
            if (!mostIncubators.incubatorIds.contains(s.incubatorId) && mostIncubators.incubatorIds.size() < 2)
                mostIncubators.incubatorIds << s.incubatorId;
        }
        int withCosts = 0;
        QList<qsizetype> sizes;
        for (const FundingPool &p : {everyProduct, oneIncubator, listed, both, mostIncubators}) {
            AllocationRepository repository(w.database());
            const AllocationProblem expected = repository.problem(p, all);
            const AllocationProblem read = repository.problem(p, w.products());
            QVERIFY(!read.candidates().isEmpty());
            QCOMPARE(read.candidates(), expected.candidates());
            for (const AllocationCandidate &c : read.candidates())
                withCosts += c.costPerUse.has_value();
            sizes << read.candidates().size();
        }
        QVERIFY(withCosts > 10);
        QVERIFY(sizes[1] < sizes[0]);
        QVERIFY(sizes[3] > sizes[1] && sizes[3] > sizes[2]);
        QVERIFY(sizes[4] > sizes[1] && sizes[4] < sizes[0]);
        // Read together (the pool list), each pool gets the same problem.
        const QList<FundingPool> pools{everyProduct, oneIncubator, listed, both, mostIncubators};
        const QList<AllocationProblem> together = AllocationRepository(w.database()).problems(pools, w.products());
        QCOMPARE(together.size(), pools.size());
        for (qsizetype i = 0; i < pools.size(); ++i)
            QCOMPARE(together[i].candidates(), AllocationRepository(w.database()).problem(pools[i], all).candidates());
        // The co-incubated products are the incubator's pool's candidates
        // (those in an active phase).
        const AllocationProblem incubatorPool = AllocationRepository(w.database()).problem(oneIncubator, w.products());
        int coIncubatedCandidates = 0;
        for (const AllocationCandidate &c : incubatorPool.candidates()) {
            const auto s = std::find_if(all.cbegin(), all.cend(), [&](const ProductSummary &p) { return p.id == c.productId; });
            coIncubatedCandidates += s != all.cend() && s->incubatorId != incubator;
        }
        QVERIFY(coIncubatedCandidates > 0);
    }

    void scenarioEditUndoRedo()
    {
        const qint64 poolId = Edit::addPool(ws(), pool(300'000)).value();
        AllocationScenario s;
        s.poolId = poolId;
        s.name = QStringLiteral("Even");
        s.lines = {{0, m_products[0], 150'000, {}, {}, {}}, {0, m_products[1], 150'000, {}, {}, {}}};
        const Result<qint64> id = Edit::addScenario(ws(), s);
        QVERIFY(id.ok());
        AllocationRepository repository(ws().database());
        const AllocationScenario added = *repository.scenario(id.value());
        QCOMPARE(added.total(), 300'000);

        // What-if: alpha gets 120 k€ pending proof; gamma 30 k€.
        QVERIFY(Edit::setAllocationLine(ws(), id.value(), {0, m_products[0], 120'000, {}, {}, QStringLiteral("pending proof")}).ok());
        QVERIFY(Edit::setAllocationLine(ws(), id.value(), {0, m_products[2], 30'000, {}, {}, {}}).ok());
        AllocationScenario edited = *repository.scenario(id.value());
        QCOMPARE(edited.total(), 300'000);
        QCOMPARE(edited.line(m_products[0])->condition, QStringLiteral("pending proof"));
        QCOMPARE(edited.line(m_products[0])->id, added.line(m_products[0])->id);  // the line keeps its id
        // Undo both, redo both: the same records.
        QVERIFY(Edit::undo(ws()));
        QVERIFY(Edit::undo(ws()));
        QCOMPARE(*repository.scenario(id.value()), added);
        QVERIFY(Edit::redo(ws()));
        QVERIFY(Edit::redo(ws()));
        QCOMPARE(*repository.scenario(id.value()), edited);
        // An amount of 0 without a condition drops the line.
        QVERIFY(Edit::setAllocationLine(ws(), id.value(), {0, m_products[2], 0, {}, {}, {}}).ok());
        QVERIFY(!repository.scenario(id.value())->line(m_products[2]));
        // Names are unique within a pool.
        s.name = QStringLiteral("Even");
        QVERIFY(!Edit::addScenario(ws(), s).ok());
        QVERIFY(!Edit::setAllocationLine(ws(), id.value(), {0, m_products[0], -1, {}, {}, {}}).ok());
    }

    void removeChosenScenarioAndPoolUndo()
    {
        const qint64 poolId = Edit::addPool(ws(), pool(300'000)).value();
        AllocationScenario s;
        s.poolId = poolId;
        s.name = QStringLiteral("A");
        s.lines = {{0, m_products[0], 100'000, {}, {}, {}}};
        const qint64 id = Edit::addScenario(ws(), s).value();
        QVERIFY(Edit::chooseScenario(ws(), poolId, id).ok());
        AllocationRepository repository(ws().database());
        QCOMPARE(repository.pool(poolId)->chosenScenarioId, id);
        QVERIFY(Edit::removeScenario(ws(), id).ok());
        QVERIFY(!repository.scenario(id));
        QCOMPARE(repository.pool(poolId)->chosenScenarioId, 0);
        QVERIFY(Edit::undo(ws()));  // one step: scenario back, chosen again
        QVERIFY(repository.scenario(id));
        QCOMPARE(repository.pool(poolId)->chosenScenarioId, id);

        const AllocationScenario before = *repository.scenario(id);
        QVERIFY(Edit::removePool(ws(), poolId).ok());
        QVERIFY(!repository.pool(poolId));
        QVERIFY(!repository.scenario(id));
        QVERIFY(Edit::undo(ws()));
        QCOMPARE(repository.pool(poolId)->chosenScenarioId, id);
        QCOMPARE(*repository.scenario(id), before);
    }

    void proposalStoredAsScenario()
    {
        FundingPool p = pool(300'000);
        const qint64 poolId = Edit::addPool(ws(), p).value();
        // alpha 125–200 k€, beta 125–160 k€, gamma 50 k€ (investigation):
        // equal values, so every euro is spent: 300 k€.
        const Result<qint64> id = Edit::proposeScenario(ws(), poolId, QStringLiteral("Solver"));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        AllocationRepository repository(ws().database());
        const AllocationScenario s = *repository.scenario(id.value());
        QCOMPARE(s.origin, ScenarioOrigin::Solver);
        QCOMPARE(s.total(), 300'000);
        // Again: the same scenario, lines replaced (no second one).
        QCOMPARE(Edit::proposeScenario(ws(), poolId, QStringLiteral("Solver")).value(), id.value());
        QCOMPARE(repository.scenarios(poolId).size(), 1);

        // A pool that cannot cover alpha's and beta's minimums is refused.
        FundingPool small = *repository.pool(poolId);
        small.amount = 200'000;
        small.products = {{m_products[0], PoolRule::Must}, {m_products[1], PoolRule::Must}};
        QVERIFY(Edit::updatePool(ws(), small).ok());
        const Result<qint64> refused = Edit::proposeScenario(ws(), poolId, QStringLiteral("Solver"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("cannot cover")));
        QCOMPARE(repository.scenario(id.value())->total(), 300'000);  // untouched
    }

    void itemModels()
    {
        AllocationPoolModel pools(ws());
        AllocationScenarioModel scenarios(ws());
        AllocationLineModel lines(ws());
        QAbstractItemModelTester t1(&pools, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&scenarios, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pools.rowCount(), 0);
        const qint64 poolId = Edit::addPool(ws(), pool(300'000)).value();
        QCOMPARE(pools.rowCount(), 1);
        scenarios.setPool(poolId);
        lines.setPool(poolId);
        QCOMPARE(lines.rowCount(), 3);
        QVERIFY(!(lines.flags(lines.index(0, AllocationLineModel::Amount)) & Qt::ItemIsEditable));
        const qint64 id = Edit::proposeScenario(ws(), poolId, QStringLiteral("Solver")).value();
        QCOMPARE(scenarios.rowCount(), 1);
        QCOMPARE(scenarios.index(0, AllocationScenarioModel::Total).data(Qt::DisplayRole).toString().remove(QRegularExpression(QStringLiteral("\\D"))),
                 QStringLiteral("300000"));
        lines.setScenario(id);
        QSignalSpy changed(&lines, &QAbstractItemModel::dataChanged);
        const int alpha = 0;
        QCOMPARE(lines.index(alpha, AllocationLineModel::Product).data(AllocationLineModel::ProductIdRole).toLongLong(), m_products[0]);
        QVERIFY(lines.setData(lines.index(alpha, AllocationLineModel::Amount), 130'000));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(lines.index(alpha, AllocationLineModel::Amount).data(Qt::EditRole).toLongLong(), 130'000);
        QVERIFY(lines.setData(lines.index(alpha, AllocationLineModel::Condition), QStringLiteral("pending the March review")));
        QCOMPARE(scenarios.index(0, AllocationScenarioModel::Remaining).data(Qt::DisplayRole).toString().isEmpty(), false);
        QVERIFY(Edit::undo(ws()));
        QVERIFY(lines.index(alpha, AllocationLineModel::Condition).data().toString().isEmpty());
        QVERIFY(scenarios.setData(scenarios.index(0, AllocationScenarioModel::Name), QStringLiteral("Proposal")));
        QCOMPARE(scenarios.index(0, AllocationScenarioModel::Name).data(Qt::EditRole).toString(), QStringLiteral("Proposal"));
        QVERIFY(Edit::chooseScenario(ws(), poolId, id).ok());
        QVERIFY(scenarios.index(0, 0).data(AllocationScenarioModel::ChosenRole).toBool());
        QVERIFY(Edit::removeScenario(ws(), id).ok());
        QCOMPARE(scenarios.rowCount(), 0);
        QVERIFY(Edit::removePool(ws(), poolId).ok());
        QCOMPARE(pools.rowCount(), 0);
        QVERIFY(Edit::undo(ws()));
        QCOMPARE(pools.rowCount(), 1);
    }

    void commandLine()
    {
        FundingPool p = pool(300'000);
        p.products = {{m_products[0], PoolRule::Must}};
        const qint64 poolId = Edit::addPool(ws(), p).value();
        const QString db = m_ws->path();
        Test::Run run = Test::comite({"allocate", "--pool", QString::number(poolId), "--db", db, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        for (const char *key : {"pool", "scenario", "origin", "candidates", "total", "remaining", "funded", "expectedImpact",
                                "costPerUse", "costPerImpact", "lines", "unfunded", "solver"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        // Only alpha is listed: the pool funds it up to its request.
        QCOMPARE(o.value("candidates").toInt(), 1);
        QCOMPARE(o.value("total").toInteger(), 200'000);
        QCOMPARE(o.value("remaining").toInteger(), 100'000);
        QCOMPARE(o.value("origin").toString(), QStringLiteral("solver"));
        QCOMPARE(o.value("solver").toObject().value("status").toString(), QStringLiteral("optimal"));
        QCOMPARE(o.value("pool").toObject().value("amount").toInteger(), 300'000);
        const QJsonObject line = o.value("lines").toArray().first().toObject();
        for (const char *key : {"product", "productId", "title", "phase", "rule", "request", "minimum", "maximum", "amount", "start",
                                "end", "condition"})
            QVERIFY2(line.contains(QLatin1String(key)), key);

        // Save it, then show it by name.
        run = Test::comite({"allocate", "--pool", QString::number(poolId), "--save", "Plan A", "--db", db});
        QCOMPARE(run.exitCode, 0);
        run = Test::comite({"allocate", "--pool", "Acceleration call", "--scenario", "Plan A", "--db", db, "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("scenario").toString(), QStringLiteral("Plan A"));
        run = Test::comite({"pools", "--db", db, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject listed = QJsonDocument::fromJson(run.out).array().first().toObject();
        QCOMPARE(listed.value("name").toString(), QStringLiteral("Acceleration call"));
        QCOMPARE(listed.value("scenarios").toArray().size(), 1);
        QCOMPARE(listed.value("remainingAfterDecisions").toInteger(), 300'000);

        run = Test::comite({"allocate", "--pool", "999", "--db", db, "--json"});
        QCOMPARE(run.exitCode, 1);
    }

    void commandLineReportsShortPool()
    {
        FundingPool p = pool(150'000);
        p.products = {{m_products[0], PoolRule::Must}, {m_products[1], PoolRule::Must}};
        const qint64 poolId = Edit::addPool(ws(), p).value();
        const Test::Run run = Test::comite({"allocate", "--pool", QString::number(poolId), "--db", m_ws->path(), "--json"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot cover the minimum budgets"), run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value("mustMinimum").toInteger(), 250'000);
        QCOMPARE(o.value("shortfall").toInteger(), 100'000);
        QVERIFY(Test::comite({"allocate", "--db", m_ws->path()}).exitCode == 2);
    }
};

QTEST_MAIN(TestAllocation)
#include "tst_allocation.moc"
