// Bulk writes on PostgreSQL go through COPY (storage/postgrescopy): the
// encoding of values in COPY's text format (no server needed), awkward
// text and NULL round-tripping through a real server, a refused row
// reported like any refused statement, and `generate` writing the very
// rows it writes on SQLite. The server tests are skipped without
// COMITE_TEST_PG_URL (scripts/test.sh starts one).

#include "demo/syntheticportfolio.h"
#include "storage/bulkinsert.h"
#include "storage/portfoliocopy.h"
#include "storage/postgrescopy.h"
#include "testsupport.h"

#include <QSqlRecord>
#include <QTest>

using namespace Comite;

namespace {
QByteArray field(const QVariant &value)
{
    QByteArray line;
    PostgresCopy::appendField(line, value);
    return line;
}

// Every row of `table`, each as one line of its values, sorted: the same
// content on both backends gives the same list whatever each returns
// numbers as and whatever order it keeps.
QStringList rowsOf(Database &db, const QString &table)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM %1").arg(table));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            bool number = false;
            const double d = v.toString().toDouble(&number);
            values << (v.isNull() ? QStringLiteral("NULL") : number ? QString::number(d, 'g', 17) : v.toString());
        }
        rows << values.join(u'\t');
    }
    rows.sort();
    return rows;
}
} // namespace

class TestPostgresCopy : public QObject
{
    Q_OBJECT

    QString m_admin;

    QString serverDatabase(const QString &name)
    {
        if (m_admin.isEmpty())
            return {};
        return Test::freshServerDatabase(m_admin, name);
    }

private Q_SLOTS:
    void initTestCase() { m_admin = qEnvironmentVariable("COMITE_TEST_PG_URL"); }

    void encodesValuesInTextFormat_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("null") << QVariant() << QByteArray("\\N");
        QTest::newRow("null string") << QVariant(QString()) << QByteArray("\\N");
        QTest::newRow("null typed") << QVariant(QMetaType(QMetaType::QString)) << QByteArray("\\N");
        QTest::newRow("empty string") << QVariant(QStringLiteral("")) << QByteArray("");
        QTest::newRow("tab newline return") << QVariant(QStringLiteral("a\tb\nc\rd")) << QByteArray("a\\tb\\nc\\rd");
        QTest::newRow("backslash") << QVariant(QStringLiteral("C:\\N \\.")) << QByteArray("C:\\\\N \\\\.");
        QTest::newRow("quotes") << QVariant(QStringLiteral("l'« été » \"x\"")) << QStringLiteral("l'« été » \"x\"").toUtf8();
        QTest::newRow("integer") << QVariant(qint64(-42)) << QByteArray("-42");
        QTest::newRow("whole double") << QVariant(1000000.0) << QByteArray("1000000");
        QTest::newRow("double") << QVariant(0.1) << QByteArray("0.1");
        QTest::newRow("bool") << QVariant(true) << QByteArray("1");
        QTest::newRow("date") << QVariant(QDate(2026, 11, 24)) << QByteArray("2026-11-24");
        QTest::newRow("invalid date") << QVariant(QDate()) << QByteArray("\\N");
    }

    void encodesValuesInTextFormat()
    {
        QFETCH(QVariant, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(field(value), encoded);
    }

    void awkwardTextAndNullRoundTrip()
    {
        const QString url = serverDatabase(QStringLiteral("comite_copy_text"));
        if (url.isEmpty())
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set).");
        auto db = Database::open(url);
        const QStringList awkward = {QStringLiteral("tab\there"), QStringLiteral("line\nbreak\r\n"),
                                     QStringLiteral("back\\slash \\N \\."), QStringLiteral("quote ' \" ;"),
                                     QStringLiteral("é ü — 漢字"), QStringLiteral("")};
        db->transaction([&] {
            BulkInsert org(*db, QStringLiteral("organisations"), {QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("name")});
            BulkInsert product(*db, QStringLiteral("products"), {QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("title")});
            BulkInsert phase(*db, QStringLiteral("phases"),
                             {QStringLiteral("product_id"), QStringLiteral("position"), QStringLiteral("phase"),
                              QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("comment")},
                             {&product}, 2);  // batches of two: the parents' rows go first each time
            for (int i = 0; i < awkward.size(); ++i) {
                org.add({i + 1, QStringLiteral("org-%1").arg(i), awkward[i]});
                product.add({i + 1, QStringLiteral("p-%1").arg(i), awkward[i]});
                phase.add({i + 1, 0, QStringLiteral("investigation"), QStringLiteral("2026-01-01"),
                           i % 2 ? QVariant(QStringLiteral("2026-02-01")) : QVariant(QMetaType(QMetaType::QString)), awkward[i]});
            }
            org.finish();
            product.finish();
            phase.finish();
            QCOMPARE(phase.written(), qint64(awkward.size()));
            db->syncIdSequence(QStringLiteral("organisations"));
        });
        QSqlQuery q = db->exec(QStringLiteral("SELECT o.name, p.title, ph.comment, ph.end_date FROM organisations o "
                                              "JOIN products p ON p.id = o.id JOIN phases ph ON ph.product_id = p.id ORDER BY o.id"));
        for (int i = 0; i < awkward.size(); ++i) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), awkward[i]);
            QCOMPARE(q.value(1).toString(), awkward[i]);
            QCOMPARE(q.value(2).toString(), awkward[i]);
            QCOMPARE(q.value(3).isNull(), i % 2 == 0);
        }
        QVERIFY(!q.next());
        // The identity sequence continues past the copied ids.
        QCOMPARE(db->insert(QStringLiteral("organisations"), {QStringLiteral("slug"), QStringLiteral("name")},
                            {QStringLiteral("next"), QStringLiteral("Next")}),
                 qint64(awkward.size() + 1));
    }

    void refusedRowFailsTheTransaction()
    {
        const QString url = serverDatabase(QStringLiteral("comite_copy_refused"));
        if (url.isEmpty())
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set).");
        auto db = Database::open(url);
        const Result<void> r = attempt([&] {
            db->transaction([&] {
                BulkInsert org(*db, QStringLiteral("organisations"), {QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("name")});
                org.add({1, QStringLiteral("same"), QStringLiteral("First")});
                org.add({2, QStringLiteral("same"), QStringLiteral("Second")});  // slug is UNIQUE
                org.finish();
            });
        });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(db->displayName()), qPrintable(r.error().message));
        QVERIFY2(r.error().detail.contains(QLatin1String("COPY organisations")), qPrintable(r.error().detail));
        // Rolled back, and the connection still serves.
        QSqlQuery q = db->exec(QStringLiteral("SELECT count(*) FROM organisations"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void generateWritesTheSameRowsAsOnSQLite()
    {
        const QString url = serverDatabase(QStringLiteral("comite_copy_generate"));
        if (url.isEmpty())
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set).");
        QTemporaryDir dir;
        auto file = Database::open(dir.filePath(QStringLiteral("generated.sqlite")));
        auto server = Database::open(url);
        const SyntheticPortfolio::Options options{200, 60, 7, Test::fixedToday};
        SyntheticPortfolio::write(*file, options);
        SyntheticPortfolio::write(*server, options);
        qint64 total = 0;
        for (const QString &table : PortfolioCopy::tables()) {
            const QStringList rows = rowsOf(*file, table);
            total += rows.size();
            QCOMPARE(rowsOf(*server, table), rows);
        }
        QVERIFY(total > 20000);  // several COPY batches for the largest tables
    }
};

QTEST_GUILESS_MAIN(TestPostgresCopy)
#include "tst_postgrescopy.moc"
