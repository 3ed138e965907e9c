// ChangeRecord<T>, the one before/after undo command: add, edit and remove
// round-trip (do, undo, redo) for organisations, incubators, envelopes,
// roadmaps, products, recorded committees, sessions and indicators; an edit knows which parts it changed and its undo writes only
// those, over a change made meanwhile to another part; a change to the same
// part makes it refuse and write nothing.

#include "commands/budgetcommands.h"
#include "commands/indicatorcommands.h"
#include "commands/productcommands.h"
#include "commands/referencecommands.h"
#include "commands/roadmapcommands.h"
#include "commands/sessioncommands.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Comite;

class TestChangeRecord : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_product = 0;
    Workspace &ws() { return **m_ws; }
    QUndoStack &stack() { return *ws().undoStack(); }

    // Add, edit, remove, then all undone and redone: the stored record
    // follows each step exactly.
    template<typename T>
    void roundTrip(T record, const std::function<void(T &)> &edit)
    {
        stack().push(new ChangeRecord<T>(ws(), QStringLiteral("Add"), std::nullopt, record));
        const auto *added = static_cast<const ChangeRecord<T> *>(stack().command(0));
        const qint64 id = added->recordId();
        QVERIFY(id > 0);
        const T stored = *RecordStore<T>::load(ws(), id);
        T edited = stored;
        edit(edited);
        stack().push(new ChangeRecord<T>(ws(), QStringLiteral("Edit"), stored, edited));
        // As stored: new child rows have their ids.
        edited = *static_cast<const ChangeRecord<T> *>(stack().command(1))->after();
        QVERIFY(*RecordStore<T>::load(ws(), id) == edited);
        stack().push(new ChangeRecord<T>(ws(), QStringLiteral("Remove"), edited, std::nullopt));
        QVERIFY(!RecordStore<T>::load(ws(), id));

        stack().undo();
        QVERIFY(*RecordStore<T>::load(ws(), id) == edited);
        stack().undo();
        QVERIFY(*RecordStore<T>::load(ws(), id) == stored);
        stack().undo();
        QVERIFY(!RecordStore<T>::load(ws(), id));
        stack().redo();
        QVERIFY(*RecordStore<T>::load(ws(), id) == stored);  // back under the same id
        stack().redo();
        QVERIFY(*RecordStore<T>::load(ws(), id) == edited);
        stack().redo();
        QVERIFY(!RecordStore<T>::load(ws(), id));
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_product = ws().products().insert(Test::sampleProduct(QStringLiteral("velo")));
    }

    void organisation()
    {
        roundTrip<Organisation>(Organisation{0, QStringLiteral("dinum"), QStringLiteral("Direction du numérique"), {}, {}},
                                [](Organisation &o) { o.acronym = QStringLiteral("DINUM"); });
    }

    void incubator()
    {
        roundTrip<Incubator>(Incubator{0, QStringLiteral("fabrique"), QStringLiteral("La Fabrique"), 0, 90000},
                             [](Incubator &i) { i.yearlyBudget = std::nullopt; i.name = QStringLiteral("Fabrique"); });
    }

    void envelope()
    {
        Envelope e;
        e.productId = m_product;
        e.start = QDate(2026, 1, 1);
        e.end = QDate(2026, 12, 31);
        e.amount = 250000;
        e.label = QStringLiteral("Construction");
        roundTrip<Envelope>(e, [](Envelope &x) { x.amount = 300000; });
    }

    void roadmap()
    {
        Roadmap r = RoadmapRules::blank(m_product, QDate(2026, 12, 1));
        r.priorities << RoadmapPriority{0, QStringLiteral("Deploy"), {}, {ExpectedResult{0, QStringLiteral("100 users")}}};
        roundTrip<Roadmap>(r, [](Roadmap &x) {
            x.vision = QStringLiteral("Every town");
            x.priorities << RoadmapPriority{0, QStringLiteral("Measure"), {}, {}};
        });
    }

    void product()
    {
        Product p = Test::sampleProduct(QStringLiteral("tram"), QStringLiteral("Tram"));
        p.pitch = QStringLiteral("A tram for every town");
        roundTrip<Product>(p, [](Product &x) {
            x.title = QStringLiteral("Tram express");
            x.links << ProductLink{QStringLiteral("site"), QStringLiteral("https://tram.example.org")};
        });
    }

    void committee()
    {
        CommitteeReview c{0, m_product, QDate(2026, 3, 10), DecisionOption::Continue, QStringLiteral("Go on")};
        roundTrip<CommitteeReview>(c, [](CommitteeReview &x) {
            x.decision = DecisionOption::Pivot;
            x.date = QDate(2026, 3, 12);
        });
    }

    void session()
    {
        Session s;
        s.title = QStringLiteral("Comité mobilités");
        s.startsAt = QDateTime(QDate(2026, 12, 8), QTime(14, 0));
        s.plannedMinutes = 90;
        s.products << SessionProduct{m_product, {}, {}};
        s.participants << Participant{0, QStringLiteral("Anne Leroy"), QStringLiteral("ADEME"), ParticipantRole::Chair, true, true};
        roundTrip<Session>(s, [](Session &x) {
            x.place = QStringLiteral("Salle 4.12");
            x.participants[0].organisation = QStringLiteral("DGALN");
        });
    }

    void indicator()
    {
        IndicatorSeries i;
        i.indicator.productId = m_product;
        i.indicator.name = QStringLiteral("Trips");
        i.indicator.unit = QStringLiteral("trips");
        i.measurements << Measurement{0, 0, QDate(2026, 10, 1), 120, {}} << Measurement{0, 0, QDate(2026, 11, 1), 150, {}};
        i.targets << IndicatorTarget{0, 0, QDate(2027, 6, 1), 400};
        roundTrip<IndicatorSeries>(i, [](IndicatorSeries &x) {
            x.indicator.name = QStringLiteral("Trips a month");
            x.indicator.northStar = true;
            x.measurements[1].value = 160;
        });
    }

    void partsOfAnEdit()
    {
        Roadmap a = RoadmapRules::blank(m_product, QDate(2026, 12, 1));
        Roadmap b = a;
        b.vision = QStringLiteral("Every town");
        b.blockers = {QStringLiteral("Data")};
        QCOMPARE(ChangeRecord<Roadmap>::changedParts(a, b), quint32(RoadmapPart::Vision) | quint32(RoadmapPart::Blockers));
        QCOMPARE(ChangeRecord<Roadmap>::changedParts(std::nullopt, b), quint32(allRoadmapParts));
        QCOMPARE(ChangeRecord<Roadmap>::changedParts(a, a), 0u);
    }

    // Undo writes back the acronym only: the name changed meanwhile stays.
    void undoWritesOnlyItsParts()
    {
        Organisation o{0, QStringLiteral("dinum"), QStringLiteral("Direction"), {}, {}};
        o.id = ws().organisations().insert(o);
        Organisation edited = o;
        edited.acronym = QStringLiteral("DINUM");
        stack().push(new ChangeOrganisation(ws(), QStringLiteral("Acronym"), o, edited));

        Organisation meanwhile = edited;
        meanwhile.name = QStringLiteral("Direction interministérielle du numérique");
        ws().organisations().update(meanwhile);

        stack().undo();
        Organisation now = *RecordStore<Organisation>::load(ws(), o.id);
        QCOMPARE(now.acronym, QString());
        QCOMPARE(now.name, meanwhile.name);
        stack().redo();
        now = *RecordStore<Organisation>::load(ws(), o.id);
        QCOMPARE(now.acronym, QStringLiteral("DINUM"));
        QCOMPARE(now.name, meanwhile.name);
    }

    // The same part changed meanwhile: undo refuses, nothing is written.
    void undoRefusesOverTheSamePart()
    {
        Envelope e;
        e.productId = m_product;
        e.start = QDate(2026, 1, 1);
        e.amount = 100000;
        e.id = ws().envelopes().insert(e);
        Envelope edited = e;
        edited.amount = 120000;
        auto *command = new ChangeEnvelope(ws(), QStringLiteral("Amount"), e, edited);
        stack().push(command);
        QVERIFY(command->succeeded());

        Envelope meanwhile = edited;
        meanwhile.amount = 150000;
        ws().envelopes().update(meanwhile);

        QSignalSpy errors(&ws(), &Workspace::errorOccurred);
        command->undo();
        QVERIFY(!command->succeeded());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(ws().envelopes().load(e.id)->amount, 150000);
    }

    // Removing a record someone changed since is refused too.
    void removeRefusesAChangedRecord()
    {
        Organisation o{0, QStringLiteral("dinum"), QStringLiteral("Direction"), {}, {}};
        stack().push(new ChangeOrganisation(ws(), QStringLiteral("Add"), std::nullopt, o));
        const qint64 id = static_cast<const ChangeOrganisation *>(stack().command(0))->recordId();
        Organisation meanwhile = *RecordStore<Organisation>::load(ws(), id);
        meanwhile.kind = QStringLiteral("ministere");
        ws().organisations().update(meanwhile);
        QSignalSpy errors(&ws(), &Workspace::errorOccurred);
        const_cast<QUndoCommand *>(stack().command(0))->undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY(RecordStore<Organisation>::load(ws(), id));
    }

    // A colleague's change to the record since: the commands that kept
    // products, committees, sessions and indicators refuse their undo and
    // write nothing.
    void refusedOverAColleaguesChange()
    {
        QSignalSpy errors(&ws(), &Workspace::errorOccurred);

        Product p = *ws().products().load(m_product);
        Product edited = p;
        edited.title = QStringLiteral("Vélo pour tous");
        auto *title = new ChangeRecord<Product>(ws(), QStringLiteral("Title"), p, edited);
        stack().push(title);
        ws().products().setField(m_product, ProductField::Title, QStringLiteral("Vélo partout"));
        title->undo();
        QVERIFY(!title->succeeded());
        QCOMPARE(ws().products().load(m_product)->title, QStringLiteral("Vélo partout"));

        auto *committee = new AddRemoveCommittee(
            ws(), AddRemoveCommittee::Add, CommitteeReview{0, m_product, QDate(2026, 3, 10), DecisionOption::Continue, {}});
        stack().push(committee);
        CommitteeReview meanwhile = *committee->after();
        meanwhile.comment = QStringLiteral("Their note");
        ws().committees().updateRecorded(meanwhile);
        committee->undo();
        QVERIFY(!committee->succeeded());
        QCOMPARE(ws().committees().recorded(meanwhile.sessionId)->comment, meanwhile.comment);

        Session s;
        s.startsAt = QDateTime(QDate(2026, 12, 8), QTime(14, 0));
        s.products << SessionProduct{m_product, {}, {}};
        auto *session = new AddRemoveSession(ws(), AddRemoveSession::Add, s);
        stack().push(session);
        Session theirs = *ws().sessions().load(session->sessionId());
        theirs.title = QStringLiteral("Their title");
        ws().sessions().save(theirs, SessionChange::Header);
        session->undo();
        QVERIFY(!session->succeeded());
        QVERIFY(ws().sessions().load(session->sessionId()));

        Indicator i;
        i.productId = m_product;
        i.name = QStringLiteral("Trips");
        auto *indicator = new ChangeIndicator(ws(), QStringLiteral("Add"), ChangeIndicator::Add, {}, IndicatorSeries{i, {}, {}});
        stack().push(indicator);
        ws().indicators().insert(Measurement{0, indicator->indicatorId(), QDate(2026, 11, 1), 10, {}});
        indicator->undo();
        QVERIFY(!indicator->succeeded());
        QVERIFY(ws().indicators().series(indicator->indicatorId()));

        QCOMPARE(errors.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestChangeRecord)
#include "tst_changerecord.moc"
