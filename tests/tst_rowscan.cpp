// Large reads and bulk writes on SQLite go straight through the QSQLITE
// driver's own connection (storage/rowscan, storage/sqlitestatement): the
// values read back are those QSqlQuery reads, on SQLite and on a real
// PostgreSQL server (skipped without COMITE_TEST_PG_URL); ISO dates parse
// as QDate::fromString does; statements are counted and a refused one is
// reported like any other, naming the database; a bulk write of rows in
// several statement sizes stores them all, and a refused row rolls back.

#include "domain/efficiency.h"
#include "storage/bulkinsert.h"
#include "storage/rowscan.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Comite;

class TestRowScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Database> sqlite(const QString &name)
    {
        return Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    }

    // Three organisations: text with accents, quotes and a newline, an
    // empty acronym; the query adds a NULL. Read by both paths.
    static void fill(Database &db)
    {
        db.transaction([&] {
            db.exec(QStringLiteral("INSERT INTO organisations (id, slug, name, acronym) VALUES "
                                   "(1, 'dinum', 'Direction « numérique »\nl''État', 'DINUM'), (2, 'b', 'Bé', ''), (3, 'c', 'C', 'C')"));
        });
    }

    static void compareWithQuery(Database &db)
    {
        const QString sql = QStringLiteral("SELECT id, name, CASE WHEN id = 3 THEN NULL ELSE acronym END, id * 1.5, "
                                           "'2026-02-28T10:00' FROM organisations "
                                           "WHERE id >= ? ORDER BY id");
        QSqlQuery q = db.exec(sql, {1});
        RowScan scan(db, sql, {1});
        int rows = 0;
        while (q.next()) {
            QVERIFY(scan.next());
            ++rows;
            QCOMPARE(scan.integer(0), q.value(0).toLongLong());
            QCOMPARE(scan.text(1), q.value(1).toString());
            QCOMPARE(scan.isNull(2), q.isNull(2));
            QCOMPARE(scan.text(2), q.value(2).toString());
            QCOMPARE(scan.real(3), q.value(3).toDouble());
            QCOMPARE(scan.optionalReal(3).value(), q.value(3).toDouble());
            QCOMPARE(scan.date(4), QDate(2026, 2, 28));
            QCOMPARE(scan.utf8(1), q.value(1).toString().toUtf8());
        }
        QVERIFY(!scan.next());
        QCOMPARE(rows, 3);
    }

