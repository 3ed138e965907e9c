#include "allocationrepository.h"

#include "database.h"
#include "domain/productsummary.h"
#include "productrepository.h"
#include "rowscan.h"
#include "sqlvalue.h"

#include <QSqlQuery>

#include <cmath>

namespace Comite {

namespace {
QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}
} // namespace

QList<FundingPool> AllocationRepository::readPools(const QString &where, const QVariantList &bindings) const
{
    QList<FundingPool> result;
    QHash<qint64, int> index;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, source, start_date, end_date, amount, max_per_product, "
                                           "chosen_scenario_id FROM funding_pools WHERE %1 ORDER BY start_date, id")
                                .arg(where),
                            bindings);
    while (q.next()) {
        FundingPool p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.source = q.value(2).toString();
        p.start = dateOf(q.value(3));
        p.end = dateOf(q.value(4));
        p.amount = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            p.maxPerProduct = q.value(6).toLongLong();
        p.chosenScenarioId = q.value(7).toLongLong();
        index.insert(p.id, int(result.size()));
        result << p;
    }
    if (result.isEmpty())
        return result;
    QSqlQuery inc = m_db.exec(QStringLiteral("SELECT pool_id, incubator_id FROM funding_pool_incubators ORDER BY pool_id, incubator_id"));
    while (inc.next()) {
        if (const auto it = index.constFind(inc.value(0).toLongLong()); it != index.constEnd())
            result[*it].incubatorIds << inc.value(1).toLongLong();
    }
    QSqlQuery prod = m_db.exec(QStringLiteral("SELECT pool_id, product_id, rule FROM funding_pool_products ORDER BY pool_id, product_id"));
    while (prod.next()) {
        if (const auto it = index.constFind(prod.value(0).toLongLong()); it != index.constEnd())
            result[*it].products << PoolProduct{prod.value(1).toLongLong(),
                                                PoolRules::fromKey(prod.value(2).toString()).value_or(PoolRule::Eligible)};
    }
    return result;
}

QList<FundingPool> AllocationRepository::pools() const
{
    return readPools(QStringLiteral("1 = 1"), {});
}

std::optional<FundingPool> AllocationRepository::pool(qint64 id) const
{
    const QList<FundingPool> found = readPools(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<FundingPool>(found.first());
}

void AllocationRepository::writePoolChildren(const FundingPool &pool)
{
    m_db.exec(QStringLiteral("DELETE FROM funding_pool_incubators WHERE pool_id = ?"), {pool.id});
    m_db.exec(QStringLiteral("DELETE FROM funding_pool_products WHERE pool_id = ?"), {pool.id});
    QSqlQuery inc = m_db.prepare(QStringLiteral("INSERT INTO funding_pool_incubators (pool_id, incubator_id) VALUES (?, ?)"));
    for (qint64 incubator : pool.incubatorIds)
        Database::exec(inc, {pool.id, incubator});
    QSqlQuery prod = m_db.prepare(QStringLiteral("INSERT INTO funding_pool_products (pool_id, product_id, rule) VALUES (?, ?, ?)"));
    for (const PoolProduct &p : pool.products)
        Database::exec(prod, {pool.id, p.productId, PoolRules::key(p.rule)});
}

qint64 AllocationRepository::insert(const FundingPool &pool)
{
    qint64 id = 0;
    m_db.transaction([&] {
        id = m_db.insert(QStringLiteral("funding_pools"),
                         {QStringLiteral("name"), QStringLiteral("source"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                          QStringLiteral("amount"), QStringLiteral("max_per_product"), QStringLiteral("chosen_scenario_id")},
                         {Database::text(pool.name), Database::text(pool.source), SqlValue::date(pool.start), SqlValue::date(pool.end),
                          pool.amount, pool.maxPerProduct ? QVariant(*pool.maxPerProduct) : QVariant(QMetaType(QMetaType::LongLong)),
                          SqlValue::id(pool.chosenScenarioId)},
                         pool.id);
        FundingPool stored = pool;
        stored.id = id;
        writePoolChildren(stored);
    });
    return id;
}

void AllocationRepository::update(const FundingPool &pool)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE funding_pools SET name = ?, source = ?, start_date = ?, end_date = ?, amount = ?, "
                                 "max_per_product = ?, chosen_scenario_id = ?, version = version + 1 WHERE id = ?"),
                  {Database::text(pool.name), Database::text(pool.source), SqlValue::date(pool.start), SqlValue::date(pool.end),
                   pool.amount, pool.maxPerProduct ? QVariant(*pool.maxPerProduct) : QVariant(QMetaType(QMetaType::LongLong)),
                   SqlValue::id(pool.chosenScenarioId), pool.id});
        writePoolChildren(pool);
    });
}

