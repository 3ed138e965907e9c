// Undo with colleagues: two connections to one SQLite file stand for two
// users of a shared database. An undo writes back only the parts its edit
// changed, keeps a colleague's change to another part, and refuses (stack
// unchanged, one message) when the colleague changed the same part; an undo
// or redo the database refuses (a constraint) leaves the stack where it was;
// a refused edit is reported once.

#include "commands/editsupport.h"
#include "commands/referencecommands.h"
#include "commands/referenceedits.h"
#include "commands/roadmapedits.h"
#include "commands/undohistory.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Comite;

class TestUndoConflict : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempWorkspace> m_mine;
    std::unique_ptr<Workspace> m_colleague;
    qint64 m_product = 0;

    Workspace &mine() { return **m_mine; }
    Workspace &colleague() { return *m_colleague; }

    // A roadmap added through the undo stack, then the stack emptied.
    qint64 addRoadmap()
    {
        Roadmap r = RoadmapRules::blank(m_product, QDate(2026, 12, 1));
        r.vision = QStringLiteral("First vision");
        r.priorities << RoadmapPriority{0, QStringLiteral("Deploy"), {}, {}};
        const Result<qint64> added = Edit::addRoadmap(mine(), r);
        if (!added)
            qFatal("roadmap refused: %s", qPrintable(added.error().message));
        mine().undoStack()->clear();
        return added.value();

    }
    void setVision(Workspace &ws, qint64 id, const QString &vision)
    {
        Roadmap r = *ws.roadmaps().load(id);
        r.vision = vision;
        const Result<void> saved = Edit::saveRoadmap(ws, r, QStringLiteral("Vision"));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }

