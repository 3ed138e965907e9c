// Efficiency (cost per use, cost per unit of impact, their changes over a
// year and since the previous committee), the indicator facts behind the
// portfolio warnings, and ProductStatus with those warnings: usage-only,
// missing-mandatory-indicators, efficiency-worsening. The set-based
// reader used by the portfolio agrees with the domain computation.

#include "domain/efficiency.h"
#include "domain/indicatorfacts.h"
#include "domain/productstatus.h"
#include "storage/indicatorfactsreader.h"
#include "testsupport.h"

#include <QTest>

using namespace Comite;

namespace {
const QDate today = Test::fixedToday;  // 2026-11-24

QMap<QString, qint64> spendingEachMonth(QDate from, QDate until, qint64 amount)
{
    QMap<QString, qint64> m;
    for (QDate d(from.year(), from.month(), 1); d < until; d = d.addMonths(1))
        m.insert(Efficiency::monthKey(d), amount);
    return m;
}

Indicator indicator(qint64 id, const QString &name, IndicatorKind kind, const QString &mandatory = {}, bool northStar = false)
{
    Indicator i;
    i.id = id;
    i.name = name;
    i.kind = kind;
    i.principle = kind == IndicatorKind::Impact ? MatrixPrinciple::Impactful : MatrixPrinciple::Used;
    i.mandatory = mandatory;
    i.northStar = northStar;
    return i;
}

// Monthly values from `first`, one per month, first of the month.
IndicatorSeries series(const Indicator &i, QDate first, const QList<double> &values)
{
    IndicatorSeries s{i, {}, {}};
    for (int k = 0; k < values.size(); ++k)
        s.measurements << Measurement{0, i.id, first.addMonths(k), values[k], {}};
    return s;
}

QList<double> ramp(int count, double start, double step)
{
    QList<double> v;
    for (int k = 0; k < count; ++k)
        v << start + k * step;
    return v;
}

PhaseRecord rec(Phase phase, QDate start)
{
    return PhaseRecord{phase, start, {}, {}, false};
}
} // namespace

