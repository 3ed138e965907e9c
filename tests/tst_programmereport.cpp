// ProgrammeReport (issue 18, item 3): the funnel per cohort, Kaplan–Meier
// survival and time in each phase, launches and stops per year and the
// six-month objectives, on a small fixture computed by hand (below), then
// against a second, naive computation written here on a generated
// portfolio and on the real beta.gouv.fr data.

#include "testsupport.h"

#include "betagouv/betagouvimporter.h"
#include "demo/syntheticportfolio.h"
#include "reports/programmereport.h"
#include "reports/programmereportloader.h"
#include "storage/programmefactsreader.h"

#include <QFileInfo>
#include <QMap>
#include <QTest>

using namespace Comite;

namespace {
const QDate today(2024, 12, 31);

PhaseRecord phase(Phase p, QDate start, QDate end = {})
{
    return PhaseRecord{p, start, end, {}, false};
}

ExpectedResult result(std::optional<double> target, std::optional<double> start = std::nullopt,
                      std::optional<double> reached = std::nullopt, qint64 indicator = 0)
{
    ExpectedResult e;
    e.text = QStringLiteral("result");
    e.target = target;
    e.startValue = start;
    e.reachedValue = reached;
    e.indicatorId = indicator;
    return e;
}

Roadmap roadmap(qint64 product, QDate start, QDate end, const QList<ExpectedResult> &results)
{
    Roadmap r;
    r.productId = product;
    r.start = start;
    r.end = end;
    r.priorities << RoadmapPriority{0, QStringLiteral("priority"), {}, results};
    return r;
}

// The fixture, as of 2024-12-31:
//  A (1): investigation 2020-01-01, construction 2020-03-01, acceleration
//         2021-03-01, opéré 2022-03-01 (no end dates: each ends when the
//         next starts). Stays: investigation 60 days (31 + 29, 2020 is a
//         leap year), construction 365, acceleration 365. Reached an exit.
//         Committees 2020-02-20 and 2021-02-15.
//  B (2): investigation 2020-02-01, abandon-investigation 2020-04-01.
//         Investigation 60 days (29 + 31). Stopped.
//  C (3): investigation 2021-01-01 ended 2021-02-15 (45 days), construction
//         from 2021-03-01, still running: censored at 1,401 days
//         (365 + 365 + 366 + 305). Committee 2023-05-01 and one planned in
//         2025 (not held yet: left out).
//  D (4): backfill investigation 2021-06-01 (same day as its construction:
//         left out), construction 2021-06-01, abandon 2022-06-01: 365 days.
//  E (5): investigation from 2024-11-01, running: censored at 60 days.
//  F (6): investigation from 2025-03-01, after today: not in the report.
ProgrammeFacts fixture()
{
    ProgrammeFacts f;
    f.products << ProgrammeProduct{1, QStringLiteral("a"), QStringLiteral("A"),
                                   {phase(Phase::Investigation, QDate(2020, 1, 1)), phase(Phase::Construction, QDate(2020, 3, 1)),
                                    phase(Phase::Acceleration, QDate(2021, 3, 1)), phase(Phase::Opere, QDate(2022, 3, 1))},
                                   {QDate(2020, 2, 20), QDate(2021, 2, 15)}};
    f.products << ProgrammeProduct{2, QStringLiteral("b"), QStringLiteral("B"),
                                   {phase(Phase::Investigation, QDate(2020, 2, 1)),
                                    phase(Phase::AbandonInvestigation, QDate(2020, 4, 1))},
                                   {}};
    f.products << ProgrammeProduct{3, QStringLiteral("c"), QStringLiteral("C"),
                                   {phase(Phase::Investigation, QDate(2021, 1, 1), QDate(2021, 2, 15)),
                                    phase(Phase::Construction, QDate(2021, 3, 1))},
                                   {QDate(2023, 5, 1), QDate(2025, 1, 10)}};
    f.products << ProgrammeProduct{4, QStringLiteral("d"), QStringLiteral("D"),
                                   {phase(Phase::Investigation, QDate(2021, 6, 1)), phase(Phase::Construction, QDate(2021, 6, 1)),
                                    phase(Phase::Abandon, QDate(2022, 6, 1))},
                                   {}};
    f.products << ProgrammeProduct{5, QStringLiteral("e"), QStringLiteral("E"), {phase(Phase::Investigation, QDate(2024, 11, 1))}, {}};
    f.products << ProgrammeProduct{6, QStringLiteral("f"), QStringLiteral("F"), {phase(Phase::Investigation, QDate(2025, 3, 1))}, {}};

    // R1 (A, 2020): 0 → 120 for 100 (120 %) and 10 for 10 (100 %): both achieved.
    f.roadmaps << roadmap(1, QDate(2020, 3, 1), QDate(2020, 8, 31), {result(100, 0, 120), result(10, std::nullopt, 10)});
    // R2 (C, 2021): indicator 7 measured 10 on 2021-02-20 (the start) and 30
    // on 2021-08-15: (30 − 10) / (50 − 10) = 50 %, partly reached; a
    // result without a target does not count.
    f.roadmaps << roadmap(3, QDate(2021, 3, 1), QDate(2021, 8, 31), {result(50, std::nullopt, std::nullopt, 7), result(std::nullopt)});
    // R3 (C): its period ends after today: not reviewed yet.
    f.roadmaps << roadmap(3, QDate(2024, 9, 1), QDate(2025, 2, 28), {result(10, 0, 20)});
    // R4 (D, 2021): a target never measured.
    f.roadmaps << roadmap(4, QDate(2021, 6, 1), QDate(2021, 11, 30), {result(5)});
    IndicatorSeries &s = f.indicators[7];
    s.indicator.id = 7;
    s.measurements << Measurement{1, 7, QDate(2021, 2, 20), 10, {}} << Measurement{2, 7, QDate(2021, 8, 15), 30, {}};
    return f;
}

// ---- The naive computation: written from the definitions, independently
// of ProgrammeReport (string keys, day-by-day product-limit estimator).

struct NaiveStay {
    QString phase;
    int days;
    bool ended;
};

QList<PhaseRecord> naiveStarted(const ProgrammeProduct &p, QDate day)
{
    QList<PhaseRecord> started;
    for (const PhaseRecord &r : p.phases)
        if (r.start.isValid() && r.start <= day)
            started << r;
    // Insertion sort by start, keeping the stored order on ties.
    for (int i = 1; i < started.size(); ++i)
        for (int j = i; j > 0 && started[j].start < started[j - 1].start; --j)
            started.swapItemsAt(j, j - 1);
    return started;
}

QList<NaiveStay> naiveStays(const ProgrammeProduct &p, QDate day)
{
    const QStringList incubation{QStringLiteral("investigation"), QStringLiteral("construction"), QStringLiteral("acceleration"),
                                 QStringLiteral("consolidation")};
    const QList<PhaseRecord> s = naiveStarted(p, day);
    QList<NaiveStay> stays;
    for (int i = 0; i < s.size(); ++i) {
        const QString key = Phases::key(s[i].phase);
        if (!incubation.contains(key))
            continue;
        bool backfill = false;
        if (key == QLatin1String("investigation") && (!s[i].end.isValid() || s[i].end == s[i].start)) {
            for (const PhaseRecord &o : s)
                backfill = backfill || (Phases::key(o.phase) == QLatin1String("construction") && o.start == s[i].start);
        }
        if (backfill)
            continue;
        QDate end = s[i].end.isValid() ? s[i].end : (i + 1 < s.size() ? s[i + 1].start : QDate());
        if (end.isValid() && end < s[i].start)
            end = s[i].start;
        const bool ended = end.isValid() && end <= day;
        stays << NaiveStay{key, int(s[i].start.daysTo(ended ? end : day)), ended};
    }
    return stays;
}

// Per cohort year: started, construction, acceleration, consolidation, exit, stopped, running.
QMap<int, QList<int>> naiveFunnel(const ProgrammeFacts &facts, QDate day)
{
    const QStringList fromConstruction{QStringLiteral("construction"), QStringLiteral("acceleration"), QStringLiteral("consolidation"),
                                       QStringLiteral("opere"), QStringLiteral("transfere")};
    QMap<int, QList<int>> funnel;
    for (const ProgrammeProduct &p : facts.products) {
        const QList<PhaseRecord> s = naiveStarted(p, day);
        if (s.isEmpty())
            continue;
        QStringList keys;
        for (const PhaseRecord &r : s)
            keys << Phases::key(r.phase);
        auto any = [&](int from) {
            for (const QString &k : keys)
                if (fromConstruction.indexOf(k) >= from)
                    return 1;
            return 0;
        };
        // The current phase: the latest start, the last listed on a tie.
        QDate latest = s.first().start;
        for (const PhaseRecord &r : s)
            latest = std::max(latest, r.start);
        QString current;
        for (const PhaseRecord &r : p.phases)
            if (r.start == latest)
                current = Phases::key(r.phase);
        QList<int> &row = funnel[s.first().start.year()];
        if (row.isEmpty())
            row = QList<int>(7, 0);
        row[0] += 1;
        row[1] += any(0);
        row[2] += any(1);
        row[3] += any(2);
        row[4] += any(3);
        row[5] += current.startsWith(QLatin1String("abandon"));
        row[6] += !current.startsWith(QLatin1String("abandon")) && current != QLatin1String("opere") && current != QLatin1String("transfere");
    }
    return funnel;
}

// (days, survival) at each day with an event, day by day.
QList<std::pair<int, double>> naiveSurvival(const QList<NaiveStay> &stays)
{
    int longest = 0;
    for (const NaiveStay &s : stays)
        longest = std::max(longest, s.days);
    QList<std::pair<int, double>> curve;
    double survival = 1;
    for (int t = 0; t <= longest; ++t) {
        int atRisk = 0, events = 0;
        for (const NaiveStay &s : stays) {
            atRisk += s.days >= t;
            events += s.ended && s.days == t;
        }
        if (events > 0) {
            survival *= double(atRisk - events) / atRisk;
            curve << std::pair{t, survival};
        }
    }
    return curve;
}

void compareWithNaive(const ProgrammeFacts &facts, QDate day)
{
    const ProgrammeReport report = ProgrammeReport::compute(facts, day);
    const QMap<int, QList<int>> funnel = naiveFunnel(facts, day);
    QCOMPARE(report.cohorts.size(), funnel.size());
    int products = 0;
    for (const ProgrammeCohort &c : report.cohorts) {
        const QList<int> mine{c.started, c.construction, c.acceleration, c.consolidation, c.exited, c.stopped, c.running};
        QCOMPARE(mine, funnel.value(c.year));
        products += c.started;
    }
    QCOMPARE(report.products, products);
    QCOMPARE(report.total.started, products);

    QMap<QString, QList<NaiveStay>> stays;
    for (const ProgrammeProduct &p : facts.products)
        for (const NaiveStay &s : naiveStays(p, day))
            stays[s.phase] << s;
    QCOMPARE(report.phases.size(), 4);
    for (const PhaseTime &t : report.phases) {
        const QList<NaiveStay> &mine = stays[Phases::key(t.phase)];
        QCOMPARE(t.survival.subjects, int(mine.size()));
        const auto naive = naiveSurvival(mine);
        QCOMPARE(t.survival.steps.size(), naive.size());
        for (int i = 0; i < naive.size(); ++i) {
            QCOMPARE(t.survival.steps[i].days, naive[i].first);
            QVERIFY2(qAbs(t.survival.steps[i].survival - naive[i].second) < 1e-9, qPrintable(Phases::key(t.phase)));
        }
        int finished = 0;
        for (const NaiveStay &s : mine)
            finished += s.ended;
        QCOMPARE(t.finished, finished);
        QCOMPARE(t.running, int(mine.size()) - finished);
    }
}
} // namespace

class TestProgrammeReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kaplanMeierByHand()
    {
        // Times 2, 3+, 3, 5, 5, 8+ (+: censored). At 2: 6 at risk, 1 event,
        // S = 5/6. At 3: 5 at risk (the censored 3 counts), 1 event,
        // S = 5/6 × 4/5 = 2/3. At 5: 3 at risk, 2 events, S = 2/3 × 1/3 = 2/9.
        // Median: the first time S ≤ 1/2, day 5.
        const SurvivalCurve c = KaplanMeier::estimate(
            {{2, true}, {3, false}, {3, true}, {5, true}, {5, true}, {8, false}});
        QCOMPARE(c.subjects, 6);
        QCOMPARE(c.events, 4);
        QCOMPARE(c.censored, 2);
        QCOMPARE(c.steps.size(), 3);
        QCOMPARE(c.steps[0], (SurvivalStep{2, 6, 1, 0, 5.0 / 6}));
        QCOMPARE(c.steps[1].atRisk, 5);
        QCOMPARE(c.steps[1].censored, 1);
        QVERIFY(qAbs(c.steps[1].survival - 2.0 / 3) < 1e-12);
        QCOMPARE(c.steps[2].atRisk, 3);
        QVERIFY(qAbs(c.steps[2].survival - 2.0 / 9) < 1e-12);
        QCOMPARE(c.median(), std::optional<int>(5));
        QCOMPARE(c.at(1), 1.0);
        QVERIFY(qAbs(c.at(4) - 2.0 / 3) < 1e-12);
        // Only censored: no step, no median.
        const SurvivalCurve open = KaplanMeier::estimate({{10, false}, {20, false}});
        QVERIFY(open.steps.isEmpty());
        QCOMPARE(open.median(), std::nullopt);
        QCOMPARE(open.at(100), 1.0);
    }

    void funnelByHand()
    {
        const ProgrammeReport r = ProgrammeReport::compute(fixture(), today);
        QCOMPARE(r.products, 5);  // F starts after today
        QCOMPARE(r.cohorts.size(), 3);
        // 2020: A and B started; A went to construction, acceleration and an
        // exit (so "consolidation or later" too); B stopped.
        QCOMPARE(r.cohorts[0], (ProgrammeCohort{2020, 2, 1, 1, 1, 1, 1, 0}));
        // 2021: C (construction, running) and D (construction, stopped).
        QCOMPARE(r.cohorts[1], (ProgrammeCohort{2021, 2, 2, 0, 0, 0, 1, 1}));
        // 2024: E in investigation.
        QCOMPARE(r.cohorts[2], (ProgrammeCohort{2024, 1, 0, 0, 0, 0, 0, 1}));
        QCOMPARE(r.total, (ProgrammeCohort{0, 5, 3, 1, 1, 1, 2, 2}));
    }

    void phasesByHand()
    {
        const ProgrammeReport r = ProgrammeReport::compute(fixture(), today);
        // Investigation: 45 (C), 60 (A), 60 (B) ended, 60 (E) running; D's
        // backfill left out. At 45: 4 at risk, S = 3/4; at 60: 3 at risk,
        // 2 events, S = 3/4 × 1/3 = 1/4. Median 60; finished: median 60,
        // mean (45 + 60 + 60) / 3 = 55.
        const PhaseTime *investigation = r.phase(Phase::Investigation);
        QVERIFY(investigation);
        QCOMPARE(investigation->finished, 3);
        QCOMPARE(investigation->running, 1);
        QCOMPARE(investigation->survival.steps.size(), 2);
        QCOMPARE(investigation->survival.steps[0].days, 45);
        QCOMPARE(investigation->survival.steps[0].survival, 0.75);
        QCOMPARE(investigation->survival.steps[1].days, 60);
        QCOMPARE(investigation->survival.steps[1].atRisk, 3);
        QVERIFY(qAbs(investigation->survival.steps[1].survival - 0.25) < 1e-12);
        QCOMPARE(investigation->survivalMedianDays, std::optional<int>(60));
        QCOMPARE(investigation->medianDays, std::optional<int>(60));
        QCOMPARE(investigation->meanDays, std::optional<int>(55));
        // Construction: 365 (A), 365 (D) ended, 1,401 (C) running. At 365:
        // 3 at risk, 2 events, S = 1/3; median 365.
        const PhaseTime *construction = r.phase(Phase::Construction);
        QCOMPARE(construction->finished, 2);
        QCOMPARE(construction->running, 1);
        QCOMPARE(construction->longestDays, 1401);
        QCOMPARE(construction->survival.steps.size(), 1);
        QVERIFY(qAbs(construction->survival.steps[0].survival - 1.0 / 3) < 1e-12);
        QCOMPARE(construction->survivalMedianDays, std::optional<int>(365));
        QCOMPARE(construction->medianDays, std::optional<int>(365));
        // Acceleration: A's 365 days, S = 0 from 365.
        const PhaseTime *acceleration = r.phase(Phase::Acceleration);
        QCOMPARE(acceleration->finished, 1);
        QCOMPARE(acceleration->survival.at(365), 0.0);
        // Consolidation: nobody.
        const PhaseTime *consolidation = r.phase(Phase::Consolidation);
        QCOMPARE(consolidation->survival.subjects, 0);
        QCOMPARE(consolidation->medianDays, std::nullopt);
        QCOMPARE(consolidation->survivalMedianDays, std::nullopt);
    }

    void yearsByHand()
    {
        const ProgrammeReport r = ProgrammeReport::compute(fixture(), today);
        // Every year from the first cohort (2020) to today's (2024).
        QCOMPARE(r.years.size(), 5);
        // 2020: A and B launched, A into construction, B stopped; A's committee.
        QCOMPARE(r.years[0], (ProgrammeYear{2020, 2, 1, 1, 0, 1}));
        // 2021: C and D launched and into construction; A's second committee.
        QCOMPARE(r.years[1], (ProgrammeYear{2021, 2, 2, 0, 0, 1}));
        // 2022: A opéré (exit), D abandoned.
        QCOMPARE(r.years[2], (ProgrammeYear{2022, 0, 0, 1, 1, 0}));
        // 2023: C's committee.
        QCOMPARE(r.years[3], (ProgrammeYear{2023, 0, 0, 0, 0, 1}));
        // 2024: E launched; C's 2025 committee is not held yet.
        QCOMPARE(r.years[4], (ProgrammeYear{2024, 1, 0, 0, 0, 0}));
    }

    void objectivesByHand()
    {
        const ProgrammeReport r = ProgrammeReport::compute(fixture(), today);
        // 2020: R1, both results achieved. 2021: R2 (50 %: partly) and R4
        // (never measured). R3 ends in 2025.
        QCOMPARE(r.objectives.size(), 2);
        QCOMPARE(r.objectives[0], (ObjectivesYear{2020, 1, 1, 1, 2, 2, 2}));
        QCOMPARE(r.objectives[1], (ObjectivesYear{2021, 2, 1, 0, 2, 1, 0}));
        QCOMPARE(r.objectivesTotal, (ObjectivesYear{0, 3, 2, 1, 4, 3, 2}));
        QCOMPARE(r.objectivesTotal.share(), std::optional<double>(1.0 / 3));
    }

    void fromYear()
    {
        // From 2021: A and B (2020) leave, with A's committees and R1.
        const ProgrammeReport r = ProgrammeReport::compute(fixture(), today, 2021);
        QCOMPARE(r.products, 3);
        QCOMPARE(r.cohorts.first().year, 2021);
        QCOMPARE(r.years.first(), (ProgrammeYear{2021, 2, 2, 0, 0, 0}));
        QCOMPARE(r.objectivesTotal, (ObjectivesYear{0, 2, 1, 0, 2, 1, 0}));
        QCOMPARE(r.phase(Phase::Investigation)->survival.subjects, 2);  // C and E
    }

    void fixtureMatchesNaive()
    {
        compareWithNaive(fixture(), today);
    }

    void readerMatchesFacts()
    {
        // The fixture stored, read back: the same report.
        Test::TempWorkspace ws;
        ws.clock.set(today.startOfDay().addSecs(9 * 3600));
        Database &db = ws->database();
        Incubator north;
        north.slug = QStringLiteral("north");
        north.name = QStringLiteral("Incubateur du Nord");
        const qint64 northId = ws->organisations().insert(north);
        Incubator south;
        south.slug = QStringLiteral("south");
        south.name = QStringLiteral("Incubateur du Sud");
        const qint64 southId = ws->organisations().insert(south);
        const ProgrammeFacts facts = fixture();
        QHash<qint64, qint64> idOf;
        for (const ProgrammeProduct &p : facts.products) {
            Product product = Test::sampleProduct(p.slug, p.title);
            product.phases = p.phases;
            product.incubatorId = p.id <= 3 ? northId : southId;
            idOf[p.id] = ws->products().insert(product);
            for (const QDate &day : p.committees) {
                const qint64 session = ws->committees().record(CommitteeReview{0, idOf[p.id], day, DecisionOption::Continue, {}});
                if (day > today)
                    db.exec(QStringLiteral("UPDATE sessions SET status = 'planned' WHERE id = ?"), {session});
            }
        }
        Indicator users;
        users.productId = idOf[3];
        users.name = QStringLiteral("Usagers");
        const qint64 indicator = ws->indicators().insert(users);
        for (const Measurement &m : facts.indicators[7].measurements)
            ws->indicators().insert(Measurement{0, indicator, m.date, m.value, {}});
        for (Roadmap r : facts.roadmaps) {
            r.productId = idOf[r.productId];
            for (RoadmapPriority &p : r.priorities)
                for (ExpectedResult &e : p.results)
                    e.indicatorId = e.indicatorId == 7 ? indicator : 0;
            ws->roadmaps().save(r);
        }

        const Result<ProgrammeReport> read = ProgrammeReportLoader::load(*ws);
        QVERIFY(read.ok());
        const ProgrammeReport expected = ProgrammeReport::compute(facts, today);
        QCOMPARE(read.value().cohorts, expected.cohorts);
        QCOMPARE(read.value().years, expected.years);
        QCOMPARE(read.value().objectives, expected.objectives);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(read.value().phases[i].survival.steps, expected.phases[i].survival.steps);

        // One incubator: A, B and C are in the north; D is co-incubated there too.
        const Result<ProgrammeReport> north3 = ProgrammeReportLoader::load(*ws, QStringLiteral("north"));
        QVERIFY(north3.ok());
        QCOMPARE(north3.value().scope, north.name);
        QCOMPARE(north3.value().products, 3);
        db.exec(QStringLiteral("INSERT INTO product_incubators (product_id, incubator_id, position) VALUES (?, ?, 0)"),
                {idOf[4], northId});
        QCOMPARE(ProgrammeReportLoader::load(*ws, QStringLiteral("north")).value().products, 4);
        QCOMPARE(ProgrammeReportLoader::load(*ws, QStringLiteral("south")).value().products, 2);  // E (F starts later)
        const Result<ProgrammeReport> unknown = ProgrammeReportLoader::load(*ws, QStringLiteral("nowhere"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("nowhere")));
    }

    void generatedMatchesNaive()
    {
        Test::TempWorkspace ws;
        SyntheticPortfolio::write(ws->database(), {400, 60, 7, Test::fixedToday, false});
        const ProgrammeFacts facts = ProgrammeFactsReader::read(ws->database(), Test::fixedToday);
        QCOMPARE(facts.products.size(), 400);
        compareWithNaive(facts, Test::fixedToday);
    }

    void realDataMatchesNaive()
    {
        const QString shared = QStringLiteral(COMITE_SHARED_DATA);
        if (!QFileInfo(shared).isDir())
            QSKIP("The shared beta.gouv.fr data is not here (../shared/data/betagouv).");
        Test::TempWorkspace ws;
        QVERIFY(BetagouvImporter::importFolder(ws->database(), shared, {}).succeeded());
        const ProgrammeFacts facts = ProgrammeFactsReader::read(ws->database(), Test::fixedToday);
        QVERIFY(facts.products.size() > 100);
        compareWithNaive(facts, Test::fixedToday);
        const ProgrammeReport r = ProgrammeReport::compute(facts, Test::fixedToday);
        qInfo() << "beta.gouv.fr:" << r.products << "products," << r.total.construction << "reached construction,"
                << r.total.stopped << "stopped; median investigation (KM)" << r.phase(Phase::Investigation)->survivalMedianDays.value_or(-1)
                << "days, construction" << r.phase(Phase::Construction)->survivalMedianDays.value_or(-1) << "days";
    }
};

QTEST_MAIN(TestProgrammeReport)
#include "tst_programmereport.moc"
