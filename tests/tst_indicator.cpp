// Indicator value types and IndicatorSeries: stable keys of kinds,
// directions and matrix principles, the mandatory indicators of the
// impact matrix, latest value, value on a day, trend (direction-aware),
// current target and attainment.

#include "domain/indicatorseries.h"

#include <QTest>

using namespace Comite;

namespace {
const QDate today(2026, 11, 24);

IndicatorSeries monthly(const QList<double> &values, IndicatorDirection direction = IndicatorDirection::HigherIsBetter,
                        QDate first = QDate(2026, 1, 1))
{
    IndicatorSeries s;
    s.indicator.id = 1;
    s.indicator.name = QStringLiteral("Utilisateurs actifs");
    s.indicator.direction = direction;
    for (int i = 0; i < values.size(); ++i)
        s.measurements << Measurement{i + 1, 1, first.addMonths(i), values[i], {}};
    return s;
}
} // namespace

class TestIndicator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip()
    {
        for (IndicatorKind k : IndicatorKinds::all())
            QCOMPARE(IndicatorKinds::fromKey(IndicatorKinds::key(k)), k);
        QCOMPARE(IndicatorKinds::key(IndicatorKind::Impact), QStringLiteral("impact"));
        QVERIFY(!IndicatorKinds::fromKey(u"vanity"));
        QCOMPARE(IndicatorDirections::fromKey(u"lower"), IndicatorDirection::LowerIsBetter);
        QVERIFY(!IndicatorDirections::fromKey(u"sideways"));
        QStringList keys;
        for (MatrixPrinciple p : ImpactMatrix::principles()) {
            keys << ImpactMatrix::key(p);
            QCOMPARE(ImpactMatrix::fromKey(ImpactMatrix::key(p)), p);
            QVERIFY(!ImpactMatrix::label(p).isEmpty());
        }
        QCOMPARE(keys, (QStringList{"usable", "used", "useful", "impactful", "efficient"}));
    }

    void mandatoryIndicators()
    {
        QStringList keys;
        for (const MandatoryIndicator &m : ImpactMatrix::mandatoryIndicators()) {
            keys << m.key;
            QVERIFY(ImpactMatrix::mandatoryLabel(m.key) != m.key);
        }
        QCOMPARE(keys, (QStringList{"ease-of-use", "monthly-active-users", "monthly-transactions", "market-penetration",
                                    "satisfaction", "policy-impact", "cost-per-use"}));
        QVERIFY(!ImpactMatrix::fillableKeys().contains(QStringLiteral("cost-per-use")));
        QCOMPARE(ImpactMatrix::mandatory(u"satisfaction")->principle, MatrixPrinciple::Useful);
        QCOMPARE(ImpactMatrix::missing({"ease-of-use", "monthly-active-users", "monthly-transactions"}, true),
                 (QStringList{"market-penetration", "satisfaction", "policy-impact"}));
        QCOMPARE(ImpactMatrix::missing(ImpactMatrix::fillableKeys(), false), QStringList{"cost-per-use"});
        QVERIFY(ImpactMatrix::missing(ImpactMatrix::fillableKeys(), true).isEmpty());
    }

    void latestAndAt()
    {
        const IndicatorSeries s = monthly({10, 20, 30});
        QCOMPARE(s.latest()->value, 30.0);
        QCOMPARE(s.at(QDate(2026, 2, 15))->value, 20.0);
        QCOMPARE(s.at(QDate(2026, 2, 1))->value, 20.0);
        QVERIFY(!s.at(QDate(2025, 12, 31)));
        QVERIFY(!IndicatorSeries{}.latest());
        QCOMPARE(s.between(QDate(2026, 1, 15), QDate(2026, 3, 1)).size(), 2);
    }

    void trend_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<bool>("lowerIsBetter");
        QTest::addColumn<int>("trend");
        QTest::addColumn<double>("change");
        // Over about three months: the 5th value against the 2nd.
        QTest::newRow("rising users") << QList<double>{100, 100, 110, 120, 150} << false << int(IndicatorTrend::Improving) << 0.5;
        QTest::newRow("falling users") << QList<double>{100, 200, 190, 180, 150} << false << int(IndicatorTrend::Worsening) << -0.25;
        QTest::newRow("stable within 2 %") << QList<double>{100, 100, 100, 100, 101} << false << int(IndicatorTrend::Stable) << 0.01;
        QTest::newRow("falling delay is good") << QList<double>{40, 40, 35, 30, 20} << true << int(IndicatorTrend::Improving) << -0.5;
        QTest::newRow("two values: the previous one") << QList<double>{50, 100} << false << int(IndicatorTrend::Improving) << 1.0;
        QTest::newRow("one value") << QList<double>{50} << false << int(IndicatorTrend::Unknown) << -99.0;
        QTest::newRow("from zero") << QList<double>{0, 0, 0, 0, 10} << false << int(IndicatorTrend::Unknown) << -99.0;
    }

    void trend()
    {
        QFETCH(QList<double>, values);
        QFETCH(bool, lowerIsBetter);
        QFETCH(int, trend);
        QFETCH(double, change);
        const IndicatorSeries s =
            monthly(values, lowerIsBetter ? IndicatorDirection::LowerIsBetter : IndicatorDirection::HigherIsBetter);
        QCOMPARE(int(s.trend()), trend);
        if (change == -99.0)
            QVERIFY(!s.recentChange());
        else
            QCOMPARE(*s.recentChange(), change);
    }

    void targetsAndAttainment()
    {
        IndicatorSeries s = monthly({400, 500, 600});
        QVERIFY(!s.currentTarget(today));
        QVERIFY(!s.attainment(today));
        s.targets << IndicatorTarget{1, 1, QDate(2026, 6, 30), 500} << IndicatorTarget{2, 1, QDate(2027, 6, 30), 1200};
        QCOMPARE(s.currentTarget(today)->value, 1200.0);          // the next one
        QCOMPARE(s.currentTarget(QDate(2026, 3, 1))->value, 500.0);
        QCOMPARE(s.currentTarget(QDate(2028, 1, 1))->value, 1200.0);  // all past: the last
        QCOMPARE(*s.attainment(today), 0.5);

        IndicatorSeries delay = monthly({40, 30}, IndicatorDirection::LowerIsBetter);
        delay.targets << IndicatorTarget{3, 1, QDate(2027, 1, 1), 15};
        QCOMPARE(*delay.attainment(today), 0.5);  // 15 wanted, 30 now
        delay.measurements.last().value = 10;
        QCOMPARE(*delay.attainment(today), 1.5);
    }
};

QTEST_GUILESS_MAIN(TestIndicator)
#include "tst_indicator.moc"
