// The roles of a shared PostgreSQL database, enforced by the server (issue
// 14): real LOGIN roles try every forbidden write with raw SQL on their own
// connection, as with psql, and the server refuses each one; the allowed
// writes go through; a final deliberation is read-only for the facilitator
// and the owner too; a login outside Comité's roles cannot connect, and a
// NOTIFY sent by hand does not make clients reload. Then one case per role
// through the application, with the message the user reads, and an undo and
// a redo the server refuses, which leave the undo stack where it was, and an
// undo that refuses to erase a colleague's change. Skipped, and
// said so, without the test server of scripts/test.sh.

#include "commands/budgetedits.h"
#include "commands/roadmapedits.h"
#include "commands/sessionedits.h"
#include "commands/undohistory.h"
#include "storage/deliberationrepository.h"
#include "storage/serverlocation.h"
#include "storage/serverrefusal.h"
#include "storage/serverroles.h"
#include "storage/serverwatcher.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QTest>
#include <QTimer>

using namespace Comite;

class TestServerRoles : public QObject
{
    Q_OBJECT

    QString m_url;
    std::unique_ptr<Database> m_owner;
    ManualClock m_clock{Test::fixedToday};
    QMap<QString, QVariant> m_ids;  // {velo}, {draft}, {final}… in the SQL of the data rows

    static constexpr const char *team = "comite_roles_alice";
    static constexpr const char *sponsor = "comite_roles_bob";
    static constexpr const char *facilitator = "comite_roles_carol";
    static constexpr const char *outsider = "comite_roles_mallory";

    struct Attempt {
        bool ok = false;
        QString state;  // SQLSTATE when refused
        QString text;
        int rows = 0;
    };

    QString address(const QString &login) const
    {
        ServerLocation l = *ServerLocation::parse(m_url);
        l.user = login;
        return l.toString();
    }

