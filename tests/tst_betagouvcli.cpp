// The beta.gouv.fr commands as a user runs them: `comite import-betagouv`
// and `comite export-betagouv`, their report and their exit codes.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Comite;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(COMITE_TEST_DATA "/betagouv/") + name;
}

QJsonDocument json(const QByteArray &out)
{
    return QJsonDocument::fromJson(out);
}
} // namespace

class TestBetagouvCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

private Q_SLOTS:
    void importReportsAndExitsZero()
    {
        const Test::Run run = Test::comite({QStringLiteral("import-betagouv"), fixture(QStringLiteral("flat")),
                                            QStringLiteral("--db"), db(QStringLiteral("flat"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Created: 9 (organisations: 3, incubators: 2, products: 4)"));
        QVERIFY(run.out.contains("Updated: 0\n"));
        QVERIFY(run.out.contains("Unchanged: 0\n"));
        QVERIFY(run.out.contains("Skipped: 0\n"));
        const Test::Run product = Test::comite({QStringLiteral("product"), QStringLiteral("mon-service"), QStringLiteral("--db"),
                                                db(QStringLiteral("flat")), QStringLiteral("--json")});
        QCOMPARE(product.exitCode, 0);
        const QJsonObject p = json(product.out).object();
        QCOMPARE(p[QStringLiteral("committees")].toArray().size(), 2);
        QCOMPARE(p[QStringLiteral("events")].toArray().size(), 5);
        QCOMPARE(p[QStringLiteral("fundings")][0][QStringLiteral("amount")].toInt(), 200000);

        const Test::Run again = Test::comite({QStringLiteral("import-betagouv"), fixture(QStringLiteral("flat")),
                                              QStringLiteral("--db"), db(QStringLiteral("flat"))});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("Created: 0\n"));
        QVERIFY(again.out.contains("Unchanged: 9"));
    }

    void skippedFilesAreNamedWithTheirReason()
    {
        const Test::Run run = Test::comite({QStringLiteral("import-betagouv"), fixture(QStringLiteral("bad")),
                                            QStringLiteral("--db"), db(QStringLiteral("bad"))});
        QCOMPARE(run.exitCode, 0);  // files skipped, the rest imported
        QVERIFY(run.out.contains("Skipped: 9\n"));
        QVERIFY(run.out.contains("startups/erreur-yaml.md:6: YAML error: did not find expected '-' indicator"));
        QVERIFY(run.out.contains("startups/sans-front-matter.md:1: no front matter"));
        QVERIFY(run.out.contains("startups/latin1.md: the file is not UTF-8 text."));
        QVERIFY(run.out.contains("startups/entrees-douteuses.md:12: phase 2: “pending” is not a known phase"));
    }

    void strictImportsNothing()
    {
        const Test::Run run = Test::comite({QStringLiteral("import-betagouv"), fixture(QStringLiteral("bad")),
                                            QStringLiteral("--db"), db(QStringLiteral("strict")), QStringLiteral("--strict")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("Nothing was imported"));
        QVERIFY(run.err.contains("startups/non-ferme.md"));
        const Test::Run products = Test::comite({QStringLiteral("products"), QStringLiteral("--db"), db(QStringLiteral("strict")),
                                                 QStringLiteral("--json")});
        QCOMPARE(products.exitCode, 0);
        QCOMPARE(json(products.out).array().size(), 0);
        const Test::Run good = Test::comite({QStringLiteral("import-betagouv"), fixture(QStringLiteral("site")),
                                             QStringLiteral("--db"), db(QStringLiteral("strict")), QStringLiteral("--strict")});
        QCOMPARE(good.exitCode, 0);
    }

    void errorsAndUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString path = m_dir.filePath(QStringLiteral("usage.sqlite"));
        const QString i = QStringLiteral("import-betagouv");
        const QString e = QStringLiteral("export-betagouv");
        const QString dbOpt = QStringLiteral("--db");
        QTest::newRow("import: no folder") << QStringList{i, dbOpt, path} << 2 << QByteArray("takes one folder");
        QTest::newRow("import: two folders") << QStringList{i, fixture(QStringLiteral("flat")), fixture(QStringLiteral("site")), dbOpt, path}
                                             << 2 << QByteArray("takes one folder");
        QTest::newRow("import: unknown option") << QStringList{i, fixture(QStringLiteral("flat")), dbOpt, path, QStringLiteral("--force")}
                                                << 2 << QByteArray("force");
        QTest::newRow("import: --db without a value") << QStringList{i, fixture(QStringLiteral("flat")), dbOpt} << 2
                                                      << QByteArray("db");
        QTest::newRow("import: missing folder") << QStringList{i, fixture(QStringLiteral("nowhere")), dbOpt, path} << 1
                                                << QByteArray("is not a folder");
        QTest::newRow("import: not beta.gouv.fr content") << QStringList{i, fixture(QStringLiteral("flat/startups")), dbOpt, path}
                                                          << 1 << QByteArray("holds no beta.gouv.fr content");
        QTest::newRow("import: not a database") << QStringList{i, fixture(QStringLiteral("flat")), dbOpt,
                                                               fixture(QStringLiteral("flat/startups/reprise.md"))}
                                                << 1 << QByteArray("not a Comit");
        QTest::newRow("export: no folder") << QStringList{e, dbOpt, path} << 2 << QByteArray("takes one folder");
        QTest::newRow("export: --product without a value") << QStringList{e, m_dir.filePath(QStringLiteral("x")), dbOpt, path,
                                                                          QStringLiteral("--product")}
                                                           << 2 << QByteArray("product");
        QTest::newRow("export: no such database") << QStringList{e, m_dir.filePath(QStringLiteral("x")), dbOpt,
                                                                 m_dir.filePath(QStringLiteral("none.sqlite"))}
                                                  << 1 << QByteArray("There is no Comité database at");
    }

    void errorsAndUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Test::Run run = Test::comite(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void exportWritesTheFiles()
    {
        const QString path = db(QStringLiteral("export"));
        QCOMPARE(Test::comite({QStringLiteral("import-betagouv"), fixture(QStringLiteral("flat")), QStringLiteral("--db"), path}).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("export"));
        Test::Run run = Test::comite({QStringLiteral("export-betagouv"), out, QStringLiteral("--db"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Files written: 9."));
        QVERIFY(run.out.contains("As imported: 9\n"));
        QFile original(fixture(QStringLiteral("flat/startups/mon-service.md")));
        QFile exported(out + QStringLiteral("/startups/mon-service.md"));
        QVERIFY(original.open(QIODevice::ReadOnly) && exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), original.readAll());
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/organisations/mte")));

        const QString one = m_dir.filePath(QStringLiteral("one"));
        run = Test::comite({QStringLiteral("export-betagouv"), one, QStringLiteral("--db"), path, QStringLiteral("--product"),
                            QStringLiteral("reprise")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QDir(one + QStringLiteral("/startups")).entryList(QDir::Files), QStringList{QStringLiteral("reprise.md")});
        QVERIFY(!QFileInfo::exists(one + QStringLiteral("/organisations")));

        run = Test::comite({QStringLiteral("export-betagouv"), one, QStringLiteral("--db"), path, QStringLiteral("--product"),
                            QStringLiteral("inconnu")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("No product “inconnu”"));
    }

    void laterDatesAreNoted()
    {
        const Test::Run run = Test::comite({QStringLiteral("import-betagouv"), fixture(QStringLiteral("flat")), QStringLiteral("--db"),
                                            db(QStringLiteral("today")), QStringLiteral("--today"), QStringLiteral("2022-12-31")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("startups/mon-service.md:45: the event “hackathon” is dated 2023-05-10, after today; check the date."));
        QVERIFY(run.out.contains("startups/sans-sponsor.md:8: the phase “investigation” is dated 2026-10-05, after today"));
        const Test::Run bad = Test::comite({QStringLiteral("import-betagouv"), fixture(QStringLiteral("flat")), QStringLiteral("--db"),
                                            db(QStringLiteral("today")), QStringLiteral("--today"), QStringLiteral("demain")});
        QCOMPARE(bad.exitCode, 2);
    }

    void helpListsTheCommands()
    {
        const Test::Run run = Test::comite({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("import-betagouv DIR --db PATH [--strict]"));
        QVERIFY(run.out.contains("export-betagouv DIR --db PATH [--product SLUG]"));
    }
};

QTEST_GUILESS_MAIN(TestBetagouvCli)
#include "tst_betagouvcli.moc"
