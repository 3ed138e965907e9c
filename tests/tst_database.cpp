// Database: a fresh file gets the whole schema (WAL, foreign keys), an old
// one is migrated, and anything that is not a Comité database of this
// version is refused with a message naming the file and left byte-for-byte
// untouched. A failed or locked write loses nothing.

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/productrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTest>
#include <QUuid>
#include <functional>

using namespace Comite;

namespace {

// A plain SQLite connection of its own, as another program would have.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        m_ok = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_ok; }
    // Runs the statements; the first error, or an empty string.
    QString run(const QStringList &statements)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        for (const QString &s : statements) {
            if (!q.exec(s))
                return s + QStringLiteral(": ") + q.lastError().text();
        }
        return {};
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
    bool m_ok = false;
};

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QString scalarText(Database &db, const QString &sql)
{
    QSqlQuery q = db.exec(sql);
    return q.next() ? q.value(0).toString() : QString();
}

// A Comité database with enough products to span many pages.
void makeComiteDatabase(const QString &path, int products)
{
    auto db = Database::open(path);
    ProductRepository repo(*db);
    db->transaction([&] {
        for (int i = 0; i < products; ++i) {
            Product p = Test::sampleProduct(QStringLiteral("produit-%1").arg(i));
            p.description = QString(400, QChar(u'a' + i % 26));
            repo.insert(p);
        }
    });
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QString nativeName(const QString &path) const
    {
        return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        if (QTest::currentDataTag())
            m_path.replace(QStringLiteral(".sqlite"), QStringLiteral("-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    }

    void freshDatabase()
    {
        QVERIFY(Migrations::latestVersion() >= 1);
        auto db = Database::open(m_path);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalarText(*db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalarText(*db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(scalarText(*db, QStringLiteral("PRAGMA application_id")).toUInt(), Database::applicationId);
        QVERIFY(scalarText(*db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
        for (const char *table : {"organisations", "incubators", "products", "product_sponsors", "product_links",
                                  "phases", "sessions", "session_products", "decisions", "settings"}) {
            QCOMPARE(scalarText(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                         .arg(QLatin1String(table))),
                     QStringLiteral("1"));
        }
        QCOMPARE(db->location(), m_path);
    }

    void foreignKeysEnforced()
    {
        auto db = Database::open(m_path);
        QVERIFY_THROWS_EXCEPTION(StorageError, db->exec(QStringLiteral("INSERT INTO phases (product_id, position, phase, "
                                                                       "start_date) VALUES (999, 0, 'investigation', "
                                                                       "'2026-01-01')")));
    }

    void reopenKeepsData()
    {
        Product stored = Test::sampleProduct(QStringLiteral("velo-pour-tous"), QStringLiteral("Vélo pour tous"));
        stored.pitch = QStringLiteral("Permettre aux collectivités d'obtenir un plan…");
        stored.links = {{QStringLiteral("site"), QStringLiteral("https://velo.beta.gouv.fr")}};
        {
            auto db = Database::open(m_path);
            stored.id = ProductRepository(*db).insert(stored);
            db->setSetting(QStringLiteral("welcome"), QStringLiteral("done"));
        }
        auto db = Database::open(m_path);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        const auto loaded = ProductRepository(*db).load(stored.id);
        QVERIFY(loaded);
        QCOMPARE(*loaded, stored);
        QCOMPARE(db->setting(QStringLiteral("welcome")), QStringLiteral("done"));
        QCOMPARE(db->setting(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    }

    void upgradeFromVersionZero()
    {
        // A Comité file stamped before any migration ran.
        {
            RawConnection raw(m_path);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.run({QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
                              QStringLiteral("PRAGMA user_version = 0")}),
                     QString());
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")).toUInt(), Database::applicationId);
        }
        QVERIFY(QFileInfo(m_path).size() > 0);
        auto db = Database::open(m_path);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        ProductRepository repo(*db);
        const qint64 id = repo.insert(Test::sampleProduct(QStringLiteral("apres-migration")));
        QCOMPARE(repo.load(id)->slug, QStringLiteral("apres-migration"));
    }

    void emptyFileBecomesADatabase()
    {
        writeFile(m_path, {});
        auto db = Database::open(m_path);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    }

    void refused_data()
    {
        QTest::addColumn<std::function<void(const QString &)>>("make");
        QTest::addColumn<QString>("reason");

        QTest::newRow("text file") << std::function<void(const QString &)>([](const QString &path) {
            writeFile(path, "Ordre du jour du comité\n1. Tour de table\n2. Décisions\n");
        }) << "not a SQLite file";
        QTest::newRow("random bytes") << std::function<void(const QString &)>([](const QString &path) {
            QByteArray bytes(8192, '\0');
            QRandomGenerator rng(7);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            writeFile(path, bytes);
        }) << "not a SQLite file";
        QTest::newRow("truncated") << std::function<void(const QString &)>([](const QString &path) {
            makeComiteDatabase(path, 300);
            const QByteArray full = contents(path);
            QVERIFY(full.size() > 20 * 4096);
            writeFile(path, full.left(full.size() / 2));
        }) << "damaged";
        QTest::newRow("corrupted pages") << std::function<void(const QString &)>([](const QString &path) {
            makeComiteDatabase(path, 300);
            QByteArray bytes = contents(path);
            // Scribble over pages 2 to 5, where the tables' b-trees start.
            for (qsizetype i = 4096; i < 5 * 4096; ++i)
                bytes[i] = char(0xA5);
            writeFile(path, bytes);
        }) << "damaged";
        QTest::newRow("another application") << std::function<void(const QString &)>([](const QString &path) {
            RawConnection raw(path);
            QCOMPARE(raw.run({QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                              QStringLiteral("INSERT INTO notes (body) VALUES ('liste de courses')"),
                              QStringLiteral("PRAGMA user_version = 3")}),
                     QString());
        }) << "another application";
        // Blank files of other applications: nothing to migrate into.
        QTest::newRow("another application, no table yet") << std::function<void(const QString &)>([](const QString &path) {
            RawConnection raw(path);
            QCOMPARE(raw.run({QStringLiteral("PRAGMA application_id = 1196444237")}), QString());  // "GPKG"
        }) << "another application";
        QTest::newRow("versioned, no application id") << std::function<void(const QString &)>([](const QString &path) {
            RawConnection raw(path);
            QCOMPARE(raw.run({QStringLiteral("PRAGMA user_version = 1")}), QString());
        }) << "another application";
        QTest::newRow("newer version") << std::function<void(const QString &)>([](const QString &path) {
            makeComiteDatabase(path, 2);
            RawConnection raw(path);
            QCOMPARE(raw.run({QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)}),
                     QString());
        }) << "newer version";
    }

    void refused()
    {
        QFETCH(std::function<void(const QString &)>, make);
        QFETCH(QString, reason);
        make(m_path);
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = contents(m_path);
        const qint64 sizeBefore = QFileInfo(m_path).size();
        QVERIFY(sizeBefore > 0);

        QString message;
        try {
            Database::open(m_path);
        } catch (const StorageError &e) {
            message = e.message();
        }
        QVERIFY2(!message.isEmpty(), "the file was opened");
        QVERIFY2(message.contains(nativeName(m_path)), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));

        QCOMPARE(QFileInfo(m_path).size(), sizeBefore);
        QVERIFY(contents(m_path) == before);
    }

    void folderRefused()
    {
        QVERIFY(QDir().mkpath(m_path));
        QVERIFY_THROWS_EXCEPTION(StorageError, Database::open(m_path));
        QVERIFY(QFileInfo(m_path).isDir());
    }

    // One transaction: the second insert breaks UNIQUE(slug), so the first
    // is not stored either, and the connection is usable afterwards.
    void failedWriteRollsBack()
    {
        auto db = Database::open(m_path);
        ProductRepository repo(*db);
        const qint64 kept = repo.insert(Test::sampleProduct(QStringLiteral("deja-la")));

        QString message;
        try {
            db->transaction([&] {
                repo.insert(Test::sampleProduct(QStringLiteral("nouveau")));
                repo.insert(Test::sampleProduct(QStringLiteral("deja-la"), QStringLiteral("Doublon")));
            });
        } catch (const StorageError &e) {
            message = e.message();
        }
        QVERIFY2(message.contains(QLatin1String("UNIQUE")), qPrintable(message));
        QCOMPARE(repo.count(), 1);
        QCOMPARE(repo.idForSlug(QStringLiteral("nouveau")), std::nullopt);
        QCOMPARE(repo.load(kept)->title, QStringLiteral("deja-la"));

        // Nothing is left half-open: a later write commits for good.
        repo.insert(Test::sampleProduct(QStringLiteral("ensuite")));
        db.reset();
        db = Database::open(m_path);
        QCOMPARE(ProductRepository(*db).count(), 2);
        QVERIFY(ProductRepository(*db).idForSlug(QStringLiteral("ensuite")));
    }

    // Replacing a list deletes then inserts: a bad row must not leave the
    // product with no phases.
    void failedListWriteKeepsTheOldList()
    {
        auto db = Database::open(m_path);
        ProductRepository repo(*db);
        Product p = Test::sampleProduct(QStringLiteral("historique"));
        p.phases = {{Phase::Investigation, {2025, 1, 1}, {2025, 3, 1}, QStringLiteral("début"), false},
                    {Phase::Construction, {2025, 3, 1}, {}, {}, false}};
        const qint64 id = repo.insert(p);

        QList<PhaseRecord> broken = p.phases;
        broken << PhaseRecord{Phase::Acceleration, QDate(), {}, {}, false};  // start is NOT NULL
        QVERIFY_THROWS_EXCEPTION(StorageError, repo.setPhases(id, broken));
        QCOMPARE(repo.load(id)->phases, p.phases);
    }

    void lockedDatabase()
    {
        auto db = Database::open(m_path);
        ProductRepository repo(*db);
        const Product first = Test::sampleProduct(QStringLiteral("premier"));
        const qint64 firstId = repo.insert(first);
        db->exec(QStringLiteral("PRAGMA busy_timeout = 20"));  // fail fast instead of waiting 5 s

        RawConnection other(m_path);
        QVERIFY(other.isOpen());
        QCOMPARE(other.run({QStringLiteral("BEGIN EXCLUSIVE")}), QString());

        QString message;
        try {
            repo.insert(Test::sampleProduct(QStringLiteral("second")));
        } catch (const StorageError &e) {
            message = e.message();
        }
        QVERIFY2(message.contains(QLatin1String("locked")), qPrintable(message));
        QVERIFY2(message.contains(nativeName(m_path)), qPrintable(message));
        // Reading still works while the other program writes (WAL).
        QCOMPARE(repo.count(), 1);

        QCOMPARE(other.run({QStringLiteral("ROLLBACK")}), QString());
        QCOMPARE(repo.load(firstId)->slug, first.slug);
        QCOMPARE(repo.idForSlug(QStringLiteral("second")), std::nullopt);
        // Once the lock is gone, the same write goes through.
        repo.insert(Test::sampleProduct(QStringLiteral("second")));
        QCOMPARE(repo.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
