// Safe writes, through the real `comite` binary: commands that only read
// open the database read-only and never create, change or migrate a file
// (not even SQLite's -wal/-shm files), also in a read-only folder; commands
// that write refuse a missing database; `generate` refuses a portfolio
// without --force (the default database too); `export-betagouv` writes
// only inside its folder; a refused import (malformed YAML, a pipe, a file
// over the size limit with --strict; a bad CSV of measurements, a mistyped
// path) writes nothing. Each refusal leaves the database byte for byte.

#include "betagouv/betagouvfolder.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Comite;

namespace {
const QString today = QStringLiteral("2026-11-24");

QByteArray hash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Writes straight to the file, as another program (or version) would.
void setSchemaVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void execRaw(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

class TestSafeWrites : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;      // the demo portfolio, never changed
    QString m_imported;  // the beta.gouv.fr test folder, imported
    QString m_slug;      // a demo product
    QString m_indicator; // one of its indicators

    // A copy of `source` alone in a new folder.
    QString copyOf(const QString &source, const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/portfolio.sqlite");
        QFile::remove(path);
        QFile::copy(source, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        return path;
    }

    // A beta.gouv.fr folder with one good product and `trouble`: a link to
    // a pipe, a link to a device, a file over the size limit; "none": a
    // folder that does not exist.
    static QString betagouvFolder(const QString &parent, const QString &trouble)
    {
        const QString root = parent + QStringLiteral("/site");
        if (trouble == QLatin1String("none"))
            return root;
        const QString strict = QStringLiteral(COMITE_TEST_DATA "/betagouv/strict");
        for (const char *file : {"startups/bon.md", "organisations/dinum.md", "incubators/lab-test.md"}) {
            QDir().mkpath(QFileInfo(root + u'/' + QLatin1String(file)).path());
            QFile::copy(strict + u'/' + QLatin1String(file), root + u'/' + QLatin1String(file));
        }
        const QString bad = root + QStringLiteral("/startups/probleme.md");
        if (trouble == QLatin1String("fifo")) {
            const QString fifo = root + QStringLiteral("/tuyau");  // inside the folder, not a regular file
            ::mkfifo(QFile::encodeName(fifo).constData(), 0600);
            QFile::link(fifo, bad);
        } else if (trouble == QLatin1String("device")) {
            QFile::link(QStringLiteral("/dev/zero"), bad);
        } else if (trouble == QLatin1String("big")) {
            QFile f(bad);
            if (f.open(QIODevice::WriteOnly))
                f.write("---\ntitle: Gros\n---\n" + QByteArray(BetagouvFolder::maxFileSize, 'x'));
        }
        return root;
    }

    // A CSV of measurements: an unknown indicator, a value that is no
    // number, or "none": a path that does not exist.
    QString csv(const QString &parent, const QString &kind) const
    {
        const QString path = parent + QStringLiteral("/m.csv");
        if (kind == QLatin1String("none"))
            return path;
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(kind == QLatin1String("unknown") ? QByteArray("date;indicator;value\n2026-01-01;Nobody counts this;3\n")
                                                     : "date;indicator;value\n2026-01-01;" + m_indicator.toUtf8() + ";many\n");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Test::Run demo = Test::comite({"demo", "--db", m_demo, "--today", today});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const Test::Run list = Test::comite({"products", "--db", m_demo, "--json"});
        m_slug = QJsonDocument::fromJson(list.out).array().first()[QStringLiteral("slug")].toString();
        QVERIFY(!m_slug.isEmpty());
        {
            const QString scratch = copyOf(m_demo, QStringLiteral("scratch"));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(scratch);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT i.name FROM indicators i JOIN products p ON p.id = i.product_id "
                                          "WHERE p.slug = '%1' ORDER BY i.id LIMIT 1").arg(m_slug)));
            QVERIFY(q.next());
            m_indicator = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        m_imported = m_dir.filePath(QStringLiteral("imported.sqlite"));
        const Test::Run import = Test::comite({"import-betagouv", QStringLiteral(COMITE_TEST_DATA "/betagouv/flat"),
                                               "--db", m_imported, "--today", today});
        QVERIFY2(import.exitCode == 0, import.err.constData());
    }