class TestEfficiency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void window_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("until");
        QTest::newRow("late November") << QDate(2026, 11, 24) << "2025-11" << "2026-11";
        QTest::newRow("first of January") << QDate(2026, 1, 1) << "2025-01" << "2026-01";
        QTest::newRow("end of February, leap year") << QDate(2028, 2, 29) << "2027-02" << "2028-02";
    }

    void window()
    {
        QFETCH(QDate, day);
        QFETCH(QString, from);
        QFETCH(QString, until);
        QCOMPARE(Efficiency::window(day).from, from);
        QCOMPARE(Efficiency::window(day).until, until);
    }

    void spendingAndCost()
    {
        // 2025-10 … 2026-11: only the 12 months 2025-11 … 2026-10 count.
        const QMap<QString, qint64> monthly = spendingEachMonth({2025, 10, 1}, {2026, 12, 1}, 25000);
        QCOMPARE(Efficiency::spendingBefore(monthly, today), std::optional<qint64>(300000));
        QVERIFY(!Efficiency::spendingBefore(monthly, {2025, 9, 15}));  // nothing recorded before
        QVERIFY(!Efficiency::spendingBefore(monthly, {}));
        QCOMPARE(*Efficiency::cost(300000, 1200.0), 250.0);
        QVERIFY(!Efficiency::cost(300000, 0.0));
        QVERIFY(!Efficiency::cost(std::nullopt, 10.0));
        QVERIFY(!Efficiency::cost(300000, std::nullopt));
    }

    void changeAndWorsening_data()
    {
        QTest::addColumn<double>("now");
        QTest::addColumn<double>("before");
        QTest::addColumn<double>("change");
        QTest::addColumn<bool>("worsening");
        QTest::newRow("cost down 25 %") << 150.0 << 200.0 << -0.25 << false;
        QTest::newRow("cost up 20 %") << 240.0 << 200.0 << 0.2 << true;
        QTest::newRow("holds within 5 %") << 208.0 << 200.0 << 0.04 << false;
    }

    void changeAndWorsening()
    {
        QFETCH(double, now);
        QFETCH(double, before);
        QFETCH(double, change);
        QFETCH(bool, worsening);
        QCOMPARE(*Efficiency::change(now, before), change);
        QCOMPARE(Efficiency::isWorsening(now, before), worsening);
        QVERIFY(!Efficiency::change(now, std::nullopt));
        QVERIFY(!Efficiency::isWorsening(std::nullopt, before));
    }

    void whichIndicators()
    {
        QList<Indicator> list{indicator(1, "Visites", IndicatorKind::Usage),
                              indicator(2, "Emplois pourvus", IndicatorKind::Impact),
                              indicator(3, "Utilisateurs actifs", IndicatorKind::Usage, "monthly-active-users"),
                              indicator(4, "Impact", IndicatorKind::Impact, "policy-impact")};
        QCOMPARE(Efficiency::usersIndex(list), 2);
        QCOMPARE(Efficiency::impactIndex(list), 3);  // fills policy-impact
        list[1].northStar = true;
        QCOMPARE(Efficiency::impactIndex(list), 1);  // the North Star
        list[1].direction = IndicatorDirection::LowerIsBetter;
        QCOMPARE(Efficiency::impactIndex(list), 3);  // costs are counted against a rising impact
        QCOMPARE(Efficiency::usersIndex({}), -1);
        QCOMPARE(Efficiency::impactIndex({list[0]}), -1);
    }

    void figures()
    {
        // 20 k€ a month since January 2024; users grow by 100 a month from
        // 1,000; impact by 10 a month from 50.
        const QMap<QString, qint64> monthly = spendingEachMonth({2024, 1, 1}, {2026, 11, 1}, 20000);
        const QDate first(2024, 1, 1);
        const QList<IndicatorSeries> indicators{
            series(indicator(1, "Utilisateurs actifs", IndicatorKind::Usage, "monthly-active-users"), first, ramp(35, 1000, 100)),
            series(indicator(2, "Emplois pourvus", IndicatorKind::Impact, "policy-impact"), first, ramp(35, 50, 10))};
        const EfficiencyFigures f = EfficiencyFigures::compute(monthly, indicators, {{2025, 11, 20}, {2026, 5, 20}}, today);
        QCOMPARE(f.previousCommittee, QDate(2026, 5, 20));
        QCOMPARE(f.spending, std::optional<qint64>(240000));
        QCOMPARE(*f.activeUsers, 1000 + 34 * 100.0);  // 2026-11-01 is the 35th month
        QCOMPARE(*f.costPerUse, 240000 / 4400.0);
        QCOMPARE(*f.costPerUseYearAgo, 240000 / 3200.0);  // 2025-11-01
        QCOMPARE(*f.costPerUseAtCommittee, 240000 / 3800.0);  // 2026-05-01
        QCOMPARE(*f.costPerUseChangeYear(), (240000 / 4400.0 - 240000 / 3200.0) / (240000 / 3200.0));
        QCOMPARE(f.impactIndicator, QStringLiteral("Emplois pourvus"));
        QCOMPARE(*f.costPerImpact, 240000 / 390.0);
        QVERIFY(*f.costPerImpactChangeCommittee() < 0);
        QVERIFY(!f.worseningSinceCommittee());

        // No spending in the window a year ago (spending starts 2025-06).
        const QMap<QString, qint64> late = spendingEachMonth({2025, 6, 1}, {2026, 11, 1}, 20000);
        const EfficiencyFigures g = EfficiencyFigures::compute(late, indicators, {}, today);
        QVERIFY(g.costPerUse);
        QCOMPARE(g.costPerUseYearAgo, std::optional<double>(20000.0 * 5 / 3200.0));  // 2025-06 … 2025-10
        QVERIFY(!g.previousCommittee.isValid());
        QVERIFY(!g.costPerUseAtCommittee);
        QVERIFY(!g.costPerUseChangeCommittee());
    }

    void worseningSinceCommittee()
    {
        // Spending doubles from 2026-06 while users stay flat: cost rises.
        QMap<QString, qint64> monthly = spendingEachMonth({2024, 1, 1}, {2026, 6, 1}, 20000);
        monthly.insert(spendingEachMonth({2026, 6, 1}, {2026, 11, 1}, 60000));
        const QList<IndicatorSeries> users{
            series(indicator(1, "Utilisateurs actifs", IndicatorKind::Usage, "monthly-active-users"), {2024, 1, 1}, ramp(35, 3000, 0))};
        const EfficiencyFigures f = EfficiencyFigures::compute(monthly, users, {{2026, 5, 20}}, today);
        QVERIFY(!f.costPerImpact);
        QVERIFY(f.worseningSinceCommittee());
        const IndicatorFacts facts = IndicatorFacts::from(users, monthly, {2026, 5, 20}, today);
        QVERIFY(facts.efficiencyWorsening());
    }

    void facts()
    {
        const QDate first(2026, 1, 1);
        const QMap<QString, qint64> monthly = spendingEachMonth({2025, 1, 1}, {2026, 11, 1}, 20000);
        QList<IndicatorSeries> list{
            series(indicator(1, "Utilisateurs actifs", IndicatorKind::Usage, "monthly-active-users"), first, ramp(11, 100, 10)),
            series(indicator(2, "Ateliers", IndicatorKind::Effort), first, ramp(11, 1, 1)),
            series(indicator(3, "Emplois pourvus", IndicatorKind::Impact, "policy-impact"), {2025, 1, 1}, ramp(4, 5, 1))};
        IndicatorFacts f = IndicatorFacts::from(list, monthly, {}, today);
        QCOMPARE(f.indicatorCount, 3);
        QCOMPARE(f.filledMandatory, (QStringList{"monthly-active-users", "policy-impact"}));
        QCOMPARE(f.lastUsageMeasurement, QDate(2026, 11, 1));
        QCOMPARE(f.lastImpactMeasurement, QDate(2025, 4, 1));
        QVERIFY(f.usageOnly(today));
        QCOMPARE(f.missingMandatory(), (QStringList{"ease-of-use", "monthly-transactions", "market-penetration", "satisfaction"}));
        QCOMPARE(*f.costPerUse(), 240000 / 200.0);

        // An impact measured within 6 months ends "usage only".
        list[2].measurements << Measurement{0, 3, {2026, 6, 1}, 12, {}};
        f = IndicatorFacts::from(list, monthly, {}, today);
        QVERIFY(!f.usageOnly(today));
        // Exactly 6 months ago no longer counts.
        list[2].measurements.last().date = today.addMonths(-6);
        QVERIFY(IndicatorFacts::from(list, monthly, {}, today).usageOnly(today));
        // No usage measured at all: not "usage only" (missing indicators say it).
        QVERIFY(!IndicatorFacts::from({list[1]}, monthly, {}, today).usageOnly(today));
    }

    void statusWarnings_data()
    {
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("construction") << Phase::Construction
                                      << QStringList{"usage-only", "missing-mandatory-indicators", "efficiency-worsening"};
        QTest::newRow("consolidation") << Phase::Consolidation
                                       << QStringList{"usage-only", "missing-mandatory-indicators", "efficiency-worsening"};
        QTest::newRow("investigation: none yet") << Phase::Investigation << QStringList{};
        QTest::newRow("operated: out of incubation") << Phase::Opere << QStringList{};
    }

    void statusWarnings()
    {
        QFETCH(Phase, phase);
        QFETCH(QStringList, codes);
        IndicatorFacts f;
        f.filledMandatory = {"monthly-active-users"};
        f.lastUsageMeasurement = {2026, 11, 1};
        f.spendingNow = 600000;
        f.usersNow = 1000;
        f.spendingAtCommittee = 300000;
        f.usersAtCommittee = 1000;
        const ProductStatus s = ProductStatus::compute({rec(phase, today.addMonths(-2))}, today.addMonths(-1), today, f);
        QCOMPARE(s.warnings(), codes);
        for (const QString &code : codes)
            QVERIFY(WarningCode::label(code) != code);
        // The first overload never raises indicator warnings.
        QVERIFY(ProductStatus::compute({rec(phase, today.addMonths(-2))}, today.addMonths(-1), today).warnings().isEmpty());
    }

    void readerAgreesWithDomain()
    {
        Test::TempWorkspace t;
        Workspace &ws = *t;
        Product p = Test::sampleProduct(QStringLiteral("velo"));
        p.phases = {rec(Phase::Construction, {2024, 1, 1})};
        const qint64 productId = ws.products().insert(p);
        const qint64 other = ws.products().insert(Test::sampleProduct(QStringLiteral("autre")));
        ws.committees().record(CommitteeReview{0, productId, {2026, 5, 20}, DecisionOption::Continue, {}});
        ws.committees().record(CommitteeReview{0, productId, {2025, 11, 2}, DecisionOption::Continue, {}});

        QMap<QString, qint64> monthly;
        for (QDate d(2024, 1, 1); d < QDate(2026, 11, 1); d = d.addMonths(1)) {
            const qint64 amount = d < QDate(2026, 6, 1) ? 15000 : 45000;
            monthly.insert(Efficiency::monthKey(d), amount);
            ws.spending().insert(SpendingEntry{0, productId, Efficiency::monthKey(d), "development", amount - 5000, false});
            ws.spending().insert(SpendingEntry{0, productId, Efficiency::monthKey(d), "product", 5000, false});
            ws.spending().insert(SpendingEntry{0, productId, Efficiency::monthKey(d), "design", 99999, true});  // forecast
            ws.spending().insert(SpendingEntry{0, other, Efficiency::monthKey(d), "data", 1000, false});
        }
        QList<IndicatorSeries> list{
            series(indicator(0, "Utilisateurs actifs", IndicatorKind::Usage, "monthly-active-users"), {2024, 1, 1},
                   ramp(35, 1000, 50)),
            series(indicator(0, "Kilomètres aménagés", IndicatorKind::Impact, "policy-impact", true), {2024, 1, 1},
                   ramp(28, 10, 2)),
            series(indicator(0, "Ateliers", IndicatorKind::Effort), {2024, 1, 1}, ramp(35, 1, 1))};
        list[2].indicator.principle = MatrixPrinciple::Usable;
        for (IndicatorSeries &s : list) {
            s.indicator.productId = productId;
            s.indicator.id = ws.indicators().insert(s.indicator);
            for (Measurement &m : s.measurements)
                m.indicatorId = s.indicator.id;
            ws.indicators().insertAll(s.measurements);
        }
        const IndicatorFacts expected = IndicatorFacts::from(list, monthly, {2026, 5, 20}, today);
        const IndicatorFactsByProduct all = IndicatorFactsReader::read(ws.database(), today);
        const IndicatorFacts one = IndicatorFactsReader::read(ws.database(), today, productId).value(productId);
        for (const IndicatorFacts &f : {all.value(productId), one}) {
            QCOMPARE(f.indicatorCount, 3);
            QCOMPARE(f.filledMandatory, expected.filledMandatory);
            QCOMPARE(f.lastUsageMeasurement, expected.lastUsageMeasurement);
            QCOMPARE(f.lastImpactMeasurement, expected.lastImpactMeasurement);
            QCOMPARE(f.spendingNow, expected.spendingNow);
            QCOMPARE(f.spendingAtCommittee, expected.spendingAtCommittee);
            QCOMPARE(f.usersNow, expected.usersNow);
            QCOMPARE(f.usersAtCommittee, expected.usersAtCommittee);
            QCOMPARE(f.impactNow, expected.impactNow);
            QCOMPARE(f.impactAtCommittee, expected.impactAtCommittee);
            QCOMPARE(f.efficiencyWorsening(), expected.efficiencyWorsening());
        }
        QVERIFY(expected.efficiencyWorsening());  // spending tripled since June
        QVERIFY(expected.usageOnly(today));       // impact last measured 2026-04
        QCOMPARE(all.value(other).spendingNow, std::optional<qint64>(12000));
        QVERIFY(!IndicatorFactsReader::read(ws.database(), today, productId).contains(other));

        // Through the summary the portfolio reads.
        const ProductStatus status = ws.products().summary(productId)->status(today);
        QCOMPARE(status.warnings().mid(2), (QStringList{"usage-only", "missing-mandatory-indicators", "efficiency-worsening"}));
        QCOMPARE(status.missingMandatory, (QStringList{"ease-of-use", "monthly-transactions", "market-penetration", "satisfaction"}));
    }
};

QTEST_GUILESS_MAIN(TestEfficiency)
#include "tst_efficiency.moc"