void AllocationRepository::removePool(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM funding_pools WHERE id = ?"), {id}); });
}

QList<AllocationScenario> AllocationRepository::readScenarios(const QString &where, const QVariantList &bindings) const
{
    QList<AllocationScenario> result;
    QHash<qint64, int> index;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT s.id, s.pool_id, s.name, s.origin FROM allocation_scenarios s WHERE %1 ORDER BY s.pool_id, s.id").arg(where), bindings);
    while (q.next()) {
        AllocationScenario s;
        s.id = q.value(0).toLongLong();
        s.poolId = q.value(1).toLongLong();
        s.name = q.value(2).toString();
        s.origin = ScenarioOrigins::fromKey(q.value(3).toString());
        index.insert(s.id, int(result.size()));
        result << s;
    }
    if (result.isEmpty())
        return result;
    QSqlQuery l = m_db.exec(QStringLiteral("SELECT l.id, l.scenario_id, l.product_id, l.amount, l.start_date, l.end_date, "
                                           "l.condition_text FROM allocation_lines l JOIN allocation_scenarios s "
                                           "ON s.id = l.scenario_id WHERE %1 ORDER BY l.scenario_id, l.product_id")
                                .arg(where),
                            bindings);
    while (l.next()) {
        const auto it = index.constFind(l.value(1).toLongLong());
        if (it == index.constEnd())
            continue;
        AllocationLine line;
        line.id = l.value(0).toLongLong();
        line.productId = l.value(2).toLongLong();
        line.amount = l.value(3).toLongLong();
        line.start = dateOf(l.value(4));
        line.end = dateOf(l.value(5));
        line.condition = l.value(6).toString();
        result[*it].lines << line;
    }
    return result;
}

QList<AllocationScenario> AllocationRepository::scenarios(qint64 poolId) const
{
    return readScenarios(QStringLiteral("s.pool_id = ?"), {poolId});
}

std::optional<AllocationScenario> AllocationRepository::scenario(qint64 id) const
{
    const QList<AllocationScenario> found = readScenarios(QStringLiteral("s.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<AllocationScenario>(found.first());
}

std::optional<AllocationScenario> AllocationRepository::scenarioNamed(qint64 poolId, const QString &name) const
{
    for (const AllocationScenario &s : scenarios(poolId)) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

void AllocationRepository::writeLines(const AllocationScenario &scenario)
{
    m_db.exec(QStringLiteral("DELETE FROM allocation_lines WHERE scenario_id = ?"), {scenario.id});
    for (const AllocationLine &l : scenario.lines) {
        m_db.insert(QStringLiteral("allocation_lines"),
                    {QStringLiteral("scenario_id"), QStringLiteral("product_id"), QStringLiteral("amount"), QStringLiteral("start_date"),
                     QStringLiteral("end_date"), QStringLiteral("condition_text")},
                    {scenario.id, l.productId, l.amount, SqlValue::date(l.start), SqlValue::date(l.end), Database::text(l.condition)},
                    l.id);
    }
}

qint64 AllocationRepository::insert(const AllocationScenario &scenario)
{
    qint64 id = 0;
    m_db.transaction([&] {
        id = m_db.insert(QStringLiteral("allocation_scenarios"),
                         {QStringLiteral("pool_id"), QStringLiteral("name"), QStringLiteral("origin")},
                         {scenario.poolId, Database::text(scenario.name), ScenarioOrigins::key(scenario.origin)}, scenario.id);
        AllocationScenario stored = scenario;
        stored.id = id;
        writeLines(stored);
    });
    return id;
}

void AllocationRepository::update(const AllocationScenario &scenario)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE allocation_scenarios SET name = ?, origin = ?, version = version + 1 WHERE id = ?"),
                  {Database::text(scenario.name), ScenarioOrigins::key(scenario.origin), scenario.id});
        writeLines(scenario);
    });
}

