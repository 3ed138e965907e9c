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

#include <QLoggingCategory>
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
        QTest::newRow("libpq options") << "postgresql://comite@db.example/incubateur?sslmode=verify-full&sslrootcert=/etc/ca.pem"
                                          "&connect_timeout=10&application_name=comite-paris&options=-c%20search_path%3Dx"
                                          "&target_session_attrs=read-write" << true;
        QTest::newRow("unknown option") << "postgresql://comite@db.example/incubateur?sslmod=require" << false;
        QTest::newRow("option twice") << "postgresql://comite@db.example/incubateur?sslmode=disable&sslmode=require" << false;
        QTest::newRow("password option") << "postgresql://comite@db.example/incubateur?password=secret" << false;
        QTest::newRow("ssl key password") << "postgresql://comite@db.example/incubateur?sslpassword=secret" << false;
        QTest::newRow("password in a bad address") << "postgresql://comite:secret@db example/incubateur" << false;
    }

    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QString error;
        const auto parsed = ServerLocation::parse(address, &error);
        QCOMPARE(bool(parsed), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (parsed) {
            QVERIFY(!parsed->toString().contains(QStringLiteral("secret")));
            QCOMPARE(ServerLocation::parse(parsed->toString())->toString(), parsed->toString());  // options survive
        }
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error));
    }

    void optionsAreNamedAndPassedOn()
    {
        QString error;
        QVERIFY(!ServerLocation::parse(QStringLiteral("postgresql://u@h/d?sslmod=require"), &error));
        QVERIFY2(error.contains(QStringLiteral("“sslmod”")), qPrintable(error));
        const auto s = ServerLocation::parse(QStringLiteral("postgresql://u@h/d?sslmode=require&options=-c%20a%3D%27b%27"));
        QVERIFY(s);
        QCOMPARE(s->connectOptions(),
                 QStringLiteral("sslmode='require';options='-c a=\\'b\\'';connect_timeout='5';application_name='comite'"));
    }

    // Every option reaches libpq: the server sees them, and sslmode=require
    // against this server (which has no SSL) is refused, not dropped.
    void optionsReachTheServer()
    {
        const QString url = freshDatabase(QStringLiteral("comite_options"));
        {
            auto db = Database::open(url + QStringLiteral("?application_name=comite-options&connect_timeout=3"
                                                          "&options=-c%20statement_timeout%3D12345&target_session_attrs=read-write"
                                                          "&sslmode=disable"));
            QSqlQuery q = db->exec(QStringLiteral("SELECT current_setting('application_name'), current_setting('statement_timeout')"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("comite-options"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("12345ms"));
        }
        try {
            Database::open(url + QStringLiteral("?sslmode=require"));
            QFAIL("sslmode=require connected without SSL");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("SSL")), qPrintable(e.message()));
        }
        const Test::Run cli = Test::comite({QStringLiteral("summary"), QStringLiteral("--db"), url + QStringLiteral("?sslmode=require")});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains("SSL"), cli.err.constData());
    }

    // No message, log line or error output ever shows a password.
    void passwordsNeverAppear()
    {
        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
            logged << m;
        });
        const QString secret = QStringLiteral("hunter2-sesame");
        QStringList messages;
        for (const QString &address : {QStringLiteral("postgresql://nobody:%1@127.0.0.1:1/nothing"),
                                       QStringLiteral("postgresql://nobody:%1@bad host/nothing"),
                                       QStringLiteral("postgresql://nobody@127.0.0.1:1/nothing?sslpassword=%1")}) {
            try {
                Database::open(address.arg(secret));
            } catch (const StorageError &e) {
                messages << e.message();
            }
        }
        try {
            Database::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/nothing"), secret);
        } catch (const StorageError &e) {
            messages << e.message();
        }
        const Test::Run cli = Test::comite({QStringLiteral("summary"), QStringLiteral("--db"),
                                            QStringLiteral("postgresql://nobody:%1@127.0.0.1:1/nothing").arg(secret)});
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(messages.size(), 4);
        QCOMPARE(cli.exitCode, 1);
        QVERIFY(!cli.err.isEmpty());
        for (const QString &text : messages + logged + QStringList{QString::fromUtf8(cli.err), QString::fromUtf8(cli.out)})
            QVERIFY2(!text.contains(secret), qPrintable(text));
    }

    void freshSchemaThenReopen()
    {
        const QString url = freshDatabase(QStringLiteral("comite_fresh"));
        {
            Workspace ws(Database::open(url), m_clock);
            QCOMPARE(ws.database().backend(), Database::Backend::PostgreSQL);
            QCOMPARE(ws.database().schemaVersion(), Migrations::latestVersion());
            QVERIFY(Edit::addProduct(ws, Test::sampleProduct(QStringLiteral("velo"))));
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
        const Result<qint64> aAdded = Edit::addProduct(ws, Test::sampleProduct(QStringLiteral("a")));
        QVERIFY(aAdded);
        const qint64 a = aAdded.value();
        const Result<qint64> bAdded = Edit::addProduct(ws, Test::sampleProduct(QStringLiteral("b")));
        QVERIFY(bAdded);
        const qint64 b = bAdded.value();
        QVERIFY(Edit::removeProduct(ws, b));
        ws.undoStack()->undo();  // b comes back with its id
        QCOMPARE(*ws.products().idForSlug(QStringLiteral("b")), b);
        const Result<qint64> cAdded = Edit::addProduct(ws, Test::sampleProduct(QStringLiteral("c")));
        QVERIFY(cAdded);
        const qint64 c = cAdded.value();
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

    // Database::exec sends a statement run once with its values written in
    // (one round trip, not PREPARE, EXECUTE and DEALLOCATE): quotes,
    // backslashes and question marks inside values or literals stay as they
    // are, and a value takes the type of its place as a bound one does.
    void boundValuesWrittenInKeepTheirMeaning()
    {
        auto db = Database::open(freshDatabase(QStringLiteral("comite_literals")));
        const QString awkward = QStringLiteral("it's a \\ back'slash ? and \"quote\" \\N é");
        db->setSetting(QStringLiteral("k?"), awkward);
        QSqlQuery q = db->exec(QStringLiteral("SELECT value, 'a?b', \"key\" FROM settings WHERE key = ? AND value <> '?'"),
                               {QStringLiteral("k?")});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), awkward);
        QCOMPARE(q.value(1).toString(), QStringLiteral("a?b"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("k?"));
        q = db->exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = ?"), {42});  // a number in a text place
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const Result<qint64> refused = attempt([&] {  // a null QString is NULL: refused by NOT NULL
            return db->insert(QStringLiteral("organisations"), {QStringLiteral("slug"), QStringLiteral("name")},
                              {QStringLiteral("o"), QString()});
        });
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.contains(QLatin1String("INSERT INTO organisations")), qPrintable(refused.error().detail));
    }

    // Two people edit the same title: the second save is refused with both
    // values, and nothing is overwritten silently.
    void concurrentEditsConflict()
    {
        const QString url = freshDatabase(QStringLiteral("comite_conflict"));
        Workspace first(Database::open(url), m_clock);
        const Result<qint64> added = Edit::addProduct(first, Test::sampleProduct(QStringLiteral("velo"), QStringLiteral("Original")));
        QVERIFY(added);
        const qint64 id = added.value();
        Workspace second(Database::open(url), m_clock);
        QVERIFY(Edit::setField(first, id, ProductField::Title, QStringLiteral("Theirs"), QStringLiteral("Original")));
        const Result<void> r = Edit::setField(second, id, ProductField::Title, QStringLiteral("Mine"), QStringLiteral("Original"));
        QVERIFY(!r);
        const QString error = r.error().message;
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
        const Result<qint64> added = Edit::addProduct(writer, Test::sampleProduct(QStringLiteral("velo"), QStringLiteral("Vélo")));
        QVERIFY(added);
        const qint64 id = added.value();
        Workspace reader(Database::open(url), m_clock);
        ServerWatcher watcher(reader);
        QVERIFY(watcher.isWatching());
        PortfolioModel model(reader);
        QCOMPARE(model.index(0, PortfolioModel::Title).data().toString(), QStringLiteral("Vélo"));
        QVERIFY(Edit::setField(writer, id, ProductField::Title, QStringLiteral("Vélo partagé")));
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, PortfolioModel::Title).data().toString(), QStringLiteral("Vélo partagé"), 10000);
        QVERIFY(Edit::addProduct(writer, Test::sampleProduct(QStringLiteral("bus"))));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
    }
};

QTEST_MAIN(TestPostgres)
#include "tst_postgres.moc"
