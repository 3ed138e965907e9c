// The shared database on a real PostgreSQL server (started by
// scripts/test.sh; skipped, and said so, without one): schema, refusals,
// ids, and byte-identical JSON with SQLite.

#include "commands/productedits.h"
#include "commands/sessionedits.h"
#include "demo/demoportfolio.h"
#include "storage/migrations.h"
#include "storage/serverlocation.h"
#include "storage/serverroles.h"
#include "storage/serverwatcher.h"
#include "itemmodels/portfoliomodel.h"
#include "testsupport.h"

#include <QSqlError>
#include <QTest>

using namespace Comite;

class TestPostgres : public QObject
{
    Q_OBJECT

    QString m_admin;
    ManualClock m_clock{Test::fixedToday};

    QString freshDatabase(const QString &name) { return Test::freshServerDatabase(m_admin, name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_admin = qEnvironmentVariable("COMITE_TEST_PG_URL");
        if (m_admin.isEmpty())
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set): scripts/test.sh starts one.");
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("full") << "postgresql://comite@db.example:6543/incubateur" << true;
        QTest::newRow("short scheme") << "postgres://db.example/incubateur" << true;
        QTest::newRow("no database") << "postgresql://comite@db.example:6543/" << false;
        QTest::newRow("password inside") << "postgresql://comite:secret@db.example/incubateur" << false;
        QTest::newRow("a file") << "/tmp/comite.sqlite" << false;
    }

    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QString error;
        const auto parsed = ServerLocation::parse(address, &error);
        QCOMPARE(bool(parsed), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (parsed)
            QVERIFY(!parsed->toString().contains(QStringLiteral("secret")));
    }

    void freshSchemaThenReopen()
    {
        const QString url = freshDatabase(QStringLiteral("comite_fresh"));
        {
            Workspace ws(Database::open(url), m_clock);
            QCOMPARE(ws.database().backend(), Database::Backend::PostgreSQL);
            QCOMPARE(ws.database().schemaVersion(), Migrations::latestVersion());
            QVERIFY(Edit::addProduct(ws, Test::sampleProduct(QStringLiteral("velo"))) > 0);
        }
        Workspace again(Database::open(url), m_clock);
        QCOMPARE(again.products().count(), 1);
    }

    void foreignAndNewerDatabasesAreRefused()
    {
        const QString foreign = freshDatabase(QStringLiteral("comite_foreign"));
        {
            auto db = Database::open(foreign);  // set up, then make it look foreign
            db->exec(QStringLiteral("DROP TABLE comite_schema"));
        }
        try {
            Database::open(foreign);
            QFAIL("a database with another application's tables was opened");
        } catch (const StorageError &e) {
            QVERIFY(e.message().contains(QStringLiteral("another application")));
        }
        const QString newer = freshDatabase(QStringLiteral("comite_newer"));
        {
            auto db = Database::open(newer);
            db->exec(QStringLiteral("UPDATE comite_schema SET version = ?"), {Migrations::latestVersion() + 1});
        }
        try {
            Database::open(newer);
            QFAIL("a newer schema was opened");
        } catch (const StorageError &e) {
            QVERIFY(e.message().contains(QStringLiteral("newer version")));
        }
    }

    void restoredIdsDoNotCollideWithNewOnes()
    {
        Workspace ws(Database::open(freshDatabase(QStringLiteral("comite_ids"))), m_clock);
        const qint64 a = Edit::addProduct(ws, Test::sampleProduct(QStringLiteral("a")));
        const qint64 b = Edit::addProduct(ws, Test::sampleProduct(QStringLiteral("b")));
        QVERIFY(Edit::removeProduct(ws, b));
        ws.undoStack()->undo();  // b comes back with its id
        QCOMPARE(*ws.products().idForSlug(QStringLiteral("b")), b);
        const qint64 c = Edit::addProduct(ws, Test::sampleProduct(QStringLiteral("c")));
        QVERIFY(c > b);
        QVERIFY(a < b);
    }

