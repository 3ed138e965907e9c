// Committee preparation: the checklist per case (entering construction,
// or in construction / acceleration), each item against the data, the
// completeness, the date the pre-read must be sent (a week before the
// committee, a planned session winning over the due date), and the
// checklist model following edits.

#include "commands/roadmapedits.h"
#include "domain/preparation.h"
#include "itemmodels/checklistmodel.h"
#include "storage/roadmapdossier.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Comite;

namespace {
const QDate today(2026, 11, 24);

// A roadmap that passes every check about the next period.
Roadmap complete(QDate start, qint64 indicator = 7)
{
    Roadmap r = RoadmapRules::blank(1, start);
    r.vision = QStringLiteral("Vision");
    r.targetPopulation = QStringLiteral("35 000 communes");
    r.potentialEstimate = QStringLiteral("INSEE");
    ExpectedResult e;
    e.text = QStringLiteral("600 collectivités");
    e.indicatorId = indicator;
    e.target = 600;
    r.priorities << RoadmapPriority{1, QStringLiteral("Déployer"), {}, {e}};
    r.hypotheses = {QStringLiteral("H")};
    r.quantitativeCriteria = {QStringLiteral("Q")};
    r.qualitativeCriteria = {QStringLiteral("q")};
    r.team = {TeamMember{QStringLiteral("Dev"), 5, TimeUnit::DaysPerWeek}};
    r.budgetRequest = {{QStringLiteral("development"), 200000}};
    r.supportNeeds = {SupportNeed{QStringLiteral("DGALN"), QStringLiteral("Relayer"), QStringLiteral("200")}};
    for (StandardAssessment &s : r.standards)
        s = StandardAssessment{s.standard, StandardRating::No, StandardRating::Partial, StandardRating::Yes};
    return r;
}

bool done(const Preparation &p, const QString &key)
{
    for (const ChecklistItem &i : p.items) {
        if (i.key == key)
            return i.done;
    }
    qWarning("no item %s", qPrintable(key));
    return false;
}

IndicatorSeries northStar(int months, IndicatorKind kind = IndicatorKind::Usage)
{
    IndicatorSeries s;
    s.indicator.id = 7;
    s.indicator.northStar = true;
    s.indicator.kind = kind;
    for (int i = 0; i < months; ++i)
        s.measurements.prepend(Measurement{i + 1, 7, QDate(2026, 10, 28).addMonths(-i), 100.0 + i, {}});
    return s;
}
} // namespace