private Q_SLOTS:
    void isoDateParsesAsQDateDoes_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"2026-12-04", "2026-12-04T10:30:00", "2026-12-04 10:30", "2024-02-29", "2025-02-29", "2026-13-01",
                                 "2026-00-10", "2026/12/04", "2026-12-041", "2026-1-04", "20261204", "", "abcd-ef-gh", "0999-01-31",
                                 "2026-12-04Z", "2026-12"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void isoDateParsesAsQDateDoes()
    {
        QFETCH(QString, text);
        QCOMPARE(isoDate(text.toUtf8()), QDate::fromString(text, Qt::ISODate));
    }

    void monthKeyIsYearDashMonth()
    {
        QCOMPARE(Efficiency::monthKey(QDate(2026, 1, 31)), QStringLiteral("2026-01"));
        QCOMPARE(Efficiency::monthKey(QDate(2026, 12, 1)), QStringLiteral("2026-12"));
        QCOMPARE(Efficiency::monthKey(QDate(999, 7, 4)), QStringLiteral("0999-07"));
        QCOMPARE(Efficiency::monthKey(QDate()), QDate().toString(QStringLiteral("yyyy-MM")));
    }

    void readsWhatQSqlQueryReadsOnSqlite()
    {
        auto db = sqlite(QStringLiteral("read"));
        fill(*db);
        compareWithQuery(*db);
        // A NULL date and an empty result.
        RowScan none(*db, QStringLiteral("SELECT NULL, 'not a date' FROM organisations WHERE id = ?"), {2});
        QVERIFY(none.next());
        QVERIFY(none.isNull(0));
        QVERIFY(!none.date(0).isValid());
        QVERIFY(!none.date(1).isValid());
        QVERIFY(!none.optionalReal(0));
        QVERIFY(!none.next());
    }

    void readsWhatQSqlQueryReadsOnPostgres()
    {
        const QString admin = qEnvironmentVariable("COMITE_TEST_PG_URL");
        if (admin.isEmpty())
            QSKIP("No PostgreSQL server (COMITE_TEST_PG_URL is not set).");
        auto db = Database::open(Test::freshServerDatabase(admin, QStringLiteral("comite_rowscan")));
        fill(*db);
        compareWithQuery(*db);
    }

    void statementsAreCountedAndLogged()
    {
        auto db = sqlite(QStringLiteral("count"));
        QStringList log;
        db->setStatementLog(&log);
        const quint64 before = db->statementCount();
        RowScan scan(*db, QStringLiteral("SELECT count(*) FROM products"));
        QVERIFY(scan.next());
        QCOMPARE(scan.integer(0), 0);
        QCOMPARE(db->statementCount(), before + 1);
        QCOMPARE(log, QStringList{QStringLiteral("SELECT count(*) FROM products")});
        db->setStatementLog(nullptr);
    }

    void aRefusedStatementNamesTheDatabase()
    {
        auto db = sqlite(QStringLiteral("refused"));
        try {
            RowScan scan(*db, QStringLiteral("SELECT nothing FROM nowhere"));
            QFAIL("a statement on a missing table was run");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("refused.sqlite")), qPrintable(e.message()));
            QVERIFY2(e.detail().contains(QStringLiteral("nowhere")), qPrintable(e.detail()));
        }
    }

    void bulkInsertStoresEveryRowThroughTheDriversConnection()
    {
        auto db = sqlite(QStringLiteral("bulk"));
        // 257 products: two full statements of 100 rows and a tail of 57;
        // their phases follow (the parents' rows are written first).
        db->transaction([&] {
            BulkInsert products(*db, QStringLiteral("products"), {QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("title")});
            BulkInsert phases(*db, QStringLiteral("phases"),
                              {QStringLiteral("product_id"), QStringLiteral("position"), QStringLiteral("phase"), QStringLiteral("start_date")},
                              {&products});
            for (int i = 1; i <= 257; ++i) {
                products.add({i, QStringLiteral("p-%1").arg(i), QStringLiteral("Produit « %1 »").arg(i)});
                phases.add({i, 0, QStringLiteral("investigation"), QDate(2026, 1, 1).addDays(i)});
            }
            phases.finish();
            products.finish();
            QCOMPARE(products.written(), 257);
            QCOMPARE(phases.written(), 257);
        });
        RowScan check(*db, QStringLiteral("SELECT count(*), max(title), min(start_date) FROM products JOIN phases ON product_id = products.id"));
        QVERIFY(check.next());
        QCOMPARE(check.integer(0), 257);
        QCOMPARE(check.text(1), QStringLiteral("Produit « 99 »"));
        QCOMPARE(check.date(2), QDate(2026, 1, 2));
    }

    void aRefusedBulkRowRollsTheWriteBack()
    {
        auto db = sqlite(QStringLiteral("bulkrefused"));
        try {
            db->transaction([&] {
                BulkInsert products(*db, QStringLiteral("products"), {QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("title")});
                for (int i = 1; i <= 150; ++i)
                    products.add({i, QStringLiteral("same-slug-%1").arg(i == 120 ? 1 : i), QStringLiteral("P")});
                products.finish();
            });
            QFAIL("a duplicate slug was stored");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("bulkrefused.sqlite")) || e.detail().contains(QStringLiteral("UNIQUE")),
                     qPrintable(e.message() + u'\n' + e.detail()));
        }
        RowScan count(*db, QStringLiteral("SELECT count(*) FROM products"));
        QVERIFY(count.next());
        QCOMPARE(count.integer(0), 0);
    }
};

QTEST_GUILESS_MAIN(TestRowScan)
#include "tst_rowscan.moc"