    void unreachableServerGivesAClearMessage()
    {
        const Test::Run run = Test::comite({QStringLiteral("summary"), QStringLiteral("--db"),
                                            QStringLiteral("postgresql://nobody@127.0.0.1:1/nothing")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Cannot connect to postgresql://nobody@127.0.0.1:1/nothing"), run.err.constData());
    }

    void sameJsonOnBothBackends()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("same.sqlite"));
        const QString server = freshDatabase(QStringLiteral("comite_same"));
        const QString today = QStringLiteral("2026-11-24");
        for (const QString &db : {file, server})
            QCOMPARE(Test::comite({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--today"), today}).exitCode, 0);
        QList<QStringList> commands = {{QStringLiteral("summary")}, {QStringLiteral("products")}};
        Workspace ws(Database::open(file), m_clock);
        for (const ProductSummary &s : ws.products().summaries())
            commands << QStringList{QStringLiteral("product"), s.slug};
        for (const QStringList &command : commands) {
            const QStringList common = {QStringLiteral("--json"), QStringLiteral("--today"), today, QStringLiteral("--db")};
            const Test::Run a = Test::comite(command + common + QStringList{file});
            const Test::Run b = Test::comite(command + common + QStringList{server});
            QCOMPARE(a.exitCode, 0);
            QCOMPARE(b.exitCode, 0);
            QVERIFY2(a.out == b.out, qPrintable(command.join(u' ')));
        }
    }

    void copyRoundTripKeepsEverything()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.sqlite"));
        const QString back = dir.filePath(QStringLiteral("back.sqlite"));
        const QString server = freshDatabase(QStringLiteral("comite_copy"));
        const QString today = QStringLiteral("2026-11-24");
        QCOMPARE(Test::comite({QStringLiteral("demo"), QStringLiteral("--db"), first, QStringLiteral("--today"), today}).exitCode, 0);
        const Test::Run there = Test::comite({QStringLiteral("copy"), QStringLiteral("--from"), first, QStringLiteral("--to"), server});
        QCOMPARE(there.exitCode, 0);
        QVERIFY(there.out.contains("products"));
        QVERIFY(there.out.contains("14 \xe2\x86\x92 14"));  // "14 → 14"
        QCOMPARE(Test::comite({QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back}).exitCode, 0);
        for (const QStringList &command : {QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("products")},
                                          QStringList{QStringLiteral("product"), QStringLiteral("velo-pour-tous")}}) {
            const QStringList common = {QStringLiteral("--json"), QStringLiteral("--today"), today, QStringLiteral("--db")};
            QCOMPARE(Test::comite(command + common + QStringList{first}).out, Test::comite(command + common + QStringList{back}).out);
        }
        // A second copy into a database that now holds data is refused.
        const Test::Run again = Test::comite({QStringLiteral("copy"), QStringLiteral("--from"), first, QStringLiteral("--to"), server});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already holds data"));
    }

    // Each role's rights, enforced by the server whatever the client sends.
    void rolesAreEnforcedByTheServer()
    {
        const QString url = freshDatabase(QStringLiteral("comite_roles"));
        QCOMPARE(Test::comite({QStringLiteral("init-server"), QStringLiteral("--db"), url}).exitCode, 0);
        QCOMPARE(Test::comite({QStringLiteral("demo"), QStringLiteral("--db"), url}).exitCode, 0);
        auto owner = Database::open(url);
        for (const auto &[login, role] : {std::pair{"comite_test_alice", "comite_team"}, std::pair{"comite_test_bob", "comite_sponsor"},
                                          std::pair{"comite_test_carol", "comite_facilitator"}}) {
            QSqlQuery q = owner->exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {QLatin1String(login)});
            if (q.next() && q.value(0).toInt() == 0)
                owner->exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(QLatin1String(login), QLatin1String(role)));
        }
        ProductRepository products(*owner);
        const qint64 velo = *products.idForSlug(QStringLiteral("velo-pour-tous"));
        const qint64 cantine = *products.idForSlug(QStringLiteral("cantine-locale"));
        owner->exec(QStringLiteral("INSERT INTO product_members (product_id, login) VALUES (?, 'comite_test_alice')"), {velo});
        QSqlQuery sq = owner->exec(QStringLiteral("SELECT session_id FROM session_products WHERE product_id = ?"), {velo});
        QVERIFY(sq.next());
        const qint64 session = sq.value(0).toLongLong();
        const qint64 bobSeat = owner->insert(QStringLiteral("session_participants"),
                                             {QStringLiteral("session_id"), QStringLiteral("name"), QStringLiteral("role"),
                                              QStringLiteral("voting"), QStringLiteral("login")},
                                             {session, QStringLiteral("Bob"), QStringLiteral("sponsor"), 1, QStringLiteral("comite_test_bob")});
        const qint64 otherSeat = owner->insert(QStringLiteral("session_participants"),
                                               {QStringLiteral("session_id"), QStringLiteral("name"), QStringLiteral("role"),
                                                QStringLiteral("voting"), QStringLiteral("login")},
                                               {session, QStringLiteral("Other"), QStringLiteral("sponsor"), 1, QStringLiteral("someone")});
        auto as = [&](const char *login) {
            ServerLocation l = *ServerLocation::parse(url);
            l.user = QLatin1String(login);
            return Database::open(l.toString());
        };
        auto refused = [](const std::function<void()> &write, const QString &table) {
            try {
                write();
            } catch (const StorageError &e) {
                return e.message().contains(QStringLiteral("refused")) && e.message().contains(table);
            }
            return false;
        };
        const QString newIndicator = QStringLiteral("INSERT INTO indicators (product_id, name, kind, principle) VALUES (?, ?, 'usage', 'used')");

        auto bob = as("comite_test_bob");
        QCOMPARE(ServerRoles::current(*bob), ServerRole::Sponsor);
        QVERIFY(refused([&] { bob->exec(QStringLiteral("UPDATE products SET title = 'x' WHERE id = ?"), {velo}); },
                        QStringLiteral("products")));
        bob->exec(QStringLiteral("INSERT INTO session_scores (session_id, product_id, participant_id, question, score) "
                                 "VALUES (?, ?, ?, 1, 4)"), {session, velo, bobSeat});
        QVERIFY(refused([&] {
            bob->exec(QStringLiteral("INSERT INTO session_scores (session_id, product_id, participant_id, question, score) "
                                     "VALUES (?, ?, ?, 1, 4)"), {session, velo, otherSeat});
        }, QStringLiteral("session_scores")));

