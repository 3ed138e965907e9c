// SessionRepository: a whole session written and read back as one value,
// ids kept across saves (and across a delete undone), what save() leaves
// alone (status, timing), cascades, the sessions list, templates, and
// committees recorded after the fact read as held one-product sessions.

#include "sessionfixture.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTest>

using namespace Comite;

namespace {
int count(Database &db, const QString &table)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestSessionRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<Test::SessionFixture> m_fixture;
    Workspace &ws() { return **m_ws; }
    SessionRepository &repo() { return ws().sessions(); }

    // A held session with everything filled in.
    Session full()
    {
        Session s = m_fixture->planned(QDateTime(QDate(2026, 10, 2), QTime(9, 30)));
        s.status = SessionStatus::Held;
        s.agenda = SessionAgenda::generate(SessionAgenda::defaultTemplate(), s.products);
        for (int i = 0; i < s.agenda.size(); ++i)
            s.agenda[i].actualSeconds = s.agenda[i].plannedMinutes * 60 + i * 7;
        s.agenda[2].notes = QStringLiteral("58 collectivités utilisatrices.");
        s.participants[3].present = false;
        return s;
    }

    void addScoresAndDecisions(Session &s)
    {
        for (int member = 0; member < 3; ++member) {
            for (int q = 1; q <= ArbitrationGrid::questionCount; ++q)
                s.scores << ArbitrationScore{m_fixture->velo, s.participants[member].id, q, (q + member) % 6,
                                             q == 3 ? QStringLiteral("À confirmer") : QString()};
        }
        Decision d = Test::SessionFixture::decision(m_fixture->velo);
        d.amount = 450000;
        d.periodStart = QDate(2026, 11, 1);
        d.periodEnd = QDate(2027, 4, 30);
        d.phaseChange = Phase::Acceleration;
        d.objectives = {{QStringLiteral("100 collectivités"), ObjectiveStatus::Validated, {}},
                        {QStringLiteral("Open data"), ObjectiveStatus::Modified, QStringLiteral("Au T2")}};
        d.blockers = {{QStringLiteral("Accès aux données de comptage"), QStringLiteral("DGITM")}};
        d.conditions = QStringLiteral("Sous réserve du recrutement d'un data scientist.");
        d.actions = {{QStringLiteral("Informer les achats"), QStringLiteral("David Roux"), QDate(2026, 10, 5)}};
        d.procurementInformedOn = QDate(2026, 10, 3);
        s.decisions << d << Test::SessionFixture::decision(m_fixture->bus, DecisionOption::ContinueReduced);
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_fixture = std::make_unique<Test::SessionFixture>(ws());
    }

    void cleanup()
    {
        m_fixture.reset();
        m_ws.reset();
    }

    // Members scoring at the same time each save from the version they
    // read: a save of scores writes only the rows that changed, so no
    // member's score overwrites another's.
    void scoresAreWrittenRowByRow()
    {
        Session s = full();
        repo().insert(s);
        const Session base = *repo().load(s.id);
        const qint64 first = base.participants[0].id;
        const qint64 second = base.participants[1].id;
        Session a = base;
        a.scores << ArbitrationScore{m_fixture->velo, first, 1, 4, QStringLiteral("Solide")};
        repo().save(a, SessionChange::Scores, &base);
        Session b = base;  // read before the first member saved
        b.scores << ArbitrationScore{m_fixture->velo, second, 1, 3, {}};
        repo().save(b, SessionChange::Scores, &base);
        QCOMPARE(repo().load(s.id)->scores.size(), 2);

        Session c = *repo().load(s.id);
        const Session stored = c;
        c.scores[0].score = 5;  // first member changes their mind…
        c.scores.removeAt(1);   // …second member withdraws
        repo().save(c, SessionChange::Scores, &stored);
        const Session after = *repo().load(s.id);
        QCOMPARE(after.scores.size(), 1);
        QCOMPARE(after.scores[0].score, 5);
        QCOMPARE(after.scores[0].comment, QStringLiteral("Solide"));
        // Nothing but the scores was written: the header keeps its version.
        QSqlQuery v = ws().database().exec(QStringLiteral("SELECT version FROM sessions WHERE id = ?"), {s.id});
        QVERIFY(v.next());
        QCOMPARE(v.value(0).toInt(), 1);
    }

