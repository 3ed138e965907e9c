// Session value types and rules: agenda generation from templates (session
// and product items), planned times and over-length, the arbitration grid's
// questions, means, spreads and missing members, decision checks and what a
// decision does to a phase history, and the keys stored for each enum.

#include "domain/session.h"

#include <QTest>

#include <algorithm>

using namespace Comite;

namespace {
const QList<SessionProduct> twoProducts = {{1, QStringLiteral("a"), QStringLiteral("A")},
                                           {2, QStringLiteral("b"), QStringLiteral("B")}};

QList<Participant> voters()
{
    return {{11, QStringLiteral("Anne"), {}, ParticipantRole::Chair, true, true},
            {12, QStringLiteral("Bruno"), {}, ParticipantRole::Sponsor, true, true},
            {13, QStringLiteral("Chloé"), {}, ParticipantRole::BusinessDirectorate, true, true}};
}
} // namespace

class TestSessionDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultTemplateIsTheRecommendedFormat()
    {
        const AgendaTemplate t = SessionAgenda::defaultTemplate();
        QCOMPARE(t.items.size(), 5);
        QCOMPARE(t.items[2].kind, AgendaItemKind::Presentation);
        QCOMPARE(t.items[2].plannedMinutes, 15);
        QCOMPARE(t.items[3].plannedMinutes, 15);
        QCOMPARE(t.items[4].plannedMinutes, 20);
        QVERIFY(t.items[4].teamLeaves);
        QVERIFY(SessionAgenda::templateProblems(t).isEmpty());
    }

    void generateRepeatsProductItems()
    {
        AgendaTemplate t = SessionAgenda::defaultTemplate();
        t.items << AgendaTemplateItem{AgendaScope::Session, AgendaItemKind::Other, QStringLiteral("Clôture"), 5, false};
        const QList<AgendaItem> agenda = SessionAgenda::generate(t, twoProducts);
        QCOMPARE(agenda.size(), 2 + 3 + 3 + 1);
        QCOMPARE(agenda[0].productId, 0);
        QCOMPARE(agenda[1].kind, AgendaItemKind::Objectives);
        QCOMPARE(agenda[2].productId, 1);
        QCOMPARE(agenda[4].productId, 1);
        QCOMPARE(agenda[5].productId, 2);
        QCOMPARE(agenda[8].title, QStringLiteral("Clôture"));
        QCOMPARE(agenda[8].productId, 0);
        QCOMPARE(SessionAgenda::totalMinutes(agenda), 10 + 100 + 5);
        // And back: the template it came from.
        const AgendaTemplate back = SessionAgenda::templateFrom(t.name, agenda);
        QCOMPARE(back.items, t.items);
        // No product yet: only the session items.
        QCOMPARE(SessionAgenda::generate(t, {}).size(), 3);
    }

    void plannedStartsAndOverLength()
    {
        Session s;
        s.startsAt = QDateTime(QDate(2026, 12, 8), QTime(14, 0));
        s.products = twoProducts;
        s.agenda = SessionAgenda::generate(SessionAgenda::defaultTemplate(), s.products);
        const QList<QDateTime> starts = SessionAgenda::plannedStarts(s.startsAt, s.agenda);
        QCOMPARE(starts[0].time(), QTime(14, 0));
        QCOMPARE(starts[2].time(), QTime(14, 10));
        QCOMPARE(starts[5].time(), QTime(15, 0));
        QCOMPARE(s.plannedEnd().time(), QTime(15, 50));
        s.plannedMinutes = 0;
        QVERIFY(!s.isOverLength());  // no length booked: nothing to compare
        s.plannedMinutes = 110;
        QVERIFY(!s.isOverLength());
        s.plannedMinutes = 109;
        QVERIFY(s.isOverLength());
    }

    void gridQuestionsAndGroups()
    {
        QCOMPARE(ArbitrationGrid::questionsOf(0), (QList<int>{1, 2, 3, 4}));
        QCOMPARE(ArbitrationGrid::questionsOf(1), (QList<int>{5, 6, 7}));
        QCOMPARE(ArbitrationGrid::questionsOf(2), (QList<int>{8, 9, 10}));
        for (int q = 1; q <= ArbitrationGrid::questionCount; ++q) {
            QVERIFY(!ArbitrationGrid::questionText(q).isEmpty());
            QVERIFY(ArbitrationGrid::questionsOf(ArbitrationGrid::groupOf(q)).contains(q));
        }
        QVERIFY(ArbitrationGrid::isValidScore(1, 0));
        QVERIFY(ArbitrationGrid::isValidScore(10, 5));
        QVERIFY(!ArbitrationGrid::isValidScore(11, 3));
        QVERIFY(!ArbitrationGrid::isValidScore(3, -1));
        QVERIFY(!ArbitrationGrid::isValidScore(3, 6));
    }

    void gridStatistics()
    {
        QList<ArbitrationScore> scores;
        // Anne: 4 everywhere; Bruno: 2 everywhere; Chloé scored only question 1 (5).
        for (int q = 1; q <= 10; ++q) {
            scores << ArbitrationScore{1, 11, q, 4, {}} << ArbitrationScore{1, 12, q, 2, {}};
            scores << ArbitrationScore{2, 13, q, 0, {}};  // another product: ignored
        }
        scores << ArbitrationScore{1, 13, 1, 5, QStringLiteral("Très bon positionnement")};
        const ArbitrationGrid grid(scores, 1, voters());
        const ArbitrationGrid::Stat q1 = grid.question(1);
        QCOMPARE(q1.count, 3);
        QCOMPARE(q1.mean, 11.0 / 3.0);
        QCOMPARE(q1.spread(), 3.0);
        const ArbitrationGrid::Stat q2 = grid.question(2);
        QCOMPARE(q2.count, 2);
        QCOMPARE(q2.mean, 3.0);
        QCOMPARE(q2.spread(), 2.0);
        // Group 1: Anne 4, Bruno 2, Chloé 5 (on the one question she scored).
        const ArbitrationGrid::Stat g1 = grid.group(0);
        QCOMPARE(g1.count, 9);
        QCOMPARE(g1.mean, (16.0 + 8.0 + 5.0) / 9.0);
        QCOMPARE(g1.spread(), 3.0);
        QCOMPARE(grid.group(2).spread(), 2.0);
        QCOMPARE(grid.overall().count, 21);
        QCOMPARE(grid.score(13, 1)->comment, QStringLiteral("Très bon positionnement"));
        QVERIFY(!grid.score(13, 2));
        QVERIFY(!grid.score(99, 1));
        QCOMPARE(grid.missing().size(), 1);
        QCOMPARE(grid.missing()[0].name, QStringLiteral("Chloé"));
        QVERIFY(!grid.isComplete());
        // Nobody scored product 3 yet.
        const ArbitrationGrid empty(scores, 3, voters());
        QVERIFY(empty.question(1).isEmpty());
        QCOMPARE(empty.missing().size(), 3);
    }

    void decisionProblems_data()
    {
        QTest::addColumn<Decision>("decision");
        QTest::addColumn<QString>("problem");
        Decision ok;
        ok.productId = 1;
        QTest::newRow("fine") << ok << QString();
        Decision d = ok;
        d.amount = -5;
        QTest::newRow("negative amount") << d << QStringLiteral("cannot be negative");
        d = ok;
        d.periodStart = QDate(2026, 12, 1);
        QTest::newRow("half period") << d << QStringLiteral("both a start and an end");
        d.periodEnd = QDate(2026, 11, 1);
        QTest::newRow("period reversed") << d << QStringLiteral("ends before it starts");
        d = ok;
        d.option = DecisionOption::Stop;
        d.phaseChange = Phase::Acceleration;
        QTest::newRow("stop and accelerate") << d << QStringLiteral("cannot move the product");
        d.phaseChange.reset();
        d.amount = 1000;
        QTest::newRow("stop with money") << d << QStringLiteral("grants no budget");
        d = ok;
        d.actions = {{QString(), QStringLiteral("X"), {}}};
        QTest::newRow("empty action") << d << QStringLiteral("action item 1 has no text");
        d = ok;
        d.blockers = {{QStringLiteral(" "), {}}};
        QTest::newRow("empty blocker") << d << QStringLiteral("blocker 1 has no text");
    }

    void decisionProblems()
    {
        QFETCH(Decision, decision);
        QFETCH(QString, problem);
        const QStringList problems = SessionDecisions::problems(decision, QStringLiteral("Vélo"));
        if (problem.isEmpty()) {
            QVERIFY(problems.isEmpty());
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems[0].contains(problem), qPrintable(problems[0]));
            QVERIFY(problems[0].startsWith(QStringLiteral("Vélo: ")));
        }
    }

    void phasesAfterDecision()
    {
        const QDate date(2026, 12, 8);
        const QList<PhaseRecord> history = {{Phase::Investigation, QDate(2026, 1, 5), QDate(2026, 3, 1), {}, false},
                                            {Phase::Construction, QDate(2026, 3, 1), {}, {}, false}};
        Decision d;
        QStringList errors;
        QCOMPARE(SessionDecisions::phasesAfter(history, d, date, {}, &errors), history);  // continue: nothing
        d.phaseChange = Phase::Construction;  // already there: nothing
        QCOMPARE(SessionDecisions::phasesAfter(history, d, date, {}, &errors), history);
        d.phaseChange = Phase::Acceleration;
        QList<PhaseRecord> after = SessionDecisions::phasesAfter(history, d, date, QStringLiteral("Go"), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(after.size(), 3);
        QCOMPARE(after[1].end, date);
        QCOMPARE(after[2], (PhaseRecord{Phase::Acceleration, date, {}, QStringLiteral("Go"), false}));
        d.option = DecisionOption::Stop;
        d.phaseChange.reset();
        QCOMPARE(SessionDecisions::enteredPhase(d), std::optional<Phase>(Phase::Abandon));
        after = SessionDecisions::phasesAfter(history, d, date, {}, &errors);
        QCOMPARE(after.last().phase, Phase::Abandon);
        QCOMPARE(after.last().start, date);
        d.phaseChange = Phase::AbandonInvestigation;
        QCOMPARE(SessionDecisions::enteredPhase(d), std::optional<Phase>(Phase::AbandonInvestigation));
        // Before the current phase started: refused.
        d.phaseChange.reset();
        SessionDecisions::phasesAfter(history, d, QDate(2026, 2, 1), {}, &errors);
        QVERIFY(!errors.isEmpty());
    }

    void closingProblemsNameTheProducts()
    {
        Session s;
        QCOMPARE(SessionRules::closingProblems(s), QStringList{QStringLiteral("The session has no product.")});
        s.products = twoProducts;
        Decision d;
        d.productId = 2;
        s.decisions << d;
        QCOMPARE(SessionRules::closingProblems(s), QStringList{QStringLiteral("“A” has no decision yet.")});
        QCOMPARE(s.undecidedProducts().size(), 1);
        d.productId = 1;
        s.decisions << d;
        QVERIFY(SessionRules::closingProblems(s).isEmpty());
    }

    void changesBetween()
    {
        Session a;
        a.agenda = SessionAgenda::generate(SessionAgenda::defaultTemplate(), twoProducts);
        Session b = a;
        QCOMPARE(Comite::changesBetween(a, b), SessionChanges());
        b.agenda[1].notes = QStringLiteral("x");
        QCOMPARE(Comite::changesBetween(a, b), SessionChanges(SessionChange::Notes));
        b.agenda[1].actualSeconds = 3;
        QCOMPARE(Comite::changesBetween(a, b), SessionChange::Notes | SessionChange::Timing);
        b = a;
        b.agenda.move(0, 1);
        b.place = QStringLiteral("Salle");
        QCOMPARE(Comite::changesBetween(a, b), SessionChange::Agenda | SessionChange::Header);
    }

    // The amount granted shared over the lines requested: in proportion,
    // adding up to the amount to the euro.
    void grantedByLine()
    {
        const QMap<QString, qint64> requested{{QStringLiteral("development"), 1000000}, {QStringLiteral("design"), 200000},
                                              {QStringLiteral("product"), 400000}};
        QMap<QString, qint64> shares = SessionDecisions::grantedByLine(requested, 1500000);
        QCOMPARE(shares.value(QStringLiteral("development")), 937500);
        QCOMPARE(shares.value(QStringLiteral("design")), 187500);
        QCOMPARE(shares.value(QStringLiteral("product")), 375000);
        shares = SessionDecisions::grantedByLine({{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}, {QStringLiteral("c"), 1}}, 100);
        QCOMPARE(shares.value(QStringLiteral("a")) + shares.value(QStringLiteral("b")) + shares.value(QStringLiteral("c")), 100);
        QVERIFY(std::all_of(shares.cbegin(), shares.cend(), [](qint64 v) { return v == 33 || v == 34; }));
        QCOMPARE(SessionDecisions::grantedByLine(requested, 1600000), requested);  // all that was asked
        QCOMPARE(SessionDecisions::grantedByLine(requested, 0).value(QStringLiteral("development")), 0);
        QVERIFY(SessionDecisions::grantedByLine({}, 1000).isEmpty());
    }

    // Default titles, stored in the language the agenda was made in, print
    // in the current one; a title the user typed prints as typed.
    void agendaTitlesAtRenderTime()
    {
        AgendaItem item;
        item.kind = AgendaItemKind::Deliberation;
        item.title = QStringLiteral("Délibération");
        QVERIFY(AgendaItemKinds::isDefaultTitle(item.kind, item.title));
        QCOMPARE(SessionAgenda::displayTitle(item), AgendaItemKinds::label(AgendaItemKind::Deliberation));
        item.title = QStringLiteral("Deliberation");
        QCOMPARE(SessionAgenda::displayTitle(item), AgendaItemKinds::label(AgendaItemKind::Deliberation));
        item.kind = AgendaItemKind::Presentation;
        item.title = QStringLiteral("Résultats de l'investigation");
        QCOMPARE(SessionAgenda::displayTitle(item), item.title);
        item.title = QStringLiteral("Délibération");  // another kind's default: as typed
        QCOMPARE(SessionAgenda::displayTitle(item), item.title);
        for (AgendaItemKind kind : AgendaItemKinds::all())
            QVERIFY(AgendaItemKinds::isDefaultTitle(kind, AgendaItemKinds::label(kind)));
    }

    void keysRoundTrip()
    {
        for (ParticipantRole r : ParticipantRoles::all())
            QCOMPARE(ParticipantRoles::fromKey(ParticipantRoles::key(r)), std::optional<ParticipantRole>(r));
        QCOMPARE(ParticipantRoles::key(ParticipantRole::PortfolioManager), QStringLiteral("portfolio-manager"));
        QVERIFY(ParticipantRoles::votesByDefault(ParticipantRole::Chair));
        QVERIFY(!ParticipantRoles::votesByDefault(ParticipantRole::Intrapreneur));
        for (AgendaItemKind k : AgendaItemKinds::all())
            QCOMPARE(AgendaItemKinds::fromKey(AgendaItemKinds::key(k)), std::optional<AgendaItemKind>(k));
        for (ObjectiveStatus o : ObjectiveStatuses::all())
            QCOMPARE(ObjectiveStatuses::fromKey(ObjectiveStatuses::key(o)), std::optional<ObjectiveStatus>(o));
        for (SessionStatus st : {SessionStatus::Planned, SessionStatus::Running, SessionStatus::Held})
            QCOMPARE(SessionStatuses::fromKey(SessionStatuses::key(st)), std::optional<SessionStatus>(st));
        QVERIFY(!SessionStatuses::fromKey(u"closed"));
    }
};

QTEST_GUILESS_MAIN(TestSessionDomain)
#include "tst_sessiondomain.moc"
