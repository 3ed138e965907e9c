// The indicators of the demo and of `generate`: every demo product that
// reached construction has at least three indicators measured monthly over
// at least six months, one North Star, targets and monthly spending; the
// demo shows the usage-only, missing-indicators and worsening-efficiency
// cases; generated portfolios fill indicators and spending, the same for
// the same seed.

#include "demo/demoportfolio.h"
#include "demo/syntheticportfolio.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Comite;

class TestIndicatorDemo : public QObject
{
    Q_OBJECT

private:
    static int count(Database &db, const QString &sql)
    {
        QSqlQuery q = db.exec(sql);
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void demoProducts()
    {
        Test::TempWorkspace t;
        Workspace &ws = *t;
        DemoPortfolio::write(ws.database(), ws.today(), false);
        int withData = 0;
        QStringList usageOnly, missing, worsening;
        for (const ProductSummary &s : ws.products().summaries()) {
            const ProductStatus status = s.status(ws.today());
            bool reachedConstruction = false;
            for (const PhaseRecord &p : s.phases)
                reachedConstruction |= p.phase != Phase::Investigation && p.phase != Phase::AbandonInvestigation;
            const QList<IndicatorSeries> series = ws.indicators().seriesForProduct(s.id);
            if (!reachedConstruction) {
                QVERIFY2(series.isEmpty(), qPrintable(s.slug));
                continue;
            }
            ++withData;
            QVERIFY2(series.size() >= 3, qPrintable(s.slug));
            int northStars = 0, targets = 0;
            for (const IndicatorSeries &i : series) {
                northStars += i.indicator.northStar;
                targets += int(i.targets.size());
                QVERIFY2(i.measurements.size() >= 6, qPrintable(s.slug + u' ' + i.indicator.name));
                for (int k = 1; k < i.measurements.size(); ++k)
                    QCOMPARE(i.measurements[k - 1].date.addMonths(1), i.measurements[k].date);
            }
            QVERIFY2(northStars == 1, qPrintable(s.slug));
            QVERIFY2(targets >= 1, qPrintable(s.slug));
            QVERIFY2(ws.spending().actualByMonth(s.id).size() >= 6, qPrintable(s.slug));
            if (status.usageOnly)
                usageOnly << s.slug;
            if (!status.missingMandatory.isEmpty())
                missing << s.slug;
            if (status.efficiencyWorsening)
                worsening << s.slug;
        }
        QCOMPARE(withData, 10);
        QCOMPARE(usageOnly, QStringList{"demarches-simplifiees-agents"});
        QCOMPARE(missing, QStringList{"bus-a-la-demande"});
        QCOMPARE(worsening, QStringList{"aide-aux-devoirs"});
        // Forecasts for the months ahead of running products only.
        QVERIFY(count(ws.database(), QStringLiteral("SELECT count(*) FROM spending WHERE forecast = 1")) > 0);
        QCOMPARE(count(ws.database(), QStringLiteral("SELECT count(*) FROM spending s JOIN products p ON p.id = s.product_id "
                                                     "WHERE s.forecast = 1 AND p.slug = 'stage-pour-tous'")),
                 0);
    }

    void demoIsDeterministic()
    {
        Test::TempWorkspace a, b;
        DemoPortfolio::write(a->database(), a->today(), false);
        DemoPortfolio::write(b->database(), b->today(), false);
        const QString sql = QStringLiteral("SELECT sum(value * (1 + id % 7)) FROM measurements");
        QSqlQuery qa = a->database().exec(sql), qb = b->database().exec(sql);
        QVERIFY(qa.next() && qb.next());
        QCOMPARE(qa.value(0).toDouble(), qb.value(0).toDouble());
    }

    void generateFillsIndicators()
    {
        Test::TempWorkspace a, b;
        SyntheticPortfolio::write(a->database(), {60, 36, 7, Test::fixedToday});
        SyntheticPortfolio::write(b->database(), {60, 36, 7, Test::fixedToday});
        for (const char *table : {"indicators", "measurements", "indicator_targets", "spending"}) {
            const QString sql = QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table);
            QVERIFY2(count(a->database(), sql) > 0, table);
            QCOMPARE(count(a->database(), sql), count(b->database(), sql));
        }
        // One North Star per product that has indicators.
        QCOMPARE(count(a->database(), QStringLiteral("SELECT count(*) FROM indicators WHERE north_star = 1")),
                 count(a->database(), QStringLiteral("SELECT count(DISTINCT product_id) FROM indicators")));
        // The portfolio reads their facts.
        int withCost = 0;
        for (const ProductSummary &s : a->products().summaries())
            withCost += s.indicatorFacts.costPerUse().has_value();
        QVERIFY(withCost > 0);
        // Regenerating is refused without `replace`, then replaces everything.
        SyntheticPortfolio::Options again{5, 36, 7, Test::fixedToday};
        QVERIFY_THROWS_EXCEPTION(StorageError, SyntheticPortfolio::write(a->database(), again));
        QCOMPARE(count(a->database(), QStringLiteral("SELECT count(*) FROM products")), 60);
        again.replace = true;
        SyntheticPortfolio::write(a->database(), again);
        QCOMPARE(count(a->database(), QStringLiteral("SELECT count(DISTINCT product_id) FROM spending WHERE product_id > 5")), 0);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorDemo)
#include "tst_indicatordemo.moc"
