// BulkSchema (storage/bulkschema) on a PostgreSQL server: a bulk load into
// empty tables drops their indexes and foreign keys and rebuilds them after;
// the schema after `generate` and `copy` is the one a fresh migration makes
// (same indexes, same constraints), a row refused mid-load or by a rebuilt
// key rolls everything back to that schema, and tables holding rows, or
// owned by another role, keep their indexes. Skipped without
// COMITE_TEST_PG_URL (scripts/test.sh starts a server).

#include "demo/syntheticportfolio.h"
#include "storage/bulkinsert.h"
#include "storage/bulkschema.h"
#include "storage/portfoliocopy.h"
#include "testsupport.h"

#include <QTest>

using namespace Comite;

namespace {
const QStringList loaded = {QStringLiteral("products"), QStringLiteral("phases"), QStringLiteral("indicators"),
                            QStringLiteral("measurements")};

// Every index, constraint and column of the schema, one line each, sorted.
QStringList schemaOf(Database &db)
{
    QStringList lines;
    QSqlQuery q = db.exec(QStringLiteral("SELECT concat_ws(' ', tablename, indexname, indexdef) FROM pg_indexes "
                                         "WHERE schemaname = current_schema()"));
    while (q.next())
        lines << q.value(0).toString();
    q = db.exec(QStringLiteral("SELECT concat_ws(' ', conrelid::regclass, conname, contype, pg_get_constraintdef(oid), "
                               "convalidated) FROM pg_constraint "
                               "WHERE connamespace = current_schema()::regnamespace"));
    while (q.next())
        lines << q.value(0).toString();
    // Columns keep NOT NULL, their default and identity when their key goes.
    q = db.exec(QStringLiteral("SELECT concat_ws(' ', table_name, column_name, is_nullable, column_default, is_identity) "
                               "FROM information_schema.columns WHERE table_schema = current_schema()"));
    while (q.next())
        lines << q.value(0).toString();
    lines.sort();
    return lines;
}

int count(Database &db, const QString &table)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestPostgresBulkSchema : public QObject
{
    Q_OBJECT

    QString m_admin;
    QStringList m_fresh;  // the schema of a freshly migrated database

    QString serverDatabase(const QString &name) { return Test::freshServerDatabase(m_admin, name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_admin = qEnvironmentVariable("COMITE_TEST_PG_URL");
        if (m_admin.isEmpty())
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set).");
        auto db = Database::open(serverDatabase(QStringLiteral("comite_bulkschema_fresh")));
        m_fresh = schemaOf(*db);
        QVERIFY(m_fresh.size() > 50);
    }

    void setsAsideAndRebuilds()
    {
        auto db = Database::open(serverDatabase(QStringLiteral("comite_bulkschema_aside")));
        db->transaction([&] {
            BulkSchema schema(*db, loaded);
            QVERIFY(schema.isSuspended());
            const QStringList during = schemaOf(*db);
            // Gone: the keys, the foreign keys (also those pointing in) and the indexes.
            for (const char *name : {"measurements_pkey", "measurements_indicator_id_measured_on_key", "measurements_indicator_id_fkey",
                                     "phases_product", "indicators_north_star", "envelopes_product_id_fkey"})
                QVERIFY2(!during.join(u'\n').contains(QLatin1String(name)), name);
            QVERIFY(during.join(u'\n').contains(QLatin1String("phases_phase_check")));  // CHECK stays: refuses at once
            schema.restore();
            QVERIFY(!schema.isSuspended());
        });
        QCOMPARE(schemaOf(*db), m_fresh);
    }

    void generateAndCopyKeepTheSchema()
    {
        auto server = Database::open(serverDatabase(QStringLiteral("comite_bulkschema_generate")));
        SyntheticPortfolio::write(*server, {120, 36, 3, Test::fixedToday});
        QCOMPARE(schemaOf(*server), m_fresh);
        QVERIFY(count(*server, QStringLiteral("measurements")) > 1000);
        // Replacing a portfolio empties the tables in the same transaction: set aside too.
        SyntheticPortfolio::Options again{80, 24, 4, Test::fixedToday};
        again.replace = true;
        SyntheticPortfolio::write(*server, again);
        QCOMPARE(schemaOf(*server), m_fresh);
        QCOMPARE(count(*server, QStringLiteral("products")), 80);

        auto copy = Database::open(serverDatabase(QStringLiteral("comite_bulkschema_copy")));
        const QList<PortfolioCopy::TableCount> counts = PortfolioCopy::copy(*server, *copy);
        for (const PortfolioCopy::TableCount &c : counts)
            QCOMPARE(c.target, c.source);
        QCOMPARE(schemaOf(*copy), m_fresh);
    }

    // A row the server refuses during the load (a CHECK), or that a rebuilt
    // key refuses (a duplicate, an orphan): nothing written, schema intact.
    void refusedRowKeepsTheSchema_data()
    {
        QTest::addColumn<QString>("refusal");
        QTest::newRow("check during the load") << QStringLiteral("check");
        QTest::newRow("duplicate at the rebuild") << QStringLiteral("duplicate");
        QTest::newRow("orphan at the rebuild") << QStringLiteral("orphan");
    }

    void refusedRowKeepsTheSchema()
    {
        QFETCH(QString, refusal);
        auto db = Database::open(serverDatabase(QStringLiteral("comite_bulkschema_refused")));
        const Result<void> r = attempt([&] {
            db->transaction([&] {
                BulkSchema schema(*db, loaded);
                QVERIFY(schema.isSuspended());
                BulkInsert product(*db, QStringLiteral("products"), {QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("title")});
                BulkInsert phase(*db, QStringLiteral("phases"),
                                 {QStringLiteral("product_id"), QStringLiteral("position"), QStringLiteral("phase"),
                                  QStringLiteral("start_date")},
                                 {&product}, 10);
                for (int id = 1; id <= 50; ++id) {
                    const bool odd = id == 30;
                    product.add({id, refusal == QLatin1String("duplicate") && odd ? QStringLiteral("p-1") : QStringLiteral("p-%1").arg(id),
                                 QStringLiteral("P %1").arg(id)});
                    phase.add({refusal == QLatin1String("orphan") && odd ? 999 : id, 0,
                               refusal == QLatin1String("check") && odd ? QStringLiteral("nonsense") : QStringLiteral("investigation"),
                               QStringLiteral("2026-01-01")});
                }
                product.finish();
                phase.finish();
                schema.restore();
            });
        });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(db->displayName()), qPrintable(r.error().message));
        QCOMPARE(count(*db, QStringLiteral("products")), 0);
        QCOMPARE(schemaOf(*db), m_fresh);
    }

    void tablesWithRowsKeepTheirIndexes()
    {
        auto db = Database::open(serverDatabase(QStringLiteral("comite_bulkschema_rows")));
        db->insert(QStringLiteral("products"), {QStringLiteral("slug"), QStringLiteral("title")},
                   {QStringLiteral("one"), QStringLiteral("One")});
        db->transaction([&] {
            BulkSchema schema(*db, loaded);
            QVERIFY(!schema.isSuspended());
            QCOMPARE(schemaOf(*db), m_fresh);
        });
    }

    void anotherRoleLoadsRowByRow()
    {
        auto db = Database::open(serverDatabase(QStringLiteral("comite_bulkschema_role")));
        db->exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'comite_bulk_other') "
                                "THEN CREATE ROLE comite_bulk_other; END IF; END $$"));
        db->exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO comite_bulk_other"));
        db->transaction([&] {
            db->exec(QStringLiteral("SET LOCAL ROLE comite_bulk_other"));
            BulkSchema schema(*db, loaded);
            QVERIFY(!schema.isSuspended());
        });
        QCOMPARE(schemaOf(*db), m_fresh);
    }
};

QTEST_GUILESS_MAIN(TestPostgresBulkSchema)
#include "tst_postgresbulkschema.moc"