private Q_SLOTS:
    void init()
    {
        m_mine = std::make_unique<Test::TempWorkspace>();
        m_product = mine().products().insert(Test::sampleProduct(QStringLiteral("velo")));
        m_colleague = std::make_unique<Workspace>(Database::open(m_mine->path()), m_mine->clock);
    }
    void cleanup()
    {
        m_colleague.reset();
        m_mine.reset();
    }

    // My undo restores my part only; the colleague's edit of another part stays.
    void undoKeepsAColleaguesOtherPart()
    {
        const qint64 id = addRoadmap();
        setVision(mine(), id, QStringLiteral("My vision"));

        Roadmap theirs = *colleague().roadmaps().load(id);
        theirs.priorities[0].title = QStringLiteral("Their priority");
        const Result<void> saved = Edit::saveRoadmap(colleague(), theirs, QStringLiteral("Priority"));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));

        QVERIFY(Edit::undo(mine()));
        Roadmap now = *mine().roadmaps().load(id);
        QCOMPARE(now.vision, QStringLiteral("First vision"));
        QCOMPARE(now.priorities[0].title, QStringLiteral("Their priority"));
        QCOMPARE(mine().undoStack()->index(), 0);

        QVERIFY(Edit::redo(mine()));
        now = *mine().roadmaps().load(id);
        QCOMPARE(now.vision, QStringLiteral("My vision"));
        QCOMPARE(now.priorities[0].title, QStringLiteral("Their priority"));
        QCOMPARE(mine().undoStack()->index(), 1);
    }

    // The colleague changed the part my edit changed: undo refuses, says
    // why once, and the stack does not move; once they put it back, undo works.
    void undoRefusesToEraseAColleaguesChange()
    {
        const qint64 id = addRoadmap();
        setVision(mine(), id, QStringLiteral("My vision"));
        setVision(colleague(), id, QStringLiteral("Their vision"));

        QSignalSpy errors(&mine(), &Workspace::errorOccurred);
        QVERIFY(!Edit::undo(mine()));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("Someone else changed")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(mine().roadmaps().load(id)->vision, QStringLiteral("Their vision"));
        QCOMPARE(mine().undoStack()->index(), 1);
        QCOMPARE(mine().undoStack()->count(), 1);
        QVERIFY(mine().undoStack()->canUndo());
        QVERIFY(!mine().undoStack()->canRedo());

        // The next edit does not throw my step away.
        Roadmap r = *mine().roadmaps().load(id);
        r.blockers = {QStringLiteral("Data access")};
        QVERIFY(Edit::saveRoadmap(mine(), r, QStringLiteral("Blockers")));
        QCOMPARE(mine().undoStack()->count(), 2);

        // The colleague puts the vision back as my edit left it: my two steps undo.
        setVision(colleague(), id, QStringLiteral("My vision"));
        QVERIFY(Edit::undo(mine()));
        QVERIFY(Edit::undo(mine()));
        r = *mine().roadmaps().load(id);
        QCOMPARE(r.vision, QStringLiteral("First vision"));
        QVERIFY(r.blockers.isEmpty());
        QCOMPARE(mine().undoStack()->index(), 0);
    }

    // The same for redo: the colleague changed the part after my undo.
    void redoRefusesToEraseAColleaguesChange()
    {
        const qint64 id = addRoadmap();
        setVision(mine(), id, QStringLiteral("My vision"));
        QVERIFY(Edit::undo(mine()));
        setVision(colleague(), id, QStringLiteral("Their vision"));

        QSignalSpy errors(&mine(), &Workspace::errorOccurred);
        QVERIFY(!Edit::redo(mine()));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(mine().roadmaps().load(id)->vision, QStringLiteral("Their vision"));
        QCOMPARE(mine().undoStack()->index(), 0);
        QVERIFY(mine().undoStack()->canRedo());
    }

    // A colleague deleted the roadmap: undo of my edit refuses, stack unchanged.
    void undoAfterAColleagueDeleted()
    {
        const qint64 id = addRoadmap();
        setVision(mine(), id, QStringLiteral("My vision"));
        QVERIFY(Edit::removeRoadmap(colleague(), id));

        QSignalSpy errors(&mine(), &Workspace::errorOccurred);
        QVERIFY(!Edit::undo(mine()));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("deleted")));
        QCOMPARE(mine().undoStack()->index(), 1);
        QVERIFY(!mine().roadmaps().load(id));
    }

    // A constraint refuses the undo (the colleague took the slug back): the
    // stack stays, nothing changes; the round trip works once it is free.
    void undoRefusedByAConstraint()
    {
        Organisation org{0, QStringLiteral("dinum"), QStringLiteral("DINUM"), {}, {}};
        const Result<qint64> idAdded = Edit::addOrganisation(mine(), org);
        QVERIFY(idAdded);
        const qint64 id = idAdded.value();
        QVERIFY(id > 0);
        org.id = id;
        org.slug = QStringLiteral("dinum-2");
        QVERIFY(Edit::updateOrganisation(mine(), org));
        const Result<qint64> theirsAdded = Edit::addOrganisation(colleague(), Organisation{0, QStringLiteral("dinum"), QStringLiteral("Other"), {}, {}});
        QVERIFY(theirsAdded);
        const qint64 theirs = theirsAdded.value();
        QVERIFY(theirs > 0);

        QSignalSpy errors(&mine(), &Workspace::errorOccurred);
        QVERIFY(!Edit::undo(mine()));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(mine().undoStack()->index(), 2);
        QVERIFY(!mine().undoStack()->canRedo());
        QVERIFY(*RecordStore<Organisation>::load(mine(), id) == org);

        QVERIFY(Edit::removeOrganisation(colleague(), theirs));
        QVERIFY(Edit::undo(mine()));
        QCOMPARE(RecordStore<Organisation>::load(mine(), id)->slug, QStringLiteral("dinum"));
        QVERIFY(Edit::redo(mine()));
        QCOMPARE(RecordStore<Organisation>::load(mine(), id)->slug, QStringLiteral("dinum-2"));
    }

    // A refused first write: the caller gets the message, errorOccurred
    // stays silent (one message box, not two) and the stack drops the step.
    void refusedEditReportedOnce()
    {
        const Result<qint64> added = Edit::addOrganisation(mine(), Organisation{0, QStringLiteral("dinum"), QStringLiteral("DINUM"), {}, {}});
        QVERIFY(added);
        const qint64 id = added.value();
        mine().undoStack()->clear();
        Organisation stale = *RecordStore<Organisation>::load(mine(), id);
        Organisation theirs = stale;
        theirs.name = QStringLiteral("Their name");
        QVERIFY(Edit::updateOrganisation(colleague(), theirs));

        Organisation mineAfter = stale;
        mineAfter.name = QStringLiteral("My name");
        QSignalSpy errors(&mine(), &Workspace::errorOccurred);
        // The failure comes back to the caller only (it reports it once),
        // never also through errorOccurred.
        const Result<void> r =
            EditSupport::pushed(mine(), new ChangeOrganisation(mine(), QStringLiteral("Rename"), stale, mineAfter));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("Someone else changed")), qPrintable(r.error().message));
        QCOMPARE(errors.size(), 0);
        QCOMPARE(mine().undoStack()->count(), 0);
        QCOMPARE(RecordStore<Organisation>::load(mine(), id)->name, QStringLiteral("Their name"));
    }
};

QTEST_GUILESS_MAIN(TestUndoConflict)
#include "tst_undoconflict.moc"