    void schemaHasTheSessionTables()
    {
        QVERIFY(ws().database().schemaVersion() >= 4);
        for (const char *table : {"session_participants", "agenda_items", "agenda_templates", "agenda_template_items",
                                  "session_scores", "decision_objectives", "decision_blockers", "decision_actions"})
            QCOMPARE(count(ws().database(), QLatin1String(table)), 0);
    }

    void wholeSessionRoundTrip()
    {
        Session s = full();
        repo().insert(s);
        QVERIFY(s.id > 0);
        for (const Participant &p : std::as_const(s.participants))
            QVERIFY(p.id > 0);
        addScoresAndDecisions(s);
        repo().save(s);
        for (const Decision &d : std::as_const(s.decisions))
            QVERIFY(d.id > 0);
        const auto loaded = repo().load(s.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->startsAt, s.startsAt);
        QCOMPARE(loaded->participants, s.participants);
        QCOMPARE(loaded->agenda, s.agenda);
        QCOMPARE(loaded->scores.size(), s.scores.size());
        QCOMPARE(loaded->decisions, s.decisions);
        QCOMPARE(*loaded, s);
        QVERIFY(!repo().load(s.id + 100));
    }

    void saveKeepsIdsAndDropsWhatIsGone()
    {
        Session s = full();
        repo().insert(s);
        addScoresAndDecisions(s);
        repo().save(s);
        const qint64 chairId = s.participants[0].id;
        const qint64 itemId = s.agenda[3].id;
        const qint64 decisionId = s.decisions[0].id;

        // The sponsor leaves the list: their scores go with them.
        s.participants.removeAt(1);
        s.scores.removeIf([&](const ArbitrationScore &sc) { return !s.participant(sc.participantId); });
        s.agenda.move(3, 0);
        s.agenda[0].title = QStringLiteral("Questions d'abord");
        s.decisions[0].comment = QStringLiteral("Revu");
        s.decisions.removeAt(1);
        repo().save(s);
        const Session loaded = *repo().load(s.id);
        QCOMPARE(loaded.participants[0].id, chairId);
        QCOMPARE(loaded.agenda[0].id, itemId);
        QCOMPARE(loaded.agenda[0].title, QStringLiteral("Questions d'abord"));
        QCOMPARE(loaded.decisions.size(), 1);
        QCOMPARE(loaded.decisions[0].id, decisionId);
        QCOMPARE(loaded.decisions[0].blockers.size(), 1);
        QCOMPARE(loaded.scores.size(), 20);
        QCOMPARE(loaded, s);
        QCOMPARE(count(ws().database(), QStringLiteral("decision_objectives")), 2);
    }

    void saveLeavesStatusAndTimingAlone()
    {
        Session s = full();
        s.status = SessionStatus::Planned;
        repo().insert(s);
        repo().setStatus(s.id, SessionStatus::Running);
        repo().recordTiming({{s.agenda[0].id, 301}, {s.agenda[1].id, std::nullopt}});
        Session stale = s;  // what an older undo step holds
        stale.agenda[0].notes = QStringLiteral("Tour de table fait.");
        repo().save(stale);
        const Session loaded = *repo().load(s.id);
        QCOMPARE(loaded.status, SessionStatus::Running);
        QCOMPARE(loaded.agenda[0].actualSeconds, std::optional<int>(301));
        QCOMPARE(loaded.agenda[1].actualSeconds, std::nullopt);
        QCOMPARE(loaded.agenda[0].notes, QStringLiteral("Tour de table fait."));
    }

    void removeCascadesAndInsertRestoresIds()
    {
        Session s = full();
        repo().insert(s);
        addScoresAndDecisions(s);
        repo().save(s);
        const Session before = *repo().load(s.id);
        repo().remove(s.id);
        QVERIFY(!repo().load(s.id));
        for (const char *table : {"session_participants", "agenda_items", "session_scores", "decisions",
                                  "decision_objectives", "decision_blockers", "decision_actions", "session_products"})
            QCOMPARE(count(ws().database(), QLatin1String(table)), 0);
        Session again = before;
        repo().insert(again);
        QCOMPARE(*repo().load(s.id), before);
    }