    // A raw connection of `login`, as psql would open it.
    QSqlDatabase raw(const QString &login)
    {
        if (QSqlDatabase::contains(login))
            return QSqlDatabase::database(login);
        const ServerLocation l = *ServerLocation::parse(m_url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), login);
        db.setHostName(l.host);
        db.setPort(l.port);
        db.setDatabaseName(l.database);
        db.setUserName(login);
        db.open();
        return db;
    }

    QString expand(QString sql) const
    {
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            sql.replace(u'{' + it.key() + u'}', it.value().toString());
        return sql;
    }

    Attempt attempt(const QString &login, const QString &sql)
    {
        QSqlQuery q(raw(login));
        Attempt a;
        a.ok = q.exec(expand(sql));
        a.state = q.lastError().nativeErrorCode();
        a.text = q.lastError().databaseText();
        a.rows = q.numRowsAffected();
        return a;
    }

    // Every row of `table`, as text: unchanged means nothing was written.
    QString fingerprint(const QString &table) const
    {
        QSqlQuery q = m_owner->exec(QStringLiteral("SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') "
                                                   "FROM %1 t").arg(table));
        return q.next() ? q.value(0).toString() : QString();
    }

    qint64 insert(const QString &table, const QStringList &columns, const QVariantList &values)
    {
        return m_owner->insert(table, columns, values);
    }

    // Runs a forbidden write: the server refuses it with `state`, or
    // (state empty) the rows are invisible to the login's writes; either
    // way `table` is unchanged.
    void refused(const char *login)
    {
        QFETCH(QString, sql);
        QFETCH(QString, table);
        QFETCH(QString, state);
        const QString before = fingerprint(table);
        const Attempt a = attempt(QLatin1String(login), sql);
        if (state.isEmpty())
            QVERIFY2(!a.ok || a.rows == 0, qPrintable(expand(sql)));
        else
            QVERIFY2(!a.ok && a.state == state, qPrintable(expand(sql) + QStringLiteral(" → ") + a.state + u' ' + a.text));
        QCOMPARE(fingerprint(table), before);
    }

    void allowed(const char *login, const QStringList &statements)
    {
        QSqlDatabase db = raw(QLatin1String(login));
        QVERIFY(db.transaction());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(expand(sql)), qPrintable(expand(sql) + QStringLiteral(" → ") + q.lastError().text()));
            QVERIFY2(q.numRowsAffected() > 0 || sql.startsWith(QLatin1String("SELECT")), qPrintable(expand(sql)));
        }
        QVERIFY(db.rollback());  // leave the fixture as it was for the next rows
    }

    qint64 session(const QString &title, const QString &status)
    {
        const qint64 id = insert(QStringLiteral("sessions"), {QStringLiteral("title"), QStringLiteral("starts_at"), QStringLiteral("status")},
                                 {title, QStringLiteral("2026-11-24T14:00"), status});
        insert(QStringLiteral("session_products"), {QStringLiteral("session_id"), QStringLiteral("product_id")}, {id, m_ids[QStringLiteral("velo")]});
        return id;
    }

    qint64 seat(qint64 sessionId, const QString &name, const QString &login)
    {
        return insert(QStringLiteral("session_participants"),
                      {QStringLiteral("session_id"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("voting"),
                       QStringLiteral("login")},
                      {sessionId, name, QStringLiteral("sponsor"), 1, login});
    }

    void score(qint64 sessionId, qint64 seatId, int question)
    {
        m_owner->exec(QStringLiteral("INSERT INTO session_scores (session_id, product_id, participant_id, question, score) "
                                     "VALUES (?, ?, ?, ?, 3)"),
                      {sessionId, m_ids[QStringLiteral("velo")], seatId, question});
    }

    // A draft roadmap of the team's product, written by the owner.
    qint64 newDraft(const QString &start)
    {
        return insert(QStringLiteral("roadmaps"), {QStringLiteral("product_id"), QStringLiteral("start_date"), QStringLiteral("end_date")},
                      {m_ids[QStringLiteral("velo")], start, QDate::fromString(start, Qt::ISODate).addMonths(6).addDays(-1).toString(Qt::ISODate)});
    }

    void approve(qint64 roadmapId)
    {
        m_owner->exec(QStringLiteral("UPDATE roadmaps SET session_id = ? WHERE id = ?"), {m_ids[QStringLiteral("held")], roadmapId});
    }

    static void setVision(Workspace &ws, qint64 roadmapId, const QString &vision)
    {
        Roadmap r = *ws.roadmaps().load(roadmapId);
        r.vision = vision;
        QString error;
        QVERIFY2(Edit::saveRoadmap(ws, r, QStringLiteral("Vision"), &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A failing statement of the fixture is named, with its SQL, rather
        // than "Caught unhandled exception".
        try {
            initFixture();
        } catch (const StorageError &e) {
            QFAIL(qPrintable(e.message() + u'\n' + e.detail()));
        }
    }

    void initFixture()
    {
        const QString admin = qEnvironmentVariable("COMITE_TEST_PG_URL");
        if (admin.isEmpty())
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set): scripts/test.sh starts one.");
        m_url = Test::freshServerDatabase(admin, QStringLiteral("comite_roles"));
        QCOMPARE(Test::comite({QStringLiteral("demo"), QStringLiteral("--db"), m_url}).exitCode, 0);
        const Test::Run init = Test::comite({QStringLiteral("init-server"), QStringLiteral("--db"), m_url});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        m_owner = Database::open(m_url);
        const QList<std::pair<const char *, const char *>> logins = {
            {team, "comite_team"}, {sponsor, "comite_sponsor"}, {facilitator, "comite_facilitator"}, {outsider, nullptr}};
        for (const auto &[login, role] : logins) {
            m_owner->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(login)));
            m_owner->exec(QStringLiteral("CREATE ROLE %1 LOGIN%2")
                              .arg(QLatin1String(login), role ? QStringLiteral(" IN ROLE ") + QLatin1String(role) : QString()));
        }
        auto product = [&](const char *slug) {
            QSqlQuery q = m_owner->exec(QStringLiteral("SELECT id FROM products WHERE slug = ?"), {QLatin1String(slug)});
            return q.next() ? q.value(0) : QVariant();
        };
        m_ids[QStringLiteral("velo")] = product("velo-pour-tous");
        m_ids[QStringLiteral("cantine")] = product("cantine-locale");
        QVERIFY(m_ids[QStringLiteral("velo")].isValid() && m_ids[QStringLiteral("cantine")].isValid());
        m_owner->exec(QStringLiteral("INSERT INTO product_members (product_id, login) VALUES (?, ?)"),
                      {m_ids[QStringLiteral("velo")], QLatin1String(team)});

        const qint64 running = session(QStringLiteral("Comité en cours"), QStringLiteral("running"));
        const qint64 planned = session(QStringLiteral("Comité prévu"), QStringLiteral("planned"));
        const qint64 held = session(QStringLiteral("Comité tenu"), QStringLiteral("held"));
        const qint64 final = session(QStringLiteral("Comité du 3 septembre"), QStringLiteral("held"));
        m_ids[QStringLiteral("running")] = running;
        m_ids[QStringLiteral("planned")] = planned;
        m_ids[QStringLiteral("held")] = held;
        m_ids[QStringLiteral("final")] = final;
        m_ids[QStringLiteral("bobSeat")] = seat(running, QStringLiteral("Bob"), QLatin1String(sponsor));
        m_ids[QStringLiteral("otherSeat")] = seat(running, QStringLiteral("Other"), QStringLiteral("someone"));
        m_ids[QStringLiteral("bobHeldSeat")] = seat(held, QStringLiteral("Bob"), QLatin1String(sponsor));
        score(running, m_ids[QStringLiteral("bobSeat")].toLongLong(), 3);
        score(held, m_ids[QStringLiteral("bobHeldSeat")].toLongLong(), 3);

        // A session whose deliberation is final, with everything it locks.
        const qint64 finalSeat = seat(final, QStringLiteral("Présidente"), QStringLiteral("chair"));
        score(final, finalSeat, 1);
        const qint64 decision = insert(QStringLiteral("decisions"),
                                       {QStringLiteral("session_id"), QStringLiteral("product_id"), QStringLiteral("option"),
                                        QStringLiteral("amount")},
                                       {final, m_ids[QStringLiteral("velo")], QStringLiteral("continue"), 300000});
        insert(QStringLiteral("decision_objectives"), {QStringLiteral("decision_id"), QStringLiteral("text"), QStringLiteral("status")},
               {decision, QStringLiteral("Ouvrir trois villes"), QStringLiteral("validated")});
        insert(QStringLiteral("agenda_items"), {QStringLiteral("session_id"), QStringLiteral("title"), QStringLiteral("notes")},
               {final, QStringLiteral("Délibération"), QStringLiteral("Avis favorable")});
        m_ids[QStringLiteral("finalVersion")] =
            insert(QStringLiteral("deliberation_versions"),
                   {QStringLiteral("session_id"), QStringLiteral("number"), QStringLiteral("status"), QStringLiteral("created_on"),
                    QStringLiteral("content")},
                   {final, 1, QStringLiteral("final"), QStringLiteral("2026-09-03"), QStringLiteral("# Délibération")});

        // The team's product has an approved roadmap and a draft.
        const QStringList roadmapColumns = {QStringLiteral("product_id"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                                            QStringLiteral("session_id")};
        const qint64 approved = insert(QStringLiteral("roadmaps"), roadmapColumns,
                                       {m_ids[QStringLiteral("velo")], QStringLiteral("2030-01-01"), QStringLiteral("2030-06-30"), held});
        m_owner->exec(QStringLiteral("INSERT INTO roadmap_budget (roadmap_id, line, amount) VALUES (?, 'development', 90000)"), {approved});
        m_ids[QStringLiteral("approved")] = approved;
        m_ids[QStringLiteral("draft")] = insert(QStringLiteral("roadmaps"), roadmapColumns,
                                                {m_ids[QStringLiteral("velo")], QStringLiteral("2030-07-01"), QStringLiteral("2030-12-31"),
                                                 QVariant(QMetaType(QMetaType::LongLong))});
        m_ids[QStringLiteral("cantineIndicator")] =
            insert(QStringLiteral("indicators"), {QStringLiteral("product_id"), QStringLiteral("name"), QStringLiteral("kind"),
                                                  QStringLiteral("principle")},
                   {m_ids[QStringLiteral("cantine")], QStringLiteral("Test : repas servis"), QStringLiteral("usage"), QStringLiteral("used")});
        m_ids[QStringLiteral("veloIndicator")] =
            insert(QStringLiteral("indicators"), {QStringLiteral("product_id"), QStringLiteral("name"), QStringLiteral("kind"),
                                                  QStringLiteral("principle")},
                   {m_ids[QStringLiteral("velo")], QStringLiteral("Test : trajets"), QStringLiteral("usage"), QStringLiteral("used")});
        m_owner->exec(QStringLiteral("INSERT INTO measurements (indicator_id, measured_on, value) VALUES (?, '2026-10-01', 12)"),
                      {m_ids[QStringLiteral("cantineIndicator")]});
        m_owner->exec(QStringLiteral("INSERT INTO spending (product_id, month, line, amount) VALUES (?, '2030-09', 'development', 20000)"),
                      {m_ids[QStringLiteral("velo")]});
    }

    void cleanupTestCase()
    {
        for (const char *login : {team, sponsor, facilitator, outsider}) {
            if (QSqlDatabase::contains(QLatin1String(login))) {
                QSqlDatabase::database(QLatin1String(login)).close();
                QSqlDatabase::removeDatabase(QLatin1String(login));
            }
        }
    }

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
            QString error;
            QVERIFY(!Edit::setSpending(alice, velo, QStringLiteral("2026-11"), QStringLiteral("development"), false, 1234, &error));
            QVERIFY2(error.contains(QStringLiteral("Your role on the shared server does not allow changing the spending.")),
                     qPrintable(error));
            QVERIFY2(readable(error), qPrintable(error));
            error.clear();
            QVERIFY(!Edit::removeRoadmap(alice, m_ids[QStringLiteral("approved")].toLongLong(), &error));
            QVERIFY2(error.contains(QStringLiteral("approved roadmap")) && error.contains(QStringLiteral("Vélo")), qPrintable(error));
            QVERIFY2(readable(error), qPrintable(error));
        }
        {
            Workspace bob(Database::open(address(QLatin1String(sponsor))), m_clock);
            QString error;
            const ArbitrationScore theirs{velo, m_ids[QStringLiteral("otherSeat")].toLongLong(), 2, 1, {}};
            QVERIFY(!Edit::setScore(bob, m_ids[QStringLiteral("running")].toLongLong(), theirs, false, &error));
            QVERIFY2(error.contains(QStringLiteral("does not allow changing the scores of a session"))
                         && error.contains(QStringLiteral("only its own scores")),
                     qPrintable(error));
            QVERIFY2(readable(error), qPrintable(error));
            const ArbitrationScore mine{velo, m_ids[QStringLiteral("bobSeat")].toLongLong(), 2, 5, QStringLiteral("Convaincu")};
            QVERIFY2(Edit::setScore(bob, m_ids[QStringLiteral("running")].toLongLong(), mine, false, &error), qPrintable(error));
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
        QString error;
        QVERIFY2(Edit::saveRoadmap(colleague, theirs, QStringLiteral("Blockers"), &error), qPrintable(error));
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

QTEST_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