class TestPreparation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseByPhase()
    {
        QCOMPARE(Preparation::caseFor(Phase::Investigation), PreparationCase::EnteringConstruction);
        QCOMPARE(Preparation::caseFor(Phase::Construction), PreparationCase::InProgress);
        QCOMPARE(Preparation::caseFor(Phase::Acceleration), PreparationCase::InProgress);
        QCOMPARE(Preparation::caseFor(Phase::Abandon), PreparationCase::None);
        QCOMPARE(Preparation::caseFor(std::nullopt), PreparationCase::None);
        PreparationFacts none;
        none.phase = Phase::Transfere;
        QVERIFY(Preparation::evaluate(none).items.isEmpty());
        QCOMPARE(Preparation::evaluate(none).completeness(), 0);
    }

    void enteringConstruction()
    {
        PreparationFacts f;
        f.phase = Phase::Investigation;
        f.today = today;
        Preparation p = Preparation::evaluate(f);
        QCOMPARE(p.kind, PreparationCase::EnteringConstruction);
        QCOMPARE(p.items.size(), 12);
        QCOMPARE(p.completeness(), 0);
        QVERIFY(std::none_of(p.items.cbegin(), p.items.cend(), [](const ChecklistItem &i) { return i.key == u"standards"; }));

        f.pitch = QStringLiteral("Permettre aux collectivités…");
        f.description = QStringLiteral("Investigation : 40 entretiens.");
        f.sponsorCount = 1;
        IndicatorSeries impact;
        impact.indicator.kind = IndicatorKind::Impact;
        f.indicators = {impact};
        f.roadmaps = {complete(QDate(2027, 1, 1))};
        p = Preparation::evaluate(f);
        QCOMPARE(p.completeness(), 100);

        // Four priorities (stored before the rule) and one without a
        // quantified result fail their items.
        f.roadmaps[0].priorities << RoadmapPriority{2, QStringLiteral("Sans cible"), {}, {ExpectedResult{0, QStringLiteral("Texte")}}};
        p = Preparation::evaluate(f);
        QVERIFY(done(p, QStringLiteral("priorities")));
        QVERIFY(!done(p, QStringLiteral("quantified-results")));
        QCOMPARE(p.completeness(), 92);  // 11 of 12
        f.roadmaps[0].priorities << f.roadmaps[0].priorities[0] << f.roadmaps[0].priorities[0];
        QVERIFY(!done(Preparation::evaluate(f), QStringLiteral("priorities")));
    }

    void inConstruction()
    {
        PreparationFacts f;
        f.phase = Phase::Construction;
        f.today = today;
        Roadmap current = complete(QDate(2026, 6, 1));
        current.sessionId = 3;
        current.priorities[0].results[0].startValue = 200;
        current.priorities[0].results[0].reachedValue = 400;  // 50 %: partly reached
        f.roadmaps = {current};
        Preparation p = Preparation::evaluate(f);
        QCOMPARE(p.kind, PreparationCase::InProgress);
        QCOMPARE(p.items.size(), 15);
        QVERIFY(done(p, QStringLiteral("review-values")));
        QVERIFY(!done(p, QStringLiteral("review-explained")));
        QVERIFY(!done(p, QStringLiteral("roadmap-drafted")));  // nothing after the current one yet
        QVERIFY(!done(p, QStringLiteral("north-star")));

        f.roadmaps[0].priorities[0].results[0].explanation = QStringLiteral("Recrutement tardif");
        f.roadmaps << complete(QDate(2026, 12, 1));
        f.indicators = {northStar(6), northStar(1, IndicatorKind::Impact)};
        f.indicators[1].indicator.northStar = false;
        f.indicators[1].indicator.id = 8;
        f.monthly[QStringLiteral("2026-10")].actual = 40000;
        Envelope e;
        e.start = QDate(2026, 6, 1);
        e.end = QDate(2026, 12, 31);
        e.amount = 250000;
        f.envelopes = {e};
        p = Preparation::evaluate(f);
        for (const ChecklistItem &i : p.items)
            QVERIFY2(i.done, qPrintable(i.key + QLatin1String(": ") + i.detail));
        QCOMPARE(p.completeness(), 100);

        // Five months of North Star data is not enough.
        f.indicators[0] = northStar(5);
        QVERIFY(!done(Preparation::evaluate(f), QStringLiteral("north-star")));
        QCOMPARE(Preparation::northStarMonthsCovered(f.indicators, today), 5);
        QCOMPARE(Preparation::northStarMonthsCovered({}, today), -1);
        // Last month's spending missing.
        f.monthly.clear();
        QVERIFY(!done(Preparation::evaluate(f), QStringLiteral("spending")));
    }

    void sendOneWeekBefore()
    {
        PreparationFacts f;
        f.phase = Phase::Construction;
        f.committeeDate = QDate(2026, 12, 10);
        const Preparation p = Preparation::evaluate(f);
        QCOMPARE(p.sendBy(), QDate(2026, 12, 3));
        QCOMPARE(Preparation().sendBy(), QDate());
    }

    void dossierAndModel()
    {
        Test::TempWorkspace tmp;
        Workspace &ws = *tmp;
        Product product = Test::sampleProduct(QStringLiteral("velo"));
        product.phases = {PhaseRecord{Phase::Construction, QDate(2026, 1, 5), {}, {}, false}};
        const qint64 id = ws.products().insert(product);
        ChecklistModel model(ws, id);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.preparation().kind, PreparationCase::InProgress);
        QCOMPARE(model.preparation().committeeDate, QDate(2026, 7, 5));  // 6 months after the phase started
        const int before = model.preparation().completeness();

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy prepared(&model, &ChecklistModel::preparationChanged);
        Roadmap next = complete(QDate(2026, 12, 1), 0);
        next.productId = id;
        next.priorities[0].id = 0;
        next.priorities[0].results[0].indicatorId = 0;
        QVERIFY(Edit::addRoadmap(ws, next));
        QVERIFY(model.preparation().completeness() > before);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(prepared.count(), 1);
        int row = -1;
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.data(model.index(i), ChecklistModel::KeyRole).toString() == u"budget-request")
                row = i;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row), Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!model.data(model.index(row), Qt::ToolTipRole).toString().isEmpty());

        // A planned session sets the committee date.
        ws.database().exec(QStringLiteral("INSERT INTO sessions (id, starts_at, status) VALUES (50, '2026-12-15T09:30', 'planned')"));
        ws.database().exec(QStringLiteral("INSERT INTO session_products (session_id, product_id) VALUES (50, ?)"), {id});
        const auto dossier = RoadmapDossier::load(ws, id);
        QCOMPARE(dossier->committeeDate(), QDate(2026, 12, 15));
        QCOMPARE(dossier->preparation().sendBy(), QDate(2026, 12, 8));
    }
};

QTEST_MAIN(TestPreparation)
#include "tst_preparation.moc"
