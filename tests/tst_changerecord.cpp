// ChangeRecord<T>, the one before/after undo command: add, edit and remove
// round-trip (do, undo, redo) for organisations, incubators, envelopes and
// roadmaps; an edit knows which parts it changed and its undo writes only
// those, over a change made meanwhile to another part; a change to the same
// part makes it refuse and write nothing.

#include "commands/budgetcommands.h"
#include "commands/referencecommands.h"
#include "commands/roadmapcommands.h"
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
};

QTEST_GUILESS_MAIN(TestChangeRecord)
#include "tst_changerecord.moc"
