// The schema in one place: SchemaDefinition describes exactly the tables
// the migrations create, each with the migration that creates it and a
// rule for every writer; migrations refuse a gap in their numbers; SQL
// scripts are split into statements as the server reads them.

#include "storage/migrations.h"
#include "storage/schemadefinition.h"
#include "storage/sqlscript.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Comite;

class TestSchemaDefinition : public QObject
{
    Q_OBJECT

    static void touch(const QTemporaryDir &dir, const QString &name)
    {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SELECT 1;\n");
    }

private Q_SLOTS:
    void definitionMatchesTheMigrations()
    {
        static const QRegularExpression create(QStringLiteral("^CREATE TABLE (\\w+)"), QRegularExpression::CaseInsensitiveOption);
        QMap<QString, int> created;
        for (int v = 1; v <= Migrations::latestVersion(); ++v) {
            for (const QString &statement : Migrations::statements(v, QStringLiteral("QPSQL"))) {
                if (const auto m = create.match(statement); m.hasMatch())
                    created.insert(m.captured(1), v);
            }
        }
        QVERIFY(created.size() >= 35);
        for (auto it = created.cbegin(); it != created.cend(); ++it) {
            const TableDefinition *t = SchemaDefinition::find(it.key());
            QVERIFY2(t, qPrintable(it.key() + QStringLiteral(" is not in models/storage/schemadefinition.cpp")));
            QCOMPARE(t->migration, it.value());
        }
        for (const TableDefinition &t : SchemaDefinition::tables()) {
            const QString name = QLatin1String(t.name);
            QVERIFY2(t.migration == 0 || created.contains(name), t.name);
            QVERIFY2(!t.displayLabel().isEmpty(), t.name);
            const bool member = t.writer == TableWriter::Team || t.writer == TableWriter::Sponsor;
            QVERIFY2(member == (t.member != nullptr), t.name);  // a member rule exactly where members write
            QVERIFY2(!t.roadmap || t.writer == TableWriter::Team, t.name);
            for (const char *sql : {t.member, t.roadmap, t.session}) {
                if (sql)
                    QVERIFY2(QString::fromUtf8(sql).contains(QStringLiteral("{row}")), t.name);
            }
        }
        // The rules of the README.
        QCOMPARE(SchemaDefinition::find(QStringLiteral("spending"))->writer, TableWriter::Facilitator);
        QCOMPARE(SchemaDefinition::find(QStringLiteral("envelopes"))->writer, TableWriter::Facilitator);
        QCOMPARE(SchemaDefinition::find(QStringLiteral("measurements"))->writer, TableWriter::Team);
        QCOMPARE(SchemaDefinition::find(QStringLiteral("session_scores"))->writer, TableWriter::Sponsor);
        QVERIFY(SchemaDefinition::find(QStringLiteral("roadmap_budget"))->roadmap);
        for (const char *locked : {"decisions", "decision_objectives", "session_scores", "agenda_items", "session_participants"})
            QVERIFY2(SchemaDefinition::find(QLatin1String(locked))->session, locked);
        QCOMPARE(SchemaDefinition::find(QStringLiteral("nothing")), nullptr);
    }

    void table()
    {
        const TableDefinition *t = SchemaDefinition::find(QStringLiteral("measurements"));
        QVERIFY(t->sql(t->member, QStringLiteral("r")).contains(QStringLiteral("i.id = r.indicator_id")));
        QVERIFY(t->sql(nullptr, QStringLiteral("r")).isEmpty());
    }

    void migrationsRefuseGaps()
    {
        QTemporaryDir dir;
        touch(dir, QStringLiteral("0001_a.sql"));
        touch(dir, QStringLiteral("0002_b.sql"));
        touch(dir, QStringLiteral("notes.txt"));
        QCOMPARE(Migrations::scan(dir.path()).keys(), (QList<int>{1, 2}));
        touch(dir, QStringLiteral("0004_d.sql"));
        try {
            Migrations::scan(dir.path());
            QFAIL("a gap was accepted");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("migration 3 is missing")) && e.message().contains(QStringLiteral("0004_d.sql")),
                     qPrintable(e.message()));
        }
        touch(dir, QStringLiteral("0003_c.sql"));
        touch(dir, QStringLiteral("0003_other.sql"));
        try {
            Migrations::scan(dir.path());
            QFAIL("a doubled number was accepted");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("0003_c.sql")) && e.message().contains(QStringLiteral("0003_other.sql")),
                     qPrintable(e.message()));
        }
        try {
            Migrations::statements(Migrations::latestVersion() + 1, QStringLiteral("QSQLITE"));
            QFAIL("a migration that does not exist gave statements");
        } catch (const StorageError &) {
        }
        QVERIFY(Migrations::latestVersion() >= 8);
    }

    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two") << "CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y TEXT);" << QStringList{"CREATE TABLE a (x INTEGER)", "CREATE TABLE b (y TEXT)"};
        QTest::newRow("no final semicolon") << "SELECT 1;\nSELECT 2" << QStringList{"SELECT 1", "SELECT 2"};
        QTest::newRow("quoted semicolon") << "INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT 2;"
                                          << QStringList{"INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT 2"};
        QTest::newRow("quoted identifier") << "SELECT \"odd;name\" FROM t;" << QStringList{"SELECT \"odd;name\" FROM t"};
        QTest::newRow("line comments") << "-- a; comment\nSELECT 1; -- trailing; comment\n-- last;\n" << QStringList{"SELECT 1"};
        QTest::newRow("comment inside") << "SELECT 1 -- one; two\n + 2;" << QStringList{"SELECT 1 \n + 2"};
        QTest::newRow("block comment") << "/* a; /* nested; */ b; */ SELECT 1;" << QStringList{"SELECT 1"};
        QTest::newRow("dollar body")
            << "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; RETURN NULL; END $$;\nSELECT 2;"
            << QStringList{"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; RETURN NULL; END $$", "SELECT 2"};
        QTest::newRow("tagged dollar body") << "DO $body$ BEGIN RAISE NOTICE '$$;'; END $body$; SELECT 3"
                                            << QStringList{"DO $body$ BEGIN RAISE NOTICE '$$;'; END $body$", "SELECT 3"};
        QTest::newRow("parameter is no tag") << "SELECT $1; SELECT $2;" << QStringList{"SELECT $1", "SELECT $2"};
        QTest::newRow("empty statements") << " ; ;\n;" << QStringList{};
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(SqlScript::statements(script), statements);
    }
};

QTEST_MAIN(TestSchemaDefinition)
#include "tst_schemadefinition.moc"
