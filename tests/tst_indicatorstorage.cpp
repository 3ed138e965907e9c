// IndicatorRepository and SpendingRepository on a real database: the 0003
// schema, round trips of every field, one North Star per product and one
// measurement per day enforced by the database, cascades, kept ids, and
// the set-based spending totals the portfolio reads.

#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Comite;

class TestIndicatorStorage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_product = 0;
    qint64 m_other = 0;

    Workspace &ws() { return **m_ws; }
    IndicatorRepository &repo() { return ws().indicators(); }

    Indicator sample(const QString &name, bool northStar = false, qint64 product = 0)
    {
        Indicator i;
        i.productId = product ? product : m_product;
        i.name = name;
        i.kind = IndicatorKind::Impact;
        i.principle = MatrixPrinciple::Impactful;
        i.unit = QStringLiteral("km");
        i.direction = IndicatorDirection::HigherIsBetter;
        i.method = QStringLiteral("Relevé des collectivités, chaque mois");
        i.northStar = northStar;
        i.mandatory = QStringLiteral("policy-impact");
        return i;
    }

    int count(const QString &table)
    {
        QSqlQuery q = ws().database().exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_product = ws().products().insert(Test::sampleProduct(QStringLiteral("velo")));
        m_other = ws().products().insert(Test::sampleProduct(QStringLiteral("cantine")));
    }

    void cleanup() { m_ws.reset(); }

    void schema()
    {
        QVERIFY(ws().database().schemaVersion() >= 3);
        for (const char *table : {"indicators", "measurements", "indicator_targets", "spending"})
            QCOMPARE(count(QLatin1String(table)), 0);
    }

    void indicatorRoundTrip()
    {
        Indicator i = sample(QStringLiteral("Kilomètres de pistes"), true);
        i.direction = IndicatorDirection::LowerIsBetter;
        i.position = 3;
        i.id = repo().insert(i);
        QVERIFY(i.id > 0);
        QCOMPARE(*repo().load(i.id), i);
        QCOMPARE(repo().idForName(m_product, i.name), std::optional<qint64>(i.id));
        QCOMPARE(repo().nextPosition(m_product), 4);
        QCOMPARE(repo().nextPosition(m_other), 0);

        i.name = QStringLiteral("Km aménagés");
        i.kind = IndicatorKind::Usage;
        i.principle = MatrixPrinciple::Used;
        i.mandatory.clear();
        i.northStar = false;
        repo().update(i);
        QCOMPARE(*repo().load(i.id), i);

        // Kept id (undo of a delete).
        repo().remove(i.id);
        QVERIFY(!repo().load(i.id));
        QCOMPARE(repo().insert(i), i.id);
        QCOMPARE(*repo().load(i.id), i);
    }

    void orderAndSeries()
    {
        Indicator b = sample(QStringLiteral("B"));
        b.position = 1;
        b.id = repo().insert(b);
        Indicator a = sample(QStringLiteral("A"));
        a.mandatory.clear();
        a.position = 0;
        a.id = repo().insert(a);
        QList<Measurement> ms{{0, b.id, {2026, 3, 1}, 30, QStringLiteral("mars")}, {0, b.id, {2026, 1, 1}, 10, {}},
                              {0, a.id, {2026, 2, 1}, 1.5, {}}};
        repo().insertAll(ms);
        for (const Measurement &m : ms)
            QVERIFY(m.id > 0);
        repo().insert(IndicatorTarget{0, b.id, {2027, 6, 30}, 100});
        repo().insert(IndicatorTarget{0, b.id, {2026, 12, 31}, 50});

        const QList<IndicatorSeries> all = repo().seriesForProduct(m_product);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].indicator.name, QStringLiteral("A"));
        QCOMPARE(all[1].measurements.size(), 2);
        QCOMPARE(all[1].measurements[0].date, QDate(2026, 1, 1));
        QCOMPARE(all[1].measurements[1].comment, QStringLiteral("mars"));
        QCOMPARE(all[1].targets[0].value, 50.0);
        QCOMPARE(all[0].measurements[0].value, 1.5);
        QCOMPARE(repo().series(b.id)->measurements, all[1].measurements);
        QVERIFY(repo().seriesForProduct(m_other).isEmpty());

        const QList<Measurement> on = repo().measurementsOn({{b.id, {2026, 3, 1}}, {a.id, {2026, 3, 1}}});
        QCOMPARE(on.size(), 1);
        QCOMPARE(on[0].value, 30.0);

        Measurement edited = on[0];
        edited.value = 31;
        repo().update(edited);
        QCOMPARE(repo().measurements(b.id).last().value, 31.0);
        repo().removeMeasurements({ms[0].id, ms[1].id});
        QVERIFY(repo().measurements(b.id).isEmpty());
    }

    void databaseRules()
    {
        const qint64 first = repo().insert(sample(QStringLiteral("Étoile"), true));
        Indicator second = sample(QStringLiteral("Deuxième étoile"), true);
        second.mandatory.clear();
        QVERIFY_THROWS_EXCEPTION(StorageError, repo().insert(second));
        second.northStar = false;
        second.id = repo().insert(second);
        QVERIFY(repo().insert(sample(QStringLiteral("Étoile"), true, m_other)) > 0);  // another product
        QVERIFY_THROWS_EXCEPTION(StorageError, repo().insert(sample(QStringLiteral("Étoile"))));  // same name

        repo().insert(Measurement{0, first, {2026, 1, 1}, 1, {}});
        QVERIFY_THROWS_EXCEPTION(StorageError, repo().insert(Measurement{0, first, {2026, 1, 1}, 2, {}}));
        repo().insert(IndicatorTarget{0, first, {2027, 1, 1}, 5});
        QVERIFY_THROWS_EXCEPTION(StorageError, repo().insert(IndicatorTarget{0, first, {2027, 1, 1}, 6}));

        // Cascades: indicator → measurements and targets; product → all.
        repo().remove(first);
        QCOMPARE(count(QStringLiteral("measurements")), 0);
        QCOMPARE(count(QStringLiteral("indicator_targets")), 0);
        repo().insert(Measurement{0, second.id, {2026, 1, 1}, 1, {}});
        ws().spending().insert(SpendingEntry{0, m_product, QStringLiteral("2026-01"), QStringLiteral("data"), 100, false});
        ws().products().remove(m_product);
        QCOMPARE(count(QStringLiteral("measurements")), 0);
        QCOMPARE(count(QStringLiteral("spending")), 0);
        QCOMPARE(count(QStringLiteral("indicators")), 1);  // the other product's
    }

    void spendingEntries()
    {
        SpendingRepository &s = ws().spending();
        const QList<SpendingEntry> entries{
            {0, m_product, "2026-02", "design", 3000, false}, {0, m_product, "2026-01", "development", 10000, false},
            {0, m_product, "2026-01", "management", 2000, false}, {0, m_product, "2026-01", "development", 12000, true},
            {0, m_product, "2026-02", "development", 11000, false}};
        for (const SpendingEntry &e : entries)
            s.insert(e);
        const QList<SpendingEntry> read = s.forProduct(m_product);
        QStringList order;
        for (const SpendingEntry &e : read)
            order << e.month + u' ' + e.line + (e.forecast ? QStringLiteral(" forecast") : QString());
        QCOMPARE(order, (QStringList{"2026-01 management", "2026-01 development", "2026-01 development forecast",
                                     "2026-02 development", "2026-02 design"}));
        QCOMPARE(s.actualByMonth(m_product), (QMap<QString, qint64>{{"2026-01", 12000}, {"2026-02", 14000}}));

        SpendingEntry changed = read[0];
        changed.amount = 2500;
        s.update(changed);
        QCOMPARE(s.actualByMonth(m_product).value("2026-01"), 12500);
        s.remove(changed.id);
        QCOMPARE(s.actualByMonth(m_product).value("2026-01"), 10000);
        QCOMPARE(s.insert(changed), changed.id);  // kept id

        QVERIFY_THROWS_EXCEPTION(StorageError, s.insert({0, m_product, "2026-03", "lunch", 10, false}));
        QVERIFY_THROWS_EXCEPTION(StorageError, s.insert({0, m_product, "2026-02", "design", 1, false}));  // twice

        s.replaceForProduct(m_product, {{0, 0, "2025-12", "data", 700, false}});
        QCOMPARE(s.forProduct(m_product).size(), 1);
        QCOMPARE(s.forProduct(m_product)[0].productId, m_product);
    }

    void spendingTotals()
    {
        SpendingRepository &s = ws().spending();
        // 1,000 € a month from 2024-01 to 2026-12 for the product; 10 € for
        // the other; forecasts never count.
        for (QDate d(2024, 1, 1); d <= QDate(2026, 12, 1); d = d.addMonths(1)) {
            const QString month = d.toString(QStringLiteral("yyyy-MM"));
            s.insert({0, m_product, month, "development", 1000, false});
            s.insert({0, m_product, month, "development", 5000, true});
            s.insert({0, m_other, month, "support", 10, false});
        }
        // In product id order, whether summed over every product (by id in
        // an array) or for a list (in a hash).
        const ProductSums::Sums both{{m_product, 12000}, {m_other, 120}};
        QVERIFY(m_product < m_other);
        QCOMPARE(s.actualTotals("2025-11", "2026-11"), both);
        QCOMPARE(s.actualTotals("2025-11", "2026-11", QList<qint64>{m_other, m_product}), both);
        QCOMPARE(s.actualTotals("2025-11", "2026-11", m_other), (ProductSums::Sums{{m_other, 120}}));

        // Committee on 2026-03-15: window 2025-03 … 2026-02. A later
        // planned session does not count, an earlier held one neither.
        ws().committees().record(CommitteeReview{0, m_product, {2025, 6, 1}, DecisionOption::Continue, {}});
        ws().committees().record(CommitteeReview{0, m_product, {2026, 3, 15}, DecisionOption::Continue, {}});
        ws().database().exec(QStringLiteral("INSERT INTO sessions (starts_at, status) VALUES ('2026-10-01', 'planned')"));
        QSqlQuery last = ws().database().exec(QStringLiteral("SELECT max(id) FROM sessions"));
        last.next();
        ws().database().exec(QStringLiteral("INSERT INTO session_products (session_id, product_id) VALUES (?, ?)"),
                             {last.value(0), m_product});
        // Only part of the window recorded: January 2024 starts it.
        ws().committees().record(CommitteeReview{0, m_other, {2024, 7, 20}, DecisionOption::Continue, {}});
        // m_other: 2024-01 … 2024-06 only.
        QCOMPARE(s.actualTotalsBeforeLastCommittee(), (ProductSums::Sums{{m_product, 12000}, {m_other, 60}}));
        QCOMPARE(s.actualTotalsBeforeLastCommittee(m_product), (ProductSums::Sums{{m_product, 12000}}));
    }

    void budgetLines()
    {
        QCOMPARE(BudgetLines::keys().size(), 8);
        for (const QString &k : BudgetLines::keys())
            QVERIFY(BudgetLines::label(k) != k);
        QVERIFY(BudgetLines::isKey(QStringLiteral("infrastructure")));
        QVERIFY(!BudgetLines::isKey(QStringLiteral("lunch")));
        QVERIFY(BudgetLines::isMonth(QStringLiteral("2026-02")));
        QVERIFY(!BudgetLines::isMonth(QStringLiteral("2026-13")));
        QVERIFY(!BudgetLines::isMonth(QStringLiteral("2026-2")));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorStorage)
#include "tst_indicatorstorage.moc"
