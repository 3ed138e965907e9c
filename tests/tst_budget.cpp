// Budget rules: which envelopes fund a product today (chained when they
// follow on), the burn rate, the projected date the money runs out (actual,
// then forecast, then burn rate; at the latest when the envelope ends), the
// next committee due date (the earlier of 6 months after the last
// committee and 30 days before the envelope runs out) and the typical
// cost band.

#include "domain/budgetprojection.h"
#include "domain/budgetreference.h"
#include "domain/productstatus.h"

#include <QTest>

using namespace Comite;

using Monthly = QMap<QString, MonthSpending>;

namespace {
const QDate today(2026, 11, 24);

Envelope envelope(qint64 id, QDate start, QDate end, qint64 amount, EnvelopeSource source = EnvelopeSource::Sponsor)
{
    Envelope e;
    e.id = id;
    e.productId = 1;
    e.start = start;
    e.end = end;
    e.amount = amount;
    e.source = source;
    return e;
}

// `months` monthly actual amounts ending last month (October 2026).
QMap<QString, MonthSpending> actuals(const QList<qint64> &months, QDate lastMonth = QDate(2026, 10, 1))
{
    QMap<QString, MonthSpending> m;
    for (int i = 0; i < months.size(); ++i)
        m[BudgetProjection::monthKey(lastMonth.addMonths(-(int(months.size()) - 1 - i)))].actual = months[i];
    return m;
}
} // namespace

class TestBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowIsTheActiveEnvelopes()
    {
        const QList<Envelope> list{envelope(1, {2026, 1, 1}, {2026, 6, 30}, 200000),
                                   envelope(2, {2026, 7, 1}, {2026, 12, 31}, 250000),
                                   envelope(3, {2026, 9, 1}, {2026, 12, 31}, 50000, EnvelopeSource::Fast)};
        const FundingWindow w = BudgetProjection::fundingWindow(list, today);
        QCOMPARE(w.envelopeIds, (QList<qint64>{2, 3}));
        QCOMPARE(w.granted, qint64(300000));
        QCOMPARE(w.start, QDate(2026, 7, 1));
        QCOMPARE(w.end, QDate(2026, 12, 31));
    }

    void followingEnvelopeExtendsTheWindow()
    {
        const QList<Envelope> list{envelope(1, {2026, 7, 1}, {2026, 12, 31}, 250000),
                                   envelope(2, {2027, 1, 1}, {2027, 6, 30}, 250000),
                                   envelope(3, {2027, 8, 1}, {2027, 12, 31}, 100000)};  // after a gap: not chained
        const FundingWindow w = BudgetProjection::fundingWindow(list, today);
        QCOMPARE(w.envelopeIds, (QList<qint64>{1, 2}));
        QCOMPARE(w.end, QDate(2027, 6, 30));
        QCOMPARE(w.granted, qint64(500000));
    }

    void endedEnvelopesWhenNoneIsActive()
    {
        const QList<Envelope> list{envelope(1, {2025, 7, 1}, {2025, 12, 31}, 100000),
                                   envelope(2, {2026, 1, 1}, {2026, 6, 30}, 100000), envelope(4, {}, {}, 30000)};
        const FundingWindow w = BudgetProjection::fundingWindow(list, today);
        QCOMPARE(w.envelopeIds, (QList<qint64>{2}));
        const BudgetProjection p = BudgetProjection::compute(list, {}, today);
        QCOMPARE(p.exhaustion, QDate(2026, 6, 30));
        QVERIFY(BudgetProjection::fundingWindow({envelope(5, {2027, 1, 1}, {2027, 6, 30}, 1)}, today).isEmpty());
        QVERIFY(BudgetProjection::fundingWindow({}, today).isEmpty());
    }

    void burnRateAveragesRecentActualMonths()
    {
        int months = 0;
        QCOMPARE(BudgetProjection::averageBurn(actuals({10, 20, 30, 40}), today, &months), 30.0);
        QCOMPARE(months, 3);
        // Months without figures are skipped, looking back at most six.
        auto sparse = actuals({10});
        sparse[QStringLiteral("2026-05")].actual = 50;
        sparse[QStringLiteral("2026-04")].actual = 90;  // seven months back: too old
        QCOMPARE(BudgetProjection::averageBurn(sparse, today, &months), 30.0);
        QCOMPARE(months, 2);
        // Forecasts and this month do not count.
        QMap<QString, MonthSpending> none;
        none[QStringLiteral("2026-11")].actual = 100;
        none[QStringLiteral("2026-10")].forecast = 100;
        QCOMPARE(BudgetProjection::averageBurn(none, today, &months), 0.0);
        QCOMPARE(months, 0);
    }

    void exhaustion_data()
    {
        QTest::addColumn<QList<Envelope>>("envelopes");
        QTest::addColumn<Monthly>("monthly");
        QTest::addColumn<QDate>("exhaustion");
        QTest::addColumn<bool>("moneyRunsOut");

        const QList<Envelope> halfYear{envelope(1, {2026, 7, 1}, {2026, 12, 31}, 240000)};
        // July–October spent 4 × 40 000; 80 000 left for Nov and Dec at 40 000.
        QTest::newRow("lasts until the envelope ends")
            << halfYear << actuals({40000, 40000, 40000, 40000}) << QDate(2026, 12, 31) << false;
        // 4 × 50 000 spent, 40 000 left, burning 50 000 a month: 80 % of November.
        QTest::newRow("runs out pro rata in the month")
            << halfYear << actuals({50000, 50000, 50000, 50000}) << QDate(2026, 11, 25) << true;
        // Forecasts replace the burn rate where the team gave them.
        auto withForecast = actuals({40000, 40000, 40000, 40000});
        withForecast[QStringLiteral("2026-11")].forecast = 80000;
        QTest::newRow("forecast spends it all in November")
            << halfYear << withForecast << QDate(2026, 12, 1) << true;
        auto overspent = actuals({80000, 80000, 80000, 80000});
        QTest::newRow("already spent: the month it ran out") << halfYear << overspent << QDate(2026, 10, 1) << true;
        const QList<Envelope> openEnded{envelope(1, {2026, 7, 1}, {}, 300000)};
        QTest::newRow("open-ended: money alone") << openEnded << actuals({30000, 30000, 30000, 30000}) << QDate(2027, 5, 1) << true;
        QTest::newRow("open-ended without spending: unknown") << openEnded << Monthly() << QDate() << false;
        QTest::newRow("no spending: the end of the envelope")
            << halfYear << Monthly() << QDate(2026, 12, 31) << false;
    }

    void exhaustion()
    {
        QFETCH(QList<Envelope>, envelopes);
        QFETCH(Monthly, monthly);
        QFETCH(QDate, exhaustion);
        QFETCH(bool, moneyRunsOut);
        const BudgetProjection p = BudgetProjection::compute(envelopes, monthly, today);
        QCOMPARE(p.exhaustion, exhaustion);
        QCOMPARE(p.moneyRunsOut, moneyRunsOut);
    }

    void spentAndRemaining()
    {
        auto monthly = actuals({40000, 40000, 40000, 40000});
        monthly[QStringLiteral("2026-06")].actual = 99999;  // before the envelope
        monthly[QStringLiteral("2026-12")].forecast = 10000;
        const BudgetProjection p =
            BudgetProjection::compute({envelope(1, {2026, 7, 1}, {2026, 12, 31}, 240000)}, monthly, today);
        QCOMPARE(p.spent, qint64(160000));
        QCOMPARE(p.remaining, qint64(80000));
        QCOMPARE(p.burnRate, 40000.0);
        QCOMPARE(*p.monthsLeft(), 2.0);
    }

    void dueDate_data()
    {
        QTest::addColumn<QDate>("sixMonthDue");
        QTest::addColumn<QDate>("exhaustion");
        QTest::addColumn<QDate>("due");
        QTest::newRow("six months come first") << QDate(2027, 1, 10) << QDate(2027, 6, 30) << QDate(2027, 1, 10);
        QTest::newRow("envelope runs out first") << QDate(2027, 1, 10) << QDate(2026, 12, 31) << QDate(2026, 12, 1);
        QTest::newRow("exactly 30 days before: same day") << QDate(2026, 12, 1) << QDate(2026, 12, 31) << QDate(2026, 12, 1);
        QTest::newRow("no envelope") << QDate(2027, 1, 10) << QDate() << QDate(2027, 1, 10);
        QTest::newRow("no committee yet") << QDate() << QDate(2027, 3, 31) << QDate(2027, 3, 1);
        QTest::newRow("nothing known") << QDate() << QDate() << QDate();
    }

    void dueDate()
    {
        QFETCH(QDate, sixMonthDue);
        QFETCH(QDate, exhaustion);
        QFETCH(QDate, due);
        QCOMPARE(CommitteeSchedule::withEnvelope(sixMonthDue, exhaustion), due);
    }

    void statusUsesTheEnvelope()
    {
        const QList<PhaseRecord> phases{PhaseRecord{Phase::Construction, {2026, 1, 5}, {}, {}, false}};
        ProductStatus s = ProductStatus::compute(phases, QDate(2026, 9, 1), today);
        QCOMPARE(s.nextCommitteeDue, QDate(2027, 3, 1));
        s.applyEnvelope(QDate(2026, 12, 15), today);
        QCOMPARE(s.nextCommitteeDue, QDate(2026, 11, 15));
        QVERIFY(s.dueToEnvelope);
        QVERIFY(s.committeeOverdue);
        QVERIFY(s.warnings().contains(WarningCode::CommitteeOverdue));
        ProductStatus later = ProductStatus::compute(phases, QDate(2026, 9, 1), today);
        later.applyEnvelope(QDate(2027, 12, 31), today);
        QCOMPARE(later.nextCommitteeDue, QDate(2027, 3, 1));
        QVERIFY(!later.dueToEnvelope);
        QVERIFY(!later.committeeOverdue);
    }

    void referenceBand()
    {
        QCOMPARE(BudgetReference::band(Phase::Construction)->low, qint64(250000));
        QCOMPARE(BudgetReference::band(Phase::Construction)->high, qint64(500000));
        QCOMPARE(BudgetReference::band(Phase::Acceleration)->high, qint64(2000000));
        QVERIFY(!BudgetReference::band(Phase::Abandon));
        const CostBand c = *BudgetReference::band(Phase::Construction);
        QCOMPARE(BudgetReference::position(c, 200000), BandPosition::Below);
        QCOMPARE(BudgetReference::position(c, 400000), BandPosition::Within);
        QCOMPARE(BudgetReference::position(c, 600000), BandPosition::Above);
        QCOMPARE(BudgetReference::yearlyPace(40000.0, 300000), qint64(480000));
        QCOMPARE(BudgetReference::yearlyPace(0.0, 300000), qint64(600000));
    }

    void sourcesKeys()
    {
        for (EnvelopeSource s : EnvelopeSources::all())
            QCOMPARE(EnvelopeSources::fromKey(EnvelopeSources::key(s)), std::optional<EnvelopeSource>(s));
        QCOMPARE(EnvelopeSources::key(EnvelopeSource::Fast), QStringLiteral("fast"));
        QCOMPARE(EnvelopeRules::problems(envelope(0, {2026, 1, 1}, {2025, 1, 1}, 0)).size(), 2);
        QVERIFY(EnvelopeRules::problems(envelope(0, {2026, 1, 1}, {}, 1)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_budget.moc"
