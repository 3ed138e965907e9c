// The beta.gouv.fr import and export on a shared PostgreSQL database
// (started by scripts/test.sh; skipped, and said so, without one): the same
// portfolio as on SQLite, the export byte for byte, re-import idempotent,
// cancel rolling back, and the import job's own connection to the server.

#include "betagouv/betagouvexporter.h"
#include "betagouv/betagouvimporter.h"
#include "betagouv/betagouvimportjob.h"
#include "io/portfoliojson.h"
#include "storage/serverlocation.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>

using namespace Comite;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(COMITE_TEST_DATA "/betagouv/") + name;
}

QMap<QString, QByteArray> files(const QString &root)
{
    QMap<QString, QByteArray> result;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            result.insert(QDir(root).relativeFilePath(f.fileName()), f.readAll());
    }
    return result;
}

QJsonArray everyProduct(Workspace &ws)
{
    QJsonArray result;
    for (const ProductSummary &s : ws.products().summaries())
        result << *PortfolioJson::product(ws, s.slug);
    return result;
}
} // namespace

class TestBetagouvPostgres : public QObject
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

    void sameAsSqlite()
    {
        Test::TempWorkspace lite;
        const BetagouvReport onFile = BetagouvImporter::importFolder(lite->database(), fixture(QStringLiteral("flat")), {});
        Workspace server(Database::open(freshDatabase(QStringLiteral("comite_betagouv"))), m_clock);
        const BetagouvReport onServer = BetagouvImporter::importFolder(server.database(), fixture(QStringLiteral("flat")), {});
        QVERIFY2(onServer.succeeded(), qPrintable(onServer.text()));
        QCOMPARE(onServer.created, onFile.created);
        QCOMPARE(onServer.notes, onFile.notes);
        QCOMPARE(everyProduct(server), everyProduct(*lite));
        QCOMPARE(PortfolioJson::summary(server), PortfolioJson::summary(*lite));

        const BetagouvReport again = BetagouvImporter::importFolder(server.database(), fixture(QStringLiteral("flat")), {});
        QCOMPARE(again.unchanged, onFile.created);

        QTemporaryDir out;
        QCOMPARE(BetagouvExporter(server.database()).exportTo(out.path()).exitCode(), 0);
        QCOMPARE(files(out.path()), files(fixture(QStringLiteral("flat"))));

        // A committee held in Comité, then the export imported back: no duplicate.
        const qint64 id = *server.products().idForSlug(QStringLiteral("mon-service"));
        server.committees().record({0, id, QDate(2026, 10, 6), DecisionOption::Continue, QStringLiteral("Suite")});
        QCOMPARE(BetagouvExporter(server.database()).exportTo(out.path()).exitCode(), 0);
        const QJsonObject before = *PortfolioJson::product(server, QStringLiteral("mon-service"));
        QVERIFY(BetagouvImporter::importFolder(server.database(), out.path(), {}).succeeded());
        QCOMPARE(PortfolioJson::product(server, QStringLiteral("mon-service"))->value(QStringLiteral("committees")),
                 before.value(QStringLiteral("committees")));
    }

    void cancelAndStrictWriteNothing()
    {
        Workspace server(Database::open(freshDatabase(QStringLiteral("comite_betagouv_cancel"))), m_clock);
        std::atomic_bool cancel{false};
        const BetagouvReport cancelled = BetagouvImporter::importFolder(
            server.database(), fixture(QStringLiteral("flat")), {}, [&](int done, int) { cancel = done > 80; }, &cancel);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(server.products().count(), 0);
        const BetagouvReport strict = BetagouvImporter::importFolder(server.database(), fixture(QStringLiteral("bad")), {true});
        QVERIFY(strict.strictRefused);
        QCOMPARE(server.products().count(), 0);
    }

    void jobOpensItsOwnConnection()
    {
        const QString address = freshDatabase(QStringLiteral("comite_betagouv_job"));
        Workspace server(Database::open(address), m_clock);
        BetagouvImportJob job(address, fixture(QStringLiteral("site")));
        QThread thread;
        job.moveToThread(&thread);
        QSignalSpy finished(&job, &BetagouvImportJob::finished);
        connect(&thread, &QThread::started, &job, &BetagouvImportJob::run);
        thread.start();
        QVERIFY(finished.wait(60000));
        thread.quit();
        thread.wait();
        QVERIFY2(job.report().succeeded(), qPrintable(job.report().text()));
        QCOMPARE(server.products().count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBetagouvPostgres)
#include "tst_betagouvpostgres.moc"