        // Through the application, as the sponsor scores in the window: only
        // the sponsor's own score row is written, which the server accepts.
        {
            Workspace bobs(as("comite_test_bob"), m_clock);
            QString error;
            QVERIFY2(Edit::setScore(bobs, session, ArbitrationScore{velo, bobSeat, 2, 5, QStringLiteral("Convaincu")}, false, &error),
                     qPrintable(error));
            QVERIFY(!Edit::setScore(bobs, session, ArbitrationScore{velo, otherSeat, 2, 1, {}}, false, &error));
            QVERIFY2(error.contains(QStringLiteral("session_scores")), qPrintable(error));
            QSqlQuery mine = owner->exec(QStringLiteral("SELECT score FROM session_scores WHERE participant_id = ? AND question = 2"),
                                         {bobSeat});
            QVERIFY(mine.next());
            QCOMPARE(mine.value(0).toInt(), 5);
        }

        auto alice = as("comite_test_alice");
        QCOMPARE(ServerRoles::current(*alice), ServerRole::Team);
        alice->exec(newIndicator, {velo, QStringLiteral("Test : indicateur de l’équipe")});
        QVERIFY(refused([&] { alice->exec(newIndicator, {cantine, QStringLiteral("Test : indicateur refusé")}); }, QStringLiteral("indicators")));
        QVERIFY(refused([&] { alice->exec(QStringLiteral("UPDATE products SET title = 'x' WHERE id = ?"), {velo}); },
                        QStringLiteral("products")));
        // Another product's rows are invisible to her writes: nothing changes.
        owner->exec(newIndicator, {cantine, QStringLiteral("Test : indicateur d’un autre produit")});
        alice->exec(QStringLiteral("UPDATE indicators SET name = 'hijacked' WHERE product_id = ?"), {cantine});
        QSqlQuery check = owner->exec(QStringLiteral("SELECT count(*) FROM indicators WHERE name = 'hijacked'"));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toInt(), 0);

        auto carol = as("comite_test_carol");
        QCOMPARE(ServerRoles::current(*carol), ServerRole::Facilitator);
        carol->exec(QStringLiteral("UPDATE products SET title = 'Vélo pour toutes et tous' WHERE id = ?"), {velo});
        carol->exec(newIndicator, {cantine, QStringLiteral("Test : indicateur de l’animatrice")});
        carol->exec(QStringLiteral("DELETE FROM session_scores WHERE participant_id = ?"), {bobSeat});
        QCOMPARE(ProductRepository(*owner).load(velo)->title, QStringLiteral("Vélo pour toutes et tous"));
    }

    // Two people edit the same title: the second save is refused with both
    // values, and nothing is overwritten silently.
    void concurrentEditsConflict()
    {
        const QString url = freshDatabase(QStringLiteral("comite_conflict"));
        Workspace first(Database::open(url), m_clock);
        const qint64 id = Edit::addProduct(first, Test::sampleProduct(QStringLiteral("velo"), QStringLiteral("Original")));
        Workspace second(Database::open(url), m_clock);
        QVERIFY(Edit::setField(first, id, ProductField::Title, QStringLiteral("Theirs"), nullptr, QStringLiteral("Original")));
        QString error;
        QVERIFY(!Edit::setField(second, id, ProductField::Title, QStringLiteral("Mine"), &error, QStringLiteral("Original")));
        QVERIFY2(error.contains(QStringLiteral("Theirs")) && error.contains(QStringLiteral("Mine")), qPrintable(error));
        QCOMPARE(second.products().load(id)->title, QStringLiteral("Theirs"));
        QCOMPARE(second.undoStack()->count(), 0);
    }

    // What one client writes reaches the others without a restart.
    void changesReachOtherClients()
    {
        const QString url = freshDatabase(QStringLiteral("comite_notify"));
        QCOMPARE(Test::comite({QStringLiteral("init-server"), QStringLiteral("--db"), url}).exitCode, 0);
        Workspace writer(Database::open(url), m_clock);
        const qint64 id = Edit::addProduct(writer, Test::sampleProduct(QStringLiteral("velo"), QStringLiteral("Vélo")));
        Workspace reader(Database::open(url), m_clock);
        ServerWatcher watcher(reader);
        QVERIFY(watcher.isWatching());
        PortfolioModel model(reader);
        QCOMPARE(model.index(0, PortfolioModel::Title).data().toString(), QStringLiteral("Vélo"));
        QVERIFY(Edit::setField(writer, id, ProductField::Title, QStringLiteral("Vélo partagé")));
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, PortfolioModel::Title).data().toString(), QStringLiteral("Vélo partagé"), 10000);
        QVERIFY(Edit::addProduct(writer, Test::sampleProduct(QStringLiteral("bus"))) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
    }
};

QTEST_MAIN(TestPostgres)
#include "tst_postgres.moc"