void AllocationRepository::removeScenario(qint64 id)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE funding_pools SET chosen_scenario_id = NULL WHERE chosen_scenario_id = ?"), {id});
        m_db.exec(QStringLiteral("DELETE FROM allocation_scenarios WHERE id = ?"), {id});
    });
}

QHash<qint64, qint64> AllocationRepository::requests(const FundingPool &pool) const
{
    QHash<qint64, qint64> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT r.product_id, r.start_date, r.end_date, COALESCE(SUM(b.amount), 0) FROM roadmaps r "
                                           "LEFT JOIN roadmap_budget b ON b.roadmap_id = r.id "
                                           "WHERE r.start_date <= ? AND r.end_date >= ? "
                                           "GROUP BY r.id, r.product_id, r.start_date, r.end_date ORDER BY r.product_id, r.start_date"),
                            {SqlValue::date(pool.end), SqlValue::date(pool.start)});
    while (q.next()) {
        const QDate start = dateOf(q.value(1));
        const QDate end = dateOf(q.value(2));
        const double roadmapDays = std::max<qint64>(1, start.daysTo(end) + 1);
        const double poolDays = std::max<qint64>(1, pool.start.daysTo(pool.end) + 1);
        // A six-month roadmap for a six-month pool: the request as is (within a few days).
        const double ratio = std::abs(roadmapDays - poolDays) <= 31 ? 1.0 : poolDays / roadmapDays;
        result.insert(q.value(0).toLongLong(), qint64(std::llround(q.value(3).toDouble() * ratio)));  // the latest wins
    }
    return result;
}

QHash<qint64, double> AllocationRepository::gridMeans() const
{
    QHash<qint64, double> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ss.product_id, s.starts_at, AVG(ss.score) FROM session_scores ss "
                                           "JOIN sessions s ON s.id = ss.session_id "
                                           "GROUP BY ss.product_id, ss.session_id, s.starts_at ORDER BY ss.product_id, s.starts_at"));
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(2).toDouble());  // the latest wins
    return result;
}

QHash<qint64, qint64> AllocationRepository::decidedAmounts(const FundingPool &pool) const
{
    QHash<qint64, qint64> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT d.product_id, d.amount, d.period_start, s.starts_at FROM decisions d "
                                           "JOIN sessions s ON s.id = d.session_id WHERE d.amount IS NOT NULL"));
    while (q.next()) {
        QDate day = dateOf(q.value(2));
        if (!day.isValid())
            day = dateOf(q.value(3));
        if (day.isValid() && day >= pool.start && day <= pool.end)
            result[q.value(0).toLongLong()] += q.value(1).toLongLong();
    }
    return result;
}

qint64 AllocationRepository::decidedTotal(const FundingPool &pool, const AllocationProblem &problem) const
{
    qint64 total = 0;
    const QHash<qint64, qint64> amounts = decidedAmounts(pool);
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        total += problem.candidate(it.key()) ? it.value() : 0;
    return total;
}

QList<FundingPool> AllocationRepository::poolsOver(QDate from, QDate until) const
{
    return readPools(QStringLiteral("start_date <= ? AND end_date >= ?"), {SqlValue::date(until), SqlValue::date(from)});
}

