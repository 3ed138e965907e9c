// The server's roles met through the application (issue 14): one refusal
// per role with the message the user reads, never driver text; an undo and
// a redo the server refuses, which leave the undo stack where it was; an
// undo that refuses to erase a colleague's change; init-server run again.
// The rules themselves, with raw SQL per login: tst_serverroles. Skipped,
// and said so, without the test server of scripts/test.sh.

#include "commands/budgetedits.h"
#include "commands/sessionedits.h"
#include "commands/undohistory.h"
#include "serverrolesfixture.h"
#include "storage/deliberationrepository.h"

#include <QSignalSpy>

using namespace Comite;

class TestServerRolesApp : public QObject, public Test::ServerRolesFixture
{
    Q_OBJECT
public:
    TestServerRolesApp() : ServerRolesFixture("comite_roles_app") {}

private Q_SLOTS:
    void initTestCase()
    {
        if (!serverAvailable())
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set): scripts/test.sh starts one.");
        setUpServer();
    }

    void cleanupTestCase() { closeLogins(); }

    // Through the application: the message the user reads, never driver text.
    void refusalsThroughTheApplication()
    {
        const qint64 velo = m_ids[QStringLiteral("velo")].toLongLong();
        auto readable = [](const QString &message) {
            return !message.contains(QStringLiteral("Unable to")) && !message.contains(QStringLiteral("ERROR"))
                && !message.contains(QStringLiteral("comite:"));
        };
        {
            Workspace alice(Database::open(address(QLatin1String(team))), m_clock);
            const Result<void> spent =
                Edit::setSpending(alice, velo, QStringLiteral("2026-11"), QStringLiteral("development"), false, 1234);
            QVERIFY(!spent);
            QString error = spent.error().message;
            QVERIFY2(error.contains(QStringLiteral("Your role on the shared server does not allow changing the spending.")),
                     qPrintable(error));
            QVERIFY2(readable(error), qPrintable(error));
            const Result<void> removed = Edit::removeRoadmap(alice, m_ids[QStringLiteral("approved")].toLongLong());
            QVERIFY(!removed);
            error = removed.error().message;
            QVERIFY2(error.contains(QStringLiteral("approved roadmap")) && error.contains(QStringLiteral("Vélo")), qPrintable(error));
            QVERIFY2(readable(error), qPrintable(error));
        }
        {
            Workspace bob(Database::open(address(QLatin1String(sponsor))), m_clock);
            const ArbitrationScore theirs{velo, m_ids[QStringLiteral("otherSeat")].toLongLong(), 2, 1, {}};
            const Result<void> refused = Edit::setScore(bob, m_ids[QStringLiteral("running")].toLongLong(), theirs);
            QVERIFY(!refused);
            const QString error = refused.error().message;
            QVERIFY2(error.contains(QStringLiteral("does not allow changing the scores of a session"))
                         && error.contains(QStringLiteral("only its own scores")),
                     qPrintable(error));
            QVERIFY2(readable(error), qPrintable(error));
            const ArbitrationScore mine{velo, m_ids[QStringLiteral("bobSeat")].toLongLong(), 2, 5, QStringLiteral("Convaincu")};
            const Result<void> scored = Edit::setScore(bob, m_ids[QStringLiteral("running")].toLongLong(), mine);
            QVERIFY2(scored, qPrintable(scored ? QString() : scored.error().message));
        }
        {
            Workspace carol(Database::open(address(QLatin1String(facilitator))), m_clock);
            DeliberationRepository versions(carol.database());
            try {
                versions.remove(m_ids[QStringLiteral("finalVersion")].toLongLong());
                QFAIL("a final deliberation version was deleted");
            } catch (const StorageError &e) {
                QVERIFY2(e.message().contains(QStringLiteral("“Comité du 3 septembre” is final")), qPrintable(e.message()));
                QVERIFY2(readable(e.message()), qPrintable(e.message()));
            }
            QVERIFY(versions.isFinal(m_ids[QStringLiteral("final")].toLongLong()));
        }
    }

    // The server refuses an undo (the team's draft was approved meanwhile,
    // so its vision is the committee's): the stack stays where it was, one
    // message says why in the user's words, the roadmap is unchanged.
    void undoRefusedByTheServer()
    {
        Workspace alice(Database::open(address(QLatin1String(team))), m_clock);
        const qint64 draft = newDraft(QStringLiteral("2033-01-01"));
        setVision(alice, draft, QStringLiteral("Alice's vision"));
        QCOMPARE(alice.undoStack()->index(), 1);

        approve(draft);
        const QString before = fingerprint(QStringLiteral("roadmaps"));
        QSignalSpy errors(&alice, &Workspace::errorOccurred);
        QVERIFY(!Edit::undo(alice));
        QCOMPARE(errors.size(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("does not allow changing an approved roadmap")), qPrintable(message));
        QCOMPARE(alice.undoStack()->index(), 1);
        QCOMPARE(alice.undoStack()->count(), 1);
        QVERIFY(alice.undoStack()->canUndo());
        QVERIFY(!alice.undoStack()->canRedo());
        QCOMPARE(fingerprint(QStringLiteral("roadmaps")), before);
        QCOMPARE(alice.roadmaps().load(draft)->vision, QStringLiteral("Alice's vision"));
    }

    // Two connections to the server: a colleague changed the vision my
    // edit changed, so my undo refuses to erase it (stack unchanged, one
    // message); their change to another part survives my undo.
    void undoKeepsAColleaguesChangeOnTheServer()
    {
        Workspace alice(Database::open(address(QLatin1String(team))), m_clock);
        Workspace colleague(Database::open(m_url), m_clock);
        const qint64 draft = newDraft(QStringLiteral("2035-01-01"));
        setVision(alice, draft, QStringLiteral("Alice's vision"));
        setVision(colleague, draft, QStringLiteral("Their vision"));

        QSignalSpy errors(&alice, &Workspace::errorOccurred);
        QVERIFY(!Edit::undo(alice));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("Someone else changed")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(alice.undoStack()->index(), 1);
        QCOMPARE(alice.undoStack()->count(), 1);
        QCOMPARE(colleague.roadmaps().load(draft)->vision, QStringLiteral("Their vision"));

        // The colleague puts my vision back and changes the blockers: my
        // undo restores the vision only.
        Roadmap theirs = *colleague.roadmaps().load(draft);
        theirs.vision = QStringLiteral("Alice's vision");
        theirs.blockers = {QStringLiteral("Data access")};
        const Result<void> saved = Edit::saveRoadmap(colleague, theirs, QStringLiteral("Blockers"));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));

        QVERIFY(Edit::undo(alice));
        const Roadmap now = *colleague.roadmaps().load(draft);
        QVERIFY(now.vision.isEmpty());
        QCOMPARE(now.blockers, QStringList{QStringLiteral("Data access")});
        QCOMPARE(alice.undoStack()->index(), 0);
    }

    // The same for redo: undone while a draft, approved before the redo.
    void redoRefusedByTheServer()
    {
        Workspace alice(Database::open(address(QLatin1String(team))), m_clock);
        const qint64 draft = newDraft(QStringLiteral("2034-01-01"));
        setVision(alice, draft, QStringLiteral("Alice's vision"));
        QVERIFY(Edit::undo(alice));
        QCOMPARE(alice.undoStack()->index(), 0);

        approve(draft);
        const QString before = fingerprint(QStringLiteral("roadmaps"));
        QSignalSpy errors(&alice, &Workspace::errorOccurred);
        QVERIFY(!Edit::redo(alice));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(alice.undoStack()->index(), 0);
        QCOMPARE(alice.undoStack()->count(), 1);
        QVERIFY(alice.undoStack()->canRedo());
        QVERIFY(!alice.undoStack()->canUndo());
        QCOMPARE(fingerprint(QStringLiteral("roadmaps")), before);
        QVERIFY(alice.roadmaps().load(draft)->vision.isEmpty());

        // Once the committee takes its approval back, the same redo goes through.
        m_owner->exec(QStringLiteral("UPDATE roadmaps SET session_id = NULL WHERE id = ?"), {draft});
        QVERIFY(Edit::redo(alice));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(alice.undoStack()->index(), 1);
        QCOMPARE(alice.roadmaps().load(draft)->vision, QStringLiteral("Alice's vision"));
    }

    // Running init-server again keeps every rule (it is idempotent).
    void initServerAgain()
    {
        const Test::Run again = Test::comite({QStringLiteral("init-server"), QStringLiteral("--db"), m_url});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(!attempt(QLatin1String(team), QStringLiteral("DELETE FROM spending")).ok);
    }
};

QTEST_MAIN(TestServerRolesApp)
#include "tst_serverrolesapp.moc"