    void readCommandsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("products") << QStringList{"products", "--json"};
        QTest::newRow("product") << QStringList{"product", "SLUG", "--json"};
        QTest::newRow("summary") << QStringList{"summary", "--json", "--today", today};
        QTest::newRow("sessions") << QStringList{"sessions", "--json"};
        QTest::newRow("export-betagouv") << QStringList{"export-betagouv", "OUT/site"};
        QTest::newRow("export-chart") << QStringList{"export-chart", "--product", "SLUG", "--out", "OUT/chart.svg"};
    }

    void readCommandsChangeNothing()
    {
        QFETCH(QStringList, arguments);
        const QString db = copyOf(m_demo, QStringLiteral("read-") + QLatin1String(QTest::currentDataTag()));
        const QString out = m_dir.filePath(QStringLiteral("out-") + QLatin1String(QTest::currentDataTag()));
        QDir().mkpath(out);
        arguments.replaceInStrings(QStringLiteral("SLUG"), m_slug).replaceInStrings(QStringLiteral("OUT"), out);
        const QByteArray before = hash(db);
        const QStringList folder = entries(QFileInfo(db).path());
        const Test::Run run = Test::comite(arguments << "--db" << db);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(hash(db), before);
        QCOMPARE(entries(QFileInfo(db).path()), folder);  // no -wal, no -shm
        QVERIFY(!entries(out).isEmpty() || !arguments.contains(QStringLiteral("--out")));
    }

    void missingDatabaseIsNotCreated_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("products") << QStringList{"products"};
        QTest::newRow("summary") << QStringList{"summary"};
        QTest::newRow("session") << QStringList{"session", "1"};
        QTest::newRow("close-session") << QStringList{"close-session", "1"};
        QTest::newRow("import-measurements") << QStringList{"import-measurements", "CSV", "--product", "x"};
        QTest::newRow("export-chart") << QStringList{"export-chart", "--product", "x", "--out", "OUT/c.png"};
        QTest::newRow("export-betagouv") << QStringList{"export-betagouv", "OUT/site"};
        QTest::newRow("export-preread") << QStringList{"export-preread", "--product", "x", "--out", "OUT/p.pdf"};
    }

    void missingDatabaseIsNotCreated()
    {
        QFETCH(QStringList, arguments);
        const QString out = m_dir.filePath(QStringLiteral("missing-out"));
        QDir().mkpath(out);
        const QString csv = out + QStringLiteral("/m.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("date;indicator;value\n2026-01-01;Usagers;3\n");
        }
        arguments.replaceInStrings(QStringLiteral("OUT"), out).replaceInStrings(QStringLiteral("CSV"), csv);
        const QString typo = m_dir.filePath(QStringLiteral("nowhere/sub/portfolio.sqlite"));
        const Test::Run run = Test::comite(arguments << "--db" << typo);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("portfolio.sqlite"), run.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/site")));
    }

    void emptyFileGetsNoSchema_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("summary") << QStringList{"summary", "--json"};
        QTest::newRow("products") << QStringList{"products"};
        QTest::newRow("close-session") << QStringList{"close-session", "1"};
        QTest::newRow("import-measurements") << QStringList{"import-measurements", "m.csv", "--product", "x"};
    }

    void emptyFileGetsNoSchema()
    {
        QFETCH(QStringList, arguments);
        const QString folder = m_dir.filePath(QStringLiteral("empty-") + QLatin1String(QTest::currentDataTag()));
        QDir().mkpath(folder);
        const QString db = folder + QStringLiteral("/empty.sqlite");
        QFile(db).open(QIODevice::WriteOnly);
        const Test::Run run = Test::comite(arguments << "--db" << db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("empty.sqlite") && run.err.contains("empty file"), run.err.constData());
        QCOMPARE(QFileInfo(db).size(), 0);
        QCOMPARE(entries(folder), QStringList{QStringLiteral("empty.sqlite")});
    }

    void olderSchemaIsReportedNotMigrated()
    {
        const QString db = copyOf(m_demo, QStringLiteral("older"));
        setSchemaVersion(db, Migrations::latestVersion() - 1);
        const QByteArray before = hash(db);
        const Test::Run run = Test::comite({"products", "--db", db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("older version of Comité"), run.err.constData());
        QCOMPARE(hash(db), before);
        QCOMPARE(entries(QFileInfo(db).path()), QStringList{QStringLiteral("portfolio.sqlite")});
    }

    void refusedDatabaseGetsNoSideFiles_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("products") << QStringList{"products"};
        QTest::newRow("demo --force") << QStringList{"demo", "--force"};
        QTest::newRow("generate --force") << QStringList{"generate", "--products", "2", "--months", "3", "--force"};
    }

    void refusedDatabaseGetsNoSideFiles()
    {
        QFETCH(QStringList, arguments);
        const QString db = copyOf(m_demo, QStringLiteral("newer-") + QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_'));
        setSchemaVersion(db, Migrations::latestVersion() + 1);
        const QByteArray before = hash(db);
        const Test::Run run = Test::comite(arguments << "--db" << db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("newer version"), run.err.constData());
        QCOMPARE(hash(db), before);
        QCOMPARE(entries(QFileInfo(db).path()), QStringList{QStringLiteral("portfolio.sqlite")});
    }

    void readOnlyFolderCanBeRead()
    {
        // root writes anywhere: the reading runs as `nobody` then.
        const bool root = ::geteuid() == 0;
        if (root && QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            QSKIP("running as root without runuser: a read-only folder cannot be tried");
        const QString folder = QStringLiteral("/tmp/comite-readonly-%1").arg(QCoreApplication::applicationPid());
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/portfolio.sqlite");
        QVERIFY(QFile::copy(m_demo, db));
        QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                          | QFile::ReadOther | QFile::ExeOther);
        const QByteArray before = hash(db);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), folder);
        process.setProcessEnvironment(env);
        const QStringList arguments{QStringLiteral("products"), QStringLiteral("--json"), QStringLiteral("--db"), db};
        if (root)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                                      QStringLiteral(COMITE_BINARY)} + arguments);
        else
            process.start(QStringLiteral(COMITE_BINARY), arguments);
        QVERIFY(process.waitForFinished(60000));
        const QByteArray err = process.readAllStandardError();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(process.exitCode() == 0, err.constData());
        QVERIFY(QJsonDocument::fromJson(process.readAllStandardOutput()).array().size() > 0);
        QCOMPARE(hash(db), before);
        QCOMPARE(entries(folder), QStringList{QStringLiteral("portfolio.sqlite")});
        QDir(folder).removeRecursively();
    }

    void generateRefusesAPortfolioWithoutForce()
    {
        // The default database: in a data folder of our own.
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
        const Test::Run demo = Test::comite({"demo", "--today", today});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QDirIterator it(home.path(), {QStringLiteral("comite.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        const QString db = it.next();
        const QByteArray before = hash(db);
        const Test::Run refused = Test::comite({"generate", "--products", "3", "--months", "6"});
        const Test::Run summary = Test::comite({"summary", "--json", "--today", today});
        const QByteArray afterRefusal = hash(db);
        const Test::Run forced = Test::comite({"generate", "--products", "3", "--months", "6", "--force"});
        const Test::Run after = Test::comite({"products", "--json"});
        qunsetenv("XDG_DATA_HOME");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("comite.sqlite") && refused.err.contains("--force"), refused.err.constData());
        const int products = QJsonDocument::fromJson(summary.out).object().value(u"products").toInt();
        QVERIFY(products > 3);
        QVERIFY2(refused.err.contains("products: " + QByteArray::number(products)), refused.err.constData());
        QCOMPARE(afterRefusal, before);
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 3);
    }

    // Every refused write or import: exit 1, the database byte for byte as
    // it was, no file added next to it (no -wal, no -shm, no journal).
    void refusalsLeaveTheDatabaseByteForByte_data()
    {
        QTest::addColumn<QString>("source");  // "demo" or "imported"
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString strict = QStringLiteral(COMITE_TEST_DATA "/betagouv/strict");
        QTest::newRow("generate without --force")
            << "demo" << QStringList{"generate", "--products", "2", "--months", "3"} << "--force";
        QTest::newRow("open quote, --strict")
            << "imported" << QStringList{"import-betagouv", strict, "--strict"} << "startups/quote-ouverte.md:3:";
        QTest::newRow("link to a pipe, --strict")
            << "imported" << QStringList{"import-betagouv", "FOLDER:fifo", "--strict"} << "not a regular file";
        QTest::newRow("link to a device, --strict")
            << "imported" << QStringList{"import-betagouv", "FOLDER:device", "--strict"} << "outside the folder";
        QTest::newRow("file over the limit, --strict")
            << "imported" << QStringList{"import-betagouv", "FOLDER:big", "--strict"} << "files over 4 MB are not read";
        QTest::newRow("mistyped folder")
            << "imported" << QStringList{"import-betagouv", "FOLDER:none"} << "FOLDER";
        QTest::newRow("measurements of an unknown indicator")
            << "demo" << QStringList{"import-measurements", "CSV:unknown", "--product", "SLUG"} << "Nothing was imported";
        QTest::newRow("measurements with a bad value")
            << "demo" << QStringList{"import-measurements", "CSV:value", "--product", "SLUG"} << "Nothing was imported";
        QTest::newRow("measurements at a mistyped path")
            << "demo" << QStringList{"import-measurements", "CSV:none", "--product", "SLUG"} << "m.csv";
        QTest::newRow("measurements of an unknown product")
            << "demo" << QStringList{"import-measurements", "CSV:unknown", "--product", "nobody"} << "nobody";
    }

    void refusalsLeaveTheDatabaseByteForByte()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^a-z]+")), QStringLiteral("-"));
        const QString db = copyOf(source == QLatin1String("demo") ? m_demo : m_imported, QStringLiteral("refused-") + tag);
        const QString inputs = m_dir.filePath(QStringLiteral("inputs-") + tag);
        QDir().mkpath(inputs);
        for (QString &a : arguments) {
            if (a.startsWith(QLatin1String("FOLDER:")))
                a = betagouvFolder(inputs, a.mid(7));
            else if (a.startsWith(QLatin1String("CSV:")))
                a = csv(inputs, a.mid(4));
            a.replace(QStringLiteral("SLUG"), m_slug);
        }
        says.replace(QStringLiteral("FOLDER"), inputs + QStringLiteral("/site"));
        const QByteArray before = hash(db);
        const Test::Run run = Test::comite(arguments << "--db" << db << "--today" << today);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
        QCOMPARE(hash(db), before);
        QCOMPARE(entries(QFileInfo(db).path()), QStringList{QStringLiteral("portfolio.sqlite")});
    }

    void exportStaysInItsFolder_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("says");
        const QString escape = m_dir.filePath(QStringLiteral("escaped.md"));
        QTest::newRow("climbing source path")
            << QStringList{"UPDATE betagouv_sources SET path = 'startups/../../../escaped.md' "
                           "WHERE product_id = (SELECT id FROM products WHERE slug = 'mon-service')"}
            << "the product “mon-service”" << "“..”";
        QTest::newRow("absolute source path")
            << QStringList{QStringLiteral("UPDATE betagouv_sources SET path = '%1' WHERE organisation_id = "
                                          "(SELECT id FROM organisations WHERE slug = 'dinum')").arg(escape)}
            << "the organisation “dinum”" << "absolute";
        QTest::newRow("slug of a new product")
            << QStringList{"DELETE FROM betagouv_sources WHERE product_id = (SELECT id FROM products WHERE slug = 'reprise')",
                           "UPDATE products SET slug = '../../../escaped' WHERE slug = 'reprise'"}
            << "the product “../../../escaped”" << "“..”";
        QTest::newRow("slug with a slash")
            << QStringList{"DELETE FROM betagouv_sources WHERE product_id = (SELECT id FROM products WHERE slug = 'reprise')",
                           "UPDATE products SET slug = 'sub/escaped' WHERE slug = 'reprise'"}
            << "the product “sub/escaped”" << "plain file name";
    }

    void exportStaysInItsFolder()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, record);
        QFETCH(QString, says);
        static int round = 0;
        const QString db = copyOf(m_imported, QStringLiteral("export-%1").arg(++round));
        execRaw(db, sql);
        const QByteArray before = hash(db);
        const QString target = QFileInfo(db).path() + QStringLiteral("/site");
        const Test::Run run = Test::comite({"export-betagouv", target, "--db", db});
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(record) && err.contains(says), run.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("escaped.md"))));
        QVERIFY(!QFileInfo::exists(target));  // nothing written at all
        QCOMPARE(hash(db), before);
    }

    void exportDoesNotFollowLinksOut()
    {
        const QString db = copyOf(m_imported, QStringLiteral("export-link"));
        const QString target = QFileInfo(db).path() + QStringLiteral("/site");
        const QString outside = m_dir.filePath(QStringLiteral("outside"));
        QDir().mkpath(target);
        QDir().mkpath(outside);
        QVERIFY(QFile::link(outside, target + QStringLiteral("/startups")));
        const Test::Run run = Test::comite({"export-betagouv", target, "--db", db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("link leading out of the export folder"), run.err.constData());
        QVERIFY(entries(outside).isEmpty());

        // A file linked out is replaced by nothing and written through never.
        QFile::remove(target + QStringLiteral("/startups"));
        const QString secret = outside + QStringLiteral("/secret.md");
        {
            QFile f(secret);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("secret");
        }
        QDir().mkpath(target + QStringLiteral("/startups"));
        QVERIFY(QFile::link(secret, target + QStringLiteral("/startups/mon-service.md")));
        const Test::Run again = Test::comite({"export-betagouv", target, "--db", db});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("the product “mon-service”"), again.err.constData());
        QCOMPARE(hash(secret), QCryptographicHash::hash("secret", QCryptographicHash::Sha256).toHex());

        // Without the link, the export goes through, inside only.
        QFile::remove(target + QStringLiteral("/startups/mon-service.md"));
        const Test::Run fine = Test::comite({"export-betagouv", target, "--db", db});
        QVERIFY2(fine.exitCode == 0, fine.err.constData());
        QVERIFY(QFileInfo(target + QStringLiteral("/startups/mon-service.md")).isFile());
        QCOMPARE(entries(outside), QStringList{QStringLiteral("secret.md")});
    }
};

QTEST_GUILESS_MAIN(TestSafeWrites)
#include "tst_safewrites.moc"
