// The session edit API and its undo commands: every edit done, undone and
// redone; refused edits change nothing; closing is refused while a product
// has no decision (naming it), a stop ends the phase history with `abandon`
// at the session date, a phase change is written, and undo reopens.

#include "domain/phasehistory.h"
#include "sessionfixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Comite;

class TestSessionEdits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<Test::SessionFixture> m_fixture;
    qint64 m_id = 0;
    Workspace &ws() { return **m_ws; }
    Session stored() { return *ws().sessions().load(m_id); }
    QUndoStack *undo() { return ws().undoStack(); }

    // Undo then redo: the stored session comes back exactly each time.
    void roundTrip(const Session &before, const Session &after)
    {
        undo()->undo();
        QCOMPARE(stored(), before);
        undo()->redo();
        QCOMPARE(stored(), after);
    }

    void scoreAll(qint64 productId)
    {
        const Session s = stored();
        for (const Participant &p : s.votingMembers()) {
            for (int q = 1; q <= ArbitrationGrid::questionCount; ++q)
                QVERIFY(Edit::setScore(ws(), m_id, {productId, p.id, q, 4, {}}));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_fixture = std::make_unique<Test::SessionFixture>(ws());
        m_id = m_fixture->create(ws());
        QVERIFY(m_id > 0);
    }

    void cleanup()
    {
        m_fixture.reset();
        m_ws.reset();
    }

    void createGeneratesTheAgenda()
    {
        const Session s = stored();
        QCOMPARE(s.status, SessionStatus::Planned);
        // Introduction and objectives once, then 3 items per product.
        QCOMPARE(s.agenda.size(), 8);
        QCOMPARE(s.agenda[0].kind, AgendaItemKind::Introduction);
        QCOMPARE(s.agenda[0].productId, 0);
        QCOMPARE(s.agenda[2].productId, m_fixture->velo);
        QCOMPARE(s.agenda[7].productId, m_fixture->bus);
        QCOMPARE(s.agenda[7].kind, AgendaItemKind::Deliberation);
        QVERIFY(s.agenda[7].teamLeaves);
        QCOMPARE(s.agendaMinutes(), 5 + 5 + 2 * 50);
        QCOMPARE(s.plannedEnd(), s.startsAt.addSecs(110 * 60));
        QVERIFY(!s.isOverLength());
        QCOMPARE(s.votingMembers().size(), 3);

        QSignalSpy removed(&ws(), &Workspace::sessionRemoved);
        undo()->undo();
        QVERIFY(!ws().sessions().load(m_id));
        QCOMPARE(removed.size(), 1);
        undo()->redo();
        QCOMPARE(stored(), s);
    }

    void createRefusesBadInput()
    {
        Session bad = m_fixture->planned();
        bad.startsAt = {};
        bad.participants[1].name = QStringLiteral("  ");
        const Result<qint64> created = Edit::createSession(ws(), bad, SessionAgenda::defaultTemplate());
        QVERIFY(!created);
        const QString error = created.error().message;
        QVERIFY2(error.contains(QStringLiteral("date and a time")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Participant 2 has no name")), qPrintable(error));
        QCOMPARE(ws().sessions().summaries().size(), 1);
    }

    void headerEdit()
    {
        const Session before = stored();
        Session header = before;
        header.plannedMinutes = 90;
        header.place = QStringLiteral("Visio");
        QSignalSpy changed(&ws(), &Workspace::sessionChanged);
        QVERIFY(Edit::setSessionHeader(ws(), header));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).value<SessionChanges>(), SessionChanges(SessionChange::Header));
        const Session after = stored();
        QCOMPARE(after.place, QStringLiteral("Visio"));
        QVERIFY(after.isOverLength());  // 110 min of agenda for 90 booked
        roundTrip(before, after);
    }

    void agendaEditsReorderAndRemove()
    {
        const Session before = stored();
        QList<AgendaItem> agenda = before.agenda;
        agenda.move(1, 0);
        agenda[4].plannedMinutes = 25;
        agenda.removeAt(5);
        AgendaItem pause;
        pause.title = QStringLiteral("Pause");
        pause.plannedMinutes = 10;
        agenda.insert(5, pause);
        QVERIFY(Edit::setAgenda(ws(), m_id, agenda, QStringLiteral("Edit agenda")));
        const Session after = stored();
        QCOMPARE(after.agenda.size(), 8);
        QCOMPARE(after.agenda[0].id, before.agenda[1].id);
        QCOMPARE(after.agenda[5].title, QStringLiteral("Pause"));
        QVERIFY(after.agenda[5].id > 0);
        QCOMPARE(after.agendaMinutes(), before.agendaMinutes() + 10 - 20 + 10);
        roundTrip(before, after);
        // A refused agenda changes nothing.
        agenda[0].title.clear();
        const Result<void> r = Edit::setAgenda(ws(), m_id, agenda, QStringLiteral("Edit agenda"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("Agenda item 1 has no title")));
        QCOMPARE(stored(), after);
    }

    void participantRemovalTakesScoresAndUndoRestoresThem()
    {
        scoreAll(m_fixture->velo);
        const Session before = stored();
        QCOMPARE(before.scores.size(), 30);
        QList<Participant> people = before.participants;
        people.removeAt(1);
        QVERIFY(Edit::setParticipants(ws(), m_id, people));
        const Session after = stored();
        QCOMPARE(after.scores.size(), 20);
        roundTrip(before, after);
    }

    void notesMergeIntoOneStep()
    {
        const Session before = stored();
        const qint64 item = before.agenda[2].id;
        const int steps = undo()->count();
        QVERIFY(Edit::setAgendaNotes(ws(), m_id, item, QStringLiteral("Démo")));
        QVERIFY(Edit::setAgendaNotes(ws(), m_id, item, QStringLiteral("Démo du simulateur")));
        QCOMPARE(undo()->count(), steps + 1);
        QVERIFY(Edit::setAgendaNotes(ws(), m_id, before.agenda[3].id, QStringLiteral("Question sur le coût")));
        QCOMPARE(undo()->count(), steps + 2);
        undo()->undo();
        undo()->undo();
        QCOMPARE(stored(), before);
        undo()->redo();
        QCOMPARE(stored().agenda[2].notes, QStringLiteral("Démo du simulateur"));
    }

    void scores()
    {
        const Session before = stored();
        const Participant chair = before.participants[0];
        QVERIFY(Edit::setScore(ws(), m_id, {m_fixture->velo, chair.id, 3, 2, QStringLiteral("Peu d'impact mesuré")}));
        const Session after = stored();
        QCOMPARE(after.scores.size(), 1);
        roundTrip(before, after);
        QVERIFY(Edit::setScore(ws(), m_id, {m_fixture->velo, chair.id, 3, 4, {}}));
        QCOMPARE(stored().scores[0].score, 4);
        QVERIFY(Edit::setScore(ws(), m_id, {m_fixture->velo, chair.id, 3, 4, {}}, true));
        QVERIFY(stored().scores.isEmpty());

        QVERIFY(!Edit::setScore(ws(), m_id, {m_fixture->velo, chair.id, 3, 6, {}}));
        QVERIFY(!Edit::setScore(ws(), m_id, {m_fixture->velo, chair.id, 0, 3, {}}));
        const Participant intrapreneur = before.participants[3];
        const Result<void> r = Edit::setScore(ws(), m_id, {m_fixture->velo, intrapreneur.id, 1, 3, {}});
        QVERIFY(!r);
        QCOMPARE(r.error().message, QStringLiteral("Only voting members score the grid."));
    }

    void decisions()
    {
        const Session before = stored();
        Decision d = Test::SessionFixture::decision(m_fixture->velo);
        d.amount = 300000;
        d.periodStart = QDate(2026, 12, 1);
        d.periodEnd = QDate(2027, 5, 31);
        d.actions = {{QStringLiteral("Informer les achats"), QStringLiteral("David"), QDate(2026, 12, 9)}};
        QVERIFY(Edit::setDecision(ws(), m_id, d));
        const Session after = stored();
        QCOMPARE(after.decisions.size(), 1);
        QVERIFY(after.decisions[0].id > 0);
        roundTrip(before, after);
        // A second decision on the same product replaces the first, same id.
        d.option = DecisionOption::Provisional;
        QVERIFY(Edit::setDecision(ws(), m_id, d));
        QCOMPARE(stored().decisions.size(), 1);
        QCOMPARE(stored().decisions[0].id, after.decisions[0].id);
        QCOMPARE(stored().decisions[0].option, DecisionOption::Provisional);

        d.periodEnd = QDate(2026, 1, 1);
        const Result<void> r = Edit::setDecision(ws(), m_id, d);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("Vélo pour tous: the period granted ends before it starts")),
                 qPrintable(r.error().message));
        Decision stray = Test::SessionFixture::decision(m_fixture->velo + 100);
        QVERIFY(!Edit::setDecision(ws(), m_id, stray));
        QVERIFY(Edit::removeDecision(ws(), m_id, m_fixture->velo));
        QVERIFY(stored().decisions.isEmpty());
    }

    void productsChange()
    {
        scoreAll(m_fixture->bus);
        QVERIFY(Edit::setDecision(ws(), m_id, Test::SessionFixture::decision(m_fixture->bus)));
        const Session before = stored();
        const qint64 third = ws().products().insert(Test::sampleProduct(QStringLiteral("renov")));
        QVERIFY(Edit::setSessionProducts(ws(), m_id, {m_fixture->velo, third}, SessionAgenda::defaultTemplate()));
        const Session after = stored();
        QCOMPARE(after.products.size(), 2);
        QCOMPARE(after.products[1].slug, QStringLiteral("renov"));
        // Bus's items, scores and decision are gone; renov has its 3 items.
        QCOMPARE(after.agenda.size(), 8);
        QCOMPARE(after.agenda[5].productId, third);
        QVERIFY(after.scores.isEmpty());
        QVERIFY(after.decisions.isEmpty());
        roundTrip(before, after);
    }

    void closingNeedsEveryDecision()
    {
        QVERIFY(Edit::setDecision(ws(), m_id, Test::SessionFixture::decision(m_fixture->velo)));
        const Result<void> r = Edit::closeSession(ws(), m_id);
        QVERIFY(!r);
        const QString error = r.error().message;
        QVERIFY2(error.contains(QStringLiteral("“Bus à la demande” has no decision yet")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("Vélo")));
        QCOMPARE(stored().status, SessionStatus::Planned);
    }

    void closingAppliesStopAndPhaseChange()
    {
        Decision stop = Test::SessionFixture::decision(m_fixture->velo, DecisionOption::Stop);
        Decision go = Test::SessionFixture::decision(m_fixture->bus);
        go.phaseChange = Phase::Construction;
        go.comment = QStringLiteral("Passage en construction.");
        QVERIFY(Edit::setDecision(ws(), m_id, stop));
        QVERIFY(Edit::setDecision(ws(), m_id, go));
        const QList<PhaseRecord> veloBefore = ws().products().load(m_fixture->velo)->phases;
        QSignalSpy products(&ws(), &Workspace::productChanged);
        const Result<void> r = Edit::closeSession(ws(), m_id);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const QDate date = stored().date();
        QCOMPARE(stored().status, SessionStatus::Held);
        const QList<PhaseRecord> velo = ws().products().load(m_fixture->velo)->phases;
        QCOMPARE(velo.size(), 2);
        QCOMPARE(velo.last().phase, Phase::Abandon);
        QCOMPARE(velo.last().start, date);
        QCOMPARE(velo.first().end, date);
        const QList<PhaseRecord> bus = ws().products().load(m_fixture->bus)->phases;
        QCOMPARE(bus.last().phase, Phase::Construction);
        QCOMPARE(bus.last().start, date);
        QCOMPARE(bus.last().comment, QStringLiteral("Passage en construction."));
        QCOMPARE(products.size(), 2);
        // On the timelines now.
        QCOMPARE(ws().committees().forProduct(m_fixture->velo).size(), 1);
        QCOMPARE(ws().committees().forProduct(m_fixture->velo)[0].decision, DecisionOption::Stop);

        undo()->undo();
        QCOMPARE(stored().status, SessionStatus::Planned);
        QCOMPARE(ws().products().load(m_fixture->velo)->phases, veloBefore);
        QVERIFY(ws().committees().forProduct(m_fixture->velo).isEmpty());
        undo()->redo();
        QCOMPARE(stored().status, SessionStatus::Held);
        QCOMPARE(ws().products().load(m_fixture->velo)->phases, velo);
        // Closing twice is harmless.
        QVERIFY(Edit::closeSession(ws(), m_id));
    }

    void closingCreatesTheBudgetEnvelope()
    {
        Decision granted = Test::SessionFixture::decision(m_fixture->velo);
        granted.amount = 240000;
        granted.periodStart = QDate(2026, 12, 15);
        granted.periodEnd = QDate(2027, 6, 14);
        QVERIFY(Edit::setDecision(ws(), m_id, granted));
        QVERIFY(Edit::setDecision(ws(), m_id, Test::SessionFixture::decision(m_fixture->bus)));  // nothing granted
        auto envelopes = [this] {
            QList<QVariantList> rows;
            QSqlQuery q = ws().database().exec(QStringLiteral("SELECT id, product_id, amount, start_date, end_date, source, "
                                                              "decision_id FROM envelopes ORDER BY id"));
            while (q.next())
                rows << QVariantList{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5), q.value(6)};
            return rows;
        };
        QVERIFY(envelopes().isEmpty());
        QVERIFY(Edit::closeSession(ws(), m_id));
        const QList<QVariantList> created = envelopes();
        QCOMPARE(created.size(), 1);
        QCOMPARE(created[0][1].toLongLong(), m_fixture->velo);
        QCOMPARE(created[0][2].toLongLong(), 240000);
        QCOMPARE(created[0][3].toString(), QStringLiteral("2026-12-15"));
        QCOMPARE(created[0][4].toString(), QStringLiteral("2027-06-14"));
        QCOMPARE(created[0][5].toString(), QStringLiteral("sponsor"));
        QCOMPARE(created[0][6].toLongLong(), stored().decisionFor(m_fixture->velo)->id);
        undo()->undo();
        QVERIFY(envelopes().isEmpty());
        undo()->redo();
        QCOMPARE(envelopes(), created);  // the same id again
    }

    void closingRefusesAnImpossibleTransition()
    {
        // The session is dated before the product's current phase started.
        Session s = stored();
        s.startsAt = QDateTime(Test::fixedToday.addYears(-2), QTime(14, 0));
        QVERIFY(Edit::changeSession(ws(), s, QStringLiteral("Edit")));
        Decision go = Test::SessionFixture::decision(m_fixture->velo);
        go.phaseChange = Phase::Construction;
        QVERIFY(Edit::setDecision(ws(), m_id, go));
        QVERIFY(Edit::setDecision(ws(), m_id, Test::SessionFixture::decision(m_fixture->bus)));
        const Result<void> r = Edit::closeSession(ws(), m_id);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("“Vélo pour tous”")), qPrintable(r.error().message));
        QCOMPARE(stored().status, SessionStatus::Planned);
    }

    void runningAndTiming()
    {
        const int steps = undo()->count();
        QVERIFY(Edit::markSessionRunning(ws(), m_id));
        QCOMPARE(stored().status, SessionStatus::Running);
        const Session s = stored();
        QVERIFY(Edit::recordTiming(ws(), m_id, {{s.agenda[0].id, 320}}));
        QCOMPARE(stored().agenda[0].actualSeconds, std::optional<int>(320));
        QCOMPARE(undo()->count(), steps);  // not undoable
        // A later edit and its undo keep the time recorded.
        QVERIFY(Edit::setAgendaNotes(ws(), m_id, s.agenda[0].id, QStringLiteral("OK")));
        undo()->undo();
        QCOMPARE(stored().agenda[0].actualSeconds, std::optional<int>(320));
        QCOMPARE(stored().status, SessionStatus::Running);
    }

    void removeSessionAndUndo()
    {
        scoreAll(m_fixture->velo);
        QVERIFY(Edit::setDecision(ws(), m_id, Test::SessionFixture::decision(m_fixture->velo)));
        const Session before = stored();
        QVERIFY(Edit::removeSession(ws(), m_id));
        QVERIFY(!ws().sessions().load(m_id));
        undo()->undo();
        QCOMPARE(stored(), before);
        const Result<void> r = Edit::removeSession(ws(), m_id + 50);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("does not exist")));
    }

    void templatesSavedAndApplied()
    {
        AgendaTemplate t = SessionAgenda::templateFrom(QStringLiteral("Court"), stored().agenda);
        QCOMPARE(t.items.size(), 5);
        t.items[2].plannedMinutes = 10;
        QVERIFY(Edit::saveAgendaTemplate(ws(), t));
        QVERIFY(!Edit::saveAgendaTemplate(ws(), AgendaTemplate{}));

        const AgendaTemplate saved = ws().sessions().templates().first();
        const Session before = stored();
        QVERIFY(Edit::applyAgendaTemplate(ws(), m_id, saved));
        QCOMPARE(stored().agendaMinutes(), before.agendaMinutes() - 2 * 5);
        roundTrip(before, stored());
    }
};

QTEST_GUILESS_MAIN(TestSessionEdits)
#include "tst_sessionedits.moc"