std::optional<AllocationRepository::ChosenLine> AllocationRepository::chosenLine(qint64 productId, QDate from, QDate until) const
{
    for (const FundingPool &p : poolsOver(from, until)) {
        if (!p.chosenScenarioId)
            continue;
        const std::optional<AllocationScenario> s = scenario(p.chosenScenarioId);
        if (!s)
            continue;
        if (const AllocationLine *l = s->line(productId))
            return ChosenLine{p, s->name, *l};
    }
    return std::nullopt;
}

AllocationProblem AllocationRepository::problem(const FundingPool &pool, const QList<ProductSummary> &products) const
{
    AllocationProblem::Input input;
    input.pool = pool;
    input.products = products;
    return build(std::move(input));
}

AllocationProblem AllocationRepository::problem(const FundingPool &pool, const ProductRepository &products) const
{
    return problemIn(pool, scope(pool), products);
}

QList<AllocationProblem> AllocationRepository::problems(const QList<FundingPool> &pools, const ProductRepository &products) const
{
    QList<ProductFilter> scopes;
    bool whole = false;
    for (const FundingPool &p : pools) {
        scopes << scope(p);
        whole = whole || scopes.constLast().isAll();
    }
    // Pools over the whole portfolio share one read of it.
    const QList<ProductSummary> all = whole ? products.summaries() : QList<ProductSummary>();
    QList<AllocationProblem> result;
    for (qsizetype i = 0; i < pools.size(); ++i)
        result << (scopes[i].isAll() ? problem(pools[i], all) : problemIn(pools[i], scopes[i], products));
    return result;
}

AllocationProblem AllocationRepository::problemIn(const FundingPool &pool, const ProductFilter &inScope,
                                                  const ProductRepository &products) const
{
    AllocationProblem::Input input;
    input.pool = pool;
    // Only the products in the pool's scope are read, and its candidates
    // kept: an incubator's pool is built from its few dozen products
    // however large the portfolio.
    QList<ProductSummary> read = products.summaries(inScope, {});
    QList<qint64> candidates;
    for (ProductSummary &p : read) {
        if (AllocationProblem::considers(pool, p)) {
            candidates << p.id;
            input.products << std::move(p);
        }
    }
    // A pool over most of the portfolio reads every product's facts in
    // one pass rather than naming tens of thousands of ids.
    const bool most = inScope.isAll() && candidates.size() * 2 > read.size();
    read = {};
    QHash<qint64, IndicatorFacts> facts;
    for (const IndicatorFactsByProduct::Entry &e : products.indicatorFacts(most ? ProductFilter() : ProductFilter(candidates)))
        facts.insert(e.productId, e.facts);
    input.facts = std::move(facts);
    return build(std::move(input));
}

ProductFilter AllocationRepository::scope(const FundingPool &pool) const
{
    if (pool.incubatorIds.isEmpty() && pool.products.isEmpty())
        return {};
    QList<qint64> ids;
    for (const PoolProduct &p : pool.products)
        ids << p.productId;
    if (!pool.incubatorIds.isEmpty()) {
        const ProductFilter incubators(pool.incubatorIds);  // "incubator_id IN (…)": each a seek in its index
        RowScan q(m_db, QStringLiteral("SELECT id FROM products WHERE ") + incubators.condition(QStringLiteral("incubator_id"))
                            + QStringLiteral(" UNION SELECT product_id FROM product_incubators WHERE ")
                            + incubators.condition(QStringLiteral("incubator_id")));
        while (q.next())
            ids << q.integer(0);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // A scope over most of the portfolio is read whole, in sequential
    // passes, rather than by naming tens of thousands of ids.
    RowScan count(m_db, QStringLiteral("SELECT count(*) FROM products"));
    if (count.next() && ids.size() * 2 > count.integer(0))
        return {};
    return ProductFilter(ids);
}

AllocationProblem AllocationRepository::build(AllocationProblem::Input input) const
{
    input.requests = requests(input.pool);
    input.gridMeans = gridMeans();
    return AllocationProblem::build(input);
}

} // namespace Comite
