// The member space's API (EspaceMembreClient, EspaceMembreImporter) against
// a local HTTP server this test starts: incubators, startups with their
// phases and incubators, members; merged three-way like the file import;
// a refused key (401), an unknown incubator (404), a silent server
// (timeout) and a malformed answer each reported, nothing imported.

#include "betagouv/betagouvimporter.h"
#include "betagouv/espacemembreclient.h"
#include "betagouv/espacemembreimporter.h"
#include "io/portfoliojson.h"
#include "storage/memberrepository.h"
#include "storage/productincubatorrepository.h"
#include "fakememberspace.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Comite;

using namespace Comite::Test;

namespace {
int productCount(Workspace &ws)
{
    return ws.products().count();
}
} // namespace

class TestEspaceMembre : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAndMergesThreeWay()
    {
        Test::TempWorkspace ws;
        QVERIFY(BetagouvImporter::importFolder(ws->database(), QStringLiteral(COMITE_TEST_DATA "/betagouv/flat"), {})
                    .succeeded());
        const qint64 id = *ws->products().idForSlug(QStringLiteral("mon-service"));
        ws->products().setField(id, ProductField::Title, QStringLiteral("Mon Service (renommé dans Comité)"));
        FakeMemberSpace server;
        fill(server);

        const EspaceMembreClient client(server.url(), goodKey);
        const Result<EspaceMembreData> data = client.read({}, QDate(2026, 11, 24));
        QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
        QCOMPARE(data->incubators.size(), 3);
        QCOMPARE(data->startups.size(), 2);
        QCOMPARE(data->members.size(), 3);  // once per incubator asked
        QCOMPARE(data->members.first().startups, QStringList{QStringLiteral("nouveau")});

        const BetagouvReport report = EspaceMembreImporter::write(ws->database(), server.url().toString(), data.value());
        QVERIFY2(report.succeeded(), qPrintable(report.text()));
        QCOMPARE(report.created.incubators, 1);
        QCOMPARE(report.created.products, 1);
        QCOMPARE(report.updated.products, 1);
        // Members feed the teams: julie.guyot's mission names "nouveau"
        // (listed by three incubators, counted once).
        QCOMPARE(report.membersRead, 1);
        QCOMPARE(report.teams, (TeamChanges{1, 0}));
        QVERIFY2(report.text().contains(QStringLiteral("Team logins added: 1, removed: 0")), qPrintable(report.text()));

        const QJsonObject p = PortfolioJson::product(*ws, QStringLiteral("mon-service")).value_or(QJsonObject());
        QCOMPARE(p[QStringLiteral("title")].toString(), QStringLiteral("Mon Service (renommé dans Comité)"));  // Comité's kept
        QCOMPARE(p[QStringLiteral("pitch")].toString(), QStringLiteral("Un nouveau pitch écrit dans l'espace membre"));
        QCOMPARE(p[QStringLiteral("current_phase")].toString(), QStringLiteral("consolidation"));
        // What the API does not give stays: phase comments, committees, links.
        QCOMPARE(p[QStringLiteral("phases")][0][QStringLiteral("comment")].toString(), QStringLiteral("Enquête auprès de 40 usagers"));
        QCOMPARE(p[QStringLiteral("committees")].toArray().size(), 2);
        QCOMPARE(p[QStringLiteral("links")].toArray().size(), 6);
        QCOMPARE(p[QStringLiteral("sponsors")].toArray().size(), 2);

        const QJsonObject n = PortfolioJson::product(*ws, QStringLiteral("nouveau")).value_or(QJsonObject());
        QCOMPARE(n[QStringLiteral("incubators")].toArray(), (QJsonArray{QStringLiteral("fabrique-verte"), QStringLiteral("neuf")}));
        QCOMPARE(n[QStringLiteral("current_phase")].toString(), QStringLiteral("investigation"));
        QCOMPARE(n[QStringLiteral("team")].toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("login"), QStringLiteral("julie.guyot")},
                                         {QStringLiteral("name"), QStringLiteral("Julie Guyot")},
                                         {QStringLiteral("from_member_space"), true}}}));

        // Changed on both sides: Comité's value kept and said.
        ws->products().setField(id, ProductField::Pitch, QStringLiteral("Le pitch de Comité"));
        server.answers[QStringLiteral("/api/protected/startups")].body.replace("Un nouveau pitch", "Encore un autre pitch");
        const Result<EspaceMembreData> again = client.read({}, QDate(2026, 11, 24));
        QVERIFY(again);
        const BetagouvReport second = EspaceMembreImporter::write(ws->database(), server.url().toString(), again.value());
        QVERIFY2(second.text().contains(QStringLiteral("Comité's value was kept for: mission.")), qPrintable(second.text()));
        QCOMPARE(ws->products().load(id)->pitch, QStringLiteral("Le pitch de Comité"));
    }

    // A member who moves to another startup leaves the first team and joins
    // the second; a login a facilitator added by hand stays; nothing is
    // duplicated by a second identical import.
    void teamsFollowTheMemberSpace()
    {
        Test::TempWorkspace ws;
        QVERIFY(BetagouvImporter::importFolder(ws->database(), QStringLiteral(COMITE_TEST_DATA "/betagouv/flat"), {})
                    .succeeded());
        FakeMemberSpace server;
        fill(server);
        const EspaceMembreClient client(server.url(), goodKey);
        const Result<EspaceMembreData> first = client.read({}, QDate(2026, 11, 24));
        QVERIFY(first);
        QVERIFY(EspaceMembreImporter::write(ws->database(), server.url().toString(), first.value()).succeeded());
        const qint64 nouveau = *ws->products().idForSlug(QStringLiteral("nouveau"));
        const qint64 monService = *ws->products().idForSlug(QStringLiteral("mon-service"));
        ws->database().exec(QStringLiteral("INSERT INTO product_members (product_id, login) VALUES (?, 'added.by.hand')"),
                            {nouveau});

        const BetagouvReport same = EspaceMembreImporter::write(ws->database(), server.url().toString(), first.value());
        QCOMPARE(same.teams, (TeamChanges{0, 0}));

        EspaceMembreData moved = first.value();
        for (EspaceMembreMember &m : moved.members) {
            m.startups = {QStringLiteral("mon-service")};
            m.fullname = QStringLiteral("Julie Guyot-Martin");
        }
        const BetagouvReport report = EspaceMembreImporter::write(ws->database(), server.url().toString(), moved);
        QCOMPARE(report.teams, (TeamChanges{1, 1}));
        MemberRepository members(ws->database());
        QCOMPARE(members.team(nouveau), (QList<TeamMembership>{{QStringLiteral("added.by.hand"), QString(), false}}));
        QCOMPARE(members.team(monService),
                 (QList<TeamMembership>{{QStringLiteral("julie.guyot"), QStringLiteral("Julie Guyot-Martin"), true}}));
        QCOMPARE(members.displayName(QStringLiteral("julie.guyot")), QStringLiteral("Julie Guyot-Martin"));
        QCOMPARE(members.displayName(QStringLiteral("inconnu")), QStringLiteral("inconnu"));
    }

    // `--json` prints the report for scripts; the member space answers while
    // the command runs (the process is waited for with the event loop on).
    void commandPrintsJson()
    {
        Test::TempWorkspace ws;
        FakeMemberSpace server;
        fill(server);
        QFile key(ws.dir.filePath(QStringLiteral("api.key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(goodKey + '\n');
        key.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(COMITE_BINARY),
                      {QStringLiteral("import-espace-membre"), QStringLiteral("--url"), server.url().toString(),
                       QStringLiteral("--api-key-file"), key.fileName(), QStringLiteral("--db"), ws.path(),
                       QStringLiteral("--json")});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.exitCode(), 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json[QStringLiteral("succeeded")].toBool(), true);
        QCOMPARE(json[QStringLiteral("created")][QStringLiteral("products")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("created")][QStringLiteral("incubators")].toInt(), 3);
        QCOMPARE(json[QStringLiteral("members_read")].toInt(), 1);
        QCOMPARE(json[QStringLiteral("teams")][QStringLiteral("added")].toInt(), 1);
        QCOMPARE(json[QStringLiteral("teams")][QStringLiteral("removed")].toInt(), 0);
        QVERIFY(json[QStringLiteral("requests")].toInt() >= 5);
        QVERIFY(json[QStringLiteral("error")].isNull());
        QVERIFY(json[QStringLiteral("warnings")].isArray());
    }

    void oneIncubator()
    {
        Test::TempWorkspace ws;
        FakeMemberSpace server;
        fill(server);
        const Result<EspaceMembreData> data = EspaceMembreClient(server.url(), goodKey).read(QStringLiteral("fabrique-verte"));
        QVERIFY(data);
        QCOMPARE(data->startups.size(), 1);
        QCOMPARE(data->startups.first().slug, QStringLiteral("nouveau"));
        QVERIFY(server.requested.contains(QStringLiteral("/api/protected/incubators/fabrique-verte/members?status=active")));
        QVERIFY(!server.requested.contains(QStringLiteral("/api/protected/incubators/lab-test/members?status=active")));
    }

    void failuresImportNothing_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("incubator");
        QTest::addColumn<QString>("brokenPath");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("401") << QByteArray("mauvaise-cle") << QString() << QString() << 0 << QByteArray()
                             << QStringLiteral("The member space refused the API key (HTTP 401)");
        QTest::newRow("404") << goodKey << QStringLiteral("inconnu") << QString() << 0 << QByteArray()
                             << QStringLiteral("The member space has no /api/protected/incubators/inconnu (HTTP 404: Not found)");
        QTest::newRow("slow") << goodKey << QString() << QStringLiteral("/api/protected/startups") << 0 << QByteArray()
                              << QStringLiteral("The member space did not answer within 1 second(s)");
        QTest::newRow("not json") << goodKey << QString() << QStringLiteral("/api/protected/startups") << 200
                                  << QByteArray("[{\"ghid\": ") << QStringLiteral("is not what its API describes: not JSON");
        QTest::newRow("not a list") << goodKey << QString() << QStringLiteral("/api/protected/incubators") << 200
                                    << QByteArray("{\"incubators\": []}")
                                    << QStringLiteral("is not what its API describes: a list of incubators was expected");
        QTest::newRow("no phases") << goodKey << QString() << QStringLiteral("/api/protected/startups") << 200
                                   << QByteArray("[{\"ghid\": \"x\", \"name\": \"X\"}]")
                                   << QStringLiteral("a startup without its list of phases");
        QTest::newRow("500") << goodKey << QString() << QStringLiteral("/api/protected/incubators/lab-test/members?status=active")
                             << 500 << QByteArray("oops") << QStringLiteral("answered HTTP 500");
    }

    void failuresImportNothing()
    {
        QFETCH(QByteArray, key);
        QFETCH(QString, incubator);
        QFETCH(QString, brokenPath);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        Test::TempWorkspace ws;
        FakeMemberSpace server;
        fill(server);
        if (!brokenPath.isEmpty())
            server.answers[brokenPath] = {status, body};
        EspaceMembreClient client(server.url(), key);
        client.setTimeout(300);  // injectable: the silent server fails fast
        const Result<EspaceMembreData> data = client.read(incubator);
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(message), qPrintable(data.error().message));
        QVERIFY(data.error().message.endsWith(QStringLiteral("Nothing was imported.")));
        QCOMPARE(productCount(*ws), 0);
    }

    void commandLineRefusesBadArguments()
    {
        Test::TempWorkspace ws;
        const Test::Run noUrl = Test::comite({QStringLiteral("import-espace-membre"), QStringLiteral("--db"), ws.path()});
        QCOMPARE(noUrl.exitCode, 2);
        QVERIFY(noUrl.err.contains("--url"));
        const Test::Run noFile = Test::comite({QStringLiteral("import-espace-membre"), QStringLiteral("--url"),
                                               QStringLiteral("https://espace-membre.example"), QStringLiteral("--api-key-file"),
                                               ws.dir.filePath(QStringLiteral("absent.key")), QStringLiteral("--db"), ws.path()});
        QCOMPARE(noFile.exitCode, 1);
        QVERIFY(noFile.err.contains("cannot be read"));
    }
};

QTEST_GUILESS_MAIN(TestEspaceMembre)
#include "tst_espacemembre.moc"
