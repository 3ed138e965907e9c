// The roles of a shared PostgreSQL database, enforced by the server (issue
// 14): real LOGIN roles try every forbidden write with raw SQL on their own
// connection, as with psql, and the server refuses each one; the allowed
// writes go through; a final deliberation is read-only for the facilitator
// and the owner too; a login outside Comité's roles cannot connect, and a
// NOTIFY sent by hand does not make clients reload. The same rules met
// through the application: tst_serverrolesapp. Skipped, and said so,
// without the test server of scripts/test.sh.

#include "serverrolesfixture.h"
#include "storage/serverroles.h"
#include "storage/serverwatcher.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTimer>

using namespace Comite;

class TestServerRoles : public QObject, public Test::ServerRolesFixture
{
    Q_OBJECT
public:
    TestServerRoles() : ServerRolesFixture("comite_roles") {}

private Q_SLOTS:
    void initTestCase()
    {
        if (!serverAvailable())
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set): scripts/test.sh starts one.");
        setUpServer();
    }

    void cleanupTestCase() { closeLogins(); }

    void rolesAreRecognised()
    {
        for (const auto &[login, role] : {std::pair{team, ServerRole::Team}, std::pair{sponsor, ServerRole::Sponsor},
                                          std::pair{facilitator, ServerRole::Facilitator}}) {
            auto db = Database::open(address(QLatin1String(login)));
            QCOMPARE(ServerRoles::current(*db), role);
        }
    }

    void teamForbidden_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("state");  // empty: the rows are out of the login's reach
        const QString approval = QLatin1String(ServerRefusal::approvedState);
        const QString denied = QStringLiteral("42501");
        auto row = [](const char *name, const char *sql, const char *table, const QString &state) {
            QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(table) << state;
        };
        row("approve its draft", "UPDATE roadmaps SET session_id = {held} WHERE id = {draft}", "roadmaps", approval);
        row("insert an approved roadmap", "INSERT INTO roadmaps (product_id, start_date, end_date, session_id) "
            "VALUES ({velo}, '2031-01-01', '2031-06-30', {held})", "roadmaps", approval);
        row("withdraw an approval", "UPDATE roadmaps SET session_id = NULL WHERE id = {approved}", "roadmaps", approval);
        row("edit an approved roadmap", "UPDATE roadmaps SET vision = 'x' WHERE id = {approved}", "roadmaps", approval);
        row("delete an approved roadmap", "DELETE FROM roadmaps WHERE id = {approved}", "roadmaps", approval);
        row("add to an approved roadmap", "INSERT INTO roadmap_priorities (roadmap_id, title) VALUES ({approved}, 'x')",
            "roadmap_priorities", approval);
        row("change an approved budget", "UPDATE roadmap_budget SET amount = 5000000 WHERE roadmap_id = {approved}",
            "roadmap_budget", approval);
        row("give its draft to another product", "UPDATE roadmaps SET product_id = {cantine} WHERE id = {draft}", "roadmaps", denied);
        row("write spending", "INSERT INTO spending (product_id, month, line, amount) VALUES ({velo}, '2026-10', 'design', 1)",
            "spending", denied);
        row("rewrite spending", "UPDATE spending SET amount = 0 WHERE product_id = {velo}", "spending", denied);
        row("delete spending", "DELETE FROM spending WHERE product_id = {velo}", "spending", denied);
        row("grant itself an envelope", "INSERT INTO envelopes (product_id, amount, source) VALUES ({velo}, 5000000, 'sponsor')",
            "envelopes", denied);
        row("close a session", "UPDATE sessions SET status = 'held' WHERE id = {running}", "sessions", denied);
        row("record a decision", "INSERT INTO decisions (session_id, product_id, option) VALUES ({running}, {velo}, 'continue')",
            "decisions", denied);
        row("score", "INSERT INTO session_scores (session_id, product_id, participant_id, question, score) "
            "VALUES ({running}, {velo}, {bobSeat}, 5, 5)", "session_scores", denied);
        row("rename its product", "UPDATE products SET title = 'x' WHERE id = {velo}", "products", denied);
        row("join another product", "INSERT INTO product_members (product_id, login) VALUES ({cantine}, current_user)",
            "product_members", denied);
        row("another product's indicator", "INSERT INTO indicators (product_id, name, kind, principle) "
            "VALUES ({cantine}, 'x', 'usage', 'used')", "indicators", denied);
        row("rename another product's indicators", "UPDATE indicators SET name = 'hijacked' WHERE product_id = {cantine}",
            "indicators", QString());
        row("delete another product's measurements", "DELETE FROM measurements WHERE indicator_id = {cantineIndicator}",
            "measurements", QString());
        row("write a deliberation", "INSERT INTO deliberation_versions (session_id, number, created_on) "
            "VALUES ({running}, 1, '2026-11-24')", "deliberation_versions", denied);
        row("change the schema version", "UPDATE comite_schema SET version = 99", "comite_schema", denied);
    }

    void teamForbidden() { refused(team); }

    void teamAllowed()
    {
        allowed(team, {QStringLiteral("INSERT INTO indicators (product_id, name, kind, principle) VALUES ({velo}, 'Nouveau', 'usage', 'used')"),
                       QStringLiteral("INSERT INTO measurements (indicator_id, measured_on, value) VALUES ({veloIndicator}, '2026-11-01', 40)"),
                       QStringLiteral("INSERT INTO indicator_targets (indicator_id, target_date, value) VALUES ({veloIndicator}, '2027-06-30', 90)"),
                       QStringLiteral("UPDATE roadmaps SET vision = 'Partout' WHERE id = {draft}"),
                       QStringLiteral("INSERT INTO roadmap_priorities (roadmap_id, title) VALUES ({draft}, 'Ouvrir')"),
                       QStringLiteral("INSERT INTO roadmaps (product_id, start_date, end_date) VALUES ({velo}, '2032-01-01', '2032-06-30')"),
                       QStringLiteral("DELETE FROM roadmaps WHERE id = {draft}")});
    }

    void sponsorForbidden_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("state");
        const QString denied = QStringLiteral("42501");
        auto row = [](const char *name, const char *sql, const char *table, const QString &state) {
            QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(table) << state;
        };
        const char *insert = "INSERT INTO session_scores (session_id, product_id, participant_id, question, score) VALUES ";
        row("another member's score", (QByteArray(insert) + "({running}, {velo}, {otherSeat}, 1, 4)").constData(), "session_scores", denied);
        row("a session it is not in", (QByteArray(insert) + "({planned}, {velo}, {bobSeat}, 1, 4)").constData(), "session_scores", denied);
        row("a product not on the session", (QByteArray(insert) + "({running}, {cantine}, {bobSeat}, 1, 4)").constData(),
            "session_scores", denied);
        row("after the session was held", (QByteArray(insert) + "({held}, {velo}, {bobHeldSeat}, 2, 4)").constData(),
            "session_scores", denied);
        row("rewrite a held session's score", "UPDATE session_scores SET score = 0 WHERE participant_id = {bobHeldSeat}",
            "session_scores", QString());
        row("delete a held session's score", "DELETE FROM session_scores WHERE participant_id = {bobHeldSeat}", "session_scores",
            QString());
        row("hand its score to another seat", "UPDATE session_scores SET participant_id = {otherSeat} WHERE participant_id = {bobSeat}",
            "session_scores", denied);
        row("take another member's seat", "UPDATE session_participants SET login = current_user WHERE id = {otherSeat}",
            "session_participants", denied);
        row("reopen a session", "UPDATE sessions SET status = 'running' WHERE id = {held}", "sessions", denied);
        row("record a decision", "INSERT INTO decisions (session_id, product_id, option) VALUES ({running}, {velo}, 'stop')",
            "decisions", denied);
        row("approve a roadmap", "UPDATE roadmaps SET session_id = {running} WHERE id = {draft}", "roadmaps", denied);
        row("write an indicator", "INSERT INTO indicators (product_id, name, kind, principle) VALUES ({velo}, 'x', 'usage', 'used')",
            "indicators", denied);
        row("rename a product", "UPDATE products SET title = 'x' WHERE id = {velo}", "products", denied);
    }

    void sponsorForbidden() { refused(sponsor); }

    void sponsorAllowed()
    {
        allowed(sponsor, {QStringLiteral("INSERT INTO session_scores (session_id, product_id, participant_id, question, score) "
                                         "VALUES ({running}, {velo}, {bobSeat}, 1, 4)"),
                          QStringLiteral("UPDATE session_scores SET score = 5, comment = 'Convaincu' WHERE participant_id = {bobSeat}"),
                          QStringLiteral("DELETE FROM session_scores WHERE participant_id = {bobSeat} AND question = 1")});
    }

    // The approval of a deliberation (issue 16): only the session's chair,
    // with their login, approves a submitted draft, and changes nothing
    // else; the facilitator cannot approve for a chair who has a login.
    void chairApproves()
    {
        const qint64 submitted = session(QStringLiteral("Comité soumis"), QStringLiteral("held"));
        insert(QStringLiteral("session_participants"),
               {QStringLiteral("session_id"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("voting"), QStringLiteral("login")},
               {submitted, QStringLiteral("Bob"), QStringLiteral("chair"), 1, QLatin1String(sponsor)});
        m_ids[QStringLiteral("submittedVersion")] =
            insert(QStringLiteral("deliberation_versions"),
                   {QStringLiteral("session_id"), QStringLiteral("number"), QStringLiteral("status"), QStringLiteral("created_on"),
                    QStringLiteral("submitted_on"), QStringLiteral("submitted_by")},
                   {submitted, 1, QStringLiteral("draft"), QStringLiteral("2026-11-24"), QStringLiteral("2026-11-24"), QStringLiteral("Carol")});
        const QString table = QStringLiteral("deliberation_versions");
        const QString approve = QStringLiteral("UPDATE deliberation_versions SET status = 'final', approved_on = '2026-11-25', "
                                               "approved_by = 'Bob', finalised_on = '2026-11-25', content = '# Approuvée' "
                                               "WHERE id = {submittedVersion}");
        auto refusedBy = [&](const char *login, const QString &sql, const QString &state) {
            const QString before = fingerprint(table);
            const Attempt a = attempt(QLatin1String(login), sql);
            if (state.isEmpty())
                QVERIFY2(!a.ok || a.rows == 0, qPrintable(expand(sql)));
            else
                QVERIFY2(!a.ok && a.state == state, qPrintable(QLatin1String(login) + u' ' + expand(sql) + QStringLiteral(" → ")
                                                               + a.state + u' ' + a.text + u' ' + QString::number(a.rows)));
            QCOMPARE(fingerprint(table), before);
        };
        const QString denied = QStringLiteral("42501");
        // The facilitator cannot approve in the chair's place.
        refusedBy(facilitator, approve, denied);
        // The chair neither writes the text nor submits nor adds versions.
        refusedBy(sponsor, QStringLiteral("UPDATE deliberation_versions SET content = 'x' WHERE id = {submittedVersion}"), denied);
        refusedBy(sponsor, QStringLiteral("INSERT INTO deliberation_versions (session_id, number, created_on) "
                                          "VALUES ({running}, 1, '2026-11-24')"), denied);
        refusedBy(sponsor, QStringLiteral("DELETE FROM deliberation_versions WHERE id = {submittedVersion}"), denied);
        // …nor approves a session it does not chair (its rows are not the chair's).
        refusedBy(sponsor, QStringLiteral("UPDATE deliberation_versions SET approved_by = 'Bob' WHERE id = {finalVersion}"), QString());
        // A team member never.
        refusedBy(team, approve, denied);
        // The chair approves (committed, unlike allowed()).
        const Attempt approval = attempt(QLatin1String(sponsor), approve);
        QVERIFY2(approval.ok && approval.rows == 1, qPrintable(approval.text));
        // Then it is final: locked for the chair too.
        refusedBy(sponsor, QStringLiteral("UPDATE deliberation_versions SET content = 'x' WHERE id = {submittedVersion}"), denied);
        refusedBy(facilitator, QStringLiteral("UPDATE deliberation_versions SET content = 'x' WHERE id = {submittedVersion}"),
                  QLatin1String(ServerRefusal::lockedState));
    }

    void finalDeliberationLocks_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("state");
        const QString locked = QLatin1String(ServerRefusal::lockedState);
        auto row = [&](const char *name, const char *sql, const char *table) {
            QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(table) << locked;
        };
        row("change a decision", "UPDATE decisions SET amount = 900000 WHERE session_id = {final}", "decisions");
        row("delete a decision", "DELETE FROM decisions WHERE session_id = {final}", "decisions");
        row("change an objective", "UPDATE decision_objectives SET status = 'invalidated' "
            "WHERE decision_id IN (SELECT id FROM decisions WHERE session_id = {final})", "decision_objectives");
        row("change a score", "UPDATE session_scores SET score = 0 WHERE session_id = {final}", "session_scores");
        row("delete the scores", "DELETE FROM session_scores WHERE session_id = {final}", "session_scores");
        row("rewrite the notes", "UPDATE agenda_items SET notes = 'x' WHERE session_id = {final}", "agenda_items");
        row("add an agenda item", "INSERT INTO agenda_items (session_id, title) VALUES ({final}, 'x')", "agenda_items");
        row("mark someone absent", "UPDATE session_participants SET present = 0 WHERE session_id = {final}", "session_participants");
        row("add a participant", "INSERT INTO session_participants (session_id, name, role) VALUES ({final}, 'x', 'other')",
            "session_participants");
        row("remove a product", "DELETE FROM session_products WHERE session_id = {final}", "session_products");
        row("move the session", "UPDATE sessions SET starts_at = '2020-01-01T10:00' WHERE id = {final}", "sessions");
        row("delete the session", "DELETE FROM sessions WHERE id = {final}", "sessions");
        row("rewrite the final text", "UPDATE deliberation_versions SET content = 'x' WHERE id = {finalVersion}",
            "deliberation_versions");
        row("turn it back into a draft", "UPDATE deliberation_versions SET status = 'draft' WHERE id = {finalVersion}",
            "deliberation_versions");
        row("delete the final version", "DELETE FROM deliberation_versions WHERE id = {finalVersion}", "deliberation_versions");
    }

    void finalDeliberationLocks() { refused(facilitator); }

    void finalDeliberationLocksTheOwnerToo()
    {
        try {
            m_owner->exec(expand(QStringLiteral("UPDATE decisions SET amount = 1 WHERE session_id = {final}")));
            QFAIL("the owner changed a final deliberation's decision");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("“Comité du 3 septembre” is final")), qPrintable(e.message()));
        }
    }

    // A correction (a new draft version) lifts the lock, as in the window.
    void correctionUnlocks()
    {
        allowed(facilitator, {QStringLiteral("INSERT INTO deliberation_versions (session_id, number, status, reason, created_on) "
                                             "VALUES ({final}, 2, 'draft', 'Montant corrigé', '2026-11-24')"),
                              QStringLiteral("UPDATE decisions SET amount = 250000 WHERE session_id = {final}"),
                              QStringLiteral("UPDATE agenda_items SET notes = 'Avis favorable, montant corrigé' WHERE session_id = {final}")});
        QCOMPARE(attempt(QLatin1String(facilitator), QStringLiteral("UPDATE products SET pitch = 'Pédaler' WHERE id = {velo}")).ok, true);
    }

    void outsiderCannotConnect()
    {
        QSqlDatabase db = raw(QLatin1String(outsider));
        QVERIFY(!db.isOpen());
        QVERIFY2(db.lastError().text().contains(QStringLiteral("CONNECT")), qPrintable(db.lastError().text()));
        try {
            Database::open(address(QLatin1String(outsider)));
            QFAIL("a login outside Comité's roles connected");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("none of Comité's roles")), qPrintable(e.message()));
        }
    }

    // Anyone connected can NOTIFY; only the server's triggers advance the
    // change counter, so a hand-made notification reloads nothing.
    void forgedNotificationsAreIgnored()
    {
        Workspace reader(Database::open(m_url), m_clock);
        ServerWatcher watcher(reader);
        QVERIFY(watcher.isWatching());
        auto *timer = watcher.findChild<QTimer *>(QStringLiteral("reloadTimer"));
        QVERIFY(timer);
        QSignalSpy received(reader.database().connection().driver(), &QSqlDriver::notification);
        for (const char *sql : {"NOTIFY comite_changes, '999999999'", "SELECT pg_notify('comite_changes', 'reload')",
                                "NOTIFY comite_changes"}) {
            const int before = received.count();
            QVERIFY(attempt(QLatin1String(team), QLatin1String(sql)).ok);
            QTRY_VERIFY(received.count() > before);
            QVERIFY2(!timer->isActive(), sql);  // the watcher saw it and did not schedule a reload
        }
        // A real change, written by a member through its rights, does reload.
        QSignalSpy reset(&reader, &Workspace::portfolioReset);
        QVERIFY(attempt(QLatin1String(team), QStringLiteral("UPDATE indicators SET unit = 'trajets' WHERE id = {veloIndicator}")).ok);
        QTRY_COMPARE(reset.count(), 1);
    }
};

QTEST_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
