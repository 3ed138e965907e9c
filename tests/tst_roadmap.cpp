// Roadmap rules: at most three priorities, a valid period that does not
// overlap another, quantified results on an indicator need a target; the
// next roadmap carries the vision over; which roadmap is current, previous
// and proposed; the review's attainment and status.

#include "domain/roadmap.h"
#include "domain/roadmapreview.h"

#include <QPalette>
#include <QTest>

using namespace Comite;

namespace {
const QDate today(2026, 11, 24);

Roadmap roadmap(QDate start, int priorities = 1, qint64 session = 0)
{
    Roadmap r = RoadmapRules::blank(1, start);
    r.sessionId = session;
    for (int i = 0; i < priorities; ++i)
        r.priorities << RoadmapPriority{0, QStringLiteral("Priorité %1").arg(i + 1), {}, {}};
    return r;
}

ExpectedResult quantified(double target, qint64 indicator = 0)
{
    ExpectedResult e;
    e.text = QStringLiteral("Atteindre la cible");
    e.indicatorId = indicator;
    e.target = target;
    return e;
}
} // namespace

class TestRoadmap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blankCoversSixMonths()
    {
        const Roadmap r = RoadmapRules::blank(3, QDate(2026, 12, 1));
        QCOMPARE(r.end, QDate(2027, 5, 31));
        QCOMPARE(r.standards.size(), 4);
        QVERIFY(RoadmapRules::problems(r).isEmpty());
    }

    void atMostThreePriorities()
    {
        QVERIFY(RoadmapRules::problems(roadmap(today, 3)).isEmpty());
        const QStringList problems = RoadmapRules::problems(roadmap(today, 4));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QLatin1String("at most 3")));
    }

    void periodMustBeValid()
    {
        Roadmap r = roadmap(today);
        r.end = r.start;
        QCOMPARE(RoadmapRules::problems(r).size(), 1);
        r.end = QDate();
        QCOMPARE(RoadmapRules::problems(r).size(), 1);
    }

    void periodsMustNotOverlap()
    {
        Roadmap first = roadmap(QDate(2026, 6, 1));
        first.id = 1;
        Roadmap second = roadmap(QDate(2026, 11, 1));
        second.id = 2;
        QCOMPARE(RoadmapRules::problems(second, {first, second}).size(), 1);
        second.start = first.end.addDays(1);
        QVERIFY(RoadmapRules::problems(second, {first, second}).isEmpty());
        // Another product's roadmap never overlaps.
        first.productId = 9;
        second.start = QDate(2026, 11, 1);
        QVERIFY(RoadmapRules::problems(second, {first}).isEmpty());
    }

    void resultsNeedText()
    {
        Roadmap r = roadmap(today);
        ExpectedResult tied;
        tied.text = QStringLiteral("Usagers actifs");
        tied.indicatorId = 4;  // the target may come later: not quantified yet
        r.priorities[0].results << tied;
        QVERIFY(RoadmapRules::problems(r).isEmpty());
        QVERIFY(!r.priorities[0].results[0].isQuantified());
        r.priorities[0].results[0].text = QStringLiteral("  ");
        QCOMPARE(RoadmapRules::problems(r).size(), 1);
        r.priorities[0].title.clear();
        QCOMPARE(RoadmapRules::problems(r).size(), 2);
    }

    void teamSupportAndBudgetChecked()
    {
        Roadmap r = roadmap(today);
        r.team << TeamMember{QStringLiteral("Développeuse"), 9, TimeUnit::DaysPerWeek};
        r.supportNeeds << SupportNeed{{}, QStringLiteral("Relayer"), {}};
        r.budgetRequest.insert(QStringLiteral("development"), -5);
        QCOMPARE(RoadmapRules::problems(r).size(), 3);
    }

    void totalsAndFte()
    {
        Roadmap r = roadmap(today);
        r.budgetRequest = {{QStringLiteral("development"), 120000}, {QStringLiteral("design"), 30000}};
        r.team << TeamMember{QStringLiteral("Dev"), 5, TimeUnit::DaysPerWeek} << TeamMember{QStringLiteral("Coach"), 0.5, TimeUnit::Fte}
               << TeamMember{QStringLiteral("Designer"), 2, TimeUnit::DaysPerWeek};
        QCOMPARE(r.requestTotal(), qint64(150000));
        QCOMPARE(r.teamFte(), 1.9);
    }

    void followingCarriesOver()
    {
        Roadmap previous = roadmap(QDate(2026, 6, 1), 2, 7);
        previous.vision = QStringLiteral("Chaque collectivité…");
        previous.targetPopulation = QStringLiteral("35 000 communes");
        previous.team << TeamMember{QStringLiteral("Dev"), 5, TimeUnit::DaysPerWeek};
        previous.standards[0].today = StandardRating::Partial;
        const Roadmap next = RoadmapRules::following(previous, previous.end.addDays(1));
        QCOMPARE(next.start, QDate(2026, 12, 1));
        QCOMPARE(next.vision, previous.vision);
        QCOMPARE(next.targetPopulation, previous.targetPopulation);
        QCOMPARE(next.team, previous.team);
        QVERIFY(next.priorities.isEmpty());
        QCOMPARE(next.sessionId, qint64(0));
        QCOMPARE(next.standard(QStringLiteral("impact")).ago, StandardRating::Partial);
        QCOMPARE(next.standard(QStringLiteral("impact")).today, StandardRating::Unrated);
    }

    void timeline()
    {
        QList<Roadmap> list{roadmap(QDate(2025, 12, 1), 1, 1), roadmap(QDate(2026, 6, 1), 1, 2), roadmap(QDate(2026, 12, 1))};
        QCOMPARE(RoadmapTimeline::current(list, today), 1);
        QCOMPARE(RoadmapTimeline::previous(list, today), 0);
        QCOMPARE(RoadmapTimeline::proposed(list, today), 2);
        // A draft that started late does not replace the approved one.
        list[2].start = QDate(2026, 11, 20);
        QCOMPARE(RoadmapTimeline::current(list, today), 1);
        QCOMPARE(RoadmapTimeline::proposed(list, today), 2);
        // Nothing started: the first one is proposed.
        const QList<Roadmap> future{roadmap(QDate(2027, 1, 1))};
        QCOMPARE(RoadmapTimeline::current(future, today), -1);
        QCOMPARE(RoadmapTimeline::previous(future, today), -1);
        QCOMPARE(RoadmapTimeline::proposed(future, today), 0);
        QCOMPARE(RoadmapTimeline::proposed({}, today), -1);
        // No approval at all: the last one started is current.
        const QList<Roadmap> drafts{roadmap(QDate(2026, 1, 1)), roadmap(QDate(2026, 7, 1))};
        QCOMPARE(RoadmapTimeline::current(drafts, today), 1);
        QCOMPARE(RoadmapTimeline::proposed(drafts, today), -1);
    }

    void attainment_data()
    {
        QTest::addColumn<double>("start");  // NaN: unknown
        QTest::addColumn<double>("reached");
        QTest::addColumn<double>("target");
        QTest::addColumn<bool>("lowerIsBetter");
        QTest::addColumn<double>("expected");  // NaN: none
        const double none = qQNaN();
        QTest::newRow("from start, halfway") << 1000.0 << 1500.0 << 2000.0 << false << 0.5;
        QTest::newRow("from start, passed") << 1000.0 << 2500.0 << 2000.0 << false << 1.5;
        QTest::newRow("from start, went back: 0") << 1000.0 << 800.0 << 2000.0 << false << 0.0;
        QTest::newRow("from start, lowering a delay") << 30.0 << 20.0 << 10.0 << true << 0.5;
        QTest::newRow("no start: ratio") << none << 40.0 << 50.0 << false << 0.8;
        QTest::newRow("no start, lower is better") << none << 20.0 << 10.0 << true << 0.5;
        QTest::newRow("start equals target: ratio") << 50.0 << 50.0 << 50.0 << false << 1.0;
        QTest::newRow("Mes Aides Réno: 30 % → 60 % of traffic") << 30.0 << 60.0 << 60.0 << false << 1.0;
        QTest::newRow("no value reached") << 10.0 << none << 20.0 << false << none;
        QTest::newRow("target zero, no start") << none << 5.0 << 0.0 << false << none;
    }

    void attainment()
    {
        QFETCH(double, start);
        QFETCH(double, reached);
        QFETCH(double, target);
        QFETCH(bool, lowerIsBetter);
        QFETCH(double, expected);
        auto opt = [](double v) { return qIsNaN(v) ? std::nullopt : std::optional<double>(v); };
        const auto a = RoadmapReview::attainment(opt(start), opt(reached), opt(target),
                                                 lowerIsBetter ? IndicatorDirection::LowerIsBetter
                                                               : IndicatorDirection::HigherIsBetter);
        QCOMPARE(a.has_value(), !qIsNaN(expected));
        if (a)
            QVERIFY2(qAbs(*a - expected) < 1e-9, qPrintable(QString::number(*a)));
    }

    void status()
    {
        QCOMPARE(RoadmapReview::status(std::nullopt), AttainmentStatus::NotMeasured);
        QCOMPARE(RoadmapReview::status(0.2), AttainmentStatus::Missed);
        QCOMPARE(RoadmapReview::status(0.499), AttainmentStatus::Partial);  // shows as 50 %
        QCOMPARE(RoadmapReview::status(0.7), AttainmentStatus::Partial);
        QCOMPARE(RoadmapReview::status(0.996), AttainmentStatus::Achieved);  // shows as 100 %
        QCOMPARE(RoadmapReview::status(1.4), AttainmentStatus::Achieved);
        QCOMPARE(RoadmapReview::statusKey(AttainmentStatus::Partial), QStringLiteral("partial"));
    }

    void statusColoursReadableOnDarkAndLight()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        for (AttainmentStatus s : {AttainmentStatus::Missed, AttainmentStatus::Partial, AttainmentStatus::Achieved}) {
            QVERIFY(RoadmapReview::statusColor(s, light).lightness() < 110);
            QVERIFY(RoadmapReview::statusColor(s, dark).lightness() > 140);
        }
    }

    void reviewRowsReadIndicatorsUnlessTyped()
    {
        Roadmap r = roadmap(QDate(2026, 6, 1));
        r.priorities[0].results << quantified(2000, 5) << quantified(10);
        r.priorities[0].results[1].startValue = 2;
        r.priorities[0].results[1].reachedValue = 6;
        IndicatorSeries users;
        users.indicator.id = 5;
        users.measurements << Measurement{1, 5, QDate(2026, 5, 31), 1000, {}} << Measurement{2, 5, QDate(2026, 9, 30), 1600, {}}
                           << Measurement{3, 5, QDate(2026, 11, 30), 2400, {}};
        const QList<ReviewRow> rows = RoadmapReview::rows(r, {{5, users}}, today);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].start, std::optional<double>(1000));
        QCOMPARE(rows[0].reached, std::optional<double>(1600));  // nothing after today counts
        QVERIFY(rows[0].startMeasured && rows[0].reachedMeasured);
        QCOMPARE(rows[0].status, AttainmentStatus::Partial);
        QCOMPARE(*rows[0].attainment, 0.6);
        QCOMPARE(rows[1].start, std::optional<double>(2));
        QVERIFY(!rows[1].reachedMeasured);
        QCOMPARE(*rows[1].attainment, 0.5);
        QCOMPARE(RoadmapReview::coverage(rows), 1.0);

        // A typed value wins over the measurement.
        r.priorities[0].results[0].reachedValue = 2100;
        QCOMPARE(RoadmapReview::rows(r, {{5, users}}, today)[0].status, AttainmentStatus::Achieved);
        // No measurement in the period: nothing reached yet.
        users.measurements.removeLast();
        users.measurements.removeLast();
        r.priorities[0].results[0].reachedValue.reset();
        const QList<ReviewRow> empty = RoadmapReview::rows(r, {{5, users}}, today);
        QVERIFY(!empty[0].reached);
        QCOMPARE(empty[0].status, AttainmentStatus::NotMeasured);
        QCOMPARE(RoadmapReview::coverage(empty), 0.5);
    }

    void standardsKeysAndRatings()
    {
        QCOMPARE(Standards::keys(), (QStringList{QStringLiteral("impact"), QStringLiteral("autonomy"),
                                                 QStringLiteral("transparency"), QStringLiteral("technical")}));
        for (StandardRating r : StandardRatings::all())
            QCOMPARE(StandardRatings::fromKey(StandardRatings::key(r)), std::optional<StandardRating>(r));
        QVERIFY(!StandardRatings::fromKey(u"maybe"));
        QVERIFY(!Standards::description(QStringLiteral("transparency")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoadmap)
#include "tst_roadmap.moc"