    void summaries()
    {
        Session later = m_fixture->planned();
        repo().insert(later);
        Session earlier = full();
        repo().insert(earlier);
        addScoresAndDecisions(earlier);
        repo().save(earlier);
        const QList<SessionSummary> list = repo().summaries();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, earlier.id);
        QCOMPARE(list[0].status, SessionStatus::Held);
        QCOMPARE(list[0].decisionCount, 2);
        QCOMPARE(list[0].productSlugs, (QStringList{"velo-pour-tous", "bus-a-la-demande"}));
        QCOMPARE(list[1].id, later.id);
        QCOMPARE(list[1].status, SessionStatus::Planned);
        QCOMPARE(list[1].startsAt, later.startsAt);
        QCOMPARE(repo().sessionsOfProduct(m_fixture->bus), (QList<qint64>{earlier.id, later.id}));
    }

    void heldSessionIsOnTheProductTimeline()
    {
        Session s = full();
        repo().insert(s);
        addScoresAndDecisions(s);
        repo().save(s);
        const QList<CommitteeReview> reviews = ws().committees().forProduct(m_fixture->velo);
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews[0].sessionId, s.id);
        QCOMPARE(reviews[0].date, QDate(2026, 10, 2));
        QCOMPARE(reviews[0].decision, DecisionOption::Continue);
        QCOMPARE(reviews[0].comment, QStringLiteral("Objectifs atteints."));
        QCOMPARE(ws().products().summary(m_fixture->velo)->lastCommittee, QDate(2026, 10, 2));
    }

    void recordedCommitteeIsAHeldOneProductSession()
    {
        CommitteeReview review{0, m_fixture->bus, QDate(2025, 3, 12), DecisionOption::Recorded,
                               QStringLiteral("Comité tenu, budget reconduit.")};
        const qint64 id = ws().committees().record(review);
        const auto s = repo().load(id);
        QVERIFY(s);
        QCOMPARE(s->status, SessionStatus::Held);
        QCOMPARE(s->date(), QDate(2025, 3, 12));
        QCOMPARE(s->products.size(), 1);
        QCOMPARE(s->products[0].slug, QStringLiteral("bus-a-la-demande"));
        QCOMPARE(s->decisions.size(), 1);
        QCOMPARE(s->decisions[0].option, DecisionOption::Recorded);
        QCOMPARE(s->decisions[0].comment, QStringLiteral("Comité tenu, budget reconduit."));
        QVERIFY(s->agenda.isEmpty());
        QVERIFY(s->undecidedProducts().isEmpty());
    }

    void templates()
    {
        QVERIFY(repo().templates().isEmpty());
        AgendaTemplate t = SessionAgenda::defaultTemplate();
        t.name = QStringLiteral("Format court");
        t.items[2].plannedMinutes = 10;
        const qint64 id = repo().saveTemplate(t);
        QList<AgendaTemplate> stored = repo().templates();
        QCOMPARE(stored.size(), 1);
        t.id = id;
        QCOMPARE(stored[0], t);
        // Same name: replaced, same id.
        t.items.removeLast();
        QCOMPARE(repo().saveTemplate(t), id);
        stored = repo().templates();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].items.size(), 4);
        repo().removeTemplate(id);
        QVERIFY(repo().templates().isEmpty());
        QCOMPARE(count(ws().database(), QStringLiteral("agenda_template_items")), 0);
    }

    void databaseRefusesBadScores()
    {
        Session s = full();
        repo().insert(s);
        s.scores << ArbitrationScore{m_fixture->velo, s.participants[0].id, 11, 3, {}};
        QVERIFY_THROWS_EXCEPTION(StorageError, repo().save(s));
        // Nothing of the failed save was kept.
        QCOMPARE(repo().load(s.id)->scores.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionRepository)
#include "tst_sessionrepository.moc"
