#pragma once
// The shared fixture of the server role tests (tst_serverroles: the rules
// with raw SQL per login; tst_serverrolesapp: the same rules met through
// the application and its undo stack): a fresh PostgreSQL database with
// the demo portfolio and init-server's roles, four real logins (team,
// sponsor, facilitator, an outsider), sessions in each state, a final
// deliberation with what it locks, an approved roadmap and a draft; and the
// helpers that try a write as a login and check that the server refused it
// without changing the table.

#include "commands/roadmapedits.h"
#include "storage/serverlocation.h"
#include "storage/serverrefusal.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace Comite::Test {

class ServerRolesFixture
{
public:
    // `database`: the test database's name, also the prefix of its logins.
    explicit ServerRolesFixture(const char *database)
        : m_database(database)
        , m_logins{m_database + "_alice", m_database + "_bob", m_database + "_carol", m_database + "_mallory"}
    {
    }

    static bool serverAvailable() { return !qEnvironmentVariable("COMITE_TEST_PG_URL").isEmpty(); }

protected:
    QString m_url;
    std::unique_ptr<Database> m_owner;
    ManualClock m_clock{Test::fixedToday};
    QMap<QString, QVariant> m_ids;  // {velo}, {draft}, {final}… in the SQL of the data rows

    // Logins are cluster-wide: each test program has its own, named after
    // its database, so two programs can run at once.
    const QByteArray m_database;
    const QByteArray m_logins[4];
    const char *const team = m_logins[0].constData();
    const char *const sponsor = m_logins[1].constData();
    const char *const facilitator = m_logins[2].constData();
    const char *const outsider = m_logins[3].constData();

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
        const Result<void> saved = Edit::saveRoadmap(ws, r, QStringLiteral("Vision"));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }

    // Builds the fixture; a failing statement is named with its SQL.
    void setUpServer()
    {
        try {
            buildFixture();
        } catch (const StorageError &e) {
            QFAIL(qPrintable(e.message() + u'\n' + e.detail()));
        }
    }

    void closeLogins()
    {
        for (const char *login : {team, sponsor, facilitator, outsider}) {
            if (QSqlDatabase::contains(QLatin1String(login))) {
                QSqlDatabase::database(QLatin1String(login)).close();
                QSqlDatabase::removeDatabase(QLatin1String(login));
            }
        }
    }

private:
    void buildFixture()
    {
        m_url = Test::freshServerDatabase(qEnvironmentVariable("COMITE_TEST_PG_URL"), QString::fromLatin1(m_database));
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
};

} // namespace Comite::Test
